/// Lints inputs: reads each as cloud-init would, runs every enabled rule, and applies the
/// configuration, rule precedence and inline suppressions.
public struct Linter: Sendable {
    /// How the run is set up.
    public let configuration: LintConfiguration
    /// The rules that run.
    package let rules: [any LintRule]
    /// Bounds for reading YAML.
    public let limits: YAMLLimits
    /// The catalog compiled for the target release, once rather than for every input: each node
    /// is compiled when the first input reaches it and reused by every later one.
    private let validationProgram: ValidationNode
    /// The keys the configuration is checked against.
    public let catalog: Catalog
    /// Instance data, an external schema, platform limits and ShellCheck for user-data.
    public var userDataOptions = UserDataLintOptions()
    let validator: SchemaValidator
    /// Each rule's aliases, by the rule's own identifier.
    private let aliasesByRule: [RuleID: [RuleID]]
    /// The rules each rule supersedes, by the rule's own identifier, for the rules that supersede any.
    private let supersedesByRule: [RuleID: [RuleID]]
    /// What the configuration makes of each rule's findings, by the rule's own identifier,
    /// resolved once (aliases included) rather than for every finding of every file.
    private let settings: [RuleID: ResolvedSetting]
    /// The rules that run on each kind of input (those that check it and are not turned off),
    /// each as a call of its `check`: the loop over them then copies no rule (an existential)
    /// out of the array, as it did for each of ~100 rules of every input.
    private let rulesByKind: [InputKind: [@Sendable (LintContext) -> [Diagnostic]]]
    let knownRuleIDs: Set<RuleID>

    /// A rule's setting with its aliases resolved: whether its findings are reported, and the
    /// severity given them when the configuration names one.
    private struct ResolvedSetting: Sendable {
        var isEnabled: Bool
        var severity: Severity?
    }

    /// Creates a linter that runs every rule that checks inputs.
    ///
    /// - Parameters:
    ///   - configuration: The target release, rule settings and ignores.
    ///   - catalog: The keys to check the configuration against; cloud-config's by default.
    ///   - limits: Bounds for reading YAML.
    public init(
        configuration: LintConfiguration = LintConfiguration(), catalog: Catalog = .cloudConfig,
        limits: YAMLLimits = YAMLLimits()
    ) {
        self.init(configuration: configuration, catalog: catalog, rules: RuleRegistry.lintRules, limits: limits)
    }

    /// Creates a linter that runs some rules.
    ///
    /// - Parameters:
    ///   - configuration: The target release, rule settings and ignores.
    ///   - catalog: The keys to check the configuration against.
    ///   - rules: The rules.
    ///   - limits: Bounds for reading YAML.
    package init(
        configuration: LintConfiguration = LintConfiguration(), catalog: Catalog = .cloudConfig,
        rules: [any LintRule], limits: YAMLLimits = YAMLLimits()
    ) {
        self.configuration = configuration
        self.catalog = catalog
        self.rules = rules
        self.limits = limits
        self.validationProgram = ValidationNode(catalog.root, target: configuration.target)
        self.validator = SchemaValidator(target: configuration.target)
        // Each rule's description is read once, in one pass, and only its identifiers are kept:
        // a linter is built in every run, and every copy of a description retains its strings
        // and examples.
        var aliases: [RuleID: [RuleID]] = [:]
        var supersedes: [RuleID: [RuleID]] = [:]
        aliases.reserveCapacity(rules.count + ProfileRules.all.count)
        var settings: [RuleID: ResolvedSetting] = [:]
        settings.reserveCapacity(rules.count + ProfileRules.all.count)
        var rulesByKind: [InputKind: [@Sendable (LintContext) -> [Diagnostic]]] = [:]
        for kind in InputKind.allCases { rulesByKind[kind] = [] }
        var knownRuleIDs = Set<RuleID>(minimumCapacity: rules.count + RuleRegistry.otherRules.count)
        // Profile rules are applied by ProfileReader, not run here; their settings still set
        // their findings' severities.
        func record(_ definition: RuleDescription) -> Bool {
            let isEnabled = configuration.severity(for: definition) != nil
            aliases[definition.id] = definition.aliases
            supersedes[definition.id] = definition.supersedes.isEmpty ? nil : definition.supersedes
            settings[definition.id] = ResolvedSetting(
                isEnabled: isEnabled, severity: configuration.explicitSeverity(for: definition))
            return isEnabled
        }
        for rule in rules {
            let definition = rule.definition
            knownRuleIDs.insert(definition.id)
            knownRuleIDs.formUnion(definition.aliases)
            guard record(definition) else { continue }
            for kind in InputKind.allCases where definition.inputKinds.contains(kind) {
                rulesByKind[kind, default: []].append { rule.check($0) }
            }
        }
        for rule in ProfileRules.all { _ = record(rule.definition) }
        self.aliasesByRule = aliases
        self.supersedesByRule = supersedes
        self.settings = settings
        self.rulesByKind = rulesByKind
        // Suppressions may name the rules that run, and those that check no input (which do not
        // run here, but are rules all the same).
        for rule in RuleRegistry.otherRules {
            let definition = rule.definition
            knownRuleIDs.insert(definition.id)
            knownRuleIDs.formUnion(definition.aliases)
        }
        self.knownRuleIDs = knownRuleIDs
    }

