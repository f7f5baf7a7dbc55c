/// Problems in a `.cloudcfg.yaml` file.
///
/// Configuration files are not linted inputs: the rule finds its problems while the file is
/// read (``LintConfiguration/parse(_:baseDirectory:rules:)``), which is what this rule does.
struct InvalidConfigurationRule: Rule {
    let definition = RuleDescription(
        id: .invalidConfiguration, family: .configuration, defaultSeverity: .error,
        summary: "A .cloudcfg.yaml setting cloudcfg cannot use",
        rationale: "An unknown key, rule or severity in the configuration file would otherwise be ignored "
            + "silently and the run would not be set up as intended.")

    /// Reads a configuration file, reporting what cannot be used.
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - baseDirectory: The file's directory.
    ///   - rules: The rules that exist, to check names against.
    /// - Returns: The configuration (defaults where a setting is invalid) and the problems found.
    func read(_ source: SourceFile, baseDirectory: String, rules: [RuleDescription])
        -> (LintConfiguration, [Diagnostic])
    {
        var configuration = LintConfiguration(baseDirectory: baseDirectory)
        var problems: [Diagnostic] = []
        func problem(_ message: Diagnostic.Message, _ range: SourceRange) {
            problems.append(diagnostic(message, at: range))
        }
        let stream = YAMLStream.parse(source)
        problems += stream.diagnostics
        guard !stream.hasErrors, let document = stream.documents.first, let root = document.root else {
            return (configuration, problems)
        }
        let rootNode = document[document.resolved(root)]
        if rootNode.kind == .scalar, rootNode.value == .null { return (configuration, problems) }
        guard rootNode.kind == .mapping else {
            problem(.notAMapping, rootNode.range)
            return (configuration, problems)
        }
        // A setting written twice silently loses its first value, as every YAML key does.
        for duplicate in document.duplicateKeys {
            let key = document[document.resolved(duplicate.duplicate)]
            problems.append(
                diagnostic(
                    .setTwice(key.value?.pythonStr ?? key.text), at: document[duplicate.duplicate].range,
                    notes: [Note("first set here", at: document[duplicate.first].range)]))
        }
        var target: CloudInitVersion?
        var agentVersion: AgentVersion?
        var distro: DistroProfile?
        var known: [RuleID: RuleDescription] = [:]
        for rule in rules {
            known[rule.id] = rule
            for alias in rule.aliases { known[alias] = rule }
        }
        for entry in document.entries(of: root) {
            let keyNode = document[document.resolved(entry.key)]
            let value = document[document.resolved(entry.value)]
            switch keyNode.value?.string {
            case "version":
                if value.value != .int(YAMLInteger(1)) { problem(.version, value.range) }
            case "extends":
                // yamllint's shape: the only base configuration is the default one.
                if value.value?.string != "default" {
                    problem(.extends, value.range)
                }
            case "cloud-init":
                let text = value.kind == .scalar ? value.text : ""
                if let version = CloudInitVersion(text) {
                    target = version
                } else {
                    problem(.cloudInitRelease, value.range)
                }
            case "agent":
                let text = value.kind == .scalar ? value.text : ""
                if let version = AgentVersion(text) {
                    agentVersion = version
                } else {
                    problem(.agentVersion, value.range)
                }
            case "distro":
                let text = value.kind == .scalar ? value.text : ""
                if let profile = DistroProfile.profile(id: text) {
                    distro = profile
                } else {
                    let suggestion = Suggestion.closest(to: text, among: DistroProfile.all.map(\.id))
                    problem(.distro(text, suggestion: suggestion), value.range)
                }
            case "rules":
                // `rules:` with every entry commented out is null: no settings, not an error.
                if value.kind == .scalar, value.value == .null { continue }
                guard value.kind == .mapping else {
                    problem(.rulesNotAMapping, value.range)
                    continue
                }
                for rule in document.entries(of: entry.value) {
                    let idNode = document[document.resolved(rule.key)]
                    // A ShellCheck code (`shellcheck/SC2086`) is set on its own when its rule is known.
                    if let name = idNode.value?.string, let parent = RuleID(rawValue: name).parent,
                        known[parent] != nil
                    {
                        if let setting = Self.ruleSetting(rule.value, in: document) {
                            configuration.rules[RuleID(rawValue: name)] = setting
                        } else {
                            problem(.ruleSetting(RuleID(rawValue: name)), document[rule.value].range)
                        }
                        continue
                    }
                    guard let name = idNode.value?.string, let description = known[RuleID(rawValue: name)] else {
                        let name = idNode.text
                        let suggestion = Suggestion.closest(to: name, among: rules.map(\.id.rawValue))
                        problem(.unknownRule(name, suggestion: suggestion), idNode.range)
                        continue
                    }
                    if let setting = Self.ruleSetting(rule.value, in: document) {
                        configuration.rules[description.id] = setting
                    } else {
                        problem(.ruleSetting(description.id), document[rule.value].range)
                    }
                }
            case "ignore":
                if value.kind == .scalar, value.value == .null { continue }
                guard value.kind == .sequence else {
                    problem(.ignoreNotAList, value.range)
                    continue
                }
                for item in document.items(of: entry.value) {
                    if let pattern = document[document.resolved(item)].value?.string {
                        configuration.ignore.append(pattern)
                    } else {
                        problem(.ignorePattern, document[item].range)
                    }
                }
            default:
                let name = keyNode.value?.pythonStr ?? keyNode.text
                let suggestion = Suggestion.closest(to: name, among: Self.settings)
                problem(.unknownSetting(name, suggestion: suggestion, settings: Self.settings), keyNode.range)
            }
        }
        configuration = configuration.overriding(distro: distro, target: target, agentVersion: agentVersion)
        return (configuration, problems)
    }

