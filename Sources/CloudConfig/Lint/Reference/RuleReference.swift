/// The rule reference in Markdown, written from the rules' own descriptions and examples.
///
/// `cloudcfg rules --format markdown` prints ``document(rules:)``. The DocC catalog's rule pages,
/// `Sources/CloudConfig/CloudConfig.docc/Rules/<page name>.md`, are ``page(for:rules:)`` for each
/// family, committed and compared with it by the tests; after adding or changing a rule,
/// `CLOUDCFG_RECORD=docs swift test --filter RuleReferenceTests` writes them again. Nothing here is
/// written by hand per rule, so a new rule or family gets its section from its description.
///
/// The Markdown is plain CommonMark with tables, read the same by DocC and GitHub: no DocC
/// directives or links, anchors from headings (`#duplicate-key`).
package enum RuleReference {
    /// The families that have at least one rule, in listing order.
    ///
    /// - Parameter rules: The rules.
    /// - Returns: The families.
    package static func families(of rules: [RuleDescription] = RuleRegistry.all.map(\.definition)) -> [RuleFamily] {
        RuleFamily.allCases.filter { family in rules.contains { $0.family == family } }
    }

    /// The name of a family's page in the catalog: its file name without `.md`, and its DocC link
    /// (`<doc:YAMLRules>`). A family without an entry in ``names`` gets one made from its raw
    /// value (`system-config` → `SystemConfigRules`).
    ///
    /// - Parameter family: The family.
    /// - Returns: The name.
    package static func pageName(for family: RuleFamily) -> String {
        names[family]?.page
            ?? family.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            + "Rules"
    }

    /// The title of a family's page.
    ///
    /// - Parameter family: The family.
    /// - Returns: The title.
    package static func title(of family: RuleFamily) -> String {
        names[family]?.title ?? family.rawValue.prefix(1).uppercased() + family.rawValue.dropFirst() + " rules"
    }

    /// What a family's rules look at, in a sentence, or `nil` for a family without an entry in
    /// ``names``.
    ///
    /// - Parameter family: The family.
    /// - Returns: The sentence.
    package static func abstract(of family: RuleFamily) -> String? {
        names[family]?.abstract
    }

    /// The page name, title and abstract of each family. A family added without an entry still
    /// gets a page (see ``pageName(for:)``), so adding one never breaks the build; an entry
    /// makes the page read better.
    package static let names: [RuleFamily: (page: String, title: String, abstract: String)] = [
        .yaml: (
            "YAMLRules", "YAML rules",
            "How cloud-init's YAML loader reads the bytes: syntax it refuses, limits it enforces, and "
                + "values that YAML 1.1 types differently from what the writer meant."
        ),
        .header: (
            "HeaderRules", "Header rules",
            "The first line of user-data, which decides whether cloud-init reads the rest as "
                + "cloud-config, a script, an include list or nothing at all."
        ),
        .envelope: (
            "EnvelopeRules", "Envelope rules",
            "How user-data is packed: MIME multipart messages, base64, gzip, archives, includes, "
                + "merge headers and the size limits of each platform."
        ),
        .schema: (
            "SchemaRules", "Schema rules",
            "Keys and values compared with the key catalog of the target cloud-init release: unknown "
                + "and misspelt keys, wrong types, deprecations and keys the release does not have yet."
        ),
        .semantics: (
            "SemanticRules", "Semantic rules",
            "Values whose shape is valid but whose effect at boot is not what was meant: file modes, "
                + "passwords, users, commands and templates."
        ),
        .jinja: (
            "JinjaRules", "Jinja template rules",
            "Templates (`## template: jinja`) as cloud-init renders them: syntax, unknown tags, "
                + "filters and tests, and names the instance data does not have."
        ),
        .script: (
            "ScriptRules", "Script rules",
            "Scripts and boothooks as they run at boot: the `#!` line and its interpreter, and with "
                + "`--shellcheck` what shellcheck finds in them and in `runcmd` and `bootcmd`."
        ),
        .waagent: (
            "WaagentRules", "waagent.conf rules",
            "What the Azure Linux Agent reads from waagent.conf, and what it silently misreads or ignores."
        ),
        .systemConfig: (
            "SystemConfigRules", "System configuration rules",
            "cloud-init's own configuration in the image: `/etc/cloud/cloud.cfg` and the drop-ins "
                + "in `/etc/cloud/cloud.cfg.d`."
        ),
        .image: (
            "ImageRules", "Image rules",
            "The files of one image read together: the agent's configuration, cloud-init's "
                + "configuration and the user-data, where each is valid alone but they disagree."
        ),
        .profile: (
            "ProfileRules", "Profile rules",
            "Generation profiles: their keys, values and variables, and what each distribution they "
                + "name can have."
        ),
        .configuration: (
            "ConfigurationRules", "Configuration and input rules",
            "How a run is set up: the `.cloudcfg.yaml` file, suppression comments, and inputs "
                + "that are missing or cannot be read."
        ),
    ]

    /// The name of the catalog page that lists the family pages (`<doc:RuleReference>`).
    package static let indexPageName = "RuleReference"

    /// The catalog page that lists the family pages, in DocC's own Markdown (its topics section
    /// is what places the family pages in the documentation's navigation). Generated, like the
    /// family pages, so that a new family needs no edit by hand.
    ///
    /// - Parameter rules: The rules, in listing order.
    /// - Returns: The page.
    package static func indexPage(rules: [RuleDescription] = RuleRegistry.all.map(\.definition)) -> String {
        let families = families(of: rules)
        var text = "# Rule reference\n\n"
        text += "Every rule cloudcfg has, by family: what it finds, why it matters, and its examples.\n\n"
        text += "## Overview\n\n" + countSentence(rules: rules, families: families) + " " + guide + "\n\n"
        text += "These pages are what `cloudcfg rules --format markdown` prints, one page per family.\n\n"
        text += "## Topics\n\n### Rule families\n\n"
        text += families.map { "- <doc:\(pageName(for: $0))>\n" }.joined()
        return text
    }

    /// The Markdown `cloudcfg rules --format markdown` prints: a guide, a table of the families,
    /// then every family's rules.
    ///
    /// - Parameter rules: The rules, in listing order.
    /// - Returns: The document.
    package static func document(rules: [RuleDescription] = RuleRegistry.all.map(\.definition)) -> String {
        let families = families(of: rules)
        var text = "# cloudcfg rules\n\n"
        text += countSentence(rules: rules, families: families) + " "
        text += guide + "\n\n"
        text += "| Family | Rules | What the rules look at |\n|---|---|---|\n"
        for family in families {
            let count = rules.filter { $0.family == family }.count
            text += "| [\(title(of: family))](#\(anchor(title(of: family)))) | \(count) | "
            text += Markdown.prose(abstract(of: family) ?? "", inTable: true) + " |\n"
        }
        for family in families {
            text += "\n" + section(for: family, rules: rules, level: 2, withGuide: false)
        }
        return text
    }

    /// A family's page in the DocC catalog: its title, what its rules look at, how to read the
    /// entries, a table of the rules, then a section per rule.
    ///
    /// - Parameters:
    ///   - family: The family.
    ///   - rules: The rules of every family, in listing order.
    /// - Returns: The page.
    package static func page(
        for family: RuleFamily, rules: [RuleDescription] = RuleRegistry.all.map(\.definition)
    ) -> String {
        section(for: family, rules: rules, level: 1, withGuide: true)
    }

    /// A rule's section: a heading with its identifier, then what it finds, its facts, why it
    /// matters and its examples.
    ///
    /// - Parameters:
    ///   - rule: The rule.
    ///   - level: The heading level of the section.
    /// - Returns: The section, ending with a line break.
    package static func section(for rule: RuleDescription, level: Int) -> String {
        var text = String(repeating: "#", count: level) + " " + rule.id.rawValue + "\n\n"
        text += Markdown.prose(sentence(rule.summary)) + "\n\n"
        var facts = [
            "Severity: \(rule.defaultSeverity.rawValue) by default",
            "Checks: " + Markdown.sentenceList(InputKind.allCases.filter(rule.inputKinds.contains).map(\.noun)),
            "Fix: " + Markdown.prose(fixDescription(rule)),
        ]
        if !rule.aliases.isEmpty {
            facts.append("Also selected by: " + rule.aliases.map { Markdown.code($0.rawValue) }.joined(separator: ", "))
        }
        if !rule.supersedes.isEmpty {
            let ids = rule.supersedes.map { Markdown.code($0.rawValue) }
            facts.append("Replaces the findings of \(Markdown.sentenceList(ids)) at the same place")
        }
        text += facts.map { "- " + $0 + "\n" }.joined() + "\n"
        text += "**Why it matters.** " + Markdown.prose(sentence(rule.rationale)) + "\n"
        if !rule.triggeringExamples.isEmpty {
            text += "\n**Flagged.** Each 1️⃣ (2️⃣, ...) marks where a finding starts.\n"
            for example in rule.triggeringExamples {
                text += "\n" + exampleBlock(example, of: rule, marked: true)
            }
        }
        if !rule.nonTriggeringExamples.isEmpty {
            text += "\n**Not flagged.**\n"
            for example in rule.nonTriggeringExamples {
                text += "\n" + exampleBlock(example, of: rule, marked: false)
            }
        }
        return text
    }

    /// Whether the rule's findings offer a fix: the rule says whether `--fix` applies its fixes
    /// (``RuleDescription/fixSafety``), or its examples state the text after one (the rule
    /// example tests hold every rule to that).
    ///
    /// - Parameter rule: The rule.
    /// - Returns: Whether a fix is offered.
    package static func offersFix(_ rule: RuleDescription) -> Bool {
        rule.fixSafety != nil || rule.triggeringExamples.contains { $0.corrected != nil }
    }

    /// The rule's fix in a word for the table: `--fix` (every fix is applied), `suggested`
    /// (none is), `some` (some are), `yes` (offered, without a decision) or `no`.
    ///
    /// - Parameter rule: The rule.
    /// - Returns: The word.
    package static func fixWord(_ rule: RuleDescription) -> String {
        switch rule.fixSafety?.verdict {
        case .safe: "`--fix`"
        case .suggestion: "suggested"
        case .perFix: "some"
        case nil: offersFix(rule) ? "yes" : "no"
        }
    }

    /// The rule's fix in a sentence: whether `--fix` applies it and why, or whether one is offered.
    ///
    /// - Parameter rule: The rule.
    /// - Returns: The sentence, without a final period.
    package static func fixDescription(_ rule: RuleDescription) -> String {
        guard let safety = rule.fixSafety else {
            return offersFix(rule) ? "offered (the examples show the text after it)" : "none"
        }
        let decision =
            switch safety.verdict {
            case .safe: "applied by `cloudcfg lint --fix`"
            case .suggestion: "suggested, never applied by `cloudcfg lint --fix`"
            case .perFix: "some applied by `cloudcfg lint --fix`, the others suggested"
            }
        return decision + ": " + safety.reason
    }

    /// `cloudcfg has 92 rules in 8 families.`
    private static func countSentence(rules: [RuleDescription], families: [RuleFamily]) -> String {
        let ruleCount = rules.count == 1 ? "1 rule" : "\(rules.count) rules"
        let familyCount = families.count == 1 ? "1 family" : "\(families.count) families"
        return "cloudcfg has \(ruleCount) in \(familyCount)."
    }

    /// How to read an entry, said once per page.
    private static let guide =
        "Every rule runs unless the configuration file turns it off. Each entry gives the rule's "
        + "identifier (used in `.cloudcfg.yaml` and in suppression comments), its severity by "
        + "default, the kinds of input it checks, whether its findings offer a fix, why it matters "
        + "at boot, and examples that are run as tests: user-data examples start with the "
        + "`#cloud-config` line they are linted with."

    /// A family's heading, abstract, optionally the guide, the table of its rules and their sections.
    private static func section(
        for family: RuleFamily, rules: [RuleDescription], level: Int, withGuide: Bool
    ) -> String {
        let members = rules.filter { $0.family == family }
        var text = String(repeating: "#", count: level) + " " + title(of: family) + "\n\n"
        let paragraphs = [abstract(of: family).map { Markdown.prose($0) }, withGuide ? guide : nil].compactMap { $0 }
        text += paragraphs.map { $0 + "\n\n" }.joined()
        text += "| Rule | Severity | Fix | Finds |\n|---|---|---|---|\n"
        for rule in members {
            text += "| [\(rule.id.rawValue)](#\(anchor(rule.id.rawValue))) | \(rule.defaultSeverity.rawValue) | "
            text += fixWord(rule) + " | " + Markdown.prose(rule.summary, inTable: true) + " |\n"
        }
        for rule in members {
            text += "\n" + section(for: rule, level: level + 1)
        }
        return text
    }

    /// One example: what it is linted as when that is not the rule's default, the text in a
    /// code block, and for a flagged example the message and the text after the fixes.
    private static func exampleBlock(_ example: RuleExample, of rule: RuleDescription, marked: Bool) -> String {
        var settings: [String] = []
        if example.files != nil {
            settings.append("together, as the files of one image (each `==> path <==` line starts a file)")
        }
        if example.kind != nil { settings.append("as " + rule.kind(of: example).noun) }
        if let target = example.target { settings.append("for cloud-init \(target) (`--cloud-init \(target)`)") }
        if let distro = rule.exampleDistro { settings.append("for `--distro \(distro)`") }
        var text = settings.isEmpty ? "" : Markdown.prose("Linted " + settings.joined(separator: ", ") + ":") + "\n\n"
        let isImage = example.files != nil
        let header = isImage ? "" : headerLines(of: example, for: rule)
        let shown = header + (marked ? example.markedText : example.text)
        text +=
            shown.isEmpty ? "An empty file.\n" : Markdown.codeBlock(shown, language: language(of: example, for: rule))
        if let message = example.message {
            // In quotes rather than as code: a message may hold code spans of its own, and DocC
            // reads a code span of two or more backticks as a symbol link.
            text += "\nThe finding says: “" + Markdown.prose(message) + "”.\n"
        }
        if let corrected = example.corrected {
            text += "\nAfter the fix:\n\n"
            text += Markdown.codeBlock(header + corrected, language: language(of: example, for: rule))
        }
        return text
    }

    /// The lines the linter puts in front of an example (a `#cloud-config` line for user-data
    /// examples without their own).
    private static func headerLines(of example: RuleExample, for rule: RuleDescription) -> String {
        let linted = rule.lintedText(of: example).text
        return String(linted.prefix(max(0, linted.count - example.text.count)))
    }

    /// The code block language of an example: `ini` for waagent.conf, YAML for every other kind
    /// (user-data, system configuration, profiles), none for the several files of an image.
    private static func language(of example: RuleExample, for rule: RuleDescription) -> String? {
        guard example.files == nil else { return nil }
        return rule.kind(of: example) == .waagent ? "ini" : "yaml"
    }

    /// A summary or rationale as a sentence, with a final period.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }

    /// The anchor GitHub and DocC give a heading: lower case, spaces as hyphens, and only
    /// letters, digits, hyphens and underscores kept.
    package static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().map { $0 == " " ? "-" : $0 }
                .filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}
