/// Bounds that keep hostile input from exhausting time or memory.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// The deepest nesting of collections accepted, counting nesting reached through aliases.
    /// cloud-init's pure-Python loader gives up near 490 levels (Python's recursion limit).
    public var maxDepth: Int

    /// The largest ``maxDepth`` allowed. cloudcfg walks documents without recursion, but Swift
    /// releases a nested ``YAMLValue`` or ``JSONValue`` recursively, about 200 bytes of stack per
    /// level; this bound keeps that well inside the 512 KiB stack of a secondary thread.
    public static let largestMaxDepth = 1000
    /// The most nodes that aliases may bring in, in total, on top of the nodes written out.
    /// `nil` uses the larger of 1,048,576 and four nodes per input byte.
    public var maxAliasExpansion: Int?

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maxInputBytes: The largest input accepted; at most 1 GiB.
    ///   - maxDepth: The deepest nesting accepted; at most ``largestMaxDepth``.
    ///   - maxAliasExpansion: The most nodes aliases may bring in, or `nil` for the default.
    public init(maxInputBytes: Int = 64 << 20, maxDepth: Int = 400, maxAliasExpansion: Int? = nil) {
        self.maxInputBytes = min(maxInputBytes, 1 << 30)
        self.maxDepth = min(maxDepth, Self.largestMaxDepth)
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// The depth limit applied: ``maxDepth``, at most ``largestMaxDepth`` even when set later.
    var depthLimit: Int { min(maxDepth, Self.largestMaxDepth) }

    /// The alias budget for an input of a given size.
    func aliasBudget(inputBytes: Int) -> Int {
        maxAliasExpansion ?? max(1 << 20, 4 * inputBytes)
    }
}
