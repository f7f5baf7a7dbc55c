extension LintConfiguration {
    /// The name of the configuration file, looked for in a linted file's directory and upward.
    public static let fileName = ".cloudcfg.yaml"

    /// Reads a configuration file:
    ///
    /// ```yaml
    /// version: 1
    /// extends: default             # optional; the only base configuration
    /// cloud-init: "22.4.2"        # the target release
    /// rules:
    ///   duplicate-key: off         # off, on, note, warning, error, or {level: ...}
    ///   crlf-line-endings: error
    /// ignore:
    ///   - "vendor/**"              # globs relative to this file's directory
    /// ```
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - baseDirectory: The file's directory.
    ///   - rules: The rules that exist, to check names against.
    /// - Returns: The configuration (defaults where a setting is invalid) and the problems found.
    public static func parse(_ source: SourceFile, baseDirectory: String, rules: [RuleDescription])
        -> (LintConfiguration, [Diagnostic])
    {
        var configuration = LintConfiguration(baseDirectory: baseDirectory)
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ range: SourceRange) {
            problems.append(Diagnostic("invalid-configuration", .error, message, at: range))
        }
        let stream = YAMLStream.parse(source)
        problems += stream.diagnostics
        guard !stream.hasErrors, let document = stream.documents.first, let root = document.root else {
            return (configuration, problems)
        }
        let rootNode = document[document.resolved(root)]
        if rootNode.kind == .scalar, rootNode.value == .null { return (configuration, problems) }
        guard rootNode.kind == .mapping else {
            problem("the configuration must be a mapping of settings", rootNode.range)
            return (configuration, problems)
        }
        // A setting written twice silently loses its first value, as every YAML key does.
        for duplicate in document.duplicateKeys {
            let key = document[document.resolved(duplicate.duplicate)]
            let name = key.value?.pythonStr ?? key.text
            problems.append(
                Diagnostic(
                    "invalid-configuration", .error,
                    "'\(name)' is set twice in this mapping; the later value would replace the earlier one",
                    at: document[duplicate.duplicate].range,
                    notes: [Note("first set here", at: document[duplicate.first].range)]))
        }
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
                if value.value != .int(YAMLInteger(1)) { problem("version must be 1", value.range) }
            case "extends":
                // yamllint's shape: the only base configuration is the default one.
                if value.value?.string != "default" {
                    problem("extends must be default, the only base configuration", value.range)
                }
            case "cloud-init":
                let text = value.kind == .scalar ? value.text : ""
                if let version = CloudInitVersion(text) {
                    configuration.target = version
                } else {
                    problem("cloud-init must be a release such as \"22.4.2\" or \"24.1\"", value.range)
                }
            case "rules":
                // `rules:` with every entry commented out is null: no settings, not an error.
                if value.kind == .scalar, value.value == .null { continue }
                guard value.kind == .mapping else {
                    problem("rules must map rule identifiers to off, on, note, warning or error", value.range)
                    continue
                }
                for rule in document.entries(of: entry.value) {
                    let idNode = document[document.resolved(rule.key)]
                    guard let name = idNode.value?.string, let description = known[RuleID(rawValue: name)] else {
                        let name = idNode.text
                        let suggestion = Suggestion.closest(to: name, among: rules.map(\.id.rawValue))
                        problem(
                            "'\(name)' is not a cloudcfg rule"
                                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `cloudcfg rules` lists them"),
                            idNode.range)
                        continue
                    }
                    if let setting = ruleSetting(rule.value, in: document) {
                        configuration.rules[description.id] = setting
                    } else {
                        problem(
                            "the setting for \(description.id) must be off, on, note, warning, error or {level: ...}",
                            document[rule.value].range)
                    }
                }
            case "ignore":
                if value.kind == .scalar, value.value == .null { continue }
                guard value.kind == .sequence else {
                    problem("ignore must be a list of glob patterns", value.range)
                    continue
                }
                for item in document.items(of: entry.value) {
                    if let pattern = document[document.resolved(item)].value?.string {
                        configuration.ignore.append(pattern)
                    } else {
                        problem("each ignore pattern must be a string", document[item].range)
                    }
                }
            default:
                let name = keyNode.value?.pythonStr ?? keyNode.text
                let suggestion = Suggestion.closest(to: name, among: Self.settings)
                problem(
                    "'\(name)' is not a configuration setting"
                        + (suggestion.map { "; did you mean '\($0)'?" }
                            ?? "; settings are " + Self.settings.joined(separator: ", ")),
                    keyNode.range)
            }
        }
        return (configuration, problems)
    }

    /// The top-level settings of a configuration file.
    static let settings = ["version", "extends", "cloud-init", "rules", "ignore"]

    /// A rule's setting: `off`/`false`, `on`/`true`, a severity, or `{level: ...}`.
    private static func ruleSetting(_ node: YAMLNodeID, in document: YAMLDocument) -> RuleSetting? {
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
