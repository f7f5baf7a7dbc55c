import CloudConfig

/// Expands the paths given on the command line into the inputs to lint: files as given,
/// standard input for `-`, and for directories every file found recursively that is user-data
/// by its first line or its name. Hidden entries and ignored paths are skipped in directories;
/// every skipped entry is recorded with the reason, so that a walk can say what it left out.
struct InputCollector {
    /// One input and the configuration that applies to it.
    struct Input {
        var path: String
        var configuration: LintConfiguration
        /// What a directory walk found the file to be; `nil` for a file named on the command
        /// line, whose kind is detected when it is read.
        var kind: InputKind? = nil
        /// The directory named on the command line whose walk found the file; `nil` for a file
        /// named itself.
        var walkRoot: String? = nil
    }

    /// An entry a directory walk did not lint, and why.
    struct Skipped {
        var path: String
        var reason: String
        /// Whether skipping it deserves a note even without `--verbose`: a file whose name looks
        /// like user-data (`user_data`, `cloud-init.yaml`, `custom-data`) but whose content is not,
        /// as when the `#cloud-config` line is missing. Hidden and ignored entries were left out
        /// on purpose and get no note.
        var deservesNote: Bool
        /// The note to print instead of the one for files named like user-data.
        var note: String? = nil
    }

    var inputs: [Input] = []
    /// Paths that do not exist or cannot be read.
    var missing: [String] = []
    /// What directory walks left out, in path order.
    var skipped: [Skipped] = []
    /// The directories named on the command line in which no input was found, with how many
    /// entries their walk skipped.
    var emptyDirectories: [(path: String, skipped: Int)] = []
    /// The absolute paths already collected, so that a file named twice (`lint . a.yaml`) is
    /// linted and counted once, under the first path it was given as.
    private var seen: Set<String> = []

    /// The kinds a directory walk picks up by content (gzip and base64 when they decode to
    /// user-data).
    static let userDataKinds: Set<UserDataKind> = [
        .cloudConfig, .cloudConfigArchive, .cloudConfigJSONPatch, .jinja, .mime, .boothook, .include, .includeOnce,
    ]

    /// Collects the inputs for the given paths.
    mutating func collect(_ paths: [String], configurations: inout ConfigurationLoader) throws {
        for path in paths {
            if path == InputReader.standardInputPath {
                // Standard input can be read once: `lint - -` lints it once.
                guard seen.insert(path).inserted else { continue }
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
                let (inputsBefore, skippedBefore) = (inputs.count, skipped.count)
                try walk(path, configurations: &configurations)
                if inputs.count == inputsBefore { emptyDirectories.append((path, skipped.count - skippedBefore)) }
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
        var found: [Input] = []
        var left: [Skipped] = []
        while let directory = pending.popLast() {
            let configuration = try configurations.configuration(forDirectory: directory)
            for name in FileSystem.entries(directory).reversed() {
                let path = FileSystem.join(directory, name)
                func skip(_ reason: String, note: Bool = false) {
                    left.append(Skipped(path: path, reason: reason, deservesNote: note))
                }
                if name.hasPrefix(".") {
                    skip("hidden")
                    continue
                }
                if let pattern = ignoringPattern(path, in: configuration) {
                    skip("ignored by '\(pattern)' in \(LintConfiguration.fileName)")
                    continue
                }
                switch FileSystem.kind(path) {
                case .directory:
                    pending.append(path)
                case .file:
                    if let kind = Self.kind(of: path, name: name) {
                        guard seen.insert(FileSystem.absolute(path)).inserted else { continue }
                        found.append(Input(path: path, configuration: configuration, kind: kind, walkRoot: root))
                    } else if FileSystem.directory(of: path).hasSuffix("/cloud.cfg.d") || directory == "cloud.cfg.d" {
                        left.append(
                            Skipped(
                                path: path, reason: "cloud-init reads only the *.cfg files of cloud.cfg.d",
                                deservesNote: true,
                                note: "in cloud.cfg.d but not named *.cfg: cloud-init never reads it"))
                    } else {
                        skip(
                            "its first line is not '#cloud-config' or another user-data header",
                            note: Self.looksLikeUserData(name))
                    }
                case .other:
                    skip(
                        FileSystem.kindFollowingLinks(path) == .directory
                            ? "a symbolic link to a directory, not followed inside a walk"
                            : "not a regular file")
                case .missing:
                    skip("a broken symbolic link")
                }
            }
        }
        let byPath: (String, String) -> Bool = { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        inputs += found.sorted { byPath($0.path, $1.path) }
        skipped += left.sorted { byPath($0.path, $1.path) }
    }

    /// The `ignore` pattern of the configuration that matches a path, if any.
    private func ignoringPattern(_ path: String, in configuration: LintConfiguration) -> String? {
        guard !configuration.ignore.isEmpty, let base = configuration.baseDirectory else { return nil }
        let absolute = FileSystem.absolute(path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard absolute.hasPrefix(prefix) else { return nil }
        let relative = String(absolute.dropFirst(prefix.count))
        return configuration.ignore.first { Glob($0).matches(relative) }
    }

    /// What a file found in a directory is, or `nil` when it is nothing cloudcfg lints: a
    /// waagent.conf or system configuration by its name (``InputKind/named(_:)``), user-data by
    /// its name or first line (``isUserData(_:name:)``), or a waagent.conf or a generation
    /// profile by its content.
    static func kind(of path: String, name: String) -> InputKind? {
        if let kind = InputKind.named(path) { return kind }
        if isUserData(path, name: name) { return .userData }
        guard let head = InputReader.readPrefix(path, count: 64 * 1024) else { return nil }
        if AgentConfiguration.isLikelyAgentConfiguration(head) { return .waagent }
        // A generation profile names itself on a line of its own (`cloudcfg-profile: 1`).
        return ProfileReader.isProfile(head) ? .profile : nil
    }

    /// Whether a file found in a directory is user-data: by its first line, by a name such as
    /// `user-data`, `*.user-data` or `*.cloud-config.yaml`, or, for gzip and base64 (Azure custom
    /// data, of up to 1 MiB), by what it decodes to.
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
        if kind == .gzip || (kind == .unknown && mayBeBase64(head)) {
            guard let file = try? InputReader.read(path, limit: 1 << 20), file.bytes.count <= 1 << 20 else {
                return false
            }
            return UserDataEnvelope.recognises(file.bytes)
        }
        if kind == .unknown {
            return HeaderAnalysis(SourceFile(path: path, bytes: head)).isMeantAsCloudConfig
        }
        return false
    }

    /// Whether text could be base64: only its alphabet, `=` and whitespace.
    private static func mayBeBase64(_ head: [UInt8]) -> Bool {
        !head.isEmpty
            && head.allSatisfy { byte in
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                    || byte == 0x20 || (0x09...0x0D).contains(byte)
            }
    }

    /// Whether a name is one people give user-data (`user-data`, `user_data`, `cloud-init.yaml`,
    /// Azure's `custom-data`), for telling which skipped files deserve a note.
    static func looksLikeUserData(_ name: String) -> Bool {
        let lower = name.lowercased().replacing("_", with: "-")
        return lower.contains("user-data") || lower.contains("userdata") || lower.hasPrefix("cloud-init.")
            || lower == "cloud-init" || lower.hasPrefix("custom-data") || lower.hasPrefix("customdata")
            || lower.contains("cloud-config")
    }
}
