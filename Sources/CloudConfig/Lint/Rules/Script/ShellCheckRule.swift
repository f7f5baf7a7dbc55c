/// ShellCheck's findings on scripts, boothooks and `runcmd`/`bootcmd` commands (`--shellcheck`).
struct ShellCheckRule: LintRule {
    let definition = RuleDescription(
        id: .shellcheck, family: .script, defaultSeverity: .warning,
        summary: "What ShellCheck finds in scripts and in runcmd and bootcmd commands",
        rationale: "With --shellcheck, Debian's shellcheck checks every shell script part and file, every boothook and "
            + "the script cloud-init writes from runcmd and bootcmd (each string command a line of a '#!/bin/sh' "
            + "script). Each finding has the identifier shellcheck/SC<code> (shellcheck/SC2086), which configuration "
            + "files and suppressions accept on its own; 'shellcheck' applies to all of them. ShellCheck's errors "
            + "and warnings keep their level, its info and style comments are notes. In a command written as a "
            + "folded or escaped YAML scalar the finding is placed on the whole command, with ShellCheck's line and "
            + "column in the message.")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.userData.shellCheck.map { comment in
            if let failure = comment.failure {
                return diagnostic(.failed(failure), at: comment.range, keyPath: comment.keyPath)
            }
            // cloudcfg's messages end without a period; ShellCheck's end with one.
            var message = comment.message.hasSuffix(".") ? String(comment.message.dropLast()) : comment.message
            while message.hasSuffix(" ") { message.removeLast() }
            if let approximate = comment.approximate { message += " (\(approximate))" }
            return Diagnostic(
                .shellcheck(code: comment.code), comment.severity, message, at: comment.range,
                keyPath: comment.keyPath?.description)
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func failed(_ reason: String) -> Self { "shellcheck could not check this script: \(reason)" }
}
