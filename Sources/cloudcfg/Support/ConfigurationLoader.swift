import CloudConfig

/// A `.cloudcfg.yaml` that cannot be used.
struct ConfigurationError: Error {
    /// The rendered problems.
    var report: String
}

/// Finds and reads configuration files: an explicit `--config`, or the nearest `.cloudcfg.yaml`
/// in a file's directory or above. Each file is read once; command-line options override it.
struct ConfigurationLoader {
    private let explicitPath: String?
    private let targets: TargetOptions
    private var byDirectory: [String: LintConfiguration] = [:]
    private var byFile: [String: LintConfiguration] = [:]

    init(explicitPath: String?, targets: TargetOptions) {
        self.explicitPath = explicitPath
        self.targets = targets
    }

    /// The configuration for files in a directory.
    ///
    /// - Throws: `ConfigurationError` when the applicable file is invalid, or `InputError` when an
    ///   explicit file is missing.
    mutating func configuration(forDirectory directory: String) throws -> LintConfiguration {
        if let explicitPath { return try load(explicitPath) }
        let absolute = FileSystem.absolute(directory)
        if let cached = byDirectory[absolute] { return cached }
        var current = absolute
        var found: LintConfiguration?
        while true {
            let candidate = FileSystem.join(current, LintConfiguration.fileName)
            if FileSystem.kind(candidate) == .file {
                found = try load(candidate)
                break
            }
            if current == "/" { break }
            current = FileSystem.directory(of: current)
        }
        let configuration = targets.applied(to: found ?? LintConfiguration())
        byDirectory[absolute] = configuration
        return configuration
    }

    private mutating func load(_ path: String) throws -> LintConfiguration {
        if let cached = byFile[path] { return cached }
        let source = try InputReader.read(path, limit: 1 << 20)
        let base = FileSystem.directory(of: FileSystem.absolute(path))
        let (parsed, problems) = LintConfiguration.parse(
            source, baseDirectory: base, rules: RuleRegistry.all.map(\.definition))
        if !problems.isEmpty {
            let result = LintResult(
                path: FileSystem.relativeToWorkingDirectory(path), kind: .unknown, diagnostics: problems)
            throw ConfigurationError(report: TextReporter().report([result], rules: []))
        }
        let configuration = targets.applied(to: parsed)
        byFile[path] = configuration
        return configuration
    }
}
