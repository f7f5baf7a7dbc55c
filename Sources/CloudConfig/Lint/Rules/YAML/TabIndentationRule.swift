/// A tab where YAML needs spaces.
struct TabIndentationRule: LintRule {
    let definition = RuleDescription(
        id: .tabIndentation, family: .yaml, defaultSeverity: .error,
        summary: "A tab is used to indent",
        rationale: "YAML forbids tabs in indentation; the file does not load and cloud-init ignores it. "
            + "Editors that insert tabs are the usual cause.",
        triggeringExamples: [
            RuleExample(
                "users:\n1️⃣\t- default\n", message: "a tab indents this line", corrected: "users:\n  - default\n")
        ],
        nonTriggeringExamples: ["users:\n  - default\t# a tab before a comment is fine\n"],
        supersedes: [.yamlSyntax],
        fixSafety: .suggestion(
            "how deep a tab was meant to indent is a guess: two spaces may nest the line under another key than "
                + "the writer meant"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let stream = context.stream else { return [] }
        let bytes = context.source.bytes
        return stream.errors.compactMap { error in
            guard error.code == .syntax else { return nil }
            let line = error.range.start.line
            let start = line == 1 ? context.source.contentStart : context.source.lineStarts[line - 1]
            var offset = start
            while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\t"), offset <= error.range.start.offset
            else { return nil }
            var end = offset
            while end < bytes.count, bytes[end] == UInt8(ascii: "\t") || bytes[end] == UInt8(ascii: " ") { end += 1 }
            let range = SourceRange(
                start: context.source.location(atOffset: offset), end: context.source.location(atOffset: end))
            return diagnostic(
                .tabIndentation, at: error.range,
                fixIts: [FixIt(message: "indent with spaces", edits: [TextEdit(range: range, replacement: "  ")])])
        }
    }
}

extension Diagnostic.Message {
    fileprivate static let tabIndentation: Self = "a tab indents this line; YAML allows only spaces for indentation"
}
