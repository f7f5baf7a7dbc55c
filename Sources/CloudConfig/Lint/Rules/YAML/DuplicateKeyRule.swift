/// A key written twice in one mapping.
struct DuplicateKeyRule: LintRule {
    let definition = RuleDescription(
        id: .duplicateKey, family: .yaml, defaultSeverity: .error,
        summary: "A key appears twice in the same mapping",
        rationale: "cloud-init's loader keeps only the last value of a repeated key and drops the earlier "
            + "one without a word; a second `packages:` list silently replaces the first.",
        triggeringExamples: [
            RuleExample(
                "packages: [nginx]\nhostname: web\n1️⃣packages: [curl]\n",
                message: "'packages' appears twice in this mapping; cloud-init keeps only the later value")
        ],
        nonTriggeringExamples: ["packages: [nginx, curl]\nhostname: web\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return document.duplicateKeys.map { duplicate in
            let key = document[document.resolved(duplicate.duplicate)]
            return diagnostic(
                .duplicateKey(key.value?.pythonStr ?? key.text), at: document[duplicate.duplicate].range,
                keyPath: context.paths?[duplicate.duplicate],
                notes: [Note("first defined here", at: document[duplicate.first].range)])
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func duplicateKey(_ name: String) -> Self {
        Self(
            "\(PythonFormat.stringRepr(name)) appears twice in this mapping; cloud-init keeps only the later value and "
                + "drops the earlier one")
    }
}