    /// The top-level settings of a configuration file.
    static let settings = ["version", "extends", "cloud-init", "agent", "distro", "rules", "ignore"]

    /// A rule's setting: `off`/`false`, `on`/`true`, a severity, or `{level: ...}`.
    private static func ruleSetting(_ node: YAMLNodeID, in document: YAMLDocument) -> LintConfiguration.RuleSetting? {
        let resolved = document[document.resolved(node)]
        if resolved.kind == .mapping, let level = document.value(forKey: "level", in: node) {
            return ruleSetting(level, in: document)
        }
        switch resolved.value {
        case .bool(false): return .off
        case .bool(true): return .on
        case .string(let text):
            switch text.lowercased() {
            case "off", "disable", "disabled": return .off
            case "on", "enable", "enabled": return .on
            default: return Severity(rawValue: text.lowercased()).map { .severity($0) }
            }
        default: return nil
        }
    }
}

extension Diagnostic.Message {
    fileprivate static let notAMapping: Self = "the configuration must be a mapping of settings"

    fileprivate static func setTwice(_ name: String) -> Self {
        "'\(name)' is set twice in this mapping; the later value would replace the earlier one"
    }

    fileprivate static let version: Self = "version must be 1"

    fileprivate static let extends: Self = "extends must be default, the only base configuration"

    fileprivate static let cloudInitRelease: Self = "cloud-init must be a release such as \"22.4.2\" or \"24.1\""

    fileprivate static let agentVersion: Self =
        "agent must be an Azure Linux Agent version such as \"2.15\" or \"2.7.3\""

    fileprivate static func distro(_ text: String, suggestion: String?) -> Self {
        Self(
            "'\(text)' is not a distribution cloudcfg knows"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `cloudcfg distros` lists them"))
    }

    fileprivate static let rulesNotAMapping: Self = "rules must map rule identifiers to off, on, note, warning or error"

    fileprivate static func unknownRule(_ name: String, suggestion: String?) -> Self {
        Self(
            "'\(name)' is not a cloudcfg rule"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `cloudcfg rules` lists them"))
    }

    fileprivate static func ruleSetting(_ id: RuleID) -> Self {
        "the setting for \(id) must be off, on, note, warning, error or {level: ...}"
    }

    fileprivate static let ignoreNotAList: Self = "ignore must be a list of glob patterns"

    fileprivate static let ignorePattern: Self = "each ignore pattern must be a string"

    fileprivate static func unknownSetting(_ name: String, suggestion: String?, settings: [String]) -> Self {
        Self(
            "'\(name)' is not a configuration setting"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; settings are " + settings.joined(separator: ", "))
        )
    }
}
