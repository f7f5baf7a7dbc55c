import ArgumentParser
import CloudConfig
import SystemPackage

/// `cloudcfg lint`: findings for user-data files, directories or standard input.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint cloud-init user-data.",
        discussion: """
            Reads each input as cloud-init does and reports what cloud-init would reject, ignore or \
            misread, with the line and column. Directories are searched recursively for user-data \
            (files whose first line is #cloud-config or another user-data header, or named like \
            user-data or *.cloud-config.yaml); hidden entries are skipped.

            Settings come from the nearest .cloudcfg.yaml (version, cloud-init, rules, ignore); \
            suppress one finding with a comment: # cloudcfg: disable-line RULE

            Exit codes: 0 no errors, 1 errors (or warnings with --strict), 64 usage or invalid \
            configuration, 65 an input that cannot be parsed, 66 a missing input.
            """
    )

    @OptionGroup var options: LintOptions

    @Argument(help: "Files or directories to lint, or - for standard input.")
    var paths: [String]

    func run() throws {
        var loader = ConfigurationLoader(explicitPath: options.config, target: options.target)
        var collector = InputCollector()
        do {
            try collector.collect(paths, configurations: &loader)
        } catch let error as ConfigurationError {
            Console.error(error.report)
            throw ExitStatus.usage
        } catch let error as InputError {
            Console.error("\(error)\n")
            throw ExitStatus.missingInput
        }
        var linters: [String: Linter] = [:]
        var results: [LintResult] = []
        var unreadable: [(path: String, reason: String)] = collector.missing.map { ($0, "no such file or directory") }
        var unparsable = false
        for input in collector.inputs {
            let limits = YAMLLimits()
            let source: SourceFile
            do {
                source = try InputReader.read(input.path, limit: limits.maxInputBytes)
            } catch {
                unreadable.append((input.path, error.reason))
                continue
            }
            let key = "\(input.configuration.baseDirectory ?? "")|\(input.configuration.target)"
            let linter = linters[key] ?? Linter(configuration: input.configuration, limits: limits)
            linters[key] = linter
            let result = linter.lint(source)
            if result.isUnparsable { unparsable = true }
            results.append(result)
        }
        for (path, reason) in unreadable {
            Console.error("\(path): error: \(reason)\n")
        }
        let color =
            switch options.color {
            case .always: true
            case .never: false
            case .auto: Terminal.isTerminal(.standardOutput)
            }
        let rules = RuleRegistry.all.map(\.definition)
        Console.out(options.format.reportFormat.reporter(color: color).report(results, rules: rules))
        if !unreadable.isEmpty { throw ExitStatus.missingInput }
        if unparsable { throw ExitStatus.unparsable }
        if LintSummary(results).fails(strict: options.strict) { throw ExitStatus.findings }
    }
}
