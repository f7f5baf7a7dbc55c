/// Bounds that keep rendering a hostile template finite and small.
public struct JinjaLimits: Sendable, Hashable {
    /// The deepest nesting of blocks, and of expressions, the parser accepts.
    public var maximumNesting: Int
    /// The most loop iterations (all loops together) one render may run.
    public var maximumIterations: Int
    /// The most bytes one render may produce, output and intermediate strings alike.
    public var maximumOutputBytes: Int

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - maximumNesting: The deepest nesting of blocks or expressions.
    ///   - maximumIterations: The most loop iterations per render.
    ///   - maximumOutputBytes: The most bytes of output or of any one string per render.
    public init(maximumNesting: Int = 64, maximumIterations: Int = 100_000, maximumOutputBytes: Int = 16 << 20) {
        self.maximumNesting = maximumNesting
        self.maximumIterations = maximumIterations
        self.maximumOutputBytes = maximumOutputBytes
    }
}
