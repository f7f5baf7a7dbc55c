/// A cloud-config without the `#cloud-config` first line.
struct MissingHeaderRule: LintRule {
    let definition = RuleDescription(
        id: .missingHeader, family: .header, defaultSeverity: .error,
        summary: "The cloud-config has no '#cloud-config' first line",
        rationale: "cloud-init decides what user-data is from its first line. Without '#cloud-config' it "
            + "takes the YAML for plain text and ignores it: the instance boots unconfigured, without an "
            + "error.",
        triggeringExamples: [
            RuleExample(
                "1️⃣packages: [nginx]\n", message: "the file has no '#cloud-config' first line",
                corrected: "#cloud-config\npackages: [nginx]\n")
        ],
        nonTriggeringExamples: ["#cloud-config\npackages: [nginx]\n"],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "the header only tells cloud-init the file is cloud-config, which the file's content already says; "
                + "nothing else in the file changes"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .userData, context.isCloudConfig, context.header.verdict == .missing
        else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: context.source.contentStart)
        let end = context.source.location(atOffset: context.source.contentEnd(ofLine: 1))
        return [
            diagnostic(
                .missingHeader, at: SourceRange(start: start, end: end),
                fixIts: [
                    FixIt(
                        message: "insert '#cloud-config' as the first line",
                        edits: [TextEdit(range: SourceRange(at: start), replacement: "#cloud-config\n")],
                        isSafe: true)
                ])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let missingHeader: Self =
        "the file has no '#cloud-config' first line, so cloud-init does not read it as cloud-config and ignores it"
}
