/// Jinja expressions in a cloud-config that is not a Jinja template.
struct JinjaWithoutHeaderRule: LintRule {
    let definition = RuleDescription(
        id: .jinjaWithoutHeader, family: .semantics, defaultSeverity: .warning,
        summary: "A Jinja expression in a cloud-config that is not a Jinja template",
        rationale: "cloud-init renders user-data with instance data only when its first line is "
            + "`## template: jinja`; otherwise `{{ v1.local_hostname }}` and `{% if ... %}` stay in the "
            + "configuration as written, so a hostname, a URL or a command gets the braces literally. Two keys "
            + "have their own simpler templating: phone_home.url replaces `$INSTANCE_ID`, and final_message "
            + "replaces `$version`, `$timestamp`, `$datasource` and `$uptime` (its `{{version}}` form works only "
            + "when the message itself starts with `## template: jinja`). Commands can ask for instance data at "
            + "run time with `cloud-init query`, and bootcmd has `$INSTANCE_ID` in its environment. Only "
            + "expressions that use instance data (`v1`, `ds`, `local_hostname`, ...) are reported, as `{{ }}` "
            + "also belongs to other template languages written into files.",
        triggeringExamples: [
            "hostname: '1️⃣{{ v1.local_hostname }}-web'\n",
            "runcmd:\n  - echo 1️⃣{{ ds.meta_data.imds.compute.vmSize }} > /etc/vm-size\n",
            RuleExample(
                "phone_home:\n  url: http://example.com/1️⃣{{ v1.instance_id }}/\n",
                message: "'{{ v1.instance_id }}' stays as written: this cloud-config is not a Jinja template",
                corrected: "phone_home:\n  url: http://example.com/${INSTANCE_ID}/\n"),
            RuleExample(
                "final_message: Up after 1️⃣{{uptime}} seconds\n",
                message: "final_message substitutes $version, $timestamp, $datasource and $uptime",
                corrected: "final_message: Up after ${uptime} seconds\n"),
            RuleExample(
                "write_files:\n  - path: /etc/profile.d/cloud.sh\n    content: |\n"
                    + "      1️⃣{% if v1.cloud_name == 'azure' %}\n      export ON_AZURE=1\n      {% endif %}\n"),
        ],
        nonTriggeringExamples: [
            "runcmd:\n  - docker ps --format '{{.Names}}'\n",
            "phone_home:\n  url: http://example.com/$INSTANCE_ID/\n",
            "final_message: Up after $uptime seconds\n",
            "final_message: |\n  ## template: jinja\n  Up after {{uptime}} seconds\n",
            "write_files:\n  - path: /etc/app.j2\n    content: 'listen {{ port }}'\n",
        ],
        inputKinds: [.userData],
        fixSafety: .suggestion(
            "the key's own substitution ($INSTANCE_ID, $uptime) and a `## template: jinja` header are two ways to "
                + "have the value filled in; which one to use is the writer's choice"))

    /// Names that reach instance data in cloud-init's template namespace: the top-level keys and
    /// the hoisted `v1` keys, except the generic words (`distro`, `platform`, `machine`, `region`,
    /// `variant`) that other template languages use for their own variables.
    static let instanceDataNames: Set<String> = [
        "v1", "v2", "ds", "merged_cfg", "merged_system_cfg", "sys_info", "system_info", "features",
        "base64_encoded_keys", "sensitive_keys", "availability_zone", "cloud_id", "cloud_name", "distro_release",
        "distro_version", "instance_id", "kernel_release", "local_hostname", "public_ssh_keys", "python_version",
        "subplatform", "system_platform",
    ]

    /// The names final_message substitutes.
    static let finalMessageNames: Set<String> = [
        "version", "timestamp", "datasource", "uptime", "VERSION", "TIMESTAMP", "DATASOURCE", "UPTIME",
    ]

