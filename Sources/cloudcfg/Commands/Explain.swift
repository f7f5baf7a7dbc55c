import ArgumentParser
import CloudConfig

/// `cloudcfg explain`: what a rule or a cloud-config key means.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a lint rule, a cloud-config or waagent.conf key, or a distribution.",
        discussion: """
            Give a rule identifier (cloudcfg explain duplicate-key) or a dotted key path \
            (cloudcfg explain write_files.permissions, users.lock_passwd, or a key of the system \
            configuration such as datasource.Azure.data_dir). With --cloud-init, a key is described \
            as that release reads it: whether it has the key, the forms and keys it accepts, and the \
            deprecations it has made. A waagent.conf key (cloudcfg explain Provisioning.Agent) is \
            described with how each agent release reads it, its default for --agent-version and \
            what each distribution ships. A distribution identifier (cloudcfg explain ubuntu-24.04) \
            shows every fact cloudcfg has about it, with its evidence.

            Examples:
              cloudcfg explain duplicate-key
              cloudcfg explain --cloud-init 22.4.2 users.lock_passwd
              cloudcfg explain ubuntu-24.04
              cloudcfg explain Provisioning.Agent
            """
    )

    @Argument(
        help: "A rule identifier, a dotted cloud-config key path, a waagent.conf key or a distribution identifier.")
    var name: String

    @Option(
        name: .customLong("agent-version"),
        help: ArgumentHelp(
            "Describe a waagent.conf key as this agent version reads it (default: \(AgentVersion.newest)).",
            valueName: "version"))
    var agentVersion: String?

    @Option(
        name: .customLong("cloud-init"),
        help: ArgumentHelp(
            "Describe a key as this cloud-init release reads it (default: every release cloudcfg knows).",
            valueName: "version"))
    var cloudInit: String?

    func validate() throws {
        if let cloudInit, CloudInitVersion(cloudInit) == nil {
            throw ValidationError("'\(cloudInit)' is not a cloud-init release")
        }
        try TargetOptions.validate(agentVersion: agentVersion, distro: nil)
    }

    func run() throws {
        if let distro = DistroProfile.profile(id: name) {
            Console.out(distro.explanation)
            return
        }
        if let rule = RuleRegistry.definition(for: RuleID(rawValue: name)) {
            Console.out(Self.explain(rule))
            return
        }
        let agents = AgentCatalog.agent
        let version = agentVersion.flatMap(AgentVersion.init) ?? .newest
        if agents.option(name) != nil || agents.obsoleteOption(name) != nil,
            let text = agents.explanation(of: name, for: version)
        {
            Console.out(text)
            return
        }
        // The keys only the system configuration sets are explained as it reads them; the rest
        // as cloud-config, which the system configuration shares.
        let topLevel = String(name.split(separator: ".").first ?? "")
        let isSystemKey = Catalog.systemConfigOnlyKeys.contains(topLevel)
        let catalog = isSystemKey ? Catalog.systemConfig : Catalog.cloudConfig
        guard let schema = catalog.schema(at: name) else {
            // A waagent.conf key in another case is explained under its real name.
            if let text = agents.explanation(of: name, for: version) {
                Console.out(text)
                return
            }
            var message =
                "error: '\(name)' is neither a rule nor a cloud-config key, a waagent.conf key or a distribution"
            if let suggestion = Self.suggestion(for: name, in: Catalog.systemConfig) {
                message += "; did you mean '\(suggestion)'?"
            }
            Console.error(message + "\n")
            throw ExitStatus.usage
        }
        Console.out(
            Self.explain(key: name, schema: schema, catalog: catalog, target: cloudInit.flatMap(CloudInitVersion.init)))
    }

    /// The name closest to one cloudcfg does not know: a rule or key path first, then a
    /// waagent.conf key or a distribution identifier (`Provisioning.Agnet`, `ubuntu-2404`).
    static func suggestion(for name: String, in catalog: Catalog) -> String? {
        keySuggestion(for: name, in: catalog)
            ?? Suggestion.closest(to: name, among: AgentCatalog.agent.allKeys + DistroProfile.all.map(\.id))
    }

    /// The rule or key path closest to a name that is neither: for a dotted path, the last
    /// component is compared with the keys of the mapping the rest of the path names
    /// (`write_files.permisions` suggests `write_files.permissions`).
    static func keySuggestion(for name: String, in catalog: Catalog) -> String? {
        var components = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard components.count > 1 else {
            let ids = RuleRegistry.all.map(\.id.rawValue)
            return Suggestion.closest(to: name, among: ids + catalog.root.properties.map(\.name))
        }
        let last = components.removeLast()
        let parentPath = components.joined(separator: ".")
        let parent: Schema?
        if let found = catalog.schema(at: parentPath) {
            parent = found
        } else if let fixed = keySuggestion(for: parentPath, in: catalog) {
            // Misspelt higher up as well: correct the parent first.
            components = fixed.split(separator: ".").map(String.init)
            parent = catalog.schema(at: fixed)
        } else {
            parent = nil
        }
        guard let parent else { return nil }
        let keys = (parent.items ?? parent).declaredKeys
        let key = keys.contains(last) ? last : Suggestion.closest(to: last, among: keys)
        return key.map { (components + [$0]).joined(separator: ".") }
    }

    /// The line naming an example's target release, when it is not the newest.
    static func target(of example: RuleExample) -> String {
        example.target.map { "  (with --cloud-init \($0))\n" } ?? ""
    }

    static func explain(_ rule: RuleDescription) -> String {
        var text = "\(rule.id) (\(rule.family.rawValue), \(rule.defaultSeverity.rawValue) by default)\n\n"
        text += rule.summary + ".\n\n" + wrap(rule.rationale) + "\n"
        if !rule.aliases.isEmpty {
            text += "\nAlso selected by: " + rule.aliases.map(\.rawValue).joined(separator: ", ") + "\n"
        }
        if let safety = rule.fixSafety {
            text += "\n" + wrap("Fix: " + safety.summary + ".") + "\n"
        }
        if !rule.triggeringExamples.isEmpty {
            text += "\nFlagged (1️⃣ marks where):\n"
            for example in rule.triggeringExamples {
                text += "\n" + target(of: example) + indent(example.markedText) + "\n"
            }
        }
        if !rule.nonTriggeringExamples.isEmpty {
            text += "\nNot flagged:\n"
            for example in rule.nonTriggeringExamples {
                text += "\n" + target(of: example) + indent(example.text) + "\n"
            }
        }
        return text
    }

    /// A key's description: for every release, or as one release reads it.
    static func explain(key: String, schema: Schema, catalog: Catalog, target: CloudInitVersion? = nil) -> String {
        let shown = target.flatMap { schema.filtered(for: $0) } ?? schema
        var text = "\(key): \(shown.shapeDescription)\n"
        if let summary = schema.summary { text += "\n" + wrap(summary) + "\n" }
        let topLevel = String(key.split(separator: ".").first ?? "")
        let modules = catalog.modules(reading: topLevel)
        if !modules.isEmpty {
            text +=
                "\nRead by: " + modules.map { $0.moduleName.map { "cc_\($0)" } ?? $0.id }.joined(separator: ", ") + "\n"
        }
        if let target { text += "In cloud-init \(target): " + presence(of: key, in: catalog, target: target) + "\n" }
        if let allowed = shown.allowedValues {
            text += "Allowed values: " + allowed.map(\.description).joined(separator: ", ") + "\n"
        }
        if let pattern = shown.pattern { text += "Pattern: \(pattern)\n" }
        if let format = shown.format { text += "Format: \(format.rawValue)\n" }
        if let value = shown.defaultValue { text += "Default: \(value)\n" }
        if target == nil {
            if let introduced = schema.availability.introduced { text += "Available since: cloud-init \(introduced)\n" }
            if let removed = schema.availability.removed { text += "Dropped: \(removed)\n" }
        }
        text += markers("Deprecated", "since", schema.deprecation, shown.deprecation, target: target)
        text += markers("Changed", "in", schema.change, shown.change, target: target)
        let owner = shown.items ?? shown
        let keys = owner.declaredKeys
        let all = (schema.items ?? schema).declaredKeys
        if !all.isEmpty {
            text += "\nKeys:\n"
            for name in keys {
                let child = owner.child(name)
                let required = owner.requiredKeys.contains(name) ? " (required)" : ""
                text += "  \(name)\(required): \(child?.shapeDescription ?? "any value")\n"
            }
            if let target {
                // Keys of other releases, so that a reader sees what this one lacks.
                for name in all where !keys.contains(name) {
                    text += "  \(name): " + presence(of: key + "." + name, in: catalog, target: target) + "\n"
                }
            }
        }
        return text
    }

    /// Whether a release has a key, and since or until when: `present`, `not yet: added in
    /// cloud-init 24.1`, `dropped in a release after 22.4.2`.
    static func presence(of key: String, in catalog: Catalog, target: CloudInitVersion) -> String {
        var path: [String] = []
        for component in key.split(separator: ".").map(String.init) {
            path.append(component)
            guard let schema = catalog.schema(at: path.joined(separator: ".")) else { break }
            if let introduced = schema.availability.introduced, !introduced.isReached(by: target) {
                let what = path.count == key.split(separator: ".").count ? "" : " (\(path.joined(separator: ".")))"
                return "not yet\(what): added in \(release(introduced))"
            }
            if let removed = schema.availability.removed, removed.isReached(by: target) {
                let what = path.count == key.split(separator: ".").count ? "" : " (\(path.joined(separator: ".")))"
                return "no longer read\(what): dropped in \(release(removed))"
            }
        }
        return "present"
    }

    /// `cloud-init 24.1`, or `a release after 22.4.2`.
    static func release(_ bound: VersionBound) -> String {
        switch bound {
        case .exactly(let version): "cloud-init \(version)"
        case .after: bound.description
        }
    }

    /// A deprecation or change line: for every release as it is; for one release, whether that
    /// release has made it yet.
    static func markers(
        _ word: String, _ preposition: String, _ marker: Deprecation?, _ shown: Deprecation?, target: CloudInitVersion?
    ) -> String {
        guard let marker else { return "" }
        let when = marker.version.map { " \(preposition) \(release($0))" } ?? ""
        if let target, shown == nil {
            return "\(word)\(when) (not yet in \(target)): \(marker.advice)\n"
        }
        return "\(word)\(when): \(marker.advice)\n"
    }

    /// An example indented by four spaces, without its final line break and without blanks
    /// on empty lines.
    static func indent(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    static func wrap(_ text: String, width: Int = 96) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
