import CloudConfig

extension Show {
    /// Prints what cloud-init loads from one file of its system configuration.
    func showSystemConfiguration(_ source: SourceFile, limits: YAMLLimits) throws {
        if UserDataKind.detect(source.bytes) == .jinja {
            Console.error(
                "\(source.path): error: this is a Jinja template ('## template: jinja'): cloud-init renders it with "
                    + "the instance's data before loading it, and cloudcfg cannot render templates yet\n")
            throw ExitStatus.unparsable
        }
        let file = SystemConfigFile(source, limits: limits)
        switch file.outcome {
        case .loaded:
            break
        case .ignored:
            let stream = YAMLStream.parse(source, limits: limits)
            var errors = stream.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty, let multiple = stream.multipleDocumentsError { errors.append(multiple) }
            guard errors.isEmpty else {
                // Not YAML cloud-init can load: it ignores the file, with a warning in its log.
                for diagnostic in errors { Console.error(TextReporter().line(source.path, diagnostic)) }
                throw ExitStatus.unparsable
            }
            warnIgnored(file)
        case .unreadable(let reason):
            Console.error("\(source.path): error: \(reason): cloud-init stops reading its configuration\n")
            throw ExitStatus.unparsable
        }
        try output(file.value, path: source.path)
    }

    /// Prints the system configuration of an image: its `etc/cloud/cloud.cfg` and
    /// `etc/cloud/cloud.cfg.d/*.cfg` merged as cloud-init merges them. The directory is the image's
    /// root, its `/etc` or its `/etc/cloud`.
    func showMergedSystemConfiguration(directory: String, limits: YAMLLimits) throws {
        guard
            let cloud = ["etc/cloud", "cloud", "."].map({ FileSystem.join(directory, $0) }).first(where: {
                FileSystem.kind(FileSystem.join($0, "cloud.cfg")) == .file
                    || FileSystem.kindFollowingLinks(FileSystem.join($0, "cloud.cfg.d")) == .directory
            })
        else {
            Console.error(
                "\(directory): error: no cloud.cfg or cloud.cfg.d in it, its cloud/ or its etc/cloud/: name an image's "
                    + "root, its /etc or its /etc/cloud\n")
            throw ExitStatus.missingInput
        }
        var files: [SystemConfigFile] = []
        var base: SystemConfigFile?
        let basePath = FileSystem.join(cloud, "cloud.cfg")
        let dropInDirectory = FileSystem.join(cloud, "cloud.cfg.d")
        var paths = FileSystem.kind(basePath) == .file ? [basePath] : []
        paths += FileSystem.entries(dropInDirectory).filter { $0.hasSuffix(".cfg") }.map {
            FileSystem.join(dropInDirectory, $0)
        }.filter { FileSystem.kindFollowingLinks($0) == .file }
        for path in paths {
            let source: SourceFile
            do {
                source = try InputReader.read(path, limit: limits.maxInputBytes)
            } catch {
                Console.error("\(error)\n")
                throw ExitStatus.missingInput
            }
            let file = SystemConfigFile(source, limits: limits)
            if path == basePath { base = file } else { files.append(file) }
            warnIgnored(file)
        }
        let configuration = SystemConfiguration(base: base, dropIns: files)
        if let failure = configuration.failure {
            Console.error("\(cloud): error: cloud-init stops reading its configuration: \(failure)\n")
            throw ExitStatus.unparsable
        }
        try output(configuration.value, path: cloud)
    }

    private func warnIgnored(_ file: SystemConfigFile) {
        guard case .ignored(let reason) = file.outcome else { return }
        Console.error("\(file.path): warning: cloud-init ignores this file and reads {} instead: \(reason)\n")
    }

    /// Writes a value as JSON, or as YAML without a `#cloud-config` line (it is not user-data).
    private func output(_ value: YAMLValue, path: String) throws {
        switch format {
        case .json, .text:
            Console.out(value.json.serialized(pretty: true) + "\n")
        case .yaml:
            do {
                Console.out(try YAMLEmitter.emit(value))
            } catch {
                Console.error("\(path): error: \(error)\n")
                throw ExitStatus.unparsable
            }
        }
    }
}
