/// `write_files` modes that cloud-init misreads, rejects, or cannot apply.
struct WriteFilesPermissionsRule: LintRule {
    let definition = RuleDescription(
        id: .writeFilesPermissions, family: .semantics, defaultSeverity: .error,
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
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣0644\n",
                message: "YAML 1.1 reads the unquoted 0644 as the octal integer 420: cloud-init applies mode 0o644 at "
                    + "boot, but cloud-init's schema expects a string (it reports: 420 is not of type 'string'); "
                    + "quote it: '0644'",
                corrected: "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '0644'\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣644\n",
                message: "the unquoted 644 is the decimal integer 644, which cloud-init applies as mode 0o1204 "
                    + "(-w----r-T); read as octal it would be the usual mode 0644",
                corrected: "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '644'\n"),
            RuleExample(
                "write_files:\n  - path: /usr/local/bin/setup\n    content: '#!/bin/sh'\n    permissions: 1️⃣755\n",
                corrected: "write_files:\n  - path: /usr/local/bin/setup\n    content: '#!/bin/sh'\n"
                    + "    permissions: '755'\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣420\n",
                message: "the integer 420 is applied as mode 0o644 (rw-r--r--), but cloud-init's schema expects a "
                    + "string",
                corrected: "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '0644'\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣'420'\n",
                message: "cloud-init reads '420' as octal: mode 0o420 (r---w----), an unusual mode; 420 is the "
                    + "decimal form of the usual mode 0644 — write '0644'",
                corrected: "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '0644'\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: 1️⃣'rw-r--r--'\n",
                message: "'rw-r--r--' is not an octal mode: cloud-init logs 'Undecodable permissions' and writes the "
                    + "file with the default mode 0644; write it in octal: '0644'",
                corrected: "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: '0644'\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    permissions: 1️⃣'0x1a4'\n  - path: /etc/issue\n"
                    + "    permissions: 2️⃣'0o9'\n", message: "is not an octal mode"),
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
        supersedes: [.typeMismatch, .implicitOctal],
        fixSafety: .perFix(
            "quoting a number (0644, 644, 755) keeps its digits and makes cloud-init read them as octal, and an "
                + "integer or a symbolic mode is written as the same mode in octal: these are applied; reading the "
                + "digits of a quoted '420' as decimal is a guess and stays a suggestion"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        return context.compactMapWriteFilesPermissions { match in
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
        guard let applied = FileMode.applied(number), let exact = number.intValue else {
            return diagnostic(.integerTooLarge(text), at: range, keyPath: path)
        }
        let quote = { (replacement: String, message: String) in
            [FixIt(message: message, edits: [TextEdit(range: range, replacement: replacement)], isSafe: true)]
        }
        if isPlain, SchemaMessages.isOctal(text), exact >= 0, exact <= 0o7777, exact != 0 {
            return diagnostic(
                .unquotedOctal(text, number: number, mode: FileMode(rawValue: exact)), at: range, keyPath: path,
                fixIts: quote(YAML11Scalars.singleQuoted(text), "quote it as written: '\(text)'"))
        }
        if let special = rangeProblem(exact, applied: applied, shown: text, range: range, path: path) {
            return special
        }
        let decimal = isPlain && text.allSatisfy(\.isASCIIDigit)
        if decimal, !FileMode(rawValue: exact).isTypical, let octal = Self.digitsAsOctal(exact), octal.isTypical {
            return diagnostic(
                .decimalMode(text, exact: exact, applied: applied, octal: octal), at: range, keyPath: path,
                fixIts: quote("'\(text)'", "quote it: '\(text)', read as octal"))
        }
        let written = text == number.description ? "the integer \(exact)" : "\(text) (the integer \(exact))"
        let mode = FileMode(rawValue: exact)
        if mode.isTypical {
            return diagnostic(
                .integerMode(written, mode: mode, number: number), at: range, keyPath: path,
                fixIts: quote(mode.quoted, "write \(mode.quoted)"))
        }
        return diagnostic(.unusualIntegerMode(written, applied: applied, number: number), at: range, keyPath: path)
    }

    /// A string is parsed as octal; anything else falls back to 0644.
    /// `int(text, 8)` for a text of one to eighteen ASCII octal digits and nothing else, read on
    /// its bytes; `nil` for any other text (``FileMode/pythonOctal(_:)`` reads it).
    private static func plainOctal(_ text: String) -> YAMLInteger? {
        let value = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard (1...18).contains(bytes.count) else { return nil }
            var value = 0
            for byte in bytes {
                guard (0x30...0x37).contains(byte) else { return nil }
                value = value * 8 + Int(byte - 0x30)
            }
            return value
        }
        return (value ?? nil).map { YAMLInteger($0) }
    }

