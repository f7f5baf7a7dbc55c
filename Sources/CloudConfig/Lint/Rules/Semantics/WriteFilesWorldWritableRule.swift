/// `write_files` entries whose mode lets every user change the file.
struct WriteFilesWorldWritableRule: LintRule {
    let definition = RuleDescription(
        id: .writeFilesWorldWritable, family: .semantics, defaultSeverity: .warning,
        summary: "A write_files mode lets every user on the machine change the file",
        rationale: "write_files runs as root and usually writes configuration, scripts and units that root later "
            + "reads or runs. A mode with the others-write bit (0666, 0777, 0646, ...) lets any local user or "
            + "compromised service change such a file, which for anything root executes or trusts is a "
            + "privilege escalation. Modes like these are mostly copied from a quick fix; give write access to "
            + "the owner (and a group) only.",
        triggeringExamples: [
            RuleExample(
                "write_files:\n  - path: /usr/local/bin/backup\n    content: '#!/bin/sh'\n    permissions: 1️⃣'0777'\n",
                message: "mode 0o777 (rwxrwxrwx) lets every user on the machine change this file; drop the "
                    + "others-write bit, for example '0775'"),
            "write_files:\n  - path: /etc/app.conf\n    content: x\n    permissions: 1️⃣'0666'\n",
        ],
        nonTriggeringExamples: [
            "write_files:\n  - path: /usr/local/bin/backup\n    content: '#!/bin/sh'\n    permissions: '0755'\n",
            "write_files:\n  - path: /etc/app.conf\n    content: x\n    permissions: '0664'\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        return context.compactMapWriteFilesPermissions { match in
            let mode: FileMode?
            switch context.scalar(match.node) {
            case .int(let number): mode = FileMode.applied(number)
            case .string(let text): mode = FileMode.pythonOctal(text).flatMap(FileMode.applied)
            default: mode = nil
            }
            // A sticky bit on a file is never chosen: such modes are decimal numbers written by mistake,
            // which write-files-permissions explains.
            guard let mode, mode.contains(.otherWrite), !mode.contains(.sticky) else { return nil }
            return diagnostic(.worldWritable(mode), at: context.range(match.node), keyPath: match.path)
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func worldWritable(_ mode: FileMode) -> Self {
        Self(
            "mode \(mode) (\(mode.symbolic)) lets every user on the machine change this file; drop the others-write bit, "
                + "for example \(mode.subtracting(.otherWrite).quoted)")
    }
}