    /// Lints one input, as what its name or content says it is (``InputKind/detect(_:)``).
    ///
    /// - Parameter source: The input.
    /// - Returns: What it was linted as and its findings.
    public func lint(_ source: SourceFile) -> LintResult {
        // What the content says it is decides the kind and is what user-data linting asks first:
        // it is read once.
        let detected = InputKind.detect(path: source.path, bytes: source.bytes, userDataKind: nil)
        if detected.kind == .userData { return lintUserData(source, detectedKind: detected.userDataKind) }
        return lint(source, as: detected.kind)
    }

    /// Lints one input as a given kind: user-data, waagent.conf (read for the configured agent
    /// version and compared with the configured distribution's shipped file) or system
    /// configuration (a file of `/etc/cloud/cloud.cfg.d/`).
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - kind: What to lint it as.
    /// - Returns: What it was linted as and its findings.
    public func lint(_ source: SourceFile, as kind: InputKind) -> LintResult {
        switch kind {
        case .userData: lintUserData(source)
        case .waagent: lintAgentConfiguration(source)
        case .systemConfig: lintSystemConfiguration(source)
        case .profile: lintProfile(source)
        }
    }

    /// Lints one text of user-data (a file, a part's payload, a rendered template) in its own
    /// coordinates.
    ///
    /// - Parameters:
    ///   - source: The text.
    ///   - facts: How to read it and what the user-data layer found about it.
    /// - Returns: What it was linted as and its findings.
    func lintText(_ source: SourceFile, facts: UserDataFacts = UserDataFacts()) -> LintResult {
        let context = prepare(makeContext(source, facts: facts))
        let diagnostics = run(context)
        // Whether the input can be read at all does not depend on how its findings are reported:
        // a syntax error stays fatal when `yaml-syntax` is turned off, downgraded, suppressed or
        // explained by `tab-indentation` instead.
        let unparsable = context.stream?.isIncomplete ?? false
        return LintResult(
            path: source.path, kind: context.isCloudConfig ? .cloudConfig : context.kind, diagnostics: diagnostics,
            isUnparsable: unparsable, source: source)
    }

    /// Lints text, such as user-data held in memory.
    ///
    /// - Parameters:
    ///   - text: The input.
    ///   - path: The path shown in findings.
    /// - Returns: What it was linted as and its findings.
    public func lint(_ text: String, path: String = "<string>") -> LintResult {
        lint(SourceFile(path: path, text: text))
    }

    /// Lints text as a given kind, such as a waagent.conf a generator is about to write.
    ///
    /// - Parameters:
    ///   - text: The input.
    ///   - path: The path shown in findings.
    ///   - kind: What to lint it as.
    /// - Returns: What it was linted as and its findings.
    public func lint(_ text: String, path: String = "<string>", as kind: InputKind) -> LintResult {
        lint(SourceFile(path: path, text: text), as: kind)
    }

