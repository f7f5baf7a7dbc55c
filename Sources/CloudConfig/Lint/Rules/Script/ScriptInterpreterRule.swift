/// A script or boothook without a usable interpreter line.
struct ScriptInterpreterRule: LintRule {
    let definition = RuleDescription(
        id: .scriptInterpreter, family: .script, defaultSeverity: .error,
        summary: "A script or boothook without a usable interpreter line",
        rationale: "cloud-init runs scripts and boothooks as programs, so the kernel reads their '#!' line: without "
            + "an interpreter after '#!', with a relative path, or with a misspelt one, the script fails at boot "
            + "('Exec format error', 'No such file or directory'). A boothook's '#!' line is the one after "
            + "'#cloud-boothook', which cloud-init removes before running it.",
        triggeringExamples: [
            RuleExample("#!1️⃣\necho ready\n", message: "has no interpreter after '#!'"),
            RuleExample(
                "#!/bin/1️⃣bassh\necho ready\n", message: "did you mean 'bash'?", corrected: "#!/bin/bash\necho ready\n"),
            RuleExample("#!1️⃣bash\necho ready\n", message: "is not an absolute path"),
            RuleExample(
                "#cloud-boothook\n1️⃣echo early\n", message: "the boothook has no '#!' line after '#cloud-boothook'"),
        ],
        nonTriggeringExamples: [
            "#!/bin/bash\necho ready\n", "#!/usr/bin/env python3\nprint('ready')\n",
            "#cloud-boothook\n#!/bin/sh\necho early\n",
        ],
        examplesIncludeHeader: true,
        fixSafety: .suggestion("the closest interpreter name is a guess at the program meant"))

    /// Interpreters a Linux image has, for did-you-mean.
    static let known = [
        "sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "busybox", "python", "python3", "perl", "ruby", "pwsh",
        "node", "env", "awk", "gawk", "tclsh", "lua", "php", "fish",
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        guard case .script(let handler) = context.userData.handling else { return [] }
        let source = context.source
        var line = 1
        if handler == .boothook {
            // cloud-init removes '#cloud-boothook' and the whitespace after it, then runs the rest.
            line = 2
            while line <= source.lineCount, source.lineText(line).allSatisfy({ $0 == " " || $0 == "\t" }) { line += 1 }
            guard line <= source.lineCount, source.lineText(line).hasPrefix("#!") else {
                let at = source.location(line: min(line, source.lineCount), column: 1)
                return [diagnostic(.boothookWithoutShebang, at: SourceRange(at: at))]
            }
        }
        guard let shebang = ShebangLine(source.lineText(line)) else { return [] }
        let pathColumn = source.lineText(line).prefix { $0 == "#" || $0 == "!" || $0 == " " || $0 == "\t" }.count + 1
        let pathStart = source.location(line: line, column: pathColumn)
        let pathEnd = source.location(line: line, column: pathColumn + shebang.path.unicodeScalars.count)
        if shebang.path.isEmpty {
            return [diagnostic(.noInterpreter, at: SourceRange(at: pathStart))]
        }
        if !shebang.path.hasPrefix("/") {
            return [diagnostic(.relativeInterpreter(shebang.path), at: SourceRange(start: pathStart, end: pathEnd))]
        }
        let name = String(shebang.path.split(separator: "/").last ?? "")
        guard !name.isEmpty, !Self.known.contains(name), !name.hasPrefix("python"),
            let suggestion = Suggestion.closest(to: name, among: Self.known)
        else { return [] }
        let nameStart = source.location(
            line: line, column: pathColumn + shebang.path.unicodeScalars.count - name.unicodeScalars.count)
        let range = SourceRange(start: nameStart, end: pathEnd)
        return [
            diagnostic(
                .misspeltInterpreter(shebang.path, suggestion), at: range,
                fixIts: [
                    FixIt(message: "write '\(suggestion)'", edits: [TextEdit(range: range, replacement: suggestion)])
                ],
                severity: .warning)
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let noInterpreter: Self =
        "the script has no interpreter after '#!'; cloud-init runs it as a program, which fails ('Exec format error')"

    fileprivate static func relativeInterpreter(_ path: String) -> Self {
        Self(
            "the interpreter '\(path)' is not an absolute path; the kernel looks for it in cloud-init's working "
                + "directory and the script fails; write '/bin/\(path)' or '/usr/bin/env \(path)'")
    }

    fileprivate static func misspeltInterpreter(_ path: String, _ suggestion: String) -> Self {
        "no Linux image has the interpreter '\(path)', so the script fails at boot; did you mean '\(suggestion)'?"
    }

    fileprivate static let boothookWithoutShebang: Self =
        Self(
            "the boothook has no '#!' line after '#cloud-boothook'; cloud-init removes the header and runs the rest "
                + "as a program, which fails ('Exec format error')")
}
