/// How well a fact is established: the labels of `distros.md` (`verified`, `source`, `docs`,
/// `inferred`, `open`), shared with the agent baselines.
public typealias FactEvidence = AgentBaseline.Evidence

/// One fact about a distribution, with how well it is established and where it comes from, so
/// that uncertainty stays visible wherever the fact is used.
public struct DistroFact<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public let value: Value
    /// How well the value is established.
    public let evidence: FactEvidence
    /// Where the value comes from, or why it is open, lower-case, without a final period.
    public let source: String

    /// Creates a fact.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - evidence: How well it is established.
    ///   - source: Where it comes from.
    public init(_ value: Value, _ evidence: FactEvidence, _ source: String) {
        self.value = value
        self.evidence = evidence
        self.source = source
    }
}
