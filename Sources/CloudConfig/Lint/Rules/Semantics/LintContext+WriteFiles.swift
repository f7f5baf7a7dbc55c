extension LintContext {
    /// The non-`nil` results of `transform` on every `write_files` entry, in document order.
    func compactMapWriteFilesEntries<Result>(_ transform: (PathMatch) -> Result?) -> [Result] {
        guard let entries = listedMatches({ $1(&$0.writeFilesEntries) }, WriteFilesPatterns.entries) else {
            return compactMapMatches(WriteFilesPatterns.entries, transform)
        }
        return entries.compactMap(transform)
    }

    /// The non-`nil` results of `transform` on every `write_files` entry's `permissions`, in
    /// document order.
    func compactMapWriteFilesPermissions<Result>(_ transform: (PathMatch) -> Result?) -> [Result] {
        guard let permissions = listedMatches({ $1(&$0.writeFilesPermissions) }, WriteFilesPatterns.permissions) else {
            return compactMapMatches(WriteFilesPatterns.permissions, transform)
        }
        return permissions.compactMap(transform)
    }

    /// The matches of a pattern two rules read, listed once for both (the second releases them)
    /// when the document is small; `nil` for a large document, whose matches each rule visits
    /// again rather than keeping a list of them (and their paths) while the rules between run.
    private func listedMatches(
        _ slot: (inout LintCache.Slots, (inout LintCache.Shared<[PathMatch]>) -> [PathMatch]?) -> [PathMatch]?,
        _ pattern: PathPattern
    ) -> [PathMatch]? {
        guard let document, document.nodes.count <= LintCache.listedNodeLimit else { return nil }
        return cache.value(slot, readers: 2, make: { matches(pattern) })
    }
}

/// The key paths the `write_files` rules read, split once.
private enum WriteFilesPatterns {
    /// Every entry.
    static let entries: PathPattern = "write_files.*"
    /// Every entry's `permissions`.
    static let permissions: PathPattern = "write_files.*.permissions"
}
