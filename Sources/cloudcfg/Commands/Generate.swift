import ArgumentParser
import CloudConfig
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cloudcfg generate`: a profile's artifacts for each distribution, checked, written atomically.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate user-data, waagent.conf, drop-ins, Ignition and image scripts from a profile.",
        discussion: """
            Writes DIR/<distro-id>/ for each distribution: user-data (cloud-init) or ignition.json \
            (Flatcar), waagent.conf, cloud.cfg.d/*.cfg, prepare-image.sh (generalized images) and \
            manifest.json. With --inventory, each host's first-boot data goes to \
            DIR/<distro-id>/hosts/<host>/. Every artifact is checked by cloudcfg's own lint for the \
            distribution's cloud-init release and agent, and first-boot data against the size budget, \
            before anything is written; each distribution's directory then appears whole. An existing \
            directory is replaced only with --force.

            Exit codes: 0 written, 1 an artifact fails its checks or its budget, 64 usage, 65 an \
            invalid profile or inventory, or one that cannot be rendered for a distribution, 66 a \
            missing profile or inventory, 73 output that exists (without --force) or cannot be written.

            Examples:
              cloudcfg generate Examples/azure-fleet/profile.yaml --out out
              cloudcfg generate Examples/azure-fleet/profile.yaml --distro flatcar --out f
            """
    )

    @Argument(help: ArgumentHelp("The profile (YAML with cloudcfg-profile: 1).", valueName: "profile"))
    var profile: String

    @Option(help: ArgumentHelp("A distribution identifier, or all for every one the profile targets.", valueName: "id"))
    var distro = "all"

    @Option(name: .customLong("out"), help: ArgumentHelp("The output directory.", valueName: "dir"))
    var output: String

    @Option(
        help: ArgumentHelp("generalized or specialized, instead of the profile's image os-state.", valueName: "state"))
    var image: ImageState?

    @Option(help: ArgumentHelp("Hosts and their variables: CSV with a header row, or a JSON array.", valueName: "file"))
    var inventory: String?

    @Option(
        help: ArgumentHelp(
            "The size budget for first-boot data (default: the profile's, else azure-custom-data).", valueName: "name"))
    var budget: String?

    @Flag(help: "Replace existing output directories.")
    var force = false

    @Flag(name: .shortAndLong, help: "Also print the notes our checks make about the artifacts.")
    var verbose = false

    enum ImageState: String, ArgumentChoice {
        case generalized, specialized

        var osState: OSState { self == .generalized ? .generalized : .specialized }
    }

    func validate() throws {
        if let budget, !PlatformBudget.all.contains(where: { $0.id == budget }) {
            throw ValidationError(
                "'\(budget)' is not a budget; the budgets are " + PlatformBudget.all.map(\.id).joined(separator: ", "))
        }
        if distro != "all", DistroProfile.profile(id: distro) == nil {
            throw ValidationError("'\(distro)' is not a distribution cloudcfg knows; `cloudcfg distros` lists them")
        }
    }

    func run() throws {
        let source: SourceFile
        do {
            source = try InputReader.read(profile, limit: 16 << 20)
        } catch {
            Console.error("\(error)\n")
            throw ExitStatus.missingInput
        }
        let reading = ProfileReader.read(source)
        Self.report(reading.diagnostics, path: source.path)
        guard let profile = reading.profile else { throw ExitStatus.unparsable }
        if reading.hasErrors {
            // What else is wrong, as far as the profile can be read: the values, per distribution.
            var lenient = ProfileResolver(profile: profile, lenient: true)
            for distro in profile.distros {
                Self.report(lenient.resolve(for: distro).diagnostics, path: source.path)
            }
            throw ExitStatus.unparsable
        }
        let distros: [DistroProfile]
        if distro == "all" {
            distros = profile.distros
        } else if let chosen = profile.distros.first(where: { $0.id == distro }) {
            distros = [chosen]
        } else {
            Console.error(
                "error: the profile targets " + profile.distros.map(\.id).joined(separator: ", ")
                    + ", not \(distro)\n")
            throw ExitStatus.usage
        }
        let hosts = try readInventory(for: profile)
        let existing = distros.map { FileSystem.join(output, $0.id) }.filter { FileSystem.kind($0) != .missing }
        if !force, !existing.isEmpty {
            for path in existing { Console.error("\(path): error: already exists; --force replaces it\n") }
            throw ExitStatus.cannotCreate
        }
        let generator = Generator(
            budget: budget.flatMap { id in PlatformBudget.all.first { $0.id == id } } ?? profile.budget
                ?? .azureCustomData)
        var resolver = ProfileResolver(
            profile: profile, environment: Self.environment, osState: image?.osState, lenient: false)
        var staged: [StagedDirectory] = []
        var failure: ExitCode?
        for distro in distros {
            do {
                let directory = try StagedDirectory(destination: FileSystem.join(output, distro.id))
                staged.append(directory)
                if let status = try render(
                    distro, into: directory, hosts: hosts, generator: generator, resolver: &resolver)
                {
                    failure = Self.worse(failure, status)
                }
            } catch let error as OutputError {
                Console.error("\(error)\n")
                failure = ExitStatus.cannotCreate
            }
        }
        if let failure {
            for directory in staged { directory.discard() }
            throw failure
        }
        for directory in staged {
            do {
                try directory.commit()
                Console.out("wrote \(directory.destination)\n")
            } catch {
                Console.error("\(error)\n")
                for later in staged { later.discard() }
                throw ExitStatus.cannotCreate
            }
        }
    }

    /// Renders one distribution into its staging directory.
    ///
    /// - Returns: The exit status when something fails, `nil` when all went well.
    private func render(
        _ distro: DistroProfile, into directory: StagedDirectory, hosts: [InventoryHost]?, generator: Generator,
        resolver: inout ProfileResolver
    ) throws -> ExitCode? {
        let checker = ArtifactChecker(distro: distro)
        guard let hosts else {
            let resolution = resolver.resolve(for: distro)
            Self.report(resolution.diagnostics, path: resolver.profile.source.path)
            guard let plan = resolution.plan else { return ExitStatus.unparsable }
            let output = generator.generate(plan, checker: checker)
            Self.report(output.findings, distro: distro.id, verbose: verbose)
            guard output.isWritable else { return ExitStatus.findings }
            for artifact in output.artifacts {
                try directory.write(artifact.file, artifact.bytes, executable: artifact.isExecutable)
            }
            try directory.write("manifest.json", Array(output.manifest.text.utf8))
            return nil
        }
        return try renderFleet(
            distro, into: directory, hosts: hosts, generator: generator, checker: checker, resolver: &resolver)
    }

    /// The inventory's hosts, checked against the profile's variables.
    private func readInventory(for profile: Profile) throws -> [InventoryHost]? {
        guard let inventory else { return nil }
        let source: SourceFile
        do {
            source = try InputReader.read(inventory, limit: 256 << 20)
        } catch {
            Console.error("\(error)\n")
            throw ExitStatus.missingInput
        }
        let read: Inventory
        do {
            read = try Inventory.read(source)
        } catch {
            Console.error("\(inventory): error: \(error)\n")
            throw ExitStatus.unparsable
        }
        let declared = profile.variableNames
        var problems: [String] = []
        for name in read.variableNames where name != Inventory.hostKey && !declared.contains(name) {
            let close = declared.first { $0.lowercased() == name.lowercased() }
            problems.append(
                "the column '\(name)' is not a variable of the profile"
                    + (close.map { "; did you mean '\($0)'?" } ?? "; declare it under variables"))
        }
        for name in profile.requiredVariables where name != Inventory.hostKey && !read.variableNames.contains(name) {
            problems.append("the profile's variable '\(name)' has no default and no column")
        }
        if read.hosts.isEmpty { problems.append("the inventory has no hosts") }
        for problem in problems { Console.error("\(inventory): error: \(problem)\n") }
        if !problems.isEmpty { throw ExitStatus.unparsable }
        return read.hosts
    }

    /// The process environment, for passwords given as `{env: NAME}`.
    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// How many hosts may fail before a distribution's rendering stops.
    static let maximumFailingHosts = 50

    /// The more serious of two exit statuses: output that cannot be written, then invalid input,
    /// then failed checks.
    static func worse(_ current: ExitCode?, _ new: ExitCode) -> ExitCode {
        guard let current else { return new }
        return current.rawValue >= new.rawValue ? current : new
    }

    /// Prints profile findings once each (a problem every distribution shares is one line):
    /// `path:line:column: severity: message [rule]`.
    static func report(_ diagnostics: [Diagnostic], path: String) {
        for diagnostic in diagnostics where Reported.shared.insert(diagnostic) {
            Console.error(TextDiagnostic.line(diagnostic, path: path) + "\n")
        }
    }

    /// Prints the findings that block an artifact (notes too with `--verbose`), each under its
    /// distribution: `distro/file:line:column: ...`.
    static func report(_ findings: [ArtifactFinding], distro: String, verbose: Bool) {
        for finding in findings where finding.isBlocking || verbose {
            var shown = finding
            shown.artifact = distro + "/" + finding.artifact
            Console.error("\(shown)\n")
        }
    }
}

/// The diagnostics printed so far in this run, so that each is printed once.
final class Reported: @unchecked Sendable {
    /// The run's set; the command runs on one thread.
    static let shared = Reported()
    private var seen: Set<Diagnostic> = []

    /// Records a diagnostic.
    ///
    /// - Returns: Whether it was not printed before.
    func insert(_ diagnostic: Diagnostic) -> Bool { seen.insert(diagnostic).inserted }
}

/// A diagnostic as one line of text, the form compilers print.
enum TextDiagnostic {
    static func line(_ diagnostic: Diagnostic, path: String? = nil) -> String {
        let start = diagnostic.range.start
        let place = path.map { "\($0):" } ?? ""
        return "\(place)\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) "
            + "[\(diagnostic.ruleID)]"
    }
}

/// A count of hosts on standard error, on a terminal only.
struct HostProgress {
    let label: String
    let total: Int
    let shown = Terminal.isTTY(.standardError)

    func update(_ done: Int) {
        guard shown else { return }
        Console.error("\r\(label): \(done)/\(total) hosts")
    }

    func finish() {
        guard shown else { return }
        Console.error("\r\(label): \(total)/\(total) hosts\n")
    }
}
