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

            Output: annotated source (pretty) when standard output is a terminal, one line per \
            finding (text) otherwise; json, sarif, github and lsp for tools.

            Examples:
              cloudcfg lint Examples/user-data/typical-mistakes.yaml
              cloudcfg lint --cloud-init 22.4.2 --strict Examples/user-data
              cloudcfg lint --format sarif Examples/user-data > cloudcfg.sarif
              cat Examples/user-data/web-server.yaml | cloudcfg lint -
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
        var linters: [String: Linter] = [:]
        var results: [LintResult] = []
        var unreadable = collector.missing.map {
            InputError(path: $0, reason: "no such file or directory", isMissing: true)
        }
        var unparsable = false
        var progress = Progress(total: collector.inputs.count, quiet: options.quiet)
        for input in collector.inputs {
            progress.advance()
            let limits = YAMLLimits()
            let source: SourceFile
            do {
                source = try InputReader.read(input.path, limit: limits.maxInputBytes)
            } catch {
                unreadable.append(error)
                continue
            }
            let key = "\(input.configuration.baseDirectory ?? "")|\(input.configuration.target)"
            let linter = linters[key] ?? Linter(configuration: input.configuration, limits: limits)
            linters[key] = linter
            let result = linter.lint(source)
            if result.isUnparsable { unparsable = true }
            results.append(result)
        }
        progress.finish()
        for error in unreadable {
            Console.error("\(error)\n")
        }
        // Machine-readable reports list what could not be read, so that a CI job reading only the
        // report sees it; a terminal already has it on standard error.
        if ![.text, .pretty].contains(options.format) { results += unreadable.map(Self.result) }
        if options.quiet { results = results.map { $0.filter { $0.severity != .note } } }
        let color =
            switch options.color {
            case .always: true
            case .never: false
            case .auto: Terminal.isTerminal(.standardOutput)
            }
        let rules = RuleRegistry.all.map(\.definition)
        let reporter = options.format.reportFormat.reporter(
            color: color, summary: !options.quiet, baseDirectory: FileSystem.absolute("."))
        Console.out(reporter.report(results, rules: rules))
        if !unreadable.isEmpty { throw ExitStatus.missingInput }
        if collector.inputs.isEmpty { throw ExitStatus.missingInput }
        if unparsable { throw ExitStatus.unparsable }
        if LintSummary(results).fails(strict: options.strict) { throw ExitStatus.findings }
    }

    /// Says on standard error what directory walks skipped: with `--verbose` every entry and the
    /// reason, otherwise only files named like user-data; and a directory in which nothing was
    /// found.
    private func reportWalks(_ collector: InputCollector) {
        for skipped in collector.skipped {
            if options.verbose {
                Console.error("\(skipped.path): skipped: \(skipped.reason)\n")
            } else if skipped.deservesNote, !options.quiet {
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
