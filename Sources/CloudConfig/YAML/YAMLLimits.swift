/// Bounds that keep hostile input from exhausting time or memory.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// The deepest nesting of collections accepted (the top-level collection counts as 1),
    /// counting nesting reached through aliases. The default, 484, is the deepest that
    /// cloud-init's loader reads at boot: its pure-Python PyYAML composer recurses two Python frames
    /// per level, so with the frames `cloud-init init` already has on the stack, Python's recursion
    /// limit (1000) stops block and flow mappings and block sequences at 485 levels and flow
    /// sequences at 486, in 22.4.2 and 26.2 alike (`scripts/dev/measure-nesting-limits.py`).
    public var maxDepth: Int

    /// The deepest nesting cloud-init's loader reads at boot, for every structure: the default
    /// ``maxDepth``.
    public static let cloudInitLoaderDepth = 484

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
    public init(
        maxInputBytes: Int = 64 << 20, maxDepth: Int = YAMLLimits.cloudInitLoaderDepth, maxAliasExpansion: Int? = nil
    ) {
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
