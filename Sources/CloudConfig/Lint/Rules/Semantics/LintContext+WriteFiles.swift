extension LintContext {
    /// The non-`nil` results of `transform` on every `write_files` entry, in document order.
    /// The entries are visited, not kept: a large document's entries and their paths are not
    /// held while the rules about them run.
    func compactMapWriteFilesEntries<Result>(_ transform: (PathMatch) -> Result?) -> [Result] {
        compactMapMatches(WriteFilesPatterns.entries, transform)
    }

    /// The non-`nil` results of `transform` on every `write_files` entry's `permissions`, in
    /// document order, visited as ``compactMapWriteFilesEntries(_:)`` visits the entries.
    func compactMapWriteFilesPermissions<Result>(_ transform: (PathMatch) -> Result?) -> [Result] {
        compactMapMatches(WriteFilesPatterns.permissions, transform)
    }
}

/// The key paths the `write_files` rules read, split once.
private enum WriteFilesPatterns {
    /// Every entry.
    static let entries: PathPattern = "write_files.*"
    /// Every entry's `permissions`.
    static let permissions: PathPattern = "write_files.*.permissions"
}