    /// Runs the rules that check the context's kind of input, then applies precedence,
    /// suppressions and the configured severities to their findings and to those found before
    /// (by a reader that applies its own rules, such as ``ProfileReader``).
    func run(_ context: LintContext, found: [Diagnostic] = []) -> [Diagnostic] {
        var diagnostics = found
        (rulesByKind[context.inputKind] ?? []).withUnsafeBufferPointer { checks in
            for check in checks {
                // Most rules find nothing: appending an empty array would still copy the array out
                // of the shared empty storage, once per rule.
                let findings = check(context)
                if !findings.isEmpty { diagnostics += findings }
            }
        }
        diagnostics = applyPrecedence(diagnostics)
        if let suppressions = context.suppressions {
            // A suppression comment cannot silence what is wrong with suppression comments.
            diagnostics = diagnostics.filter {
                $0.ruleID == .invalidSuppression
                    || !suppressions.suppresses($0, aliases: aliases(of: $0.ruleID))
            }
        }
        return diagnostics.compactMap { diagnostic in
            // A ShellCheck code (`shellcheck/SC2086`) is configured on its own, else as its rule.
            let ownID =
                settings[diagnostic.ruleID] != nil
                ? diagnostic.ruleID
                : diagnostic.ruleID.parent.flatMap {
                    settings[$0] != nil ? $0 : nil
                }
            guard let ownID, let setting = settings[ownID] else { return diagnostic }
            if ownID != diagnostic.ruleID, let setting = configuration.rules[diagnostic.ruleID] {
                switch setting {
                case .off: return nil
                case .on: return diagnostic
                case .severity(let severity):
                    var diagnostic = diagnostic
                    diagnostic.severity = severity
                    return diagnostic
                }
            }
            guard setting.isEnabled else { return nil }
            var diagnostic = diagnostic
            if let severity = setting.severity { diagnostic.severity = severity }
            return diagnostic
        }
    }

    /// Reads the input as cloud-init would and runs the validator. Input without a header is
    /// linted as cloud-config when it is a YAML mapping, as header-less cloud-config is the
    /// commonest reason cloud-init ignores user-data.
    func makeContext(_ source: SourceFile, facts: UserDataFacts = UserDataFacts()) -> LintContext {
        let kind = facts.detectedKind ?? UserDataKind.detect(source.bytes)
        let header = HeaderAnalysis(source, detectedKind: kind)
        if !facts.handling.readsYAML {
            // A script, a template, a JSON patch or an envelope as a whole: its own rules read it.
            let context = LintContext(
                source: source, kind: facts.handling.kind ?? kind, header: header, isCloudConfig: false, stream: nil,
                document: nil, target: configuration.target, catalog: catalog, schemaFindings: [], paths: nil,
                knownRules: knownRuleIDs, userData: facts)
            return context
        }
        var isCloudConfig = kind == .cloudConfig || header.isMeantAsCloudConfig || facts.handling == .cloudConfig
        var stream: YAMLStream?
        var document: YAMLDocument?
        var findings: [SchemaFinding] = []
        if kind == .unknown, YAMLInputCheck.utf16Or32(source.bytes) != nil {
            // Saved as UTF-16 or UTF-32 (as Windows editors offer): cloud-init decodes user-data as
            // UTF-8 and recognises nothing, so the encoding is the finding, and the input cannot
            // be read at all.
            let parsed = YAMLStream.parse(source, limits: limits)
            let context = LintContext(
                source: source, kind: kind, header: header, isCloudConfig: false, stream: parsed, document: nil,
                target: configuration.target, catalog: catalog, schemaFindings: [], paths: nil,
                knownRules: knownRuleIDs, userData: facts)
            return context
        }
        if kind == .unknown, !isCloudConfig, let binary = YAMLInputCheck.binaryContent(in: source) {
            // Binary data (an image, an archive, an executable) is not user-data cloud-init can
            // recognise: the encoding is the finding, as for UTF-16, and the input cannot be read.
            let parsed = YAMLStream(source: source, documents: [], comments: [], errors: [binary])
            let context = LintContext(
                source: source, kind: kind, header: header, isCloudConfig: false, stream: parsed, document: nil,
                target: configuration.target, catalog: catalog, schemaFindings: [], paths: nil,
                knownRules: knownRuleIDs, userData: facts)
            return context
        }
        if isCloudConfig || kind == .unknown || kind == .cloudConfigArchive {
            // The envelope read a cloud-config part's YAML already: it is not read twice.
            let parsed = facts.yaml ?? YAMLStream.parse(source, limits: limits)
            if !parsed.isIncomplete, let first = parsed.documents.first { document = first }
            if !isCloudConfig, kind == .unknown {
                isCloudConfig =
                    document.flatMap { doc in doc.root.map { doc[doc.resolved($0)].kind == .mapping } } ?? false
            }
            // Text that is not UTF-8 cannot be read at all, whatever it was meant to be.
            let undecodable = parsed.errors.contains { $0.code == .invalidEncoding }
            if isCloudConfig || kind == .cloudConfigArchive || undecodable {
                stream = parsed
            } else {
                document = nil
            }
        }
        if isCloudConfig, let document, let root = document.root,
            document[document.resolved(root)].kind == .mapping
        {
            findings = validator.validate(root, in: document, against: validationProgram)
        }
        let context = LintContext(
            source: source, kind: kind, header: header, isCloudConfig: isCloudConfig, stream: stream,
            document: document, target: configuration.target, catalog: catalog, schemaFindings: findings,
            paths: document.map(DocumentPaths.init), knownRules: knownRuleIDs, userData: facts)
        return context
    }

