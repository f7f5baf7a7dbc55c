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
                let unquoted = YAMLResolver.implicitTag(written.text)
                let fits =
                    (unquoted == .int && (expected.contains(.integer) || expected.contains(.number)))
                    || (unquoted == .float && expected.contains(.number))
                    || (unquoted == .bool && expected.contains(.boolean))
                if fits {
                    message += "; remove the quotes"
                    fixIts.append(
                        FixIt(
                            message: "remove the quotes",
                            edits: [TextEdit(range: written.range, replacement: written.text)]))
                }
            }
            return diagnostic(message, at: written.range, keyPath: finding.path, fixIts: fixIts)
        }
    }
}
