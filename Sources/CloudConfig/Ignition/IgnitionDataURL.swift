/// The `data:` URLs of Ignition's `contents.source` (RFC 2397): how cloudcfg writes file contents
/// into a config, and how it reads them back.
public enum IgnitionDataURL {
    /// Why a `data:` URL cannot be read.
    public struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, lower-case, without a final period.
        public let message: String
        /// The message.
        public var description: String { message }
    }

    /// Text as `data:,` and the text percent-encoded: every byte but the unreserved
    /// `A-Z a-z 0-9 - _ . ~` as `%XX` (Ignition's decoder refuses a raw space or `#`).
    ///
    /// - Parameter text: The text, written as UTF-8.
    /// - Returns: The URL.
    public static func percentEncoded(_ text: String) -> String {
        percentEncoded(Array(text.utf8))
    }

    /// Bytes as `data:,` and the bytes percent-encoded.
    ///
    /// - Parameter bytes: The bytes.
    /// - Returns: The URL.
    public static func percentEncoded(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output = Array("data:,".utf8)
        output.reserveCapacity(output.count + bytes.count * 3)
        for byte in bytes {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Bytes as `data:;base64,` and standard base64 with padding.
    ///
    /// - Parameter bytes: The bytes.
    /// - Returns: The URL.
    public static func base64Encoded(_ bytes: [UInt8]) -> String {
        "data:;base64," + Base64.encode(bytes)
    }

    /// The bytes a `data:` URL carries, read as strictly as Ignition does: the media type and
    /// its parameters are skipped; the data is base64 (no character outside the alphabet, padded
    /// to a multiple of four) after `;base64`, else percent-encoded (no raw space, `#`, `%` not
    /// followed by two hexadecimal digits, nor any byte outside printable ASCII).
    ///
    /// - Parameter url: The URL.
    /// - Returns: The bytes.
    /// - Throws: ``DecodingError`` when the URL is not a well-formed `data:` URL.
    public static func decode(_ url: String) throws(DecodingError) -> [UInt8] {
        let bytes = Array(url.utf8)
        let scheme = Array("data:".utf8)
        guard bytes.count >= scheme.count, bytes[..<scheme.count].map({ $0 | 0x20 }) == scheme else {
            throw DecodingError(message: "not a data URL")
        }
        guard let comma = bytes[scheme.count...].firstIndex(of: UInt8(ascii: ",")) else {
            throw DecodingError(message: "a data URL needs a comma before its data")
        }
        let header = String(decoding: bytes[scheme.count..<comma], as: UTF8.self)
        let parameters = header.split(separator: ";", omittingEmptySubsequences: false).dropFirst()
        let isBase64 = parameters.last.map { $0.lowercased() == "base64" } ?? false
        let data = Array(bytes[(comma + 1)...])
        return isBase64 ? try decodeBase64(data) : try decodePercent(data)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func decodePercent(_ data: [UInt8]) throws(DecodingError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        var index = 0
        while index < data.count {
            let byte = data[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < data.count, let high = hexValue(data[index + 1]), let low = hexValue(data[index + 2])
                else {
                    throw DecodingError(message: "'%' at offset \(index) is not followed by two hexadecimal digits")
                }
                output.append(high << 4 | low)
                index += 3
                continue
            }
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "#"), byte != UInt8(ascii: "\"") else {
                throw DecodingError(
                    message: "byte 0x\(String(byte, radix: 16)) at offset \(index) must be percent-encoded")
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    private static func decodeBase64(_ data: [UInt8]) throws(DecodingError) -> [UInt8] {
        guard data.count % 4 == 0 else {
            throw DecodingError(message: "base64 data of \(data.count) characters is not padded to a multiple of 4")
        }
        let padding = data.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { throw DecodingError(message: "base64 data has more than two padding characters") }
        for (offset, byte) in data.dropLast(padding).enumerated() {
            let valid =
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "/")
            guard valid else {
                throw DecodingError(message: "byte 0x\(String(byte, radix: 16)) at offset \(offset) is not base64")
            }
        }
        switch Base64.decodeLikePython(data) {
        case .success(let bytes): return bytes
        case .failure(let error):
            throw DecodingError(message: "base64 data does not decode: \(error.message.lowercased())")
        }
    }
}
