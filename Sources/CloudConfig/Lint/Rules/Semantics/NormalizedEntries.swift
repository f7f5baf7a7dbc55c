/// The string-keyed entries of a user-style mapping, each key rewritten once the way cloud-init
/// normalises it (`-` to `_`, trimmed), for looking up several settings of one mapping without
/// rescanning every key for each of them.
struct NormalizedEntries {
    /// The entries, as ``LintContext/namedEntries(of:)`` reads them.
    private let entries: [NamedEntry]
    /// For each entry, its key rewritten, or `nil` when the key has nothing to rewrite.
    private let rewritten: [String?]

    /// Normalises the keys of a mapping's entries.
    ///
    /// - Parameter entries: The mapping's string-keyed entries.
    init(_ entries: [NamedEntry]) {
        self.entries = entries
        rewritten = entries.map { entry in
            // Most keys are written as cloud-init reads them; a key with neither a hyphen nor
            // whitespace has nothing to rewrite.
            guard Self.mayNeedRewriting(entry.name) else { return nil }
            return entry.name.replacing("-", with: "_").pythonStripped
        }
    }

    /// Whether a key has a hyphen or whitespace: read in one pass over its bytes when it is
    /// ASCII (where both are single bytes), by its scalars otherwise.
    private static func mayNeedRewriting(_ name: String) -> Bool {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "-") || (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) {
                    return true
                }
            }
            return false
        }
        if let ascii, let answer = ascii { return answer }
        return name.utf8.contains(UInt8(ascii: "-")) || name.unicodeScalars.contains(where: \.isPythonWhitespace)
    }

    /// The entry whose key, as written or normalised, is `name`; the last such entry wins, as in
    /// cloud-init's dictionary (the same answer as ``LintContext/normalizedEntry(_:in:)``).
    ///
    /// - Parameter name: A setting name as cloud-init reads it.
    /// - Returns: The entry, if any.
    func entry(_ name: String) -> NamedEntry? {
        for index in entries.indices.reversed() where entries[index].name == name || rewritten[index] == name {
            return entries[index]
        }
        return nil
    }
}