    /// One `{{ ... }}` or `{% ... %}` in a value.
    struct Expression: Sendable, Hashable {
        /// The expression with its delimiters, as in the value.
        let text: String
        /// The names it uses that are not attributes (`v1` in `v1.local_hostname`).
        let names: [String]
        /// The expression between the delimiters, trimmed, for `{{ }}` only.
        let body: String?
    }

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let document = context.document else { return [] }
        let isKey = context.keyNodeMask
        var diagnostics: [Diagnostic] = []
        let nodes = document.nodes
        // A string has `{{` or `{%` only where its text in the source does: folding joins lines
        // with a space or a line break, never with nothing. Only a double-quoted string's escapes
        // (`\x7b`, an escaped line break) can make them where the source has neither, so a
        // source without them leaves only double-quoted strings to read.
        let bytes = context.source.bytes
        let sourceMayHold =
            ByteSearch.firstOffset(of: Self.doubleBrace, in: bytes) != nil
            || ByteSearch.firstOffset(of: Self.bracePercent, in: bytes) != nil
        // By index, so that no node is copied: only a string with `{{` or `{%` is read further.
        for index in nodes.indices
        where nodes[index].kind == .scalar && !isKey[index]
            && (sourceMayHold || nodes[index].scalarStyle == .doubleQuoted)
        {
            let text: String
            if nodes[index].valueIsText {
                guard nodes[index].withTextUTF8({ Self.mayHoldExpression(bytes: $0) }) else { continue }
                text = nodes[index].text
            } else {
                guard case .string(let value) = nodes[index].value, Self.mayHoldExpression(value) else { continue }
                text = value
            }
            let id = YAMLNodeID(index)
            let path = context.paths?[id]
            if let finding = finding(text, node: id, path: path, in: context) { diagnostics.append(finding) }
        }
        return diagnostics
    }

    private static let doubleBrace = Array("{{".utf8)
    private static let bracePercent = Array("{%".utf8)

    /// Whether a string has `{{` or `{%`, checked on its bytes (the string search of the standard
    /// library is far slower, and this runs on every string of every file).
    static func mayHoldExpression(_ text: String) -> Bool {
        // On the contiguous UTF-8 of a native string (small ones included), then through the
        // view for any other.
        if let found = text.utf8.withContiguousStorageIfAvailable({ mayHoldExpression(bytes: $0) }) {
            return found
        }
        return mayHoldExpression(bytes: text.utf8)
    }

    /// ``mayHoldExpression(_:)`` on bytes: a `{` followed by `{` or `%`.
    private static func mayHoldExpression(bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "{"), byte == UInt8(ascii: "{") || byte == UInt8(ascii: "%") { return true }
            previous = byte
        }
        return false
    }

    /// The finding for one string, if it has expressions that use instance data.
    private func finding(_ text: String, node: YAMLNodeID, path: KeyPath?, in context: LintContext) -> Diagnostic? {
        let place = path?.description ?? ""
        let isFinalMessage = place == "final_message"
        if isFinalMessage, let first = text.pythonStripped.split(whereSeparator: \.isNewline).first,
            Self.isTemplateHeader(String(first))
        {
            return nil
        }
        let expressions = Self.expressions(in: text).filter { expression in
            expression.names.contains { Self.instanceDataNames.contains($0) }
                || (isFinalMessage && expression.names.contains { Self.finalMessageNames.contains($0) })
        }
        guard let first = expressions.first else { return nil }
        let advice: JinjaAdvice
        var replacements: [(String, String)] = []
        if isFinalMessage {
            advice = .finalMessage
            for expression in expressions {
                if let body = expression.body, Self.finalMessageNames.contains(body) {
                    replacements.append((expression.text, "${\(body)}"))
                }
            }
        } else if place == "phone_home.url" {
            advice = .phoneHome
            for expression in expressions where Self.isInstanceID(expression) {
                replacements.append((expression.text, "${INSTANCE_ID}"))
            }
        } else if place.hasPrefix("runcmd.") || place.hasPrefix("bootcmd.") {
            if place.hasPrefix("bootcmd."), Self.isInstanceID(first) {
                advice = .header(alternative: "use $INSTANCE_ID, which bootcmd sets")
            } else if let body = first.body, Self.isVariablePath(body) {
                advice = .header(alternative: "use $(cloud-init query \(body)) in the command")
            } else {
                advice = .header(alternative: nil)
            }
        } else {
            advice = .header(alternative: nil)
        }
        let nodeRange = context.range(node)
        let start = context.range(of: first.text, in: node)?.start ?? nodeRange.start
        var fixIts: [FixIt] = []
        if !replacements.isEmpty {
            var edits: [TextEdit] = []
            var offset = nodeRange.start.offset
            for (original, replacement) in replacements {
                guard let range = context.range(of: original, in: node, from: offset) else {
                    edits = []
                    break
                }
                edits.append(TextEdit(range: range, replacement: replacement))
                offset = range.end.offset
            }
            if !edits.isEmpty {
                let shown = Set(replacements.map(\.1)).sorted().joined(separator: ", ")
                fixIts.append(FixIt(message: "use \(shown)", edits: edits))
            }
        }
        return diagnostic(
            .notRendered(first.text, more: expressions.count - 1, advice: advice),
            at: SourceRange(start: start, end: nodeRange.end), keyPath: path, fixIts: fixIts)
    }

    /// Whether a line is a template header as cloud-init's templater reads it (`## template: jinja`,
    /// any case and spacing after `##`).
    static func isTemplateHeader(_ line: String) -> Bool {
        guard line.hasPrefix("##") else { return false }
        let rest = line.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        guard rest.lowercased().hasPrefix("template:") else { return false }
        return rest.dropFirst("template:".count).trimmingASCIIWhitespace().lowercased() == "jinja"
    }

    /// Whether an expression is the instance id (`v1.instance_id`, `instance_id`,
    /// `v1['instance-id']`).
    static func isInstanceID(_ expression: Expression) -> Bool {
        guard let body = expression.body?.filter({ $0 != " " }) else { return false }
        return ["v1.instance_id", "instance_id", "v1['instance-id']", "v1[\"instance-id\"]", "v1['instance_id']"]
            .contains(body)
    }

    /// Whether an expression is a plain dotted variable path that `cloud-init query` accepts.
    static func isVariablePath(_ body: String) -> Bool {
        !body.isEmpty
            && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
            && body.first?.isLetter == true
    }

    /// The `{{ ... }}` and `{% ... %}` in a text, in order.
    static func expressions(in text: String) -> [Expression] {
        var expressions: [Expression] = []
        var rest = Substring(text)
        while let open = rest.firstRange(where: { $0 == "{{" || $0 == "{%" }) {
            let isOutput = rest[open] == "{{"
            let closing = isOutput ? "}}" : "%}"
            guard let close = rest[open.upperBound...].firstRange(of: closing) else { break }
            var inner = rest[open.upperBound..<close.lowerBound]
            if inner.first == "-" || inner.first == "+" { inner = inner.dropFirst() }
            if inner.last == "-" || inner.last == "+" { inner = inner.dropLast() }
            let body = String(inner).trimmingASCIIWhitespace()
            expressions.append(
                Expression(
                    text: String(rest[open.lowerBound..<close.upperBound]), names: names(in: body),
                    body: isOutput ? String(body) : nil))
            rest = rest[close.upperBound...]
        }
        return expressions
    }

    /// The identifiers an expression uses that are not attributes or inside string literals.
    static func names(in body: some StringProtocol) -> [String] {
        var names: [String] = []
        var characters = Array(body)[...]
        var previous: Character = " "
        while let character = characters.first {
            if character == "'" || character == "\"" {
                characters = characters.dropFirst().drop { $0 != character }.dropFirst()
                previous = character
                continue
            }
            if character.isLetter || character == "_" {
                let word = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if previous != "." { names.append(String(word)) }
                characters = characters.dropFirst(word.count)
                previous = word.last ?? character
                continue
            }
            if !character.isWhitespace { previous = character }
            characters = characters.dropFirst()
        }
        return names
    }
}

