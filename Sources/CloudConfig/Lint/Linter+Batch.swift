extension Linter {
    /// Lints several inputs on every core, each as what its name or content says it is.
    ///
    /// The results are in the order of the inputs and are the same as linting each input in
    /// turn with ``lint(_:)``: the linter and its rules share nothing mutable, so
    /// which worker lints which input changes nothing but the time.
    ///
    /// - Parameters:
    ///   - sources: The inputs.
    ///   - jobs: How many inputs are linted at once, at most; `nil` uses `CLOUDCFG_JOBS` when it
    ///     is set to a positive number, else one per online processor. `1` lints them in order
    ///     on the calling thread.
    /// - Returns: One result per input, in order.
    public func lint(_ sources: [SourceFile], jobs: Int? = nil) -> [LintResult] {
        Workers.map(sources, workers: max(1, jobs ?? Workers.count)) { lint($0) }
    }
}
