import ArgumentParser
import CloudConfig
import SystemPackage

/// `cloudcfg lint`: findings for user-data, waagent.conf and system configuration files,
/// directories or standard input.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint cloud-init user-data, waagent.conf and cloud-init system configuration.",
        discussion: """
            Reads each input as its consumer does and reports what it would reject, ignore or \
            misread, with the line and column: user-data as cloud-init, waagent.conf as the Azure \
            Linux Agent, /etc/cloud/cloud.cfg and cloud.cfg.d/*.cfg as cloud-init's system \
            configuration. The kind comes from the name (waagent.conf, cloud.cfg, cloud.cfg.d/*.cfg), \
            then the content; --kind overrides it. Directories are searched recursively for user-data \
            (files whose first line is #cloud-config or another user-data header, or named like \
            user-data or *.cloud-config.yaml), waagent.conf and system configuration; hidden entries \
            are skipped. A skipped file named like user-data (user_data, cloud-init.yaml, \
            custom-data) gets a note; --verbose lists every skipped entry with the reason.

            Settings come from the nearest .cloudcfg.yaml (version, cloud-init, agent, distro, rules, \
            ignore); suppress one finding with a comment: # cloudcfg: disable-line RULE (in \
            waagent.conf: a line # cloudcfg: disable-next-line RULE before it)

            Exit codes: 0 no errors, 1 errors (or warnings with --strict), 64 usage or invalid \
            configuration, 65 an input that cannot be parsed, 66 a missing or unreadable input, or \
            nothing to lint (directories without user-data).

            Output: annotated source (pretty) when standard output is a terminal, one line per \
            finding (text) otherwise; json, sarif, github and lsp for tools.

            --fix applies the fixes that cannot change what a file means at boot beyond the finding \
            (cloudcfg explain RULE says whether a rule's fix is one), then reports what remains; \
            --fix --dry-run prints them as a unified diff instead.

            Examples:
              cloudcfg lint Examples/user-data/typical-mistakes.yaml
              cloudcfg lint --cloud-init 22.4.2 --strict Examples/user-data
              cloudcfg lint --format sarif Examples/user-data > cloudcfg.sarif
              cat Examples/user-data/web-server.yaml | cloudcfg lint -
              cloudcfg lint --fix --dry-run Examples/user-data/typical-mistakes.yaml
            """
    )

    @OptionGroup var options: LintOptions

    @OptionGroup var fixing: FixOptions

    @Argument(help: "Files or directories to lint, or - for standard input.")
    var paths: [String]

    @Option(
        name: .customLong("with"),
        help: ArgumentHelp(
            "A file of the same image to check the inputs against (repeatable): a waagent.conf, cloud.cfg or "
                + "cloud.cfg.d drop-in, or user-data. Its own findings are not reported.",
            valueName: "file"))
    var context: [String] = []

    func run() throws {
        var loader = ConfigurationLoader(explicitPath: options.config, targets: options.targets)
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
        var unreadable = collector.missing.map {
            InputError(path: $0, reason: "no such file or directory", isMissing: true)
        }
        let limits = YAMLLimits()
        func linter(for configuration: LintConfiguration) -> Linter {
            let key = [
                configuration.baseDirectory ?? "", configuration.target.description,
                configuration.agentVersion.description, configuration.distro?.id ?? "",
            ].joined(separator: "|")
            var linter = linters[key] ?? Linter(configuration: configuration, limits: limits)
            linter.userDataOptions = userDataOptions
            linters[key] = linter
            return linter
        }
        // Reading and linting run on every core (``Workers``); results keep the order of the
        // inputs, so that the report is the same byte for byte whatever the scheduling.
        let forcedKind = options.kind?.inputKind
        let outcomes = Workers.map(collector.inputs) { input -> Result<(SourceFile, InputKind), InputError> in
            Result { () throws(InputError) in
                // A file the directory walk read whole is not read again.
                let source: SourceFile
                if let contents = input.contents, contents.bytes.count <= limits.maxInputBytes {
                    source = contents
                } else {
                    source = try InputReader.read(input.path, limit: limits.maxInputBytes)
                }
                return (source, forcedKind ?? input.kind ?? InputKind.detect(source))
            }
        }
        var read: [(input: InputCollector.Input, source: SourceFile, kind: InputKind)] = []
        for (input, outcome) in zip(collector.inputs, outcomes) {
            switch outcome {
            case .success(let (source, kind)): read.append((input, source, kind))
            case .failure(let error): unreadable.append(error)
            }
        }
        let tally = fixing.fix ? applyFixes(to: &read, linter: { linter(for: $0) }) : nil
        // Files given with --with are context: checked against, not reported.
        let inputPaths = Set(collector.inputs.map { FileSystem.absolute($0.path) })
        var contextInputs: [LintInput] = []
        for path in context where !inputPaths.contains(FileSystem.absolute(path)) {
            do {
                contextInputs.append(
                    LintInput(try InputReader.read(path, limit: limits.maxInputBytes), isContext: true))
            } catch {
                unreadable.append(error)
            }
        }
        // The files of one image are linted together, so that what one says is checked against the
        // others; every other file by itself.
        let groups = ImageGroups(
            read.map { ($0.input.path, $0.kind, $0.input.walkRoot) }, hasContext: !contextInputs.isEmpty)
        var units: [LintUnit] = []
        var grouped = Set<Int>()
        for group in groups.groups where group.count + contextInputs.count > 1 {
            units.append(
                LintUnit(linter: linter(for: read[group[0]].input.configuration), members: group, together: true))
            grouped.formUnion(group)
        }
        // A file --fix linted in its last round is not linted again.
        let reused = tally?.results ?? [:]
        for (index, entry) in read.enumerated() where !grouped.contains(index) && reused[index] == nil {
            units.append(LintUnit(linter: linter(for: entry.input.configuration), members: [index], together: false))
        }
        let progress = SharedProgress(Progress(total: collector.inputs.count, quiet: options.quiet))
        let inputs = read.map { (source: $0.source, kind: $0.kind) }
        let withFiles = contextInputs
        let linted = Workers.map(units) { unit in
            let results: [LintResult]
            if unit.together {
                let members = unit.members.map { LintInput(inputs[$0].source, kind: inputs[$0].kind) } + withFiles
                results = unit.linter.lint(together: members)
            } else {
                results = unit.members.map { unit.linter.lint(inputs[$0].source, as: inputs[$0].kind) }
            }
            progress.advance(by: unit.members.count)
            return results
        }
        progress.finish()
        var byIndex = reused
        for (unit, results) in zip(units, linted) {
            for (index, result) in zip(unit.members, results) { byIndex[index] = result }
        }
        var results = read.indices.compactMap { byIndex[$0] }
        let unparsable = results.contains { $0.isUnparsable }
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
        let report = reporter.report(results, rules: rules)
        if fixing.reportsToStandardError(paths: paths) { Console.error(report) } else { Console.out(report) }
        if let tally, !options.quiet { Console.error(tally.summary(remaining: LintSummary(results))) }
        if !unreadable.isEmpty { throw ExitStatus.missingInput }
        if collector.inputs.isEmpty { throw ExitStatus.missingInput }
        if tally?.writeFailed == true { throw ExitStatus.cannotCreate }
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
            } else if options.quiet {
                continue
            } else if let note = skipped.note {
                Console.error("\(skipped.path): note: \(note)\n")
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

extension Lint {
    /// The command for `cloudcfg lint PATH...`: paths and nothing else, so every option has its
    /// default. The parser would make the same command, but first reflects over every option of
    /// the command tree, which costs more than linting a small file.
    ///
    /// - Parameter arguments: The arguments after the program name.
    /// - Returns: `nil` unless the first argument is `lint` and every other one a path: not
    ///   empty, not starting with `-`, not `help`. The parser takes every other command line.
    init?(plainArguments arguments: [String]) {
        guard arguments.count > 1, arguments[0] == "lint" else { return nil }
        let paths = arguments.dropFirst()
        guard paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && $0 != "help" }) else { return nil }
        // Set on a copy: in an initializer, assigning a property whose wrapper takes an initial
        // value would make a new, unparsed wrapper rather than set the value.
        var lint = Lint()
        lint.options = .defaults
        lint.fixing = .defaults
        lint.paths = Array(paths)
        lint.context = []
        self = lint
    }
}

/// Inputs linted together (the files of one image), or one input by itself, and the linter for
/// them.
private struct LintUnit: Sendable {
    var linter: Linter
    /// Indices into the inputs that were read, in order.
    var members: [Int]
    /// Whether the members are linted together, with the `--with` files (``Linter/lint(together:)``).
    var together: Bool
}
