extension InputKind {
    /// The kind a path names, or `nil` when the name says nothing: `waagent.conf` (and
    /// `waagent*.conf`) is the agent's file; `cloud.cfg`, and a `*.cfg` file in a directory named
    /// `cloud.cfg.d`, are system configuration.
    ///
    /// - Parameter path: The path as given; only its last two components matter.
    /// - Returns: The kind, or `nil`.
    public static func named(_ path: String) -> InputKind? {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let name = components.last.map(String.init) else { return nil }
        if name == "waagent.conf" || (name.hasPrefix("waagent") && name.hasSuffix(".conf")) { return .waagent }
        if name == "cloud.cfg" { return .systemConfig }
        if components.count >= 2, components[components.count - 2] == "cloud.cfg.d", name.hasSuffix(".cfg") {
            return .systemConfig
        }
        return nil
    }

    /// The kind of a file: by its name (``named(_:)``), then by its content — a user-data header
    /// (`#cloud-config`, `#!`, MIME, gzip, ...) makes it user-data, `key=value` lines naming the
    /// agent's keys make it a waagent.conf — and user-data otherwise, as cloud-init would be
    /// given it.
    ///
    /// - Parameters:
    ///   - path: The path as given (`<stdin>` names nothing).
    ///   - bytes: The content.
    /// - Returns: The kind.
    public static func detect(path: String, bytes: [UInt8]) -> InputKind {
        if let kind = named(path) { return kind }
        if UserDataKind.detect(bytes) != .unknown { return .userData }
        if ProfileReader.isProfile(bytes) { return .profile }
        if AgentConfiguration.isLikelyAgentConfiguration(bytes) { return .waagent }
        return .userData
    }

    /// The kind of a source file (``detect(path:bytes:)``).
    ///
    /// - Parameter source: The file.
    /// - Returns: The kind.
    public static func detect(_ source: SourceFile) -> InputKind {
        detect(path: source.path, bytes: source.bytes)
    }
}
