extension LintContext {
    /// Every `write_files` entry, found once per input for the rules about them.
    var writeFilesEntries: [PathMatch] {
        cache.value(\.writeFilesEntries) { matches(WriteFilesPatterns.entries) }
    }

    /// Every `write_files` entry's `permissions`, found once per input for the rules about them.
    var writeFilesPermissions: [PathMatch] {
        cache.value(\.writeFilesPermissions) { matches(WriteFilesPatterns.permissions) }
    }
}

/// The key paths the `write_files` rules read, split once.
private enum WriteFilesPatterns {
    /// Every entry.
    static let entries: PathPattern = "write_files.*"
    /// Every entry's `permissions`.
    static let permissions: PathPattern = "write_files.*.permissions"
}
