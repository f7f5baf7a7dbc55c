extension LintConfiguration {
    /// The name of the configuration file, looked for in a linted file's directory and upward.
    public static let fileName = ".cloudcfg.yaml"

    /// Reads a configuration file:
    ///
    /// ```yaml
    /// version: 1
    /// extends: default             # optional; the only base configuration
    /// cloud-init: "22.4.2"        # the target release
    /// agent: "2.7.3"              # the Azure Linux Agent version waagent.conf is read for
    /// distro: debian-12           # the distribution: its waagent.conf baseline, and the cloud-init
    ///                             # release and agent version it ships, unless given above
    /// rules:
    ///   duplicate-key: off         # off, on, note, warning, error, or {level: ...}
    ///   crlf-line-endings: error
    /// ignore:
    ///   - "vendor/**"              # globs relative to this file's directory
    /// ```
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - baseDirectory: The file's directory.
    ///   - rules: The rules that exist, to check names against.
    /// - Returns: The configuration (defaults where a setting is invalid) and the problems found.
    public static func parse(_ source: SourceFile, baseDirectory: String, rules: [RuleDescription])
        -> (LintConfiguration, [Diagnostic])
    {
        InvalidConfigurationRule().read(source, baseDirectory: baseDirectory, rules: rules)
    }
}
