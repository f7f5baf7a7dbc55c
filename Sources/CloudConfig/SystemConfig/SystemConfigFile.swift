/// One file of cloud-init's system configuration (`/etc/cloud/cloud.cfg` or a drop-in in
/// `/etc/cloud/cloud.cfg.d/`), loaded as `cloudinit.util.read_conf` loads it: one YAML document
/// whose top level must be a mapping. A file that is not valid YAML, holds more than one document
/// or is not a mapping is ignored (cloud-init logs a warning and reads `{}`); an empty file is `{}`.
public struct SystemConfigFile: Sendable {
    /// What cloud-init makes of the file.
    public enum Outcome: Sendable, Hashable {
        /// The file's mapping is read (an empty file reads as `{}`).
        case loaded
        /// cloud-init logs a warning and reads `{}` instead: why, lower-case.
        case ignored(String)
        /// cloud-init cannot decode the file as UTF-8 and stops with an error.
        case unreadable(String)
    }

    /// The path as given.
    public let path: String
    /// The file name, by which drop-ins are ordered.
    public let name: String
    /// What cloud-init reads: a mapping, empty unless the file is ``Outcome/loaded``.
    public let value: YAMLValue
    /// Whether cloud-init reads the file.
    public let outcome: Outcome
    /// The document, with the position of every node, when the file was read.
    public let document: YAMLDocument?

    /// Loads a file.
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - limits: Bounds for reading YAML.
    public init(_ source: SourceFile, limits: YAMLLimits = YAMLLimits()) {
        path = source.path
        name = String(source.path.split(separator: "/").last ?? Substring(source.path))
        let stream = YAMLStream.parse(source, limits: limits)
        let empty = YAMLValue.mapping([])
        if let error = stream.errors.first {
            document = nil
            value = empty
            outcome =
                error.code == .invalidEncoding
                ? .unreadable("the file is not UTF-8 text")
                : .ignored("its YAML cannot be loaded: \(error.message)")
            return
        }
        if stream.multipleDocuments != nil {
            document = nil
            value = empty
            outcome = .ignored("it holds more than one YAML document")
            return
        }
        guard let first = stream.documents.first, let root = first.root else {
            document = stream.documents.first
            value = empty
            outcome = .loaded
            return
        }
        document = first
        let loaded = first.value(of: root)
        switch loaded {
        case .mapping:
            value = loaded
            outcome = .loaded
        case .scalar(.null):
            value = empty
            outcome = .loaded
        default:
            value = empty
            outcome = .ignored("its top level is a \(CloudConfigMerger.typeName(loaded)), not a mapping")
        }
    }
}
