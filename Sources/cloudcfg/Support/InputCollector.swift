import CloudConfig

/// Expands the paths given on the command line into the inputs to lint: files as given,
/// standard input for `-`, and for directories every file found recursively that is user-data
/// by its first line or its name. Hidden entries and ignored paths are skipped in directories.
struct InputCollector {
    /// One input and the configuration that applies to it.
    struct Input {
        var path: String
        var configuration: LintConfiguration
    }

    var inputs: [Input] = []
    /// Paths that do not exist or cannot be read.
    var missing: [String] = []
    /// The absolute paths already collected, so that a file named twice (`lint . a.yaml`) is
    /// linted and counted once, under the first path it was given as.
    private var seen: Set<String> = []

    /// The kinds a directory walk picks up by content.
    static let userDataKinds: Set<UserDataKind> = [
        .cloudConfig, .cloudConfigArchive, .cloudConfigJSONPatch, .jinja, .mime,
    ]

    /// Collects the inputs for the given paths.
    mutating func collect(_ paths: [String], configurations: inout ConfigurationLoader) throws {
        for path in paths {
            if path == InputReader.standardInputPath {
                inputs.append(Input(path: path, configuration: try configurations.configuration(forDirectory: ".")))
                continue
            }
            switch FileSystem.kindFollowingLinks(path) {
            case .file:
                guard seen.insert(FileSystem.absolute(path)).inserted else { continue }
                let directory = FileSystem.directory(of: path)
                inputs.append(
                    Input(path: path, configuration: try configurations.configuration(forDirectory: directory)))
            case .directory:
                try walk(path, configurations: &configurations)
            case .other:
                // A pipe or a device named on the command line (`lint <(...)`, `/dev/stdin`) is read
                // like standard input, with the configuration of the working directory.
                guard seen.insert(FileSystem.absolute(path)).inserted else { continue }
                inputs.append(Input(path: path, configuration: try configurations.configuration(forDirectory: ".")))
            case .missing:
                missing.append(path)
            }
        }
    }

    private mutating func walk(_ root: String, configurations: inout ConfigurationLoader) throws {
        var pending = [root]
        while let directory = pending.popLast() {
            let configuration = try configurations.configuration(forDirectory: directory)
            for name in FileSystem.entries(directory).reversed() where !name.hasPrefix(".") {
                let path = FileSystem.join(directory, name)
                if isIgnored(path, by: configuration) { continue }
                switch FileSystem.kind(path) {
                case .directory: pending.append(path)
                case .file where Self.isUserData(path, name: name):
                    guard seen.insert(FileSystem.absolute(path)).inserted else { continue }
                    inputs.append(Input(path: path, configuration: configuration))
                default: break
                }
            }
        }
        inputs.sort { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
    }

    private func isIgnored(_ path: String, by configuration: LintConfiguration) -> Bool {
        guard !configuration.ignore.isEmpty, let base = configuration.baseDirectory else { return false }
        let absolute = FileSystem.absolute(path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard absolute.hasPrefix(prefix) else { return false }
        let relative = String(absolute.dropFirst(prefix.count))
        return configuration.ignore.contains { Glob($0).matches(relative) }
    }

    /// Whether a file found in a directory is user-data: by its first line, or by a name such as
    /// `user-data`, `*.user-data` or `*.cloud-config.yaml`.
    static func isUserData(_ path: String, name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasPrefix("user-data") || lower.hasSuffix("user-data") || lower.hasPrefix("userdata")
            || lower.contains("cloud-config") || lower.contains("cloudconfig") || lower.contains("cloud_config")
        {
            return true
        }
        guard let head = InputReader.readPrefix(path, count: 4096) else { return false }
        let kind = UserDataKind.detect(head)
        if userDataKinds.contains(kind) { return true }
        if kind == .unknown {
            return HeaderAnalysis(SourceFile(path: path, bytes: head)).isMeantAsCloudConfig
        }
        return false
    }
}
