import CloudConfig
import SystemPackage

/// One `cloudcfg lint` run: the paths and the options as plain values, whether the parser made
/// them (``Lint``) or the command line had only paths (``init(plainArguments:)``).
struct LintRun: Equatable {
    /// Files or directories to lint, or `-` for standard input.
    var paths: [String]
    /// The `--with` files.
    var context: [String]
    /// The options that shape the run.
    var options: LintOptionValues
    /// `--fix` and `--dry-run`.
    var fixing: FixOptionValues

    /// The run for `cloudcfg lint PATH...`: paths and nothing else, so every option has its
    /// default. The parser would make the same run, but first reflects over every option of the
    /// command tree, and making the options' property wrappers alone costs more than linting a
    /// small file.
    ///
    /// - Parameter arguments: The arguments after the program name.
    /// - Returns: `nil` unless the first argument is `lint` and every other one a path: not
    ///   empty, not starting with `-`, not `help`. The parser takes every other command line.
    init?(plainArguments arguments: [String]) {
        guard arguments.count > 1, arguments[0] == "lint" else { return nil }
        let paths = arguments.dropFirst()
        guard paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && $0 != "help" }) else { return nil }
        self.init(paths: Array(paths), context: [], options: LintOptionValues(), fixing: FixOptionValues())
    }

    /// Creates a run.
    ///
    /// - Parameters:
    ///   - paths: The paths to lint.
    ///   - context: The `--with` files.
    ///   - options: The options.
    ///   - fixing: `--fix` and `--dry-run`.
    init(paths: [String], context: [String], options: LintOptionValues, fixing: FixOptionValues) {
        self.paths = paths
        self.context = context
        self.options = options
        self.fixing = fixing
    }

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
        var linters: [(key: LinterKey, linter: Linter)] = []
        var unreadable = collector.missing.map {
            InputError(path: $0, reason: "no such file or directory", isMissing: true)
        }
        let limits = YAMLLimits()
        func linter(for configuration: LintConfiguration) -> Linter {
            let key = LinterKey(configuration)
            if let known = linters.first(where: { $0.key == key }) { return known.linter }
            var linter = Linter(configuration: configuration, limits: limits)
            linter.userDataOptions = userDataOptions
            linters.append((key, linter))
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

/// What makes the configurations of two inputs lint alike, so that they share a linter.
///
/// Compared in a short list, not hashed: the first hash or `joined(separator:)` of a new type
/// costs a run-time conformance lookup in every run, more than a run's few comparisons.
private struct LinterKey: Equatable {
    var baseDirectory: String
    var target: [Int]
    var agentVersion: [Int]
    var distro: String

    /// The key of an input's configuration.
    init(_ configuration: LintConfiguration) {
        baseDirectory = configuration.baseDirectory ?? ""
        target = configuration.target.components
        agentVersion = configuration.agentVersion.components
        distro = configuration.distro?.id ?? ""
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
