/// `datasource_list` written as a block list, which ds-identify does not read.
struct DatasourceListBlockStyleRule: LintRule {
    let definition = RuleDescription(
        id: .datasourceListBlockStyle, family: .systemConfig, defaultSeverity: .warning,
        summary: "datasource_list is not written on one line, where ds-identify reads it",
        rationale: "ds-identify, which decides at boot whether cloud-init runs and with which datasources, does not "
            + "parse YAML: it greps `datasource_list:` lines and reads the list on the same line. Written as a "
            + "block list, one item per line, the image's list is empty to ds-identify, which probes its "
            + "default list instead and writes what it finds to /run/cloud-init/cloud.cfg, which cloud-init "
            + "then uses. The image's choice is lost; cloud-init's own comment in cloud.cfg says to keep the "
            + "items on one line.",
        triggeringExamples: [
            RuleExample(
                "1️⃣datasource_list:\n  - Azure\n  - None\n", message: "write datasource_list: [Azure, None]",
                corrected: "datasource_list: [Azure, None]\n"),
            // A comment between the items would be lost: the fix is then only a suggestion.
            RuleExample(
                "1️⃣datasource_list:\n  - Azure  # the platform\n  - None\n",
                corrected: "datasource_list: [Azure, None]\n"),
        ],
        nonTriggeringExamples: ["datasource_list: [Azure, None]\n", "datasource_list: [ Azure ]\n"],
        fixSafety: .perFix(
            "the list is rewritten only when every item is a plain name, so cloud-init reads the same list; it is "
                + "applied unless comments between the items would be lost, and then it is a suggestion"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let root = context.root,
            let entry = context.namedEntries(of: root).last(where: { $0.name == "datasource_list" }),
            let list = context.node(entry.value), list.kind == .sequence, list.collectionStyle == .block
        else { return [] }
        let items = context.items(entry.value)
        let names = items.compactMap { item -> String? in
            guard let name = context.string(item), !name.isEmpty,
                name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            else { return nil }
            return name
        }
        let flow = "datasource_list: [" + names.joined(separator: ", ") + "]"
        // The list is rewritten only when every item is a plain name that needs no quotes.
        let fix = names.count == items.count && !items.isEmpty
        let end = items.last.map { context.range($0).end } ?? context.range(entry.key).end
        // The items are plain names, so a '#' in the rewritten lines starts a comment, which the
        // one-line list would drop.
        let start = context.range(entry.key).start
        let dropsComment = context.source.bytes[start.offset..<end.offset].contains(UInt8(ascii: "#"))
        return [
            diagnostic(
                .blockStyle(fix ? flow : nil), at: context.range(entry.key),
                keyPath: KeyPath.root.appending(key: "datasource_list"),
                fixIts: fix
                    ? [
                        FixIt(
                            message: "write the list on one line",
                            edits: [
                                TextEdit(range: SourceRange(start: start, end: end), replacement: flow)
                            ],
                            isSafe: !dropsComment)
                    ] : [])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func blockStyle(_ flow: String?) -> Self {
        Self(
            "ds-identify reads datasource_list only from the key's own line: it ignores this block list and probes its "
                + "default datasources instead; "
                + (flow.map { "write \($0)" } ?? "write the list in brackets on one line"))
    }
}
