import ArgumentParser
import CloudConfig

/// `cloudcfg show`: what cloud-init would load from user-data, or what the Azure Linux Agent
/// reads from waagent.conf.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print what cloud-init would load from user-data, or what the agent reads from waagent.conf.",
        discussion: """
            A cloud-config file is read as cloud-init reads it (PyYAML's safe_load, YAML 1.1 typing): \
            0644 is the integer 420, yes is true, 22:22 is 1342, aliases and merge keys are \
            expanded and a key written twice keeps its last value.

            Base64 (Azure custom data) and gzip are decoded first. For MIME multipart and \
            #cloud-config-archive user-data, the output is the configuration cloud-init composes \
            from all of its cloud-config parts, each merged with its merge_how key or Merge-Type \
            header (default dict(replace)+list()+str()); what the other parts are (scripts, \
            boothooks, includes) is said on standard error. A Jinja template (## template: jinja), \
            alone or as a part, is rendered with --instance-data first; without it cloudcfg says \
            so and exits 65.

            JSON output follows Python's json.dumps: dates in ISO 8601, bytes in base64, \
            infinities and NaN as the strings "Infinity", "-Infinity" and "NaN". YAML output starts \
            with #cloud-config, so that it can be used as user-data. --format text prints the \
            decoded content instead: the text after base64 and gzip, or each part of MIME and \
            archives after a line naming it.

            For a file of cloud-init's system configuration (cloud.cfg, cloud.cfg.d/*.cfg, or --kind \
            system-config): what cloud-init's read_conf loads, {} for a file it ignores; YAML output \
            has no #cloud-config line. For a directory (an image's root, its /etc or /etc/cloud): \
            the system configuration cloud-init reads at boot, cloud.cfg and cloud.cfg.d/*.cfg \
            merged as cloud-init merges them.

            For a waagent.conf (by its name or content, or --kind waagent): every key the agent \
            version (--agent-version, default \(AgentVersion.newest)) knows, with the value it will \
            use: y/n switches as booleans, integers as numbers, text as strings, null when unset. A \
            file the agent refuses (empty, not UTF-8) is an error (exit 65).

            Examples:
              cloudcfg show Examples/user-data/web-server.yaml
              cloudcfg show --format yaml Examples/user-data/typical-mistakes.yaml
              cloudcfg show Examples/image-etc/etc/waagent.conf
            """
    )

    enum Format: String, ArgumentChoice {
        case json, yaml, text
    }

    @Option(name: .shortAndLong, help: "Output format: json, yaml or text (the decoded content).")
    var format: Format = .json

    @Option(
        name: .customLong("instance-data"),
        help: ArgumentHelp("Render Jinja templates with this instance-data.json.", valueName: "file"))
    var instanceData: String?

    @Flag(help: "The file is base64 the platform decodes (Azure custom data).")
    var base64 = false

    @Option(
        help: ArgumentHelp(
            "Read the file as this kind instead of guessing it from its name and content: user-data, waagent or "
                + "system-config.",
            valueName: "kind"))
    var kind: KindChoice?

    @Option(
        name: .customLong("agent-version"),
        help: ArgumentHelp(
            "The Azure Linux Agent version a waagent.conf is read for (default: \(AgentVersion.newest)).",
            valueName: "version"))
    var agentVersion: String?

    @Argument(help: "The file to read, - for standard input, or an image's directory for its system configuration.")
    var file: String

    func validate() throws {
        try TargetOptions.validate(agentVersion: agentVersion, distro: nil)
    }

    func run() throws {
        let limits = YAMLLimits()
        if file != InputReader.standardInputPath, FileSystem.kindFollowingLinks(file) == .directory {
            try showMergedSystemConfiguration(directory: file, limits: limits)
            return
        }
        let source: SourceFile
        var data: JSONValue?
        do {
            source = try InputReader.read(file, limit: limits.maxInputBytes)
            if let instanceData { data = try UserDataOptionsLoader.json(instanceData, option: "--instance-data") }
        } catch {
            Console.error("\(error)\n")
            throw ExitStatus.missingInput
        }
        switch kind?.inputKind ?? InputKind.detect(source) {
        case .waagent:
            try showAgentConfiguration(source)
            return
        case .systemConfig:
            try showSystemConfiguration(source, limits: limits)
            return
        case .profile:
            // A profile is YAML: shown as loaded, with what renders it.
            Console.error(
                "\(source.path): note: a generation profile; `cloudcfg generate \(source.path)` renders it for "
                    + "each distribution\n")
            try showLoaded(source, limits: limits)
            return
        case .userData:
            break
        }
        let envelope = UserDataEnvelope.open(
            source, options: EnvelopeOptions(platformEncoding: base64 ? .base64 : .detect))
        if let rejection = envelope.rejection {
            Console.error("\(source.path): error: \(rejection.message)\n")
            throw ExitStatus.unparsable
        }
        let decoded = envelope.decodedText
        let isLayered = envelope.root.children.first.map { $0.kind == .base64 || $0.kind == .gzip } ?? false
        let layersOnly =
            envelope.isPlain
            || (isLayered && envelope.parts.count <= 1 && envelope.parts.allSatisfy { $0.path == decoded.path })
        if layersOnly {
            // Plain user-data, or plain user-data under base64 and gzip: shown as the file it decodes to.
            let text = SourceFile(path: source.path, bytes: decoded.source.bytes)
            if format == .text {
                Console.out(text.text)
                return
            }
            try show(text, instanceData: data, limits: limits)
            return
        }
        if format == .text {
            for part in envelope.parts {
                Console.out("# --- \(part.path) (\(part.contentType)) ---\n")
                let payload = String(decoding: part.payload, as: UTF8.self)
                Console.out(payload.hasSuffix("\n") || payload.isEmpty ? payload : payload + "\n")
            }
            return
        }
        try showComposed(envelope, instanceData: data)
    }

    /// Shows plain user-data: the value a cloud-config loads to, a rendered template, or what
    /// another kind of user-data is.
    private func show(_ source: SourceFile, instanceData: JSONValue?, limits: YAMLLimits) throws {
        let kind = UserDataKind.detect(source.bytes)
        switch kind {
        case .jinja:
            guard let instanceData else {
                // cloud-init renders the template with the instance's data before it loads the
                // YAML; what it loads depends on that data.
                Console.error(
                    "\(source.path): error: this is a Jinja template ('## template: jinja'): cloud-init renders it "
                        + "with the instance's data before loading it; give that data with --instance-data FILE\n")
                throw ExitStatus.unparsable
            }
            let (template, _) = JinjaTemplate.parse(source)
            let render = template.render(instanceData: instanceData)
            guard let text = render.text else {
                for finding in render.findings where finding.severity == .error {
                    Console.error(
                        "\(source.path):\(finding.range.start.line):\(finding.range.start.column): error: "
                            + "\(finding.message) [\(finding.code)]\n")
                }
                throw ExitStatus.unparsable
            }
            let rendered = SourceFile(path: source.path, text: text)
            if UserDataKind.detect(rendered.bytes) == .jinja {
                Console.error("\(source.path): error: the template renders to another template\n")
                throw ExitStatus.unparsable
            }
            try show(rendered, instanceData: nil, limits: limits)
        case .cloudConfig, .unknown:
            try showLoaded(source, limits: limits)
        default:
            Console.error("\(source.path): note: \(Self.describe(kind)); it holds no configuration to show\n")
            print(.scalar(.null))
        }
    }

    /// Shows the value a cloud-config loads to, as the Show JSON contract says.
    private func showLoaded(_ source: SourceFile, limits: YAMLLimits) throws {
        let stream = YAMLStream.parse(source, limits: limits)
        var errors = stream.diagnostics.filter { $0.severity == .error }
        if errors.isEmpty, let multiple = stream.multipleDocumentsError { errors.append(multiple) }
        guard errors.isEmpty else {
            for diagnostic in errors { Console.error(TextReporter().line(source.path, diagnostic)) }
            throw ExitStatus.unparsable
        }
        let value: YAMLValue
        if let document = stream.documents.first, let root = document.root {
            value = document.value(of: root)
            if case .mapping = value {
            } else {
                Console.error(
                    "\(source.path): warning: the top level is not a mapping; cloud-init ignores such "
                        + "user-data\n")
            }
        } else {
            value = .scalar(.null)
        }
        print(value)
    }

    /// Shows the configuration cloud-init composes from the cloud-config parts of MIME or an
    /// archive, and says on standard error what the other parts are.
    private func showComposed(_ envelope: UserDataEnvelope, instanceData: JSONValue?) throws {
        let path = envelope.source.path
        for part in envelope.parts where part.handler != .cloudConfig && part.handler != .jinja {
            Console.error("\(path): note: \(part.path) is \(Self.describe(part)); not part of the configuration\n")
        }
        for include in envelope.includes {
            Console.error(
                "\(path): note: cloud-init downloads \(include.url) at boot and processes it too; cloudcfg does not "
                    + "fetch it\n")
        }
        let render: ((UserDataPart) -> [UInt8]?)? = instanceData.map { data in
            { part in
                let (template, _) = JinjaTemplate.parse(part.payloadSource)
                let render = template.render(instanceData: data)
                guard let text = render.text else {
                    let reason = render.findings.first { $0.severity == .error }?.message ?? "it does not render"
                    Console.error("\(path): warning: cloud-init drops \(part.path): \(reason)\n")
                    return nil
                }
                return Array(text.utf8)
            }
        }
        let merged = CloudConfigMerge.compose(envelope.parts, render: render)
        guard merged.isComplete else {
            Console.error(
                "\(path): error: a part is a Jinja template: cloud-init renders it with the instance's data before "
                    + "merging it; give that data with --instance-data FILE\n")
            throw ExitStatus.unparsable
        }
        for outcome in merged.outcomes {
            if let failure = outcome.failure {
                Console.error("\(path): warning: cloud-init skips \(outcome.path): \(failure)\n")
            } else {
                Console.error("\(path): note: merged \(outcome.path) with \(outcome.rules)\n")
            }
        }
        print(merged.value ?? .scalar(.null))
    }

    /// Prints a value in the chosen format.
    private func print(_ value: YAMLValue) {
        switch format {
        case .json, .text:
            Console.out(value.json.serialized(pretty: true) + "\n")
        case .yaml:
            do {
                // The header makes the output usable as user-data again.
                Console.out("#cloud-config\n" + (try YAMLEmitter.emit(value)))
            } catch {
                Console.error("error: \(error)\n")
            }
        }
    }

    /// What a kind of user-data is, for a note.
    static func describe(_ kind: UserDataKind) -> String {
        switch kind {
        case .script: "a shell script: cloud-init runs it once per instance, in the final stage"
        case .boothook: "a boothook: cloud-init runs it early on every boot"
        case .include, .includeOnce: "an include: cloud-init downloads the URLs it lists and processes them"
        case .partHandler: "a part-handler: Python code cloud-init loads to handle further parts"
        case .cloudConfigJSONPatch: "a JSON patch cloud-init applies to the configuration of the parts before it"
        default: "user-data cloud-init does not recognise and ignores"
        }
    }

    /// What a part is, for a note.
    static func describe(_ part: UserDataPart) -> String {
        switch part.handler {
        case .shellScriptPerBoot?: "a shell script cloud-init runs on every boot"
        case .shellScriptPerInstance?: "a shell script cloud-init runs once per instance"
        case .shellScriptPerOnce?: "a shell script cloud-init runs once"
        case nil: "'\(part.contentType)', which no handler takes, so cloud-init ignores it"
        default: describe(part.kind)
        }
    }
}
