/// The string-keyed entries of a user-style mapping, each key rewritten once the way cloud-init
/// normalises it (`-` to `_`, trimmed), for looking up several settings of one mapping without
/// rescanning every key for each of them.
struct NormalizedEntries {
    /// The entries, as ``LintContext/namedEntries(of:)`` reads them.
    private let entries: [NamedEntry]
    /// For each entry, its key rewritten, or `nil` when the key has nothing to rewrite.
    private let rewritten: [String?]
    /// For each entry, the byte count of its key when the key is ASCII, else -1: an ASCII key
    /// equals an ASCII name only if their counts are equal, which rejects most keys without
    /// comparing the strings.
    private let asciiCounts: [Int]

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
        asciiCounts = entries.map { Self.asciiCount($0.name) }
    }

    /// The byte count of an ASCII string; -1 for any other.
    private static func asciiCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } ? $0.count : -1 } ?? -1
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
        let count = Self.asciiCount(name)
        for index in entries.indices.reversed() {
            let sameName =
                count >= 0 && asciiCounts[index] >= 0 && count != asciiCounts[index]
                ? false : entries[index].name == name
            if sameName || rewritten[index] == name { return entries[index] }
        }
        return nil
    }
}