    private func stringFinding(_ text: String, range: SourceRange, path: KeyPath) -> Diagnostic? {
        let plain = Self.plainOctal(text)
        guard let value = plain ?? FileMode.pythonOctal(text) else {
            return undecodable(text, range: range, path: path)
        }
        guard let applied = FileMode.applied(value), let exact = value.intValue else {
            return diagnostic(.stringTooLarge(text), at: range, keyPath: path)
        }
        if let special = rangeProblem(exact, applied: applied, shown: "'\(text)'", range: range, path: path) {
            return special
        }
        // Octal digits with a leading zero (`'0644'`, the usual form) are not decimal digits
        // meant as a mode.
        if plain != nil, text.utf8.first == UInt8(ascii: "0") { return nil }
        let stripped = text.pythonStripped
        let mode = FileMode(rawValue: exact)
        if stripped.allSatisfy(\.isASCIIDigit), !stripped.hasPrefix("0"), !mode.isTypical, let decimal = Int(stripped),
            FileMode(rawValue: decimal).isTypical
        {
            let usual = FileMode(rawValue: decimal)
            return diagnostic(
                .decimalDigitsInString(text, mode: mode, stripped: stripped, usual: usual), at: range, keyPath: path,
                fixIts: [
                    FixIt(
                        message: "write \(usual.quoted)", edits: [TextEdit(range: range, replacement: usual.quoted)])
                ])
        }
        return nil
    }

    /// Zero, negative and too large modes.
    private func rangeProblem(
        _ value: Int, applied: FileMode, shown: String, range: SourceRange, path: KeyPath
    ) -> Diagnostic? {
        if value == 0 {
            return diagnostic(.zeroMode, at: range, keyPath: path)
        }
        if value < 0 {
            return diagnostic(.negativeMode(shown, applied: applied), at: range, keyPath: path)
        }
        if value > 0o7777 {
            if let octal = Self.digitsAsOctal(value), octal.isTypical, shown.allSatisfy(\.isASCIIDigit) {
                return nil
            }
            return diagnostic(
                .modeAbove7777(shown, mode: FileMode(rawValue: value), applied: applied), at: range, keyPath: path)
        }
        return nil
    }

    /// Text that `int(text, 8)` refuses.
    private func undecodable(_ text: String, range: SourceRange, path: KeyPath) -> Diagnostic {
        let stripped = text.pythonStripped
        if let mode = FileMode(symbolic: stripped) {
            return diagnostic(
                .symbolicMode(text, mode: mode), at: range, keyPath: path,
                fixIts: [
                    FixIt(
                        message: "write \(mode.quoted)", edits: [TextEdit(range: range, replacement: mode.quoted)],
                        isSafe: true)
                ])
        }
        var hint = "write an octal mode such as '0644'"
        let lower = stripped.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("-0x") {
            hint = "hexadecimal is not accepted; " + hint
        } else if let decimal = Int(stripped), decimal >= 0, FileMode(rawValue: decimal).isTypical {
            let mode = FileMode(rawValue: decimal)
            hint = "\(stripped) is the decimal form of \(mode.cloudConfigValue); write \(mode.quoted)"
        } else if stripped.contains(where: { $0 == "8" || $0 == "9" }) {
            hint = "8 and 9 are not octal digits; " + hint
        }
        return diagnostic(.undecodableMode(text, hint: hint), at: range, keyPath: path)
    }

    /// The decimal digits of a number read as octal digits (644 → 0o644), or `nil` when a digit
    /// is 8 or 9 or the number is negative.
    private static func digitsAsOctal(_ value: Int) -> FileMode? {
        guard value >= 0, let octal = Int(String(value), radix: 8) else { return nil }
        return FileMode(rawValue: octal)
    }
}