    /// The other identifiers that select a rule's findings: its aliases, and for a ShellCheck code
    /// its rule, `shellcheck`.
    private func aliases(of id: RuleID) -> [RuleID] {
        let own = aliasesByRule[id] ?? []
        guard let parent = id.parent else { return own }
        return own + [parent] + (aliasesByRule[parent] ?? [])
    }

    /// Drops findings that a more specific rule explains at the same place (the same key path,
    /// or the same start when either has none).
    ///
    /// Findings are grouped by place and rule, and each group is dropped at most once: an anchor
    /// aliased 10,000 times puts 10,000 findings at the anchor's start, and comparing each with
    /// every other would be quadratic.
    private func applyPrecedence(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var byPath: [PlaceKey: [Int]] = [:]
        var byStart: [PlaceKey: [Int]] = [:]
        for (index, diagnostic) in diagnostics.enumerated() {
            if let path = diagnostic.keyPath { byPath[.path(path, diagnostic.ruleID), default: []].append(index) }
            byStart[.start(diagnostic.range.start, diagnostic.ruleID), default: []].append(index)
        }
        var replaced = Set<Int>()
        var droppedGroups = Set<PlaceKey>()
        for (index, diagnostic) in diagnostics.enumerated() {
            guard let supersedes = supersedesByRule[diagnostic.ruleID] else { continue }
            for rule in supersedes {
                var keys = [PlaceKey.start(diagnostic.range.start, rule)]
                if let path = diagnostic.keyPath { keys.append(.path(path, rule)) }
                for key in keys {
                    let group = (key.isPath ? byPath[key] : byStart[key]) ?? []
                    if rule == diagnostic.ruleID {
                        // A rule that supersedes its own findings: all but this one.
                        for other in group where other != index { replaced.insert(other) }
                    } else if droppedGroups.insert(key).inserted {
                        replaced.formUnion(group)
                    }
                }
            }
        }
        return diagnostics.enumerated().filter { !replaced.contains($0.offset) }.map(\.element)
    }
}

/// A place and a rule, for grouping findings in ``Linter``'s precedence pass.
private enum PlaceKey: Hashable {
    case path(String, RuleID)
    case start(SourceLocation, RuleID)

    var isPath: Bool {
        if case .path = self { return true }
        return false
    }
}
