/// Values of the wrong type.
struct TypeMismatchRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .typeMismatch, family: .schema, defaultSeverity: .error,
        summary: "A value has the wrong type",
        rationale: "A module that gets a value of the wrong type fails or does something else than meant. "
            + "Most such values are YAML 1.1 surprises: an unquoted 0644 is the number 420, yes is a boolean, "
            + "2030-01-01 is a date.",
        triggeringExamples: [
            RuleExample(
                "hostname: 1️⃣0644\n",
                message: "expected a string, found the integer 420 (YAML 1.1 reads the unquoted 0644 as the octal "
                    + "number 420); quote it: '0644'", corrected: "hostname: '0644'\n"),
            RuleExample("packages: 1️⃣nginx\n", message: "expected a list, found the string 'nginx'"),
            RuleExample(
                "users:\n  - name: ops\n    expiredate: 1️⃣2030-01-01\n",
                corrected: "users:\n  - name: ops\n    expiredate: '2030-01-01'\n"),
            RuleExample(
                "ssh_deletekeys: 1️⃣'false'\n",
                message: "expected a boolean, found the string 'false'; remove the quotes",
                corrected: "ssh_deletekeys: false\n"),
            RuleExample(
                "ssh_deletekeys: 1️⃣'yes'\n", message: "expected a boolean, found the string 'yes'; write true",
                corrected: "ssh_deletekeys: true\n"),
        ],
        nonTriggeringExamples: ["hostname: '0644'\n", "packages: [nginx]\n"],
        supersedes: [.truthy, .sexagesimal, .implicitOctal],
        fixSafety: .perFix(
            "quoting a value YAML 1.1 misreads where a string is wanted keeps the text as typed and is applied; "
                + "removing quotes or writing true for 'yes' changes what a module that tests the string gets, so "
                + "it is a suggestion"))

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .typeMismatch(let expected) = finding.kind else { return nil }
        let written = document[finding.node]
        // Alternatives that are fixed values (`auto`, `now`) belong in the list of what is expected.
        let values = (finding.schema.oneOf + finding.schema.anyOf).filter { $0.types == nil }
            .flatMap { $0.allowedValues ?? [] }
        let phrases =
            SchemaMessages.expectedPhrases(expected) + (values.isEmpty ? [] : [SchemaMessages.list(values, limit: 5)])
        let found = SchemaMessages.describe(finding.node, in: document)
        if let explanation = SchemaMessages.yaml11Explanation(finding.node, in: document) {
            guard expected.contains(.string), !written.text.isEmpty else {
                return diagnostic(.typeMismatch(phrases, found: found, explanation), for: finding, in: document)
            }
            let quoted = YAML11Scalars.singleQuoted(written.text)
            return diagnostic(
                .typeMismatch(phrases, found: found, explanation, quoted: quoted), for: finding, in: document,
                fixIts: [
                    FixIt(
                        message: "quote it", edits: [TextEdit(range: written.range, replacement: quoted)], isSafe: true)
                ])
        }
        // Unquoted, the value must read as what is expected without another YAML 1.1 surprise: a
        // boolean is written true or false, not yes or on; a number with a leading zero or a colon
        // would be octal or base 60.
        if written.kind == .scalar, written.scalarStyle == .singleQuoted || written.scalarStyle == .doubleQuoted,
            written.explicitTag == nil, let replacement = Self.unquoted(written.text, expected: expected)
        {
            let fix = replacement == written.text ? "remove the quotes" : "write \(replacement)"
            return diagnostic(
                .typeMismatch(phrases, found: found, fix: fix), for: finding, in: document,
                fixIts: [FixIt(message: fix, edits: [TextEdit(range: written.range, replacement: replacement)])])
        }
        return diagnostic(.typeMismatch(phrases, found: found), for: finding, in: document)
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

extension Diagnostic.Message {
    fileprivate static func typeMismatch(_ expected: [String], found: String) -> Self {
        "expected \(SchemaMessages.joined(expected, conjunction: "or")), found \(found)"
    }

    fileprivate static func typeMismatch(_ expected: [String], found: String, _ explanation: String) -> Self {
        "\(typeMismatch(expected, found: found)) (\(explanation))"
    }

    fileprivate static func typeMismatch(_ expected: [String], found: String, _ explanation: String, quoted: String)
        -> Self
    {
        "\(typeMismatch(expected, found: found, explanation)); quote it: \(quoted)"
    }

    /// A quoted value that would be what is expected unquoted: `fix` says how to write it.
    fileprivate static func typeMismatch(_ expected: [String], found: String, fix: String) -> Self {
        "\(typeMismatch(expected, found: found)); \(fix)"
    }
}
