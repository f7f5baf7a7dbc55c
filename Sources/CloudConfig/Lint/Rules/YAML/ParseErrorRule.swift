/// Reports one class of error found while reading the YAML (a ``YAMLError/Code``), which makes
/// cloud-init's loader refuse the whole file.
///
/// The YAML layer reports codes and knows no rules; this is where each code becomes a rule, one
/// rule per code, so that every class of parse error can be configured and suppressed on its own.
struct ParseErrorRule: LintRule {
    /// The code whose errors the rule reports.
    let code: YAMLError.Code
    let definition: RuleDescription

    /// The rule for a code.
    ///
    /// - Parameter code: A YAML error code.
    init(_ code: YAMLError.Code) {
        self.code = code
        self.definition = Self.definition(for: code)
    }

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let stream = context.stream else { return [] }
        var errors = stream.errors.filter { $0.code == code }
        if code == .multipleDocuments, let error = stream.multipleDocuments { errors.append(error) }
        let diagnostics = errors.map(diagnostic(for:))
        if code == .nestingTooDeep, let writeBack = writeBackDiagnostic(context) { return diagnostics + [writeBack] }
        return diagnostics
    }

    /// A YAML error as a finding of this rule.
    ///
    /// - Parameter error: An error with the rule's code.
    /// - Returns: The diagnostic.
    func diagnostic(for error: YAMLError) -> Diagnostic {
        diagnostic(Diagnostic.Message(error.message), at: error.range, notes: error.notes)
    }

    /// One rule per YAML error code, in the order `cloudcfg rules` lists them.
    static let all: [ParseErrorRule] = YAMLError.Code.allCases.map(ParseErrorRule.init)

    /// The rule that reports a code's errors.
    ///
    /// - Parameter code: A YAML error code.
    /// - Returns: The rule.
    static func rule(for code: YAMLError.Code) -> ParseErrorRule {
        all.first { $0.code == code } ?? ParseErrorRule(code)
    }

    /// A run of one ASCII character. `String(repeating:count:)` appends a string at a time, and
    /// the nesting examples' runs, built at every start-up, cost more that way than all the
    /// other parse-error rules together.
    ///
    /// - Parameters:
    ///   - byte: An ASCII character.
    ///   - count: How many times.
    /// - Returns: The text.
    private static func repeated(_ byte: UInt8, _ count: Int) -> String {
        String(decoding: [UInt8](repeating: byte, count: count), as: UTF8.self)
    }

    /// What each code's rule is, with its explanation and examples. The switch is exhaustive:
    /// a new code does not compile until it has a rule.
    private static func definition(for code: YAMLError.Code) -> RuleDescription {
        switch code.kind {
        case .syntax:
            RuleDescription(
                id: .yamlSyntax, family: .yaml, defaultSeverity: .error,
                summary: "The text is not valid YAML",
                rationale: "cloud-init cannot load user-data that is not valid YAML and ignores all of it; "
                    + "the instance boots without the configuration.",
                triggeringExamples: ["packages: [nginx, curl\n1️⃣"],
                nonTriggeringExamples: ["packages: [nginx, curl]\n"])
        case .invalidEncoding:
            RuleDescription(
                id: .invalidEncoding, family: .yaml, defaultSeverity: .error,
                summary: "The bytes are not UTF-8 text",
                rationale: "cloud-init decodes user-data as UTF-8; UTF-16 (as some Windows editors save), "
                    + "invalid UTF-8 and binary data (a NUL byte or bytes that are not UTF-8 in the first 8000) "
                    + "make it fail to read the file at all.",
                nonTriggeringExamples: ["hostname: café\n"])
        case .invalidCharacter:
            RuleDescription(
                id: .invalidCharacter, family: .yaml, defaultSeverity: .error,
                summary: "The text contains a character YAML forbids",
                rationale: "YAML allows no control characters other than tab, line feed and carriage return; "
                    + "cloud-init's loader refuses the file, often because of a stray character pasted from "
                    + "a terminal.",
                triggeringExamples: [
                    RuleExample("hostname: web1️⃣\u{7}\n", message: "control character U+0007 is not allowed in YAML")
                ],
                nonTriggeringExamples: ["hostname: web\t# tab before a comment is fine\n"])
        case .inputTooLarge:
            RuleDescription(
                id: .inputTooLarge, family: .yaml, defaultSeverity: .error,
                summary: "The input is larger than cloudcfg reads",
                rationale: "User-data is limited to tens of kilobytes on every cloud; an input of many "
                    + "megabytes is refused rather than read into memory.")
        case .nestingTooDeep:
            RuleDescription(
                id: .nestingTooDeep, family: .yaml, defaultSeverity: .error,
                summary: "Collections are nested too deeply",
                rationale: "cloud-init's pure-Python YAML loader recurses for every level, and at boot Python's "
                    + "recursion limit stops it at 485 levels (counting the top-level mapping; 486 for flow "
                    + "sequences): the file is not read. cloudcfg reads up to 484. A cloud-config fails earlier: "
                    + "cloud-init writes the merged cloud-config back with PyYAML's dumper, which stops beyond 326 "
                    + "levels in 22.4.2 and 325 in 26.2, and then applies none of it.",
                triggeringExamples: [
                    RuleExample(
                        "k: " + repeated(UInt8(ascii: "["), 483) + "1️⃣[]",
                        message: "collections nest deeper than 484 levels"),
                    RuleExample(
                        "k: " + repeated(UInt8(ascii: "["), 324) + "1️⃣[" + repeated(UInt8(ascii: "]"), 325) + "\n",
                        message: "writing the merged cloud-config (cloud-config.txt) fails beyond 325 levels"),
                ],
                nonTriggeringExamples: [
                    "k: [[[1]]]\n",
                    RuleExample("k: " + repeated(UInt8(ascii: "["), 324) + repeated(UInt8(ascii: "]"), 324) + "\n"),
                ])
        case .aliasExpansionLimit:
            RuleDescription(
                id: .aliasExpansionLimit, family: .yaml, defaultSeverity: .error,
                summary: "Aliases expand to an enormous document (an alias bomb)",
                rationale: "A few lines of anchors and aliases can expand to billions of nodes; cloudcfg "
                    + "refuses such input instead of exhausting memory, as any consumer walking the data "
                    + "would.")
        case .undefinedAlias:
            RuleDescription(
                id: .undefinedAlias, family: .yaml, defaultSeverity: .error,
                summary: "An alias refers to an anchor that is not defined before it",
                rationale: "libyaml reads such an alias, but cloud-init's loader raises "
                    + "\"found undefined alias\" and ignores the whole file.",
                triggeringExamples: [
                    RuleExample(
                        "base: &base {shell: /bin/bash}\nuser: 1️⃣*bsae\n",
                        message: "alias '*bsae' refers to no anchor defined before it")
                ],
                nonTriggeringExamples: ["base: &base {shell: /bin/bash}\nuser: *base\n"])
        case .duplicateAnchor:
            RuleDescription(
                id: .duplicateAnchor, family: .yaml, defaultSeverity: .error,
                summary: "An anchor name is defined twice",
                rationale: "cloud-init's loader (PyYAML 6) refuses a document that defines the same anchor "
                    + "twice, so the whole file is ignored.",
                triggeringExamples: [RuleExample("a: &x 1\nb: 1️⃣&x 2\n", message: "anchor '&x' is defined twice")],
                nonTriggeringExamples: ["a: &x 1\nb: &y 2\n"])
        case .recursiveAlias:
            RuleDescription(
                id: .recursiveAlias, family: .yaml, defaultSeverity: .error,
                summary: "An alias refers to a collection that contains it",
                rationale: "A recursive structure loads, but cloud-init's schema validation and "
                    + "serialisation recurse forever on it.",
                triggeringExamples: [
                    RuleExample(
                        "loop: &x [1, 1️⃣*x]\n", message: "alias '*x' refers to a collection that contains it")
                ],
                nonTriggeringExamples: ["a: &x [1]\nb: [*x]\n"])
        case .unknownTag:
            RuleDescription(
                id: .unknownTag, family: .yaml, defaultSeverity: .error,
                summary: "A tag cloud-init's safe loader cannot construct",
                rationale: "cloud-init loads YAML with PyYAML's SafeLoader, which knows only YAML's own tags "
                    + "(and !!python/unicode); any other tag makes it refuse the whole file.",
                triggeringExamples: ["hostname: 1️⃣!Ref web\n"],
                nonTriggeringExamples: ["hostname: !!str web\n"])
        case .invalidValue:
            RuleDescription(
                id: .invalidValue, family: .yaml, defaultSeverity: .error,
                summary: "A value its tag cannot be built from",
                rationale: "An explicit tag such as !!int on text that is not an integer, a plain `=` or "
                    + "`<<` used as a value, or an impossible date make cloud-init's loader raise and "
                    + "ignore the whole file.",
                triggeringExamples: ["uid: 1️⃣!!int abc\n", "expiry: 1️⃣2024-02-30\n"],
                nonTriggeringExamples: ["uid: !!int '1001'\n"])
        case .unhashableKey:
            RuleDescription(
                id: .unhashableKey, family: .yaml, defaultSeverity: .error,
                summary: "A list or mapping is used as a mapping key",
                rationale: "Python dictionaries cannot have list or mapping keys, so cloud-init's loader "
                    + "refuses the file.",
                triggeringExamples: [
                    RuleExample("1️⃣[a, b]: c\n", message: "a sequence cannot be a mapping key")
                ],
                nonTriggeringExamples: ["'[a, b]': c\n"])
        case .invalidMerge:
            RuleDescription(
                id: .invalidMerge, family: .yaml, defaultSeverity: .error,
                summary: "A merge key (<<) whose value is not a mapping or a list of mappings",
                rationale: "cloud-init's loader can merge only mappings into a mapping; anything else makes "
                    + "it refuse the file.",
                triggeringExamples: [
                    RuleExample(
                        "user: {<<: 1️⃣default, name: bob}\n",
                        message: "a merge key (<<) needs a mapping or a list of mappings")
                ],
                nonTriggeringExamples: ["base: &b {shell: /bin/sh}\nuser: {<<: *b, name: bob}\n"])
        case .multipleDocuments:
            RuleDescription(
                id: .multipleDocuments, family: .yaml, defaultSeverity: .error,
                summary: "The file holds more than one YAML document",
                rationale: "cloud-init loads cloud-config as a single document; a second `---` document makes "
                    + "its loader raise and the whole file is ignored.",
                triggeringExamples: [
                    RuleExample(
                        "hostname: a\n1️⃣---\nlocale: C\n",
                        message: "found 2 YAML documents; cloud-init loads user-data as a single document")
                ],
                nonTriggeringExamples: ["---\nhostname: a\n"])
        }
    }
}

extension Diagnostic {
    /// A YAML error as the finding of the rule that reports its code.
    ///
    /// - Parameter error: The error.
    init(_ error: YAMLError) {
        self = ParseErrorRule.rule(for: error.code).diagnostic(for: error)
    }
}

extension YAMLStream {
    /// The errors as findings of the rules that report their codes, in order.
    package var diagnostics: [Diagnostic] { errors.map(Diagnostic.init) }

    /// ``multipleDocuments`` as a finding of `multiple-documents`.
    package var multipleDocumentsError: Diagnostic? { multipleDocuments.map(Diagnostic.init) }
}
