/// A UTF-8 byte order mark at the start of user-data.
struct ByteOrderMarkRule: LintRule {
    let definition = RuleDescription(
        id: .byteOrderMark, family: .yaml, defaultSeverity: .error,
        summary: "The file starts with a byte order mark",
        rationale: "cloud-init compares the first bytes of user-data with '#cloud-config' without removing a "
            + "byte order mark, so it does not recognise the header and ignores the file. Windows editors "
            + "add the mark when saving as \"UTF-8 with BOM\".",
        triggeringExamples: [
            RuleExample(
                "1️⃣\u{FEFF}#cloud-config\nhostname: web\n", message: "starts with a UTF-8 byte order mark",
                corrected: "#cloud-config\nhostname: web\n")
        ],
        nonTriggeringExamples: ["#cloud-config\nhostname: web\n"],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "the mark is no character of the configuration; removing it lets cloud-init see the header, and no "
                + "value changes"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, context.source.byteOrderMarkLength > 0 else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        let range = SourceRange(start: start, end: SourceLocation(line: 1, column: 1, offset: 3))
        return [
            diagnostic(
                .byteOrderMark, at: range,
                fixIts: [
                    FixIt(
                        message: "remove the byte order mark", edits: [TextEdit(range: range, replacement: "")],
                        isSafe: true)
                ]
            )
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let byteOrderMark: Self =
        Self(
            "the file starts with a UTF-8 byte order mark, so cloud-init does not see the '#cloud-config' header and "
                + "ignores the file")
}
