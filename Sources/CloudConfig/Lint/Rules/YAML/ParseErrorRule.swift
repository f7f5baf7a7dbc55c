/// Reports one class of error found while reading the YAML, which makes cloud-init's loader
/// refuse the whole file.
struct ParseErrorRule: LintRule {
    let definition: RuleDescription

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let stream = context.stream else { return [] }
        var diagnostics = stream.diagnostics.filter { $0.ruleID == definition.id }
        if definition.id == "multiple-documents", let error = stream.multipleDocumentsError {
            diagnostics.append(error)
        }
        return diagnostics
    }

    /// Every parse error cloudcfg reports, with its explanation and examples.
    static let all: [ParseErrorRule] = [
        ParseErrorRule(
            definition: RuleDescription(
                id: "yaml-syntax", family: .yaml, defaultSeverity: .error,
                summary: "The text is not valid YAML",
                rationale: "cloud-init cannot load user-data that is not valid YAML and ignores all of it; "
                    + "the instance boots without the configuration.",
                triggeringExamples: ["packages: [nginx, curl\n1️⃣"],
                nonTriggeringExamples: ["packages: [nginx, curl]\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "invalid-encoding", family: .yaml, defaultSeverity: .error,
                summary: "The bytes are not UTF-8 text",
                rationale: "cloud-init decodes user-data as UTF-8; UTF-16 (as some Windows editors save), "
                    + "invalid UTF-8 and binary data (a NUL byte or bytes that are not UTF-8 in the first 8000) "
                    + "make it fail to read the file at all.",
                nonTriggeringExamples: ["hostname: café\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "invalid-character", family: .yaml, defaultSeverity: .error,
                summary: "The text contains a character YAML forbids",
                rationale: "YAML allows no control characters other than tab, line feed and carriage return; "
                    + "cloud-init's loader refuses the file, often because of a stray character pasted from "
                    + "a terminal.",
                triggeringExamples: ["hostname: web1️⃣\u{7}\n"],
                nonTriggeringExamples: ["hostname: web\t# tab before a comment is fine\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "input-too-large", family: .yaml, defaultSeverity: .error,
                summary: "The input is larger than cloudcfg reads",
                rationale: "User-data is limited to tens of kilobytes on every cloud; an input of many "
                    + "megabytes is refused rather than read into memory.")),
        ParseErrorRule(
            definition: RuleDescription(
                id: "nesting-too-deep", family: .yaml, defaultSeverity: .error,
                summary: "Collections are nested too deeply",
                rationale: "cloud-init's pure-Python YAML loader fails on documents nested deeper than about "
                    + "490 levels; cloudcfg stops at 400 levels (counting the top-level mapping), before "
                    + "libyaml slows down.",
                triggeringExamples: [RuleExample("k: " + String(repeating: "[", count: 399) + "1️⃣[]")],
                nonTriggeringExamples: ["k: [[[1]]]\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "alias-expansion-limit", family: .yaml, defaultSeverity: .error,
                summary: "Aliases expand to an enormous document (an alias bomb)",
                rationale: "A few lines of anchors and aliases can expand to billions of nodes; cloudcfg "
                    + "refuses such input instead of exhausting memory, as any consumer walking the data "
                    + "would.")),
        ParseErrorRule(
            definition: RuleDescription(
                id: "undefined-alias", family: .yaml, defaultSeverity: .error,
                summary: "An alias refers to an anchor that is not defined before it",
                rationale: "libyaml reads such an alias, but cloud-init's loader raises "
                    + "\"found undefined alias\" and ignores the whole file.",
                triggeringExamples: ["base: &base {shell: /bin/bash}\nuser: 1️⃣*bsae\n"],
                nonTriggeringExamples: ["base: &base {shell: /bin/bash}\nuser: *base\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "duplicate-anchor", family: .yaml, defaultSeverity: .error,
                summary: "An anchor name is defined twice",
                rationale: "cloud-init's loader (PyYAML 6) refuses a document that defines the same anchor "
                    + "twice, so the whole file is ignored.",
                triggeringExamples: ["a: &x 1\nb: 1️⃣&x 2\n"],
                nonTriggeringExamples: ["a: &x 1\nb: &y 2\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "recursive-alias", family: .yaml, defaultSeverity: .error,
                summary: "An alias refers to a collection that contains it",
                rationale: "A recursive structure loads, but cloud-init's schema validation and "
                    + "serialisation recurse forever on it.",
                triggeringExamples: ["loop: &x [1, 1️⃣*x]\n"],
                nonTriggeringExamples: ["a: &x [1]\nb: [*x]\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "unknown-tag", family: .yaml, defaultSeverity: .error,
                summary: "A tag cloud-init's safe loader cannot construct",
                rationale: "cloud-init loads YAML with PyYAML's SafeLoader, which knows only YAML's own tags "
                    + "(and !!python/unicode); any other tag makes it refuse the whole file.",
                triggeringExamples: ["hostname: 1️⃣!Ref web\n"],
                nonTriggeringExamples: ["hostname: !!str web\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "invalid-value", family: .yaml, defaultSeverity: .error,
                summary: "A value its tag cannot be built from",
                rationale: "An explicit tag such as !!int on text that is not an integer, a plain `=` or "
                    + "`<<` used as a value, or an impossible date make cloud-init's loader raise and "
                    + "ignore the whole file.",
                triggeringExamples: ["uid: 1️⃣!!int abc\n", "expiry: 1️⃣2024-02-30\n"],
                nonTriggeringExamples: ["uid: !!int '1001'\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "unhashable-key", family: .yaml, defaultSeverity: .error,
                summary: "A list or mapping is used as a mapping key",
                rationale: "Python dictionaries cannot have list or mapping keys, so cloud-init's loader "
                    + "refuses the file.",
                triggeringExamples: ["1️⃣[a, b]: c\n"],
                nonTriggeringExamples: ["'[a, b]': c\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "invalid-merge", family: .yaml, defaultSeverity: .error,
                summary: "A merge key (<<) whose value is not a mapping or a list of mappings",
                rationale: "cloud-init's loader can merge only mappings into a mapping; anything else makes "
                    + "it refuse the file.",
                triggeringExamples: ["user: {<<: 1️⃣default, name: bob}\n"],
                nonTriggeringExamples: ["base: &b {shell: /bin/sh}\nuser: {<<: *b, name: bob}\n"])),
        ParseErrorRule(
            definition: RuleDescription(
                id: "multiple-documents", family: .yaml, defaultSeverity: .error,
                summary: "The file holds more than one YAML document",
                rationale: "cloud-init loads cloud-config as a single document; a second `---` document makes "
                    + "its loader raise and the whole file is ignored.",
                triggeringExamples: ["hostname: a\n1️⃣---\nlocale: C\n"],
                nonTriggeringExamples: ["---\nhostname: a\n"])),
    ]
}
