import ArgumentParser
import CloudConfig

/// `cloudcfg show`: what cloud-init would load from a cloud-config file, or what the Azure Linux
/// Agent reads from waagent.conf.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Print what cloud-init would load from a cloud-config file, or what the agent reads from waagent.conf.",
        discussion: """
            The file is read as cloud-init reads it (PyYAML's safe_load, YAML 1.1 typing): \
            0644 is the integer 420, yes is true, 22:22 is 1342, aliases and merge keys are \
            expanded and a key written twice keeps its last value.

            JSON output follows Python's json.dumps: dates in ISO 8601, bytes in base64, \
            infinities and NaN as the strings "Infinity", "-Infinity" and "NaN". YAML output starts \
            with #cloud-config, so that it can be used as user-data.

            A Jinja template (## template: jinja) is rendered by cloud-init with the instance's data \
            before it is loaded; cloudcfg cannot render templates yet and says so (exit 65).

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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, yaml
    }

    @Option(name: .shortAndLong, help: "Output format: json or yaml.")
    var format: Format = .json

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
        do {
            source = try InputReader.read(file, limit: limits.maxInputBytes)
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
        case .userData:
            break
        }
        if UserDataKind.detect(source.bytes) == .jinja {
            // cloud-init renders the template with the instance's data before it loads the YAML;
            // what it loads depends on that data, which cloudcfg cannot render yet.
            Console.error(
                "\(source.path): error: this is a Jinja template ('## template: jinja'): cloud-init renders it "
                    + "with the instance's data before loading it, and cloudcfg cannot render templates yet\n")
            throw ExitStatus.unparsable
        }
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
        switch format {
        case .json:
            Console.out(value.json.serialized(pretty: true) + "\n")
        case .yaml:
            do {
                // The header makes the output usable as user-data again.
                Console.out(HeaderAnalysis.header + "\n" + (try YAMLEmitter.emit(value)))
            } catch {
                Console.error("\(source.path): error: \(error)\n")
                throw ExitStatus.unparsable
            }
        }
    }
}
