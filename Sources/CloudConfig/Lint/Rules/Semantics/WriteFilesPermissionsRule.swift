import BigInt

/// `write_files` modes that cloud-init misreads, rejects, or cannot apply.
struct WriteFilesPermissionsRule: LintRule {
    let definition = RuleDescription(
        id: "write-files-permissions", family: .semantics, defaultSeverity: .error,
        summary: "A write_files mode that cloud-init misreads, rejects or cannot apply",
        rationale: "cloud-init's schema wants `permissions` as a string, and write_files reads a string as an "
            + "octal number (Python's int(text, 8)), so '0644', '644' and '0o644' all give mode 0644. An integer "
            + "is applied as it is. YAML 1.1 reads an unquoted 0644 as the octal integer 420: the mode comes out "
            + "right at boot, but the schema rejects it with the puzzling \"420 is not of type 'string'\". An "
            + "unquoted 644 is the decimal integer 644, which is mode 0o1204 (sticky, owner write-only, others "
            + "read): a silent bug. Text that is not octal ('rw-r--r--', '0x1a4') makes write_files log a warning "
            + "and fall back to 0644; a mode of 0 is not applied at all; bits above 0o7777 are dropped by the "
            + "kernel, and a value beyond a C int makes the module fail. Like Butane, cloudcfg calls a number a "
            + "base mix-up when it is an unusual mode as written but a usual one read in the other base (644 "
            + "read as octal is 0644).",
        triggeringExamples: [
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣0644\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣644\n",
            "write_files:\n  - path: /usr/local/bin/setup\n    content: '#!/bin/sh'\n    permissions: 1️⃣755\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣420\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣'420'\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣'rw-r--r--'\n",
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    permissions: 1️⃣'0x1a4'\n  - path: /etc/issue\n"
                    + "    permissions: 2️⃣'0o9'\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    permissions: 1️⃣'10644'\n  - path: /etc/issue\n"
                    + "    permissions: 2️⃣'0000'\n"),
        ],
        nonTriggeringExamples: [
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '0644'\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '644'\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '0o600'\n",
            "write_files:\n  - path: /usr/local/bin/helper\n    content: hi\n    permissions: '4755'\n",
            "write_files:\n  - path: /etc/motd\n    content: hi\n",
        ],
        supersedes: ["type-mismatch", "implicit-octal"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        return context.matches("write_files.*.permissions").compactMap { match in
            finding(for: match, in: context)
        }
    }

    /// The finding for one `permissions` value, if it has a problem.
    private func finding(for match: PathMatch, in context: LintContext) -> Diagnostic? {
        guard let written = context.node(match.node), let value = context.scalar(match.node) else { return nil }
        let range = context.range(match.node)
        let text = context.node(context.resolved(match.node))?.text ?? written.text
        let isPlain = written.kind == .scalar && written.scalarStyle == .plain && written.explicitTag == nil
        switch value {
        case .int(let number):
            return integerFinding(number, text: text, isPlain: isPlain, range: range, path: match.path)
        case .string(let string):
            return stringFinding(string, range: range, path: match.path)
        default:
            return nil
        }
    }

    /// An integer is applied as it is; the schema wants a string.
    private func integerFinding(
        _ number: YAMLInteger, text: String, isPlain: Bool, range: SourceRange, path: KeyPath
    ) -> Diagnostic? {
        let schema = "cloud-init's schema expects a string (it reports: \(number) is not of type 'string')"
        guard let applied = FileModeReading.appliedMode(number.bigValue), let exact = number.intValue else {
            return diagnostic(
                "\(text) is far too large for a mode: chmod cannot take it, so cloud-init's write_files fails "
                    + "on this file and writes none after it; write the mode in octal as a string, such as '0644'",
                at: range, keyPath: path)
        }
        let quote = { (replacement: String, message: String) in
            [FixIt(message: message, edits: [TextEdit(range: range, replacement: replacement)])]
        }
        if isPlain, SchemaMessages.isOctal(text), exact >= 0, exact <= 0o7777, exact != 0 {
            return diagnostic(
                "YAML 1.1 reads the unquoted \(text) as the octal integer \(exact): cloud-init applies mode "
                    + "\(FileModeReading.octal(exact)) at boot, but \(schema); quote it: '\(text)'",
                at: range, keyPath: path,
                fixIts: quote(YAML11Scalars.singleQuoted(text), "quote it as written: '\(text)'"))
        }
        if let special = rangeProblem(exact, applied: applied, shown: text, range: range, path: path) {
            return special
        }
        let decimal = isPlain && text.allSatisfy(\.isASCIIDigit)
        if decimal, !FileModeReading.isTypical(exact), let octal = FileModeReading.digitsAsOctal(exact),
            FileModeReading.isTypical(octal)
        {
            return diagnostic(
                "the unquoted \(text) is the decimal integer \(exact), which cloud-init applies as mode "
                    + "\(FileModeReading.octal(applied)) (\(FileModeReading.symbolic(applied))); read as octal it "
                    + "would be the usual mode \(FileModeReading.leadingZeroOctal(octal)) — quote it: '\(text)' "
                    + "(cloud-init reads a string as octal)",
                at: range, keyPath: path, fixIts: quote("'\(text)'", "quote it: '\(text)', read as octal"))
        }
        let written = text == number.description ? "the integer \(exact)" : "\(text) (the integer \(exact))"
        if FileModeReading.isTypical(exact) {
            let octal = FileModeReading.leadingZeroOctal(exact)
            return diagnostic(
                "\(written) is applied as mode \(FileModeReading.octal(exact)) "
                    + "(\(FileModeReading.symbolic(exact))), but \(schema); write the mode in octal as a string: "
                    + "'\(octal)'", at: range, keyPath: path, fixIts: quote("'\(octal)'", "write '\(octal)'"))
        }
        return diagnostic(
            "\(written) is applied as mode \(FileModeReading.octal(applied)) (\(FileModeReading.symbolic(applied))), "
                + "an unusual mode, and \(schema); write the mode in octal as a string, such as '0644'",
            at: range, keyPath: path)
    }

