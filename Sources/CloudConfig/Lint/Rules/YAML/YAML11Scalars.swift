/// Plain scalars whose type YAML 1.1 (cloud-init) and YAML 1.2 (editors, most other tools)
/// disagree on, found once per document for the rules that report them.
struct YAML11Scalars {
    /// A plain value scalar typed by YAML 1.1's implicit rules.
    struct Entry: Sendable {
        let node: YAMLNodeID
        let text: String
        let value: YAMLScalar
    }

    /// Plain, untagged value scalars (not keys) that YAML 1.1 types as a boolean or a number, in
    /// source order, found once per input and shared by the three rules that read them (none of
    /// them reports a string or a null, so those are left out).
    static func values(in context: LintContext) -> [Entry] {
        // Read by the three rules (truthy, sexagesimal, implicit octal), which run one after
        // another; the last of them releases the entries.
        context.cache.value(
            { $1(&$0.yaml11Scalars) }, readers: 3,
            make: {
                guard let document = context.document else { return [] }
                let isKey = context.keyNodeMask
                let nodes = document.nodes
                var entries: [Entry] = []
                // By index, the cheap one-byte tests first: most scalars are strings equal to their
                // text, which are skipped without copying the node or building its value.
                for index in nodes.indices
                where nodes[index].kind == .scalar && !nodes[index].valueIsText && nodes[index].scalarStyle == .plain
                    && !isKey[index] && nodes[index].explicitTag == nil
                {
                    switch nodes[index].value {
                    case let value? where value.isBoolOrNumber:
                        entries.append(Entry(node: YAMLNodeID(index), text: nodes[index].text, value: value))
                    default:
                        break
                    }
                }
                return entries
            })
    }

    /// The text with YAML's single quotes, which keeps every character as written.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }
}

extension YAMLScalar {
    /// Whether the scalar is a boolean, an integer or a float.
    fileprivate var isBoolOrNumber: Bool {
        switch self {
        case .bool, .int, .float: true
        default: false
        }
    }
}

