/// A first line that is almost `#cloud-config`.
struct MalformedHeaderRule: LintRule {
    let definition = RuleDescription(
        id: .malformedHeader, family: .header, defaultSeverity: .error,
        summary: "The first line is a misspelt '#cloud-config'",
        rationale: "cloud-init recognises cloud-config only by a first line starting with '#cloud-config' "
            + "(in any case). '# cloud-config', '#cloud_config' or 'cloud-config:' do not match, and the file "
            + "is ignored without an error.",
        triggeringExamples: [
            RuleExample(
                "1️⃣# cloud-config\npackages: [nginx]\n", message: "; cloud-init ignores this file",
                corrected: "#cloud-config\npackages: [nginx]\n"),
            RuleExample("1️⃣#cloud_config\npackages: [nginx]\n", corrected: "#cloud-config\npackages: [nginx]\n"),
        ],
        nonTriggeringExamples: ["#cloud-config\npackages: [nginx]\n"],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "the first line is reported only when it is a misspelling of '#cloud-config' and nothing else; "
                + "writing the header makes cloud-init read the file as the writer meant, and no other line "
                + "changes"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .userData, case .malformed(let reason) = context.header.verdict else {
            return []
        }
        return [
            diagnostic(
                .malformedHeader(reason), at: context.header.lineRange,
                fixIts: [
                    FixIt(
                        message: "write '#cloud-config'",
                        edits: [TextEdit(range: context.header.lineRange, replacement: HeaderAnalysis.header)],
                        isSafe: true)
                ])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func malformedHeader(_ reason: String) -> Self { "\(reason); cloud-init ignores this file" }
}
