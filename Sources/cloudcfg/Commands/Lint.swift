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
            user-data or *.cloud-config.yaml); hidden entries are skipped. A skipped file named like \
            user-data (user_data, cloud-init.yaml, custom-data) gets a note; --verbose lists every \
            skipped entry with the reason.

            Settings come from the nearest .cloudcfg.yaml (version, cloud-init, rules, ignore); \
            suppress one finding with a comment: # cloudcfg: disable-line RULE

            Exit codes: 0 no errors, 1 errors (or warnings with --strict), 64 usage or invalid \
            configuration, 65 an input that cannot be parsed, 66 a missing or unreadable input, or \
            nothing to lint (directories without user-data).
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
        reportWalks(collector)
        let userDataOptions: UserDataLintOptions
        do {
            userDataOptions = try loadUserDataOptions()
        } catch {
            Console.error("\(error)\n")
            throw error.isMissing ? ExitStatus.missingInput : ExitStatus.usage
        }
        var linters: [String: Linter] = [:]
        var results: [LintResult] = []
        var unreadable = collector.missing.map {
            InputError(path: $0, reason: "no such file or directory", isMissing: true)
        }
        var unparsable = false
        for input in collector.inputs {
            let limits = YAMLLimits()
            let source: SourceFile
            do {
                source = try InputReader.read(input.path, limit: limits.maxInputBytes)
            } catch {
                unreadable.append(error)
                continue
            }
            let key = "\(input.configuration.baseDirectory ?? "")|\(input.configuration.target)"
            var linter = linters[key] ?? Linter(configuration: input.configuration, limits: limits)
            linter.userDataOptions = userDataOptions
            linters[key] = linter
            let result = linter.lint(source)
            if result.isUnparsable { unparsable = true }
            results.append(result)
        }
        for error in unreadable {
            Console.error("\(error)\n")
        }
        // Machine-readable reports list what could not be read, so that a CI job reading only the
        // report sees it; a terminal already has it on standard error.
        if options.format != .text { results += unreadable.map(Self.result) }
        let color =
            switch options.color {
            case .always: true
            case .never: false
            case .auto: Terminal.isTerminal(.standardOutput)
            }
        let rules = RuleRegistry.all.map(\.definition)
        Console.out(options.format.reportFormat.reporter(color: color).report(results, rules: rules))
        if !unreadable.isEmpty { throw ExitStatus.missingInput }
        if collector.inputs.isEmpty { throw ExitStatus.missingInput }
        if unparsable { throw ExitStatus.unparsable }
        if LintSummary(results).fails(strict: options.strict) { throw ExitStatus.findings }
    }

    /// The instance data, schema, platform and ShellCheck the options ask for.
    private func loadUserDataOptions() throws(InputError) -> UserDataLintOptions {
        var loaded = UserDataLintOptions()
        if let path = options.instanceData {
            loaded.instanceData = try UserDataOptionsLoader.json(path, option: "--instance-data")
        }
        if let path = options.schema { loaded.schema = try UserDataOptionsLoader.schema(path) }
        if let platform = options.platform { loaded.budgets = options.budgets(for: platform) }
        if options.shellcheck { loaded.shellCheck = UserDataOptionsLoader.shellCheck() }
        if options.base64 { loaded.platformEncoding = .base64 }
        return loaded
    }

    /// Says on standard error what directory walks skipped: with `--verbose` every entry and the
    /// reason, otherwise only files named like user-data; and a directory in which nothing was
    /// found.
    private func reportWalks(_ collector: InputCollector) {
        for skipped in collector.skipped {
            if options.verbose {
                Console.error("\(skipped.path): skipped: \(skipped.reason)\n")
            } else if skipped.deservesNote {
                Console.error(
                    "\(skipped.path): note: named like user-data but skipped: \(skipped.reason); name it on the "
                        + "command line to lint it\n")
            }
        }
        for (directory, count) in collector.emptyDirectories {
            var message = "\(directory): note: no user-data found"
            if count > 0 {
                message += " (\(count) \(count == 1 ? "entry" : "entries") skipped"
                message += options.verbose ? ")" : "; --verbose lists them)"
            }
            Console.error(message + "\n")
        }
    }

    /// The report entry for an input that could not be read.
    private static func result(for error: InputError) -> LintResult {
        error.isMissing
            ? MissingInputRule().result(path: error.path)
            : UnreadableInputRule().result(path: error.path, reason: error.reason)
    }
}
