/// User-data cloud-init does not recognise at all.
struct UnrecognizedUserDataRule: LintRule {
    let definition = RuleDescription(
        id: .unrecognizedUserData, family: .header, defaultSeverity: .error,
        summary: "cloud-init does not recognise this user-data",
        rationale: "Without a known first line ('#cloud-config', '#!', '#include', ...) or a MIME header, "
            + "cloud-init treats user-data as plain text and does nothing with it.",
        triggeringExamples: [RuleExample("1️⃣echo hello\n", message: "cloud-init does not recognise this user-data")],
        nonTriggeringExamples: ["#!/bin/sh\necho hello\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        // With a stream, the input was read as YAML and failed (UTF-16, for example): the parse
        // error says why cloud-init ignores it.
        guard context.userData.handling == .userData, context.kind == .unknown, !context.isCloudConfig,
            context.stream == nil, !context.source.bytes.isEmpty
        else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: context.source.contentStart)
        let end = context.source.location(atOffset: context.source.contentEnd(ofLine: 1))
        return [
            diagnostic(.unrecognizedUserData, at: SourceRange(start: start, end: end))
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let unrecognizedUserData: Self =
        Self(
            "cloud-init does not recognise this user-data (no '#cloud-config', '#!' or other known first line) and "
                + "ignores it")
}
