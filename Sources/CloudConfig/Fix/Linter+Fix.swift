extension Linter {
    /// The most rounds of linting and fixing ``fix(_:as:maxRounds:)`` runs by default.
    public static let defaultFixRounds = 8

    /// Applies the safe fixes of an input until none is left: lints it, applies the planned
    /// fixes (``FixPlan``) that do not overlap, lints the result and repeats, at most
    /// `maxRounds` times. A round whose result no longer parses (when the input did) is undone
    /// and fixing stops. Bytes outside the edits are kept as they are: line endings, a byte order
    /// mark, comments, trailing blanks and a missing final line break.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - kind: What it is linted as.
    ///   - maxRounds: The most rounds; fixes that overlap a fix of the same round wait for the next.
    /// - Returns: The fixed text, its findings, and what was and was not applied.
    public func fix(_ source: SourceFile, as kind: InputKind, maxRounds: Int = defaultFixRounds) -> FixOutcome {
        let encoding = userDataOptions.platformEncoding
        let encoded = EncodedContent(source, kind: kind, platformEncoding: encoding)
        var current = source
        var result = lint(source, as: kind)
        var applied: [FixOutcome.Applied] = []
        var undone: [FixPlan.HeldBack] = []
        var seen: Set<[UInt8]> = [source.bytes]
        var rounds = 0
        var isComplete = false
        while true {
            // Positions move with each round's edits, so the encoded stretches are found anew.
            let plan = FixPlan(
                result, encoded: rounds == 0 ? encoded : EncodedContent(current, kind: kind, platformEncoding: encoding)
            )
            if plan.fixes.isEmpty {
                isComplete = true
                break
            }
            guard rounds < maxRounds else { break }
            rounds += 1
            let application = current.applying(plan.fixes.map(\.fixIt))
            guard application.changed else {
                isComplete = true
                break
            }
            let next = lint(application.source, as: kind)
            let fixes = plan.fixes.filter { application.applied.contains($0.fixIt) }
            if next.isUnparsable && !result.isUnparsable {
                undone = fixes.map {
                    FixPlan.HeldBack(diagnostic: $0.diagnostic, fixIt: $0.fixIt, reason: .breaksParsing)
                }
                break
            }
            applied += fixes.map { FixOutcome.Applied(diagnostic: $0.diagnostic, fixIt: $0.fixIt, round: rounds) }
            current = application.source
            result = next
            // A text seen before means the fixes undo each other: stop rather than loop.
            guard seen.insert(current.bytes).inserted else { break }
        }
        let last = FixPlan(result, encoded: EncodedContent(current, kind: kind, platformEncoding: encoding))
        return FixOutcome(
            original: source, fixed: current, result: result, applied: applied, heldBack: undone + last.heldBack,
            inDecodedText: last.inDecodedText, encoded: encoded, rounds: rounds,
            isComplete: isComplete && undone.isEmpty)
    }
}
