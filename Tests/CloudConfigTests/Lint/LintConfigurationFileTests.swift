import Testing

@testable import CloudConfig

/// `.cloudcfg.yaml`: every setting, every error with its position and suggestion, and the YAML
/// 1.1 readings that would otherwise change what a setting means.
@Suite struct LintConfigurationFileTests {
    static let rules = RuleRegistry.all.map(\.definition)

    static func parse(_ text: String, rules: [RuleDescription] = rules) -> (LintConfiguration, [Diagnostic]) {
        LintConfiguration.parse(
            SourceFile(path: ".cloudcfg.yaml", text: text), baseDirectory: "/project", rules: rules)
    }

    /// The problems as `line:column message`.
    static func problems(_ text: String) -> [String] {
        parse(text).1.map { "\($0.range.start) \($0.message)" }
    }

    @Test func everySettingIsRead() throws {
        let (configuration, problems) = Self.parse(
            """
            version: 1
            extends: default
            cloud-init: "22.4.2"
            rules:
              duplicate-key: off
              truthy: error
              unknown-key: note
              crlf-line-endings: warning
              implicit-octal: on
              sexagesimal: {level: error}
            ignore:
              - "vendor/**"
              - "*.tmpl.yaml"
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(configuration.target == "22.4.2")
        #expect(configuration.baseDirectory == "/project")
        #expect(configuration.ignore == ["vendor/**", "*.tmpl.yaml"])
        #expect(
            configuration.rules == [
                .duplicateKey: .off, .truthy: .severity(.error), .unknownKey: .severity(.note),
                .crlfLineEndings: .severity(.warning), .implicitOctal: .on, .sexagesimal: .severity(.error),
            ])
    }

    @Test func anEmptyFileIsTheDefaultConfiguration() {
        for text in ["", "# only a comment\n", "---\n", "~\n", "rules:\n  # truthy: off\nignore:\n"] {
            let (configuration, problems) = Self.parse(text)
            #expect(problems.isEmpty, "\(text.debugDescription): \(problems)")
            #expect(configuration.target == .newest)
            #expect(configuration.rules.isEmpty && configuration.ignore.isEmpty)
        }
    }

    /// `off`, `on`, `yes` and `no` are booleans in YAML 1.1; the parser takes them as rule
    /// settings either way, quoted or not.
    @Test(arguments: [
        ("off", LintConfiguration.RuleSetting.off), ("'off'", .off), ("no", .off), ("false", .off), ("Off", .off),
        ("on", .on), ("'on'", .on), ("yes", .on), ("true", .on), ("ERROR", .severity(.error)),
        ("\"warning\"", .severity(.warning)), ("{level: note}", .severity(.note)), ("{level: off}", .off),
        ("disabled", .off), ("enable", .on),
    ])
    func ruleSettingsReadTheWayTheyAreMeant(_ written: String, _ expected: LintConfiguration.RuleSetting) {
        let (configuration, problems) = Self.parse("rules: {duplicate-key: \(written)}\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(configuration.rules[.duplicateKey] == expected)
    }

    /// YAML 1.1 reads `22.4` as a float and `22.10` as 22.1; the version comes from the text as
    /// written.
    @Test(arguments: [
        ("22.4", "22.4"), ("22.10", "22.10"), ("'22.4.2'", "22.4.2"), ("24.1", "24.1"), ("24", "24"),
        ("23.4.0", "23.4.0"),
    ])
    func cloudInitVersionsAreReadAsWritten(_ written: String, _ expected: String) throws {
        let (configuration, problems) = Self.parse("cloud-init: \(written)\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(configuration.target.description == expected)
    }

    @Test func problemsHaveTheirPositionAndSuggestion() {
        #expect(Self.problems("version: 2\n") == ["1:10 version must be 1"])
        #expect(Self.problems("version: '1'\n") == ["1:10 version must be 1"])
        #expect(
            Self.problems("cloud-init: banana\n") == [
                "1:13 cloud-init must be a release such as \"22.4.2\" or \"24.1\""
            ])
        #expect(
            Self.problems("cloud-init: [22, 4]\n") == [
                "1:13 cloud-init must be a release such as \"22.4.2\" or \"24.1\""
            ])
        #expect(Self.problems("rulez: {}\n") == ["1:1 'rulez' is not a configuration setting; did you mean 'rules'?"])
        #expect(
            Self.problems("ignores: []\n") == ["1:1 'ignores' is not a configuration setting; did you mean 'ignore'?"])
        #expect(
            Self.problems("colour: auto\n") == [
                "1:1 'colour' is not a configuration setting; settings are version, extends, cloud-init, agent, distro, rules, ignore"
            ])
        #expect(Self.problems("extends: relaxed\n") == ["1:10 extends must be default, the only base configuration"])
        #expect(
            Self.problems("rules:\n  duplicat-key: off\n") == [
                "2:3 'duplicat-key' is not a cloudcfg rule; did you mean 'duplicate-key'?"
            ])
        #expect(
            Self.problems("rules:\n  no-such-thing-at-all: off\n") == [
                "2:3 'no-such-thing-at-all' is not a cloudcfg rule; `cloudcfg rules` lists them"
            ])
        #expect(
            Self.problems("rules:\n  truthy: loud\n") == [
                "2:11 the setting for truthy must be off, on, note, warning, error or {level: ...}"
            ])
        #expect(
            Self.problems("rules:\n  truthy: {severity: error}\n") == [
                "2:11 the setting for truthy must be off, on, note, warning, error or {level: ...}"
            ])
        #expect(
            Self.problems("rules: [truthy]\n") == [
                "1:8 rules must map rule identifiers to off, on, note, warning or error"
            ])
        #expect(Self.problems("ignore: vendor\n") == ["1:9 ignore must be a list of glob patterns"])
        #expect(
            Self.problems("ignore: [vendor, 1, [x]]\n") == [
                "1:18 each ignore pattern must be a string", "1:21 each ignore pattern must be a string",
            ])
        #expect(Self.problems("- rules\n") == ["1:1 the configuration must be a mapping of settings"])
    }

    @Test func aSettingWrittenTwiceIsAnError() throws {
        let (_, problems) = Self.parse("rules:\n  truthy: off\nrules:\n  truthy: error\n")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.ruleID == .invalidConfiguration)
        #expect(problem.range.start.line == 3 && problem.range.start.column == 1)
        #expect(problem.notes.first?.range?.start.line == 1)
        let (_, nested) = Self.parse("rules:\n  truthy: off\n  truthy: error\n")
        #expect(nested.map { "\($0.range.start)" } == ["3:3"])
    }

    @Test func unparsableConfigurationReportsTheSyntaxError() throws {
        let (_, problems) = Self.parse("rules: {truthy: off\n")
        let problem = try #require(problems.first)
        #expect(problem.ruleID == .yamlSyntax)
        #expect(problem.severity == .error)
    }

    @Test func everyProblemIsAnError() {
        let (_, problems) = Self.parse("version: 3\nrulez: {}\nrules: {x: y}\nignore: 1\n")
        #expect(problems.count == 4)
        #expect(problems.allSatisfy { $0.severity == .error && $0.ruleID == .invalidConfiguration })
    }
}

/// `agent:` and `distro:` in `.cloudcfg.yaml`, and how they combine with `cloud-init:` and the
/// command line.
@Suite struct LintConfigurationTargetTests {
    @Test func agentAndDistroAreRead() {
        let (configuration, problems) = LintConfigurationFileTests.parse("agent: \"2.7.3\"\ndistro: rhel-9\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(configuration.agentVersion == .debian12)
        #expect(configuration.distro?.id == "rhel-9")
        #expect(configuration.target == DistroProfile.rhel9.cloudInit?.lintTarget)
    }

    @Test func aDistroGivesItsCloudInitAndAgentUnlessTheyAreGiven() {
        let (debian, _) = LintConfigurationFileTests.parse("distro: debian-12\n")
        #expect(debian.target == "22.4.2")
        #expect(debian.agentVersion == .debian12)
        let (pinned, _) = LintConfigurationFileTests.parse("distro: debian-12\ncloud-init: \"23.1\"\nagent: \"2.15\"\n")
        #expect(pinned.target == "23.1")
        #expect(pinned.agentVersion == .newest)
        // The command line wins over the file: its distribution over the file's targets, and its
        // targets over everything.
        let overridden = pinned.overriding(distro: .debian12)
        #expect(overridden.target == "22.4.2" && overridden.agentVersion == .debian12)
        let explicit = pinned.overriding(distro: .debian12, target: "24.1", agentVersion: "2.10")
        #expect(explicit.target == "24.1" && explicit.agentVersion == "2.10")
        #expect(explicit.distro?.id == "debian-12")
    }

    @Test func invalidAgentAndDistroAreReported() {
        #expect(
            LintConfigurationFileTests.problems("agent: two\ndistro: debian12\n") == [
                "1:8 agent must be an Azure Linux Agent version such as \"2.15\" or \"2.7.3\"",
                "2:9 'debian12' is not a distribution cloudcfg knows; did you mean 'debian-12'?",
            ])
    }
}
