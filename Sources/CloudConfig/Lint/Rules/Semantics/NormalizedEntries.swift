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
            // Most keys are written as cloud-init reads them; a hyphen is looked for byte by byte,
            // and a key with neither a hyphen nor whitespace has nothing to rewrite.
            guard
                entry.name.utf8.contains(UInt8(ascii: "-"))
                    || entry.name.unicodeScalars.contains(where: \.isPythonWhitespace)
            else { return nil }
            return entry.name.replacing("-", with: "_").pythonStripped
        }
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
