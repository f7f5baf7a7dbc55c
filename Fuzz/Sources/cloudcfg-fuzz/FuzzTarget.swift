import CloudConfig

/// What one fuzz input goes through: a library entry point that must give findings or a clean
/// result for any bytes, never crash, hang or take unbounded memory.
struct FuzzTarget: Sendable {
    /// The name `cloudcfg-fuzz` and `scripts/fuzz` take.
    var name: String
    /// What the target runs.
    var summary: String
    /// Runs one input.
    var run: @Sendable ([UInt8]) -> Void

    /// Every target, in the order `scripts/fuzz` runs them.
    static let all: [FuzzTarget] = [yaml, lint, envelope, waagent, jinja, profile]

    /// The YAML reader: parse, construct each document's value as cloud-init's loader would,
    /// write it back with the emitter and read that again.
    static let yaml = FuzzTarget(name: "yaml", summary: "YAMLStream.parse, value(of:), YAMLEmitter.emit") { bytes in
        let stream = YAMLStream.parse(SourceFile(path: "fuzz.yaml", bytes: bytes))
        for document in stream.documents {
            guard let root = document.root else { continue }
            let value = document.value(of: root)
            if let text = try? YAMLEmitter.emit(value) {
                _ = YAMLStream.parse(SourceFile(path: "emitted.yaml", text: text))
            }
        }
    }

    /// Cloud-config lint: every rule, every reporter, then every fix applied and the result
    /// linted again; then the same bytes as a cloud.cfg.d drop-in.
    static let lint = FuzzTarget(
        name: "lint", summary: "Linter.lint as user-data (reporters, fixes) and as system configuration"
    ) { bytes in
        let source = SourceFile(path: "user-data", bytes: bytes)
        _ = Shared.linter.lint(source, as: .systemConfig)
        let result = Shared.linter.lint(source, as: .userData)
        // The rules that fired, not all of them: SARIF writes every rule it is given, and writing
        // all of them took a third of each input's time without reaching new code.
        let fired = Set(result.diagnostics.map(\.ruleID))
        let rules = Shared.rules.filter { fired.contains($0.id) }
        for format in ReportFormat.allCases {
            _ = format.reporter().report([result], rules: rules)
        }
        let fixes = result.diagnostics.flatMap(\.fixIts)
        if !fixes.isEmpty, let source = result.source {
            _ = Shared.linter.lint(source.applying(fixes).source)
        }
    }

    /// The user-data envelope: MIME, gzip, base64, archives, includes, then the merge of its
    /// cloud-config parts.
    static let envelope = FuzzTarget(
        name: "envelope", summary: "UserDataEnvelope.open, CloudConfigMerge.compose"
    ) { bytes in
        let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", bytes: bytes))
        _ = envelope.decodedText
        _ = CloudConfigMerge.compose(envelope.parts)
    }

    /// waagent.conf: the parser, the effective values for the newest agent, the analysis, and
    /// the waagent rules.
    static let waagent = FuzzTarget(
        name: "waagent", summary: "AgentConfiguration, AgentEffectiveConfiguration, AgentAnalysis, Linter.lint"
    ) { bytes in
        let source = SourceFile(path: "waagent.conf", bytes: bytes)
        let configuration = AgentConfiguration(source)
        _ = AgentEffectiveConfiguration(configuration)
        _ = AgentAnalysis().findings(in: configuration)
        _ = Shared.linter.lint(source, as: .waagent)
    }

    /// Jinja templates as cloud-init renders them: parse, check the instance-data names, make the
    /// opaque text for linting, render with instance data.
    static let jinja = FuzzTarget(name: "jinja", summary: "JinjaTemplate.parse, render, opaqueText") { bytes in
        let (template, _) = JinjaTemplate.parse(SourceFile(path: "user-data", bytes: bytes))
        _ = InstanceDataCatalog.standard.check(template)
        _ = template.opaqueText()
        _ = template.render(instanceData: Shared.instanceData)
    }

    /// Generation profiles and inventories: the profile linted (read, then resolved for every
    /// distribution it targets), the first distribution's plan rendered, and the same bytes read
    /// as an inventory.
    static let profile = FuzzTarget(
        name: "profile", summary: "ProfileReader.lint, ProfileResolver, Generator.generate, Inventory.read"
    ) { bytes in
        let source = SourceFile(path: "profile.yaml", bytes: bytes)
        _ = ProfileReader.lint(source)
        if let profile = ProfileReader.read(source).profile, let distro = profile.distros.first {
            var resolver = ProfileResolver(profile: profile, lenient: true)
            if let plan = resolver.resolve(for: distro).plan {
                _ = Generator().generate(plan)
            }
        }
        _ = try? Inventory.read(SourceFile(path: "hosts.csv", bytes: bytes))
    }
}

/// What every input shares, built once.
enum Shared {
    static let linter = Linter()
    static let rules = RuleRegistry.all.map(\.definition)
    /// A small instance-data document with the keys templates use most.
    static let instanceData: JSONValue =
        (try? JSONValue.parse(
            Array(
                """
                {"v1": {"cloud_name": "azure", "local_hostname": "vm-1", "region": "westeurope",
                 "availability_zone": "1", "instance_id": "abc", "platform": "azure",
                 "distro": "ubuntu", "distro_release": "noble", "machine": "x86_64"},
                 "ds": {"meta_data": {"imds": {"compute": {"tags": "a:b;c:d", "vmSize": "Standard_B2s"}}}},
                 "merged_cfg": {"_doc": "x"}, "sys_info": {"dist": ["ubuntu", "24.04", "noble"]}}
                """.utf8))) ?? .null
}