extension Substring {
    /// The range of the first two-character delimiter that satisfies a predicate.
    fileprivate func firstRange(where predicate: (Substring) -> Bool) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            let next = self.index(after: index)
            guard next < endIndex else { return nil }
            let end = self.index(after: next)
            if predicate(self[index..<end]) { return index..<end }
            index = next
        }
        return nil
    }
}

/// What a `jinja-without-header` finding advises, by where the expression is.
private enum JinjaAdvice {
    /// `final_message`, which has its own substitutions.
    case finalMessage
    /// `phone_home.url`, which substitutes `$INSTANCE_ID`.
    case phoneHome
    /// Anywhere else: add the header, or do something else instead.
    case header(alternative: String?)
}

extension Diagnostic.Message {
    fileprivate static func notRendered(_ expression: String, more: Int, advice: JinjaAdvice) -> Self {
        var text =
            "'\(expression)' stays as written: this cloud-config is not a Jinja template (its first line is not "
            + "'## template: jinja'), so cloud-init does not render it"
        if more > 0 { text += " (as do \(more) more in this value)" }
        switch advice {
        case .finalMessage:
            text += "; final_message substitutes $version, $timestamp, $datasource and $uptime"
        case .phoneHome:
            text += "; phone_home.url substitutes $INSTANCE_ID"
        case .header(let alternative):
            text += "; add '## template: jinja' as the first line" + (alternative.map { ", or \($0)" } ?? "")
        }
        return Self(text)
    }
}
