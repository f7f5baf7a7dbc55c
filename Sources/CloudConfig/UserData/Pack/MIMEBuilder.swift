/// Writes parts as one `multipart/mixed` message that cloud-init splits back into exactly those
/// parts: `MIME-Version` first (cloud-init only reads MIME with it in the first 4096 bytes), a
/// boundary that occurs in no part, 7bit bodies for plain ASCII text and base64 for anything
/// else (cloud-init's email parser mangles non-ASCII text that is not base64-encoded).
///
/// The output is deterministic: the boundary is derived from the parts, so the same parts give
/// the same bytes.
public enum MIMEBuilder {
    /// Why parts cannot be written.
    public struct Error: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, lower-case.
        public var message: String
        /// A human-readable form of the value.
        public var description: String { message }
    }

    /// Writes the message.
    ///
    /// - Parameter parts: The parts, in the order cloud-init should handle them.
    /// - Returns: The message, LF line breaks.
    /// - Throws: ``Error`` for a content type that is not `type/subtype`, or a header value with a
    ///   line break.
    public static func build(_ parts: [MIMEPart]) throws(Error) -> [UInt8] {
        for (number, part) in parts.enumerated() { try validate(part, number: number + 1) }
        let boundary = self.boundary(for: parts)
        var output = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"\(boundary)\"\n\n"
        var bytes: [UInt8] = []
        for part in parts {
            let sevenBit = isSevenBit(part.content)
            let isText = part.contentType.lowercased().hasPrefix("text/")
            let isUTF8 = UserDataContentType.firstInvalidUTF8Offset(part.content) == nil
            output += "--\(boundary)\n"
            output += "Content-Type: \(part.contentType.lowercased())"
            if isText, isUTF8 { output += "; charset=\"\(sevenBit ? "us-ascii" : "utf-8")\"" }
            output += "\n"
            output += "Content-Transfer-Encoding: \(sevenBit ? "7bit" : "base64")\n"
            if let filename = part.filename, !filename.isEmpty {
                output += "Content-Disposition: attachment; " + MIMEParameters.format("filename", filename) + "\n"
            }
            if let mergeType = part.mergeType { output += "Merge-Type: \(mergeType)\n" }
            if let launchIndex = part.launchIndex { output += "Launch-Index: \(launchIndex)\n" }
            output += "\n"
            bytes += Array(output.utf8)
            output = ""
            if sevenBit {
                bytes += part.content
                bytes.append(0x0A)
            } else {
                bytes += Array(Base64.encodeLines(part.content).utf8)
            }
        }
        bytes += Array((output + "--\(boundary)--\n").utf8)
        return bytes
    }

    /// Whether content can go into the message as it is: ASCII without NUL, lines of at most
    /// 998 bytes, CR only before LF, and not ending in CR (the line break written after the
    /// content belongs to the delimiter, and the parser removes exactly that one).
    static func isSevenBit(_ content: [UInt8]) -> Bool {
        var lineLength = 0
        for (index, byte) in content.enumerated() {
            guard byte != 0, byte < 0x80 else { return false }
            if byte == 0x0D, index + 1 >= content.count || content[index + 1] != 0x0A { return false }
            lineLength = byte == 0x0A ? 0 : lineLength + 1
            if lineLength > 998 { return false }
        }
        return true
    }

    /// A boundary in the style of Python's email package (`===============N==`) that occurs in
    /// no part, derived from the parts.
    static func boundary(for parts: [MIMEPart]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        for part in parts {
            mix(part.contentType.utf8)
            mix(part.filename?.utf8 ?? "".utf8)
            mix(part.content)
        }
        var attempt: UInt64 = 0
        while true {
            let candidate = "===============\((hash &+ attempt) % 10_000_000_000_000_000_000)=="
            let needle = Array(candidate.utf8)
            if !parts.contains(where: { ByteSearch.firstOffset(of: needle, in: $0.content) != nil }) {
                return candidate
            }
            attempt += 1
        }
    }

    private static func validate(_ part: MIMEPart, number: Int) throws(Error) {
        let type = part.contentType
        let pieces = type.split(separator: "/", omittingEmptySubsequences: false)
        let tokenCharacters = Set(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&-^_.+".unicodeScalars)
        guard pieces.count == 2,
            pieces.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(tokenCharacters.contains) })
        else {
            throw Error(message: "part \(number): '\(type)' is not a content type of the form type/subtype")
        }
        if type.lowercased().hasPrefix("multipart/") {
            throw Error(message: "part \(number): a part cannot be '\(type)'; give its parts instead")
        }
        for (name, value) in [("file name", part.filename), ("merge type", part.mergeType)] {
            if let value, value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                throw Error(message: "part \(number): the \(name) contains a control character or line break")
            }
        }
    }
}