extension Diagnostic.Message {
    /// What the schema says about an integer mode.
    private static func schemaExpectsString(_ number: YAMLInteger) -> String {
        "cloud-init's schema expects a string (it reports: \(number) is not of type 'string')"
    }

    /// What happens at boot when `write_files` cannot read a mode.
    private static let undecodableConsequence =
        "cloud-init logs 'Undecodable permissions' and writes the file with the default mode 0644"

    fileprivate static func integerTooLarge(_ text: String) -> Self {
        Self(
            "\(text) is far too large for a mode: chmod cannot take it, so cloud-init's write_files fails on this file "
                + "and writes none after it; write the mode in octal as a string, such as '0644'")
    }

    fileprivate static func stringTooLarge(_ text: String) -> Self {
        Self(
            "'\(text)' is far too large for a mode: chmod cannot take it, so cloud-init's write_files fails on this "
                + "file and writes none after it; write a mode such as '0644'")
    }

    fileprivate static func unquotedOctal(_ text: String, number: YAMLInteger, mode: FileMode) -> Self {
        Self(
            "YAML 1.1 reads the unquoted \(text) as the octal integer \(mode.rawValue): cloud-init applies mode \(mode) "
                + "at boot, but \(schemaExpectsString(number)); quote it: '\(text)'")
    }

    fileprivate static func decimalMode(_ text: String, exact: Int, applied: FileMode, octal: FileMode) -> Self {
        Self(
            "the unquoted \(text) is the decimal integer \(exact), which cloud-init applies as mode \(applied) "
                + "(\(applied.symbolic)); read as octal it would be the usual mode \(octal.cloudConfigValue) — quote it: "
                + "'\(text)' (cloud-init reads a string as octal)")
    }

    fileprivate static func integerMode(_ written: String, mode: FileMode, number: YAMLInteger) -> Self {
        Self(
            "\(written) is applied as mode \(mode) (\(mode.symbolic)), but \(schemaExpectsString(number)); write the "
                + "mode in octal as a string: \(mode.quoted)")
    }

    fileprivate static func unusualIntegerMode(_ written: String, applied: FileMode, number: YAMLInteger) -> Self {
        Self(
            "\(written) is applied as mode \(applied) (\(applied.symbolic)), an unusual mode, and "
                + "\(schemaExpectsString(number)); write the mode in octal as a string, such as '0644'")
    }

    fileprivate static func decimalDigitsInString(_ text: String, mode: FileMode, stripped: String, usual: FileMode)
        -> Self
    {
        Self(
            "cloud-init reads '\(text)' as octal: mode \(mode) (\(mode.symbolic)), an unusual mode; \(stripped) is the "
                + "decimal form of the usual mode \(usual.cloudConfigValue) — write \(usual.quoted)")
    }

    fileprivate static let zeroMode = Self(
        "mode 0 is not applied: cloud-init skips chmod for a zero mode, so the file keeps the mode it is created "
            + "with (0644 under the usual umask 022) or the mode it already had; write the mode you mean, such as '0600'"
    )

    fileprivate static func negativeMode(_ shown: String, applied: FileMode) -> Self {
        Self(
            "\(shown) is a negative mode: chmod receives it as a large unsigned number and the file gets mode \(applied) "
                + "(\(applied.symbolic)); write a mode such as '0644'")
    }

    fileprivate static func modeAbove7777(_ shown: String, mode: FileMode, applied: FileMode) -> Self {
        Self(
            "\(shown) is mode \(mode), above 0o7777: the kernel keeps only the permission bits, so the file gets mode "
                + "\(applied) (\(applied.symbolic)); write at most four octal digits, such as '0644'")
    }

    fileprivate static func symbolicMode(_ text: String, mode: FileMode) -> Self {
        "'\(text)' is not an octal mode: \(undecodableConsequence); write it in octal: \(mode.quoted)"
    }

    fileprivate static func undecodableMode(_ text: String, hint: String) -> Self {
        "'\(text)' is not an octal mode: \(undecodableConsequence); \(hint)"
    }
}
