/// A script whose `#!` line ends with CR LF.
struct ShebangCRLFRule: LintRule {
    let definition = RuleDescription(
        id: .shebangCRLF, family: .script, defaultSeverity: .error,
        summary: "A script whose '#!' line ends with CR LF",
        rationale: "A script saved with Windows line endings has '\\r' at the end of its '#!' line: the kernel looks "
            + "for the interpreter '/bin/bash\\r', and the script fails at boot with 'bad interpreter: No such file or "
            + "directory' (the shell also reads the other lines' '\\r' as part of the commands). cloud-init converts "
            + "the line endings of boothooks only, not of scripts.",
        triggeringExamples: [
            RuleExample(
                "#!/bin/sh1️⃣\r\necho ready\r\n", message: "the '#!' line ends with CR LF",
                corrected: "#!/bin/sh\necho ready\n")
        ],
        nonTriggeringExamples: ["#!/bin/sh\necho ready\n", "#cloud-boothook\r\n#!/bin/sh\r\necho early\r\n"],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "with CR LF the script cannot run at all; removing the carriage returns before line feeds leaves the "
                + "commands as written"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard case .script(let handler) = context.userData.handling, handler != .boothook else { return [] }
        let source = context.source
        let end = source.contentEnd(ofLine: 1)
        guard source.lineText(1).hasPrefix("#!"), end < source.bytes.count, source.bytes[end] == 0x0D else { return [] }
        // Every CR before an LF goes: the shell would read the others as part of the commands.
        var edits: [TextEdit] = []
        for offset in source.bytes.indices.dropLast()
        where source.bytes[offset] == 0x0D && source.bytes[offset + 1] == 0x0A {
            edits.append(
                TextEdit(
                    range: SourceRange(
                        start: source.location(atOffset: offset), end: source.location(atOffset: offset + 1)),
                    replacement: ""))
        }
        let interpreter = ShebangLine(source.lineText(1))?.path ?? ""
        return [
            diagnostic(
                .crlf(interpreter),
                at: SourceRange(start: source.location(atOffset: end), end: source.location(atOffset: end + 1)),
                fixIts: [FixIt(message: "use LF line endings", edits: edits, isSafe: true)])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func crlf(_ interpreter: String) -> Self {
        Self(
            "the '#!' line ends with CR LF: the kernel looks for the interpreter '\(interpreter)\\r' and the script "
                + "fails with 'bad interpreter'; save it with LF line endings")
    }
}
