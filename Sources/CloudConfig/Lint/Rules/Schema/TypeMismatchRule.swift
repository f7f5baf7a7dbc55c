/// Values of the wrong type.
struct TypeMismatchRule: LintRule {
    let definition = RuleDescription(
        id: "type-mismatch", family: .schema, defaultSeverity: .error,
        summary: "A value has the wrong type",
        rationale: "A module that gets a value of the wrong type fails or does something else than meant. "
            + "Most such values are YAML 1.1 surprises: an unquoted 0644 is the number 420, yes is a boolean, "
            + "2030-01-01 is a date.",
        triggeringExamples: [
            "hostname: 1️⃣0644\n", "packages: 1️⃣nginx\n", "users:\n  - name: ops\n    expiredate: 1️⃣2030-01-01\n",
        ],
        nonTriggeringExamples: ["hostname: '0644'\n", "packages: [nginx]\n"],
        supersedes: ["truthy", "sexagesimal", "implicit-octal"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .typeMismatch(let expected) = finding.kind else { return nil }
            let written = document[finding.node]
            // Alternatives that are fixed values (`auto`, `now`) belong in the list of what is expected.
            let values = (finding.schema.oneOf + finding.schema.anyOf).filter { $0.types == nil }
                .flatMap { $0.allowedValues ?? [] }
            let phrases =
                SchemaMessages.expectedPhrases(expected)
                + (values.isEmpty ? [] : [SchemaMessages.list(values, limit: 5)])
            var message =
                "expected \(SchemaMessages.joined(phrases, conjunction: "or")), found "
                + SchemaMessages.describe(finding.node, in: document)
            var fixIts: [FixIt] = []
            if let explanation = SchemaMessages.yaml11Explanation(finding.node, in: document) {
                message += " (\(explanation))"
                if expected.contains(.string), !written.text.isEmpty {
                    let quoted = YAML11Scalars.singleQuoted(written.text)
                    message += "; quote it: \(quoted)"
                    fixIts.append(
                        FixIt(message: "quote it", edits: [TextEdit(range: written.range, replacement: quoted)]))
                }
            } else if written.kind == .scalar,
                written.scalarStyle == .singleQuoted || written.scalarStyle == .doubleQuoted,
                written.explicitTag == nil
            {
                // Unquoted, the value must read as what is expected without another YAML 1.1
                // surprise: a boolean is written true or false, not yes or on; a number with a
                // leading zero or a colon would be octal or base 60.
                if let replacement = Self.unquoted(written.text, expected: expected) {
                    let what = replacement == written.text ? "remove the quotes" : "write \(replacement)"
                    message += "; \(what)"
                    fixIts.append(
                        FixIt(message: what, edits: [TextEdit(range: written.range, replacement: replacement)]))
                }
            }
            return diagnostic(message, at: written.range, keyPath: finding.path, fixIts: fixIts)
        }
    }

    /// The plain form of a quoted value that reads as one of the expected types and that no
    /// YAML 1.1 rule flags, or `nil` when there is none.
    static func unquoted(_ text: String, expected: [JSONType]) -> String? {
        switch YAMLResolver.implicitTag(text) {
        case .bool where expected.contains(.boolean):
            guard case .success(.bool(let flag)) = YAMLScalarConstructor.construct(.bool, text) else { return nil }
            return flag ? "true" : "false"
        case .int where expected.contains(.integer) || expected.contains(.number):
            return isPlainNumber(text) ? text : nil
        case .float where expected.contains(.number):
            return isPlainNumber(text) ? text : nil
        default:
            return nil
        }
    }

    /// Whether a number reads the same in YAML 1.1 and 1.2: no base-60 colon and no leading
    /// zero that makes it octal.
    static func isPlainNumber(_ text: String) -> Bool {
        guard !text.contains(":") else { return false }
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard digits.first == "0", let second = digits.dropFirst().first else { return true }
        return !(second.isASCIIDigit || second == "_")
    }
}
