extension Schema {
    /// Whether a release reads this key or form: it was introduced by then and not yet dropped.
    ///
    /// - Parameter target: A cloud-init release.
    /// - Returns: `true` when the release has it.
    public func isAvailable(in target: CloudInitVersion) -> Bool {
        if let introduced = availability.introduced, !introduced.isReached(by: target) { return false }
        if let removed = availability.removed, removed.isReached(by: target) { return false }
        return true
    }
}

extension Catalog {
    /// The catalog as one release's own schema would state it (see ``Schema/filtered(for:)``).
    ///
    /// - Parameter target: A cloud-init release.
    /// - Returns: The root schema of that release.
    public func root(for target: CloudInitVersion) -> Schema {
        root.filtered(for: target) ?? root
    }
}
