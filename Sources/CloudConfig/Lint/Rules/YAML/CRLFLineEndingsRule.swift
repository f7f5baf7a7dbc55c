/// Windows line endings in cloud-config.
struct CRLFLineEndingsRule: LintRule {
    let definition = RuleDescription(
        id: .crlfLineEndings, family: .yaml, defaultSeverity: .warning,
        summary: "Lines end with CR LF",
        rationale: "cloud-init reads YAML with CR LF line endings, but the carriage returns survive in places "
            + "YAML does not normalise (a `#!` line copied into a script, a MIME part, a diff) and break shells "
            + "with \"bad interpreter\". Save user-data with LF line endings.",
        triggeringExamples: [
            RuleExample("hostname: web1️⃣\r\nlocale: C.UTF-8\r\n", message: "2 lines end with CR LF")
        ],
        nonTriggeringExamples: ["hostname: web\nlocale: C.UTF-8\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        let bytes = context.source.bytes
        guard context.isCloudConfig, let first = ByteSearch.firstOffset(of: [0x0D, 0x0A], in: bytes) else {
            return []
        }
        var count = 0
        for index in first..<(bytes.count - 1) where bytes[index] == 0x0D && bytes[index + 1] == 0x0A { count += 1 }
        let start = context.source.location(atOffset: first)
        let range = SourceRange(start: start, end: context.source.location(atOffset: first + 2))
        return [diagnostic(.crlfLineEndings(count: count), at: range)]
    }
}

extension Diagnostic.Message {
    fileprivate static func crlfLineEndings(count: Int) -> Self {
        let lines = count == 1 ? "a line ends" : "\(count) lines end"
        return "\(lines) with CR LF; save user-data with LF line endings so that carriage returns cannot reach scripts"
    }
}
