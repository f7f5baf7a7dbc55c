/// The content types cloud-init's user-data processor and default handlers know, and how it
/// sniffs a type from a payload's first bytes (`handlers.type_from_starts_with`).
enum UserDataContentType {
    /// The header prefixes cloud-init matches, longest first (`INCLUSION_SRCH`), with the type
    /// each selects. The three `text/x-shellscript-per-*` entries exist so that `make-mime`
    /// accepts those types; a payload starting with such text matches them too.
    static let headers: [(prefix: [UInt8], type: String)] = [
        ("text/x-shellscript-per-instance", "text/x-shellscript-per-instance"),
        ("text/x-shellscript-per-boot", "text/x-shellscript-per-boot"),
        ("text/x-shellscript-per-once", "text/x-shellscript-per-once"),
        ("#cloud-config-archive", "text/cloud-config-archive"),
        ("#cloud-config-jsonp", "text/cloud-config-jsonp"),
        ("## template: jinja", "text/jinja2"),
        ("#cloud-boothook", "text/cloud-boothook"),
        ("#include-once", "text/x-include-once-url"),
        ("#cloud-config", "text/cloud-config"),
        ("#part-handler", "text/part-handler"),
        ("#include", "text/x-include-url"),
        ("#!", "text/x-shellscript"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The declared types whose payload cloud-init sniffs; it trusts every other type.
    static let sniffed: Set<String> = ["text/plain", "text/x-not-multipart", "text/x-shellscript"]

    /// The types cloud-init gunzips before sniffing (`DECOMP_TYPES`).
    static let gzip: Set<String> = [
        "application/gzip", "application/gzip-compressed", "application/gzipped", "application/x-compress",
        "application/x-compressed", "application/x-gunzip", "application/x-gzip", "application/x-gzip-compressed",
    ]

    /// The include types, whose URLs cloud-init fetches.
    static let include: Set<String> = ["text/x-include-url", "text/x-include-once-url"]

    /// The archive type, whose items cloud-init turns into parts.
    static let archive = "text/cloud-config-archive"

    /// The default handler of each type.
    static let handlers: [String: UserDataPart.Handler] = [
        "text/cloud-config": .cloudConfig,
        "text/cloud-config-jsonp": .cloudConfig,
        "text/x-shellscript": .shellScript,
        "text/x-shellscript-per-boot": .shellScriptPerBoot,
        "text/x-shellscript-per-instance": .shellScriptPerInstance,
        "text/x-shellscript-per-once": .shellScriptPerOnce,
        "text/cloud-boothook": .boothook,
        "text/jinja2": .jinja,
        "text/part-handler": .partHandler,
    ]

    /// Every type a user can usefully declare for a part, for did-you-mean.
    static let known: [String] =
        handlers.keys.sorted() + [archive] + include.sorted() + ["text/plain"] + gzip.sorted() + ["multipart/mixed"]

    /// Types people write for a known one.
    static let aliases: [String: String] = [
        "text/yaml": "text/cloud-config", "text/x-yaml": "text/cloud-config", "application/yaml": "text/cloud-config",
        "application/x-yaml": "text/cloud-config", "text/cloudinit": "text/cloud-config",
        "text/x-sh": "text/x-shellscript", "text/x-shell": "text/x-shellscript", "text/x-bash": "text/x-shellscript",
        "application/x-sh": "text/x-shellscript", "application/x-shellscript": "text/x-shellscript",
        "text/shellscript": "text/x-shellscript", "text/x-include": "text/x-include-url",
        "text/include": "text/x-include-url", "text/x-include-once": "text/x-include-once-url",
        "text/boothook": "text/cloud-boothook", "text/x-jinja": "text/jinja2", "text/x-jinja2": "text/jinja2",
        "text/jinja": "text/jinja2",
    ]

    /// `handlers.type_from_starts_with`: the payload lower-cased, leading whitespace removed,
    /// matched by prefix against the headers, longest first.
    ///
    /// - Parameters:
    ///   - payload: The payload.
    ///   - strictUTF8: Whether bytes that are not UTF-8 make it unreadable (a `bytes` payload,
    ///     which Python decodes strictly) rather than opaque (a `str` payload with escaped bytes).
    /// - Returns: The type, or `nil` when no header matches.
    static func sniff(_ payload: [UInt8], strictUTF8: Bool = false) -> String? {
        if strictUTF8, firstInvalidUTF8Offset(payload) != nil { return nil }
        var index = 0
        while index < payload.count {
            guard let (scalar, length) = decodeScalar(payload, at: index), PythonText.isWhitespace(scalar) else {
                break
            }
            index += length
        }
        // Every header starts with `#` or `text/`: any other first byte matches none, which is
        // most text. The headers are compared in place, lower-casing the payload's bytes as read.
        guard index < payload.count else { return nil }
        // (Setting bit 5 folds `T` to `t` and leaves `#`; the bytes it folds otherwise are
        // rejected by the comparison below.)
        let first = payload[index] | 0x20
        guard first == UInt8(ascii: "#") || first == UInt8(ascii: "t") else { return nil }
        let available = min(payload.count - index, 40)
        let match = payload.withUnsafeBufferPointer { buffer -> Int? in
            headerPrefixes.bytes.withUnsafeBufferPointer { prefixes -> Int? in
                var start = 0
                for (position, end) in headerPrefixes.ends.enumerated() {
                    defer { start = end }
                    guard end - start <= available else { continue }
                    if startsWithFolded(buffer, at: index, UnsafeBufferPointer(rebasing: prefixes[start..<end])) {
                        return position
                    }
                }
                return nil
            }
        }
        return match.map { headers[$0].type }
    }

    /// The prefixes of ``headers`` in one array, each ending at its offset in `ends`, so that
    /// sniffing compares them without copying a header out of the list.
    private static let headerPrefixes: (bytes: [UInt8], ends: [Int]) = {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for header in headers {
            bytes += header.prefix
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }()

    /// Whether `payload[start...]` begins with `prefix` (lower case), ASCII capitals in the
    /// payload read as small letters; the caller checks that the payload is long enough.
    @inline(__always)
    private static func startsWithFolded(
        _ payload: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        for offset in 0..<prefix.count {
            let byte = payload[start + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != prefix[offset] { return false }
        }
        return true
    }

    /// The kind of user-data a type is.
    static func kind(of type: String) -> UserDataKind {
        switch type {
        case "text/cloud-config": .cloudConfig
        case "text/cloud-config-archive": .cloudConfigArchive
        case "text/cloud-config-jsonp": .cloudConfigJSONPatch
        case "text/x-shellscript", "text/x-shellscript-per-boot", "text/x-shellscript-per-instance",
            "text/x-shellscript-per-once":
            .script
        case "text/cloud-boothook": .boothook
        case "text/x-include-url": .include
        case "text/x-include-once-url": .includeOnce
        case "text/part-handler": .partHandler
        case "text/jinja2": .jinja
        default: type.hasPrefix("multipart/") ? .mime : gzip.contains(type) ? .gzip : .unknown
        }
    }

    /// The known type a declared type most likely means, for did-you-mean; `nil` when the type
    /// is known or nothing is close.
    static func suggestion(for type: String) -> String? {
        let lowered = type.lowercased()
        if handlers[lowered] != nil || include.contains(lowered) || lowered == archive || gzip.contains(lowered) {
            return nil
        }
        if let alias = aliases[lowered] { return alias }
        let normalized = lowered.replacing("_", with: "-")
        if normalized != lowered, known.contains(normalized) { return normalized }
        let limit = max(1, min(3, lowered.count / 6))
        let scored = known.map { ($0, HeaderAnalysis.editDistance(lowered, $0, limit: limit)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence there (Python's
    /// strict decoder: no surrogates, no overlong forms), or `nil` for valid UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let (_, length) = decodeScalar(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The UTF-8 scalar at an offset and its length, or `nil` when the bytes there are not UTF-8.
    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF:
            (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4:
            (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default:
            return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar, length)
    }
}
