/// `write_files` entries whose mode lets every user change the file.
struct WriteFilesWorldWritableRule: LintRule {
    let definition = RuleDescription(
        id: "write-files-world-writable", family: .semantics, defaultSeverity: .warning,
        summary: "A write_files mode lets every user on the machine change the file",
        rationale: "write_files runs as root and usually writes configuration, scripts and units that root later "
            + "reads or runs. A mode with the others-write bit (0666, 0777, 0646, ...) lets any local user or "
            + "compromised service change such a file, which for anything root executes or trusts is a "
            + "privilege escalation. Modes like these are mostly copied from a quick fix; give write access to "
            + "the owner (and a group) only.",
        triggeringExamples: [
            "write_files:\n  - path: /usr/local/bin/backup\n    content: '#!/bin/sh'\n    permissions: 1️⃣'0777'\n",
            "write_files:\n  - path: /etc/app.conf\n    content: x\n    permissions: 1️⃣'0666'\n",
        ],
        nonTriggeringExamples: [
            "write_files:\n  - path: /usr/local/bin/backup\n    content: '#!/bin/sh'\n    permissions: '0755'\n",
            "write_files:\n  - path: /etc/app.conf\n    content: x\n    permissions: '0664'\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        return context.matches("write_files.*.permissions").compactMap { match in
            let mode: Int?
            switch context.scalar(match.node) {
            case .int(let number): mode = FileModeReading.appliedMode(number.bigValue)
            case .string(let text): mode = FileModeReading.parseOctal(text).flatMap(FileModeReading.appliedMode)
            default: mode = nil
            }
            // A sticky bit on a file is never chosen: such modes are decimal numbers written by mistake,
            // which write-files-permissions explains.
            guard let mode, mode & 0o002 != 0, mode & 0o1000 == 0 else { return nil }
            let without = FileModeReading.leadingZeroOctal(mode & ~0o002)
            return diagnostic(
                "mode \(FileModeReading.octal(mode)) (\(FileModeReading.symbolic(mode))) lets every user on the "
                    + "machine change this file; drop the others-write bit, for example '\(without)'",
                at: context.range(match.node), keyPath: match.path)
        }
    }
}
