/// `runcmd` and `bootcmd` items that are not commands.
struct CommandItemRule: LintRule {
    let definition = RuleDescription(
        id: .commandItem, family: .semantics, defaultSeverity: .error,
        summary: "A runcmd or bootcmd item is not a command",
        rationale: "Each item of runcmd and bootcmd is a shell command line (a string) or an exec-form list of "
            + "arguments. cloud-init writes them into a script, and any other item makes that fail: runcmd or "
            + "bootcmd then runs none of its commands. An unquoted item containing ': ' is a mapping to YAML "
            + "(`- echo a: b` is {'echo a': 'b'}), and numbers, booleans and dates need quotes as well. Exec-form "
            + "arguments are converted with Python's str(), so `[chmod, 0644, f]` passes '420' and "
            + "`[echo, yes]` passes 'True'; the schema rejects any non-string argument. An empty item is "
            + "skipped in runcmd but rejected by the schema in bootcmd.",
        triggeringExamples: [
            RuleExample(
                "runcmd:\n  - 1️⃣echo status: ok\n",
                message: "YAML reads this item as the mapping {'echo status': 'ok'} because of the ': ' in it",
                corrected: "runcmd:\n  - 'echo status: ok'\n"),
            RuleExample(
                "runcmd:\n  - [sleep, 1️⃣5]\n  - [chmod, 2️⃣0644, /etc/app.conf]\n",
                message: "exec-form arguments must be strings",
                corrected: "runcmd:\n  - [sleep, '5']\n  - [chmod, '0644', /etc/app.conf]\n"),
            RuleExample(
                "bootcmd:\n  - 1️⃣true\n",
                message: "a command must be a string or a list, but this item is the boolean true",
                corrected: "bootcmd:\n  - 'true'\n"),
            "runcmd:\n  - echo one\n  -1️⃣\n  - echo two\n",
            "bootcmd:\n  - echo one\n  -1️⃣\n",
        ],
        nonTriggeringExamples: [
            "runcmd:\n  - 'echo status: ok'\n  - [sleep, '5']\n",
            "bootcmd:\n  - [cloud-init-per, once, mkfs, mkfs.ext4, /dev/vdb]\n",
        ],
        supersedes: [.typeMismatch, .truthy, .implicitOctal, .sexagesimal],
        fixSafety: .safe(
            "quoting turns the item or argument into the text as typed, which is the command the writer wrote; "
                + "YAML had made it a mapping, a number or a boolean that cloud-init cannot run as meant"))

    /// The modules whose items are commands, with the pattern of their items.
    private static let modules: [(name: String, items: PathPattern)] = [
        ("runcmd", "runcmd.*"), ("bootcmd", "bootcmd.*"),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let document = context.document else { return [] }
        var diagnostics: [Diagnostic] = []
        for (module, pattern) in Self.modules {
            // Visited, not listed: a large runcmd has as many matches as items.
            context.forEachMatch(pattern) { match in
                switch context.kind(of: match.node) {
                case .mapping:
                    diagnostics.append(mappingItem(match, module: module, in: context))
                case .sequence:
                    for (index, argument) in document.items(of: match.node).enumerated() {
                        // The argument's path is spelt out only for a finding.
                        if let finding = execArgument(argument, path: match.path.appending(index: index), in: context) {
                            diagnostics.append(finding)
                        }
                    }
                case .scalar, .alias, nil:
                    if let finding = scalarItem(match, module: module, in: context) { diagnostics.append(finding) }
                }
            }
        }
        return diagnostics
    }

    /// A mapping where a command was meant, usually from an unquoted `: `.
    private func mappingItem(_ match: PathMatch, module: String, in context: LintContext) -> Diagnostic {
        let range = context.range(match.node)
        let entries = context.namedEntries(of: match.node)
        guard let document = context.document, let written = context.node(match.node),
            written.collectionStyle == .block, entries.count == 1, let pair = document.pairs(of: match.node).first,
            let text = singleLineText(key: pair.key, value: pair.value, in: context)
        else {
            return diagnostic(.mappingItem(module), at: range, keyPath: match.path)
        }
        let quoted = YAML11Scalars.singleQuoted(text.source)
        return diagnostic(
            .unquotedColon(module, shown: text.shown, quoted: quoted), at: range, keyPath: match.path,
            fixIts: [
                FixIt(
                    message: "quote the whole item", edits: [TextEdit(range: text.range, replacement: quoted)],
                    isSafe: true)
            ])
    }

