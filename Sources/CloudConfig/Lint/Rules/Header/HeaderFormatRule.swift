/// A first line cloud-init accepts that other tools reject.
struct HeaderFormatRule: LintRule {
    let definition = RuleDescription(
        id: .headerFormat, family: .header, defaultSeverity: .warning,
        summary: "The header is not exactly '#cloud-config'",
        rationale: "cloud-init at boot compares the header in lower case, after leading blank space, by "
            + "prefix, so '#Cloud-Config' works; but `cloud-init schema` 22.4 and other tools require the "
            + "exact first line '#cloud-config'.",
        triggeringExamples: [
            RuleExample(
                "1️⃣#Cloud-Config\npackages: [nginx]\n",
                message: "cloud-init accepts it at boot, but `cloud-init schema` and other tools need the exact first "
                    + "line '#cloud-config'", corrected: "#cloud-config\npackages: [nginx]\n"),
            RuleExample("\n1️⃣#cloud-config\npackages: [nginx]\n", corrected: "#cloud-config\npackages: [nginx]\n"),
        ],
        nonTriggeringExamples: ["#cloud-config\npackages: [nginx]\n"],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "cloud-init already reads the header; writing it exactly changes nothing at boot and lets the other "
                + "tools read it too"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .userData, context.isCloudConfig,
            case .tolerated(let reason) = context.header.verdict
        else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: context.source.contentStart)
        let whole = SourceRange(start: start, end: context.header.lineRange.end)
        return [
            diagnostic(
                .headerFormat(reason), at: context.header.lineRange,
                fixIts: [
                    FixIt(
                        message: "write '#cloud-config' as the first line",
                        edits: [TextEdit(range: whole, replacement: HeaderAnalysis.header)], isSafe: true)
                ])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func headerFormat(_ reason: String) -> Self {
        Self(
            "\(reason); cloud-init accepts it at boot, but `cloud-init schema` and other tools need the exact first "
                + "line '#cloud-config'")
    }
}