/// `yes`, `no`, `on` and `off` read as booleans.
struct TruthyRule: LintRule {
    let definition = RuleDescription(
        id: .truthy, family: .yaml, defaultSeverity: .warning,
        summary: "yes, no, on or off is read as a boolean",
        rationale: "cloud-init reads YAML 1.1, where an unquoted yes, no, on or off (in any case) is a "
            + "boolean; YAML 1.2 editors and tools read a string. Write true or false for a boolean and quote "
            + "the word for a string.",
        triggeringExamples: [
            RuleExample(
                "package_update: 1️⃣yes\n", message: "'yes' is the boolean true to cloud-init (YAML 1.1)",
                corrected: "package_update: true\n"),
            RuleExample("package_reboot_if_required: 1️⃣on\n", corrected: "package_reboot_if_required: true\n"),
        ],
        nonTriggeringExamples: ["package_update: true\n", "hostname: 'yes'\n"],
        fixSafety: .safe("true or false is the value cloud-init already reads, so nothing changes at boot"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return YAML11Scalars.values(in: context).compactMap { entry in
            guard case .bool(let flag) = entry.value,
                ["yes", "no", "on", "off"].contains(entry.text.lowercased())
            else { return nil }
            let range = document[entry.node].range
            let replacement = flag ? "true" : "false"
            return diagnostic(
                .truthy(entry.text, replacement: replacement), at: range, keyPath: context.paths?[entry.node],
                fixIts: [
                    FixIt(
                        message: "write \(replacement), as cloud-init reads it",
                        edits: [TextEdit(range: range, replacement: replacement)], isSafe: true)
                ])
        }
    }
}

/// Numbers written as `HH:MM`, read in base 60.
struct SexagesimalRule: LintRule {
    let definition = RuleDescription(
        id: .sexagesimal, family: .yaml, defaultSeverity: .warning,
        summary: "A value like 22:22 is read as a base-60 number",
        rationale: "YAML 1.1 reads unquoted digits separated by colons as a sexagesimal number: 22:22 is 1342 "
            + "and 1:30 is 90. Port mappings and times must be quoted.",
        triggeringExamples: [
            RuleExample(
                "chef:\n  initial_attributes:\n    ports: 1️⃣22:22\n",
                message: "YAML 1.1 reads 22:22 as the base-60 number 1342",
                corrected: "chef:\n  initial_attributes:\n    ports: '22:22'\n"),
            // Where the key wants a number, the fix writes the number cloud-init reads.
            RuleExample(
                "launch-index: 1️⃣1:30\n", message: "YAML 1.1 reads 1:30 as the base-60 number 90",
                corrected: "launch-index: 90\n"),
        ],
        nonTriggeringExamples: ["launch-index: 90\n"],
        fixSafety: .perFix(
            "where the key wants a number, writing the integer cloud-init already reads (1:30 → 90) changes nothing "
                + "at boot and is applied; quoting, for the text, changes the value cloud-init gets, which only the "
                + "writer can decide"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return YAML11Scalars.values(in: context).compactMap { entry in
            // The type first: it is at hand, where looking for a colon reads the text.
            let shown: String
            let isInteger: Bool
            switch entry.value {
            case .int(let value): (shown, isInteger) = (value.description, true)
            case .float(let value): (shown, isInteger) = (PythonFormat.floatRepr(value), false)
            default: return nil
            }
            guard entry.text.utf8.contains(UInt8(ascii: ":")) else { return nil }
            let range = document[entry.node].range
            let path = context.paths?[entry.node]
            // Quoting makes a string: where the key wants a number, write the number cloud-init
            // reads instead, so that the fix does not make a type error.
            let schema = path.flatMap { context.catalog.schema(at: $0.description) }
            let fix: FixIt
            if let schema, !schema.admits(.string), schema.admits(.integer) || schema.admits(.number) {
                // An integer reads back as itself; a float's repr may not (1e+20 is a string to YAML 1.1).
                fix = FixIt(
                    message: "write \(shown)", edits: [TextEdit(range: range, replacement: shown)], isSafe: isInteger)
            } else {
                fix = FixIt(
                    message: "quote it",
                    edits: [TextEdit(range: range, replacement: YAML11Scalars.singleQuoted(entry.text))])
            }
            return diagnostic(
                .sexagesimal(entry.text, shown: shown), at: range, keyPath: path, fixIts: [fix])
        }
    }
}

/// Integers with a leading zero, read as octal.
struct ImplicitOctalRule: LintRule {
    let definition = RuleDescription(
        id: .implicitOctal, family: .yaml, defaultSeverity: .warning,
        summary: "A number with a leading zero is read as octal",
        rationale: "YAML 1.1 reads 0644 as the octal number 420 (YAML 1.2 reads 644). cloud-init sees 420; "
            + "where a string is expected, that is an error, and where a number is meant the intent is unclear.",
        triggeringExamples: [
            RuleExample(
                "launch-index: 1️⃣010\n",
                message: "YAML 1.1 reads 010 as the octal number 8 (YAML 1.2 editors read 10)")
        ],
        nonTriggeringExamples: ["launch-index: 8\n", "launch-index: 0\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return YAML11Scalars.values(in: context).compactMap { entry in
            guard case .int(let value) = entry.value else { return nil }
            var digits = Substring(entry.text)
            if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
            guard digits.count > 1, digits.first == "0", !digits.hasPrefix("0x"), !digits.hasPrefix("0b"),
                !digits.contains(":")
            else { return nil }
            let decimal = digits.drop { $0 == "0" }
            let yaml12 = digits.contains("_") ? "the string '\(entry.text)'" : (decimal.isEmpty ? "0" : String(decimal))
            return diagnostic(
                .implicitOctal(entry.text, value: value, yaml12: yaml12), at: document[entry.node].range,
                keyPath: context.paths?[entry.node])
        }
    }
}

/// Mapping keys that are not strings.
struct NonStringKeyRule: LintRule {
    let definition = RuleDescription(
        id: .nonStringKey, family: .yaml, defaultSeverity: .error,
        summary: "A mapping key is not a string",
        rationale: "cloud-config keys are strings, but YAML 1.1 reads an unquoted on, yes or 1 as a boolean "
            + "or a number: `on:` becomes True, which no cloud-init module reads, and integer keys can "
            + "crash cloud-init's schema tools. Keys that only order values are the exception: "
            + "snap.commands may be numbered `00:`, `01:` (cloud-init sorts them, but a mix of numbers "
            + "and strings stops the module), and snap.assertions ignores its keys.",
        triggeringExamples: [
            RuleExample("1️⃣on: true\n", message: "the key 'on' is read as the boolean true, not as a string"),
            RuleExample(
                "snap:\n  commands:\n    1️⃣01: [install, vlc]\n    later: [install, jq]\n",
                message: "the key '01' is read as the integer 1, not as a string",
                corrected: "snap:\n  commands:\n    '01': [install, vlc]\n    later: [install, jq]\n"),
        ],
        nonTriggeringExamples: [
            "snap:\n  commands:\n    '01': [install, vlc]\n", "snap:\n  commands:\n    00: [install, vlc]\n",
        ],
        supersedes: [.unknownKey],
        fixSafety: .safe(
            "the key is quoted only where cloud-init reads a string key there: it becomes the text as typed, "
                + "which is what a cloud-config key is"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        var diagnostics: [Diagnostic] = []
        let nodes = document.nodes
        for index in nodes.indices where nodes[index].kind == .mapping {
            // Most mappings have string keys only, and nothing to report: they are passed over on
            // their keys' stored values, without the mapping's path or its pairs as an array.
            let start = Int(nodes[index].childStart)
            let keys = stride(from: start, to: start + Int(nodes[index].childCount), by: 2)
            guard keys.contains(where: { Self.nonStringValue(of: document.children[$0], in: document) != nil }),
                !Self.ordersByKey(YAMLNodeID(index), context, document)
            else { continue }
            for pair in document.pairs(of: YAMLNodeID(index)) {
                guard let value = Self.nonStringValue(of: pair.key, in: document) else { continue }
                let written = document[pair.key]
                var fixIts: [FixIt] = []
                // Quoted, the key is a string; where no such key is read, that would only trade this
                // finding for an unknown key, so the fix is offered where the string is a valid key.
                let mappingSchema = context.paths?[YAMLNodeID(index)].flatMap {
                    context.catalog.schema(at: $0.description)
                }
                let accepted = mappingSchema.map { Self.accepts($0, key: written.text) } ?? true
                if written.kind == .scalar, written.scalarStyle == .plain, written.explicitTag == nil,
                    !written.text.isEmpty, accepted
                {
                    fixIts.append(
                        FixIt(
                            message: "quote the key",
                            edits: [
                                TextEdit(range: written.range, replacement: YAML11Scalars.singleQuoted(written.text))
                            ], isSafe: true))
                }
                diagnostics.append(
                    diagnostic(
                        .nonStringKey(written.text, value: value), at: written.range, keyPath: context.paths?[pair.key],
                        fixIts: fixIts))
            }
        }
        return diagnostics
    }

    /// The value of a key (through an alias) when cloud-init reads it as something other than a
    /// string: a scalar that is not a merge key `<<` and has a value that is not string-like.
    static func nonStringValue(of key: YAMLNodeID, in document: YAMLDocument) -> YAMLScalar? {
        let index = document.resolved(key).index
        let nodes = document.nodes
        // A string equal to its text, the common case, is told by one stored byte.
        guard nodes[index].kind == .scalar, !nodes[index].valueIsText, nodes[index].tag != .merge,
            let value = nodes[index].value, !value.isStringLike
        else { return nil }
        return value
    }

    /// Whether the mapping's keys only order its values and cloud-init reads these keys without
    /// trouble (see ``CatalogModule/keyOrderedMappings``).
    static func ordersByKey(_ mapping: YAMLNodeID, _ context: LintContext, _ document: YAMLDocument) -> Bool {
        guard let path = context.paths?[mapping]?.description else { return false }
        if CatalogModule.keyOrderedMappings.ignored.contains(path) { return true }
        guard CatalogModule.keyOrderedMappings.sorted.contains(path) else { return false }
        let keys = document.pairs(of: mapping).map { document[document.resolved($0.key)].value }
        // Python sorts strings among strings and numbers (booleans count as 0 and 1) among
        // numbers; a mix, or a null next to anything, raises TypeError at boot.
        let strings = keys.filter { $0?.isStringLike ?? false }
        let numbers = keys.filter { key in
            switch key {
            case .int, .float, .bool: true
            default: false
            }
        }
        return keys.count <= 1 || strings.count == keys.count || numbers.count == keys.count
    }

    /// Whether a mapping with this schema reads a string key: a declared or pattern key, or any
    /// key where others are allowed.
    static func accepts(_ schema: Schema, key: String) -> Bool {
        if schema.child(key) != nil { return true }
        if case .allowed = schema.additionalProperties, (schema.oneOf + schema.anyOf).isEmpty { return true }
        return (schema.oneOf + schema.anyOf).contains { accepts($0, key: key) }
    }
}

extension Schema {
    /// Whether a value of a type can match, as far as the types, the allowed values and the
    /// alternatives tell.
    fileprivate func admits(_ type: JSONType) -> Bool {
        if let allowedValues { return allowedValues.contains { $0.jsonType == type } }
        if let types { return types.contains(type) || (type == .integer && types.contains(.number)) }
        let branches = oneOf + anyOf
        return branches.isEmpty || branches.contains { $0.admits(type) }
    }
}

extension Diagnostic.Message {
    fileprivate static func truthy(_ text: String, replacement: String) -> Self {
        Self(
            "'\(text)' is the boolean \(replacement) to cloud-init (YAML 1.1) but the string '\(text)' to YAML 1.2 "
                + "editors; write \(replacement), or quote it for a string")
    }

    fileprivate static func sexagesimal(_ text: String, shown: String) -> Self {
        "YAML 1.1 reads \(text) as the base-60 number \(shown); quote it if you mean the text"
    }

    fileprivate static func implicitOctal(_ text: String, value: YAMLInteger, yaml12: String) -> Self {
        Self(
            "YAML 1.1 reads \(text) as the octal number \(value) (YAML 1.2 editors read \(yaml12)); quote it if you "
                + "mean the text")
    }

    fileprivate static func nonStringKey(_ text: String, value: YAMLScalar) -> Self {
        "the key '\(text)' is read as \(SchemaMessages.describe(value)), not as a string; quote it"
    }
}