    /// A string is parsed as octal; anything else falls back to 0644.
    private func stringFinding(_ text: String, range: SourceRange, path: KeyPath) -> Diagnostic? {
        guard let value = FileModeReading.parseOctal(text) else {
            return undecodable(text, range: range, path: path)
        }
        guard let applied = FileModeReading.appliedMode(value), let exact = Int(exactly: value) else {
            return diagnostic(
                "'\(text)' is far too large for a mode: chmod cannot take it, so cloud-init's write_files fails "
                    + "on this file and writes none after it; write a mode such as '0644'",
                at: range, keyPath: path)
        }
        if let special = rangeProblem(exact, applied: applied, shown: "'\(text)'", range: range, path: path) {
            return special
        }
        let stripped = text.pythonStripped
        if stripped.allSatisfy(\.isASCIIDigit), !stripped.hasPrefix("0"), !FileModeReading.isTypical(exact),
            let decimal = Int(stripped), FileModeReading.isTypical(decimal)
        {
            let octal = FileModeReading.leadingZeroOctal(decimal)
            return diagnostic(
                "cloud-init reads '\(text)' as octal: mode \(FileModeReading.octal(exact)) "
                    + "(\(FileModeReading.symbolic(exact))), an unusual mode; \(stripped) is the decimal form of "
                    + "the usual mode \(octal) — write '\(octal)'",
                at: range, keyPath: path,
                fixIts: [FixIt(message: "write '\(octal)'", edits: [TextEdit(range: range, replacement: "'\(octal)'")])]
            )
        }
        return nil
    }

    /// Zero, negative and too large modes.
    private func rangeProblem(
        _ value: Int, applied: Int, shown: String, range: SourceRange, path: KeyPath
    ) -> Diagnostic? {
        if value == 0 {
            return diagnostic(
                "mode 0 is not applied: cloud-init skips chmod for a zero mode, so the file keeps the mode it is "
                    + "created with (0644 under the usual umask 022) or the mode it already had; write the mode "
                    + "you mean, such as '0600'", at: range, keyPath: path)
        }
        if value < 0 {
            return diagnostic(
                "\(shown) is a negative mode: chmod receives it as a large unsigned number and the file gets mode "
                    + "\(FileModeReading.octal(applied)) (\(FileModeReading.symbolic(applied))); write a mode such "
                    + "as '0644'", at: range, keyPath: path)
        }
        if value > 0o7777 {
            if let octal = FileModeReading.digitsAsOctal(value), FileModeReading.isTypical(octal),
                shown.allSatisfy(\.isASCIIDigit)
            {
                return nil
            }
            return diagnostic(
                "\(shown) is mode \(FileModeReading.octal(value)), above 0o7777: the kernel keeps only the "
                    + "permission bits, so the file gets mode \(FileModeReading.octal(applied)) "
                    + "(\(FileModeReading.symbolic(applied))); write at most four octal digits, such as '0644'",
                at: range, keyPath: path)
        }
        return nil
    }

    /// Text that `int(text, 8)` refuses.
    private func undecodable(_ text: String, range: SourceRange, path: KeyPath) -> Diagnostic {
        let consequence =
            "cloud-init logs 'Undecodable permissions' and writes the file with the default mode 0644"
        let stripped = text.pythonStripped
        if let mode = FileModeReading.parseSymbolic(stripped) {
            let octal = FileModeReading.leadingZeroOctal(mode)
            return diagnostic(
                "'\(text)' is not an octal mode: \(consequence); write it in octal: '\(octal)'", at: range,
                keyPath: path,
                fixIts: [FixIt(message: "write '\(octal)'", edits: [TextEdit(range: range, replacement: "'\(octal)'")])]
            )
        }
        var hint = "write an octal mode such as '0644'"
        let lower = stripped.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("-0x") {
            hint = "hexadecimal is not accepted; " + hint
        } else if let decimal = Int(stripped), decimal >= 0, FileModeReading.isTypical(decimal) {
            hint =
                "\(stripped) is the decimal form of \(FileModeReading.leadingZeroOctal(decimal)); write "
                + "'\(FileModeReading.leadingZeroOctal(decimal))'"
        } else if stripped.contains(where: { $0 == "8" || $0 == "9" }) {
            hint = "8 and 9 are not octal digits; " + hint
        }
        return diagnostic("'\(text)' is not an octal mode: \(consequence); \(hint)", at: range, keyPath: path)
    }
}
