import Testing

@testable import CloudConfig

/// Which fixes of a lint result `--fix` plans, in which order, and why it holds the others back.
@Suite struct FixPlanTests {
    static let source = SourceFile(path: "x", text: "abcdefgh\n")

    static func finding(_ severity: Severity, at offset: Int, safe: Bool, edits: Int = 1, alternatives: Int = 0)
        -> Diagnostic
    {
        let range = SourceRange(
            start: source.location(atOffset: offset), end: source.location(atOffset: offset + 1))
        let fixIt = FixIt(
            message: "fix \(offset)", edits: Array(repeating: TextEdit(range: range, replacement: "X"), count: edits),
            isSafe: safe)
        let others = (0..<alternatives).map { _ in FixIt(message: "other", edits: fixIt.edits, isSafe: true) }
        return Diagnostic(.truthy, severity, "finding \(offset)", at: range, fixIts: [fixIt] + others)
    }

    @Test func errorsComeFirstThenPositions() {
        let result = LintResult(
            path: "x", kind: .cloudConfig,
            diagnostics: [
                Self.finding(.note, at: 0, safe: true), Self.finding(.warning, at: 1, safe: true),
                Self.finding(.error, at: 4, safe: true), Self.finding(.error, at: 2, safe: true),
            ])
        #expect(FixPlan(result).fixes.map(\.fixIt.message) == ["fix 2", "fix 4", "fix 1", "fix 0"])
    }

    @Test func onlyTheFirstFixOfAFindingAndOnlyWhenSafe() {
        let result = LintResult(
            path: "x", kind: .cloudConfig,
            diagnostics: [
                Self.finding(.error, at: 0, safe: false, alternatives: 1),
                Self.finding(.error, at: 2, safe: true, edits: 0), Self.finding(.error, at: 4, safe: true),
            ])
        let plan = FixPlan(result)
        #expect(plan.fixes.map(\.fixIt.message) == ["fix 4"])
        // The suggestion is held back; its safe alternative is not applied in its place, and a fix
        // without edits is nothing to hold back.
        #expect(plan.heldBack.map(\.fixIt.message) == ["fix 0"])
        #expect(plan.heldBack.map(\.reason) == [.needsReview])
        #expect(FixPlan.Reason.needsReview.description == "the fix is a suggestion to review")
    }
}
