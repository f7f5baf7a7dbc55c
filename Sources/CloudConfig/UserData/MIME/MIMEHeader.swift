/// A header field as Python's `email` package (policy `compat32`) stores it: the name as
/// written, and the value after the colon without leading blanks, continuation lines included
/// with their line breaks, trailing line breaks removed.
struct MIMEHeader: Sendable, Hashable {
    /// The name as written.
    var name: String
    /// The value.
    var value: String
    /// The value's bytes in the text the header was read from; `nil` for a header cloud-init
    /// adds itself.
    var valueRange: Range<Int>?
    /// The field's lines, name to last line break; `nil` for an added header.
    var fieldRange: Range<Int>?

    /// A header cloud-init adds (it has no place in any text).
    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// A header read from a text.
    init(name: String, value: String, valueRange: Range<Int>, fieldRange: Range<Int>) {
        self.name = name
        self.value = value
        self.valueRange = valueRange
        self.fieldRange = fieldRange
    }
}

extension MIMEHeader {
    /// Whether `name.lowercased() == key`, for a lower-case key.
    func hasName(lowercased key: String) -> Bool { Self.name(name, matchesLowercased: key) }

    /// Whether `name.lowercased() == key`, for a lower-case key: byte by byte when both are
    /// ASCII (where lower-casing maps `A`–`Z` only), else by that comparison itself. Header
    /// look-ups run for every part, and lower-casing makes a string each time.
    static func name(_ name: String, matchesLowercased key: String) -> Bool {
        var nameCopy = name
        var keyCopy = key
        let ascii = nameCopy.withUTF8 { nameBytes in
            keyCopy.withUTF8 { keyBytes -> Bool? in
                guard !nameBytes.contains(where: { $0 >= 0x80 }), !keyBytes.contains(where: { $0 >= 0x80 }) else {
                    return nil
                }
                guard nameBytes.count == keyBytes.count else { return false }
                for index in 0..<nameBytes.count {
                    let byte = nameBytes[index]
                    if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != keyBytes[index] { return false }
                }
                return true
            }
        }
        return ascii ?? (name.lowercased() == key)
    }
}

extension MIMEHeader {
    /// Whether a `Content-Type` value is printable ASCII without capitals, blanks or `;`, with
    /// exactly one `/`: `_splitparam` then strips nothing and `lower()` changes nothing, so
    /// `get_content_type()` is the value itself.
    static func isBareLowercaseType(_ value: String) -> Bool {
        value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var slashes = 0
            for byte in bytes {
                if byte == UInt8(ascii: "/") {
                    slashes += 1
                } else if byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: ";") || (0x41...0x5A).contains(byte) {
                    return false
                }
            }
            return slashes == 1
        } ?? false
    }
}

extension Array where Element == MIMEHeader {
    /// `message.get(name)`: the first field whose name matches, ignoring case.
    func first(named name: String) -> MIMEHeader? {
        // The name is lower-cased only when it is not already: callers mostly pass a lower-case
        // ASCII literal, and lower-casing it would build a string for every lookup.
        let key = Self.isLowercaseASCII(name) ? name : name.lowercased()
        return first { $0.hasName(lowercased: key) }
    }

    /// Whether a name is ASCII without capitals, so that `lowercased()` would return it as is.
    private static func isLowercaseASCII(_ name: String) -> Bool {
        // On the contiguous UTF-8 of a native string (small ones included); `false` (lower-case
        // it) for any other.
        name.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
        } ?? false
    }

    /// `name in message`.
    func contains(named name: String) -> Bool { first(named: name) != nil }

    /// `del message[name]`: removes every field with the name, ignoring case.
    mutating func remove(named name: String) {
        let key = Self.isLowercaseASCII(name) ? name : name.lowercased()
        removeAll { $0.hasName(lowercased: key) }
    }

    /// cloud-init's `_replace_header`: removes the fields and appends one at the end.
    mutating func replace(_ name: String, with value: String) {
        remove(named: name)
        append(MIMEHeader(name, value))
    }

    /// `message.get_content_type()`: the `Content-Type` without parameters, lower-cased;
    /// `text/plain` when it is not `type/subtype`; `defaultType` when there is none.
    func contentType(defaultType: String) -> String {
        guard let header = first(named: "content-type") else { return defaultType }
        // Most values (every one cloud-init writes itself) are already a bare lower-case
        // `type/subtype`: nothing to split, strip or lower-case, so the value is the type.
        if MIMEHeader.isBareLowercaseType(header.value) { return header.value }
        let type = MIMEParameters.splitParameter(header.value).value.lowercased()
        return type.unicodeScalars.filter { $0 == "/" }.count == 1 ? type : "text/plain"
    }

    /// `message.get_param(name, header=header)`, unquoted; `nil` when absent.
    func parameter(_ name: String, in header: String = "content-type") -> MIMEParameters.Value? {
        guard let field = first(named: header) else { return nil }
        return MIMEParameters.parameter(name, in: field.value)
    }

    /// `message.get_boundary()`.
    var boundary: String? {
        parameter("boundary").map { PythonText.rstrip($0.collapsed) }
    }

    /// `message.get_filename()`: the `Content-Disposition` `filename`, else the `Content-Type`
    /// `name`, stripped; `nil` when neither is there.
    var filename: String? {
        let value = parameter("filename", in: "content-disposition") ?? parameter("name", in: "content-type")
        return value.map { PythonText.strip($0.collapsed) }
    }

    /// `message.add_header('Content-Disposition', 'attachment', filename=name)`, after removing the
    /// old field, as cloud-init's `_set_filename` does.
    mutating func setFilename(_ filename: String) {
        remove(named: "content-disposition")
        append(MIMEHeader("Content-Disposition", "attachment; " + MIMEParameters.format("filename", filename)))
    }
}
