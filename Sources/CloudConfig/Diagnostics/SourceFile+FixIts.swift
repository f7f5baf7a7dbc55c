extension SourceFile {
    /// The file with fix-its applied, in order, each whole or not at all; see ``FixApplication``.
    ///
    /// - Parameter fixIts: The fix-its, computed for this file.
    /// - Returns: The new file and which fix-its were applied.
    public func applying(_ fixIts: [FixIt]) -> FixApplication {
        FixApplication(fixIts, to: self)
    }
}
