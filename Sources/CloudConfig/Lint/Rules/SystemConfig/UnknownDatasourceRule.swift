/// A `datasource_list` entry that names no datasource of the target cloud-init.
struct UnknownDatasourceRule: LintRule {
    let definition = RuleDescription(
        id: .unknownDatasource, family: .systemConfig, defaultSeverity: .error,
        summary: "A datasource_list entry names no datasource",
        rationale: "cloud-init imports DataSource<name> for each entry of datasource_list and skips, with only a "
            + "log line, a name it cannot import: a misspelt `Azur` leaves the image without its datasource, so "
            + "the VM is not provisioned and the Azure Linux Agent waits in vain for cloud-init. cloud-init 22.4.2 "
            + "matches names case-sensitively (`azure` is not found); later releases ignore the case.",
        triggeringExamples: [
            RuleExample(
                "datasource_list: [1️⃣Azur, None]\n", message: "did you mean 'Azure'?",
                corrected: "datasource_list: [Azure, None]\n")
        ],
        nonTriggeringExamples: ["datasource_list: [Azure, None]\n", "datasource_list: [azure]\n"],
        fixSafety: .perFix(
            "a name that differs from a datasource only in case is that datasource, written as cloud-init 22.4.2 "
                + "imports it, and is applied; any other closest name is a guess and stays a suggestion"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let root = context.root, let list = context.value("datasource_list", in: root),
            context.kind(of: list) == .sequence
        else { return [] }
        let known = Schema.datasourceNames.filter { !$0.newerThan2242 || context.target > "22.4.2" }.map(\.name)
        // 22.4.2 imports the module by the name as written; later releases match it case-insensitively.
        let ignoresCase = context.target > "22.4.2"
        var diagnostics: [Diagnostic] = []
        for (index, item) in context.items(list).enumerated() {
            guard let name = context.string(item), !known.contains(name) else { continue }
            let caseMatch = known.first { $0.lowercased() == name.lowercased() }
            if caseMatch != nil, ignoresCase { continue }
            let suggestion = caseMatch ?? Suggestion.closest(to: name, among: known)
            let keyPath = KeyPath.root.appending(key: "datasource_list").appending(index: index)
            diagnostics.append(
                diagnostic(
                    .unknownDatasource(name, suggestion: suggestion, release: context.target), at: context.range(item),
                    keyPath: keyPath,
                    fixIts: suggestion.map { suggestion in
                        [
                            FixIt(
                                message: "write \(suggestion)",
                                edits: [TextEdit(range: context.range(item), replacement: suggestion)],
                                isSafe: caseMatch != nil)
                        ]
                    } ?? []))
        }
        return diagnostics
    }
}

extension Diagnostic.Message {
    fileprivate static func unknownDatasource(_ name: String, suggestion: String?, release: CloudInitVersion) -> Self {
        Self(
            "cloud-init \(release) has no datasource '\(name)': it skips the entry"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
}
