import ArgumentParser
import CloudConfig

/// `cloudcfg show`: what cloud-init would load from a cloud-config file.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what cloud-init would load from a cloud-config file.",
        discussion: """
            The file is read as cloud-init reads it (PyYAML's safe_load, YAML 1.1 typing): \
            0644 is the integer 420, yes is true, 22:22 is 1342, aliases and merge keys are \
            expanded and a key written twice keeps its last value.

            JSON output follows Python's json.dumps: dates in ISO 8601, bytes in base64, \
            infinities and NaN as the strings "Infinity", "-Infinity" and "NaN". YAML output starts \
            with #cloud-config, so that it can be used as user-data.

            A Jinja template (## template: jinja) is rendered by cloud-init with the instance's data \
            before it is loaded; cloudcfg cannot render templates yet and says so (exit 65).

            Examples:
              cloudcfg show Examples/user-data/web-server.yaml
              cloudcfg show --format yaml Examples/user-data/typical-mistakes.yaml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, yaml
    }

    @Option(name: .shortAndLong, help: "Output format: json or yaml.")
    var format: Format = .json

    @Argument(help: "The file to read, or - for standard input.")
    var file: String

    func run() throws {
        let limits = YAMLLimits()
        let source: SourceFile
        do {
            source = try InputReader.read(file, limit: limits.maxInputBytes)
        } catch {
            Console.error("\(error)\n")
            throw ExitStatus.missingInput
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