    /// The source text of a one-line, one-pair plain mapping, `key: value`, with its range.
    private func singleLineText(
        key: YAMLNodeID, value: YAMLNodeID, in context: LintContext
    ) -> (source: String, shown: String, range: SourceRange)? {
        guard let keyNode = context.node(key), let valueNode = context.node(value),
            keyNode.kind == .scalar, keyNode.scalarStyle == .plain, keyNode.explicitTag == nil,
            valueNode.kind == .scalar, valueNode.scalarStyle == .plain, valueNode.explicitTag == nil
        else { return nil }
        let keyRange = keyNode.range
        var end = valueNode.range.end
        let valueValue = valueNode.value ?? .null
        if valueNode.text.isEmpty {
            // An empty value: the mapping ends at the colon after the key.
            var offset = keyRange.end.offset
            let bytes = context.source.bytes
            while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return nil }
            end = context.source.location(atOffset: offset + 1)
        }
        guard keyRange.start.line == end.line else { return nil }
        let range = SourceRange(start: keyRange.start, end: end)
        let keyValue = keyNode.value ?? .string(keyNode.text)
        return (context.source.text(of: range), "\(keyValue.pythonRepr): \(valueValue.pythonRepr)", range)
    }

    /// One argument of an exec-form item.
    private func execArgument(
        _ argument: YAMLNodeID, path: @autoclosure () -> KeyPath, in context: LintContext
    ) -> Diagnostic? {
        switch context.kind(of: argument) {
        case .mapping, .sequence:
            return diagnostic(
                .collectionArgument(isMapping: context.kind(of: argument) == .mapping), at: context.range(argument),
                keyPath: path())
        case .scalar, .alias, nil:
            break
        }
        // Most arguments are strings, which the module passes as written: that is known
        // without building the value.
        if let document = context.document, document.nodes[document.resolved(argument).index].isString {
            return nil
        }
        guard let value = context.scalar(argument), !value.isStringLike, let written = context.node(argument) else {
            return nil
        }
        // The range is worked out only for a finding: most arguments have none.
        let range = context.range(argument)
        let text = written.text
        let passed = value.pythonStr
        let message: Diagnostic.Message
        if let explanation = yamlReading(written, value: value), passed != text {
            message = .misreadArgument(explanation, passed: passed, text: text, quoted: quote(text))
        } else {
            message = .nonStringArgument(value, passed: passed, quoted: text.isEmpty ? nil : quote(text))
        }
        return diagnostic(message, at: range, keyPath: path(), fixIts: quoteFixIt(written, range: range))
    }

    /// A scalar item: a command if it is a string, skipped if null, an error otherwise.
    private func scalarItem(_ match: PathMatch, module: String, in context: LintContext) -> Diagnostic? {
        guard let value = context.scalar(match.node), let written = context.node(match.node) else { return nil }
        let range = context.range(match.node)
        switch value {
        case .string:
            return nil
        case .null:
            if module == "runcmd" {
                return diagnostic(.emptyRuncmdItem, at: range, keyPath: match.path, severity: .note)
            }
            return diagnostic(.emptyBootcmdItem, at: range, keyPath: match.path)
        default:
            let reading =
                value.pythonStr.lowercased() == written.text.lowercased() || written.text.isEmpty
                ? "this item is \(SchemaMessages.describe(value))"
                : yamlReading(written, value: value) ?? "this item is \(SchemaMessages.describe(value))"
            return diagnostic(
                .scalarItem(module, reading: reading, quoted: written.text.isEmpty ? nil : quote(written.text)),
                at: range, keyPath: match.path, fixIts: quoteFixIt(written, range: range))
        }
    }

    /// How YAML 1.1 typed an unquoted scalar, when the text says something else.
    private func yamlReading(_ written: YAMLNode, value: YAMLScalar) -> String? {
        guard written.kind == .scalar, written.scalarStyle == .plain, written.explicitTag == nil,
            !written.text.isEmpty
        else { return nil }
        return "YAML reads the unquoted \(written.text) as \(SchemaMessages.describe(value))"
    }

    private func quote(_ text: String) -> String { YAML11Scalars.singleQuoted(text) }

    /// Quotes a plain scalar as written.
    private func quoteFixIt(_ written: YAMLNode, range: SourceRange) -> [FixIt] {
        guard written.kind == .scalar, written.scalarStyle == .plain, written.explicitTag == nil,
            !written.text.isEmpty
        else { return [] }
        return [
            FixIt(message: "quote it", edits: [TextEdit(range: range, replacement: quote(written.text))], isSafe: true)
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func mappingItem(_ module: String) -> Self {
        Self(
            "this item is a mapping, not a command: cloud-init cannot run a mapping, so \(module) fails and none of "
                + "its commands run; write the command as a string or a list")
    }

    fileprivate static func unquotedColon(_ module: String, shown: String, quoted: String) -> Self {
        Self(
            "YAML reads this item as the mapping {\(shown)} because of the ': ' in it, not as a command: cloud-init "
                + "cannot run a mapping, so \(module) fails and none of its commands run; quote the whole item: "
                + quoted)
    }

    fileprivate static func collectionArgument(isMapping: Bool) -> Self {
        Self(
            "an exec-form argument is a \(isMapping ? "mapping" : "list"), not a string: cloud-init's schema rejects "
                + "it, and at boot it would be passed as its Python text; quote it")
    }

    fileprivate static func misreadArgument(_ explanation: String, passed: String, text: String, quoted: String)
        -> Self
    {
        Self(
            "exec-form arguments must be strings: \(explanation), and cloud-init would pass it as '\(passed)', not "
                + "'\(text)'; quote it: \(quoted)")
    }

    fileprivate static func nonStringArgument(_ value: YAMLScalar, passed: String, quoted: String?) -> Self {
        Self(
            "exec-form arguments must be strings, and \(SchemaMessages.describe(value)) is not one: cloud-init's "
                + "schema rejects it (at boot it would pass '\(passed)'); "
                + (quoted.map { "quote it: \($0)" } ?? "write the argument as a string"))
    }

    fileprivate static let emptyRuncmdItem = Self(
        "this item is empty (null), and runcmd skips it; it is often what is left of a commented-out command — "
            + "remove the dash as well")

    fileprivate static let emptyBootcmdItem = Self(
        "bootcmd does not allow an empty (null) item: cloud-init's schema rejects it, although at boot it is "
            + "skipped; remove the dash or give a command")

    fileprivate static func scalarItem(_ module: String, reading: String, quoted: String?) -> Self {
        Self(
            "a command must be a string or a list, but \(reading): cloud-init cannot write it into a script, so "
                + "\(module) fails and none of its commands run; quote it" + (quoted.map { ": \($0)" } ?? ""))
    }
}
