/// What a lint run of user-data uses besides the configuration: how to open the envelope, the
/// instance data to render Jinja templates with, an external cloud-init schema, the platform
/// whose size limits apply, and ShellCheck.
public struct UserDataLintOptions: Sendable {
    /// Whether inputs are base64 for the platform (Azure custom data): detected by default.
    public var platformEncoding: EnvelopeOptions.PlatformEncoding
    /// The instance data (`instance-data.json`) Jinja templates are rendered with; without it,
    /// templates are linted with their expressions as opaque values.
    public var instanceData: JSONValue?
    /// A cloud-init schema to validate cloud-config against as cloud-init's own validator does
    /// (rule `json-schema`), in addition to the catalog.
    public var schema: ExternalSchema?
    /// The platform limits user-data must fit (`--platform`); none by default.
    public var budgets: [PlatformBudget]
    /// Runs ShellCheck on scripts and on `runcmd`/`bootcmd` commands; `nil` to skip it.
    public var shellCheck: ShellCheck?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - platformEncoding: Whether inputs are base64 for the platform.
    ///   - instanceData: The instance data to render templates with.
    ///   - schema: A cloud-init schema to validate against as well.
    ///   - budgets: The platform limits to check.
    ///   - shellCheck: The ShellCheck runner.
    public init(
        platformEncoding: EnvelopeOptions.PlatformEncoding = .detect, instanceData: JSONValue? = nil,
        schema: ExternalSchema? = nil, budgets: [PlatformBudget] = [], shellCheck: ShellCheck? = nil
    ) {
        self.platformEncoding = platformEncoding
        self.instanceData = instanceData
        self.schema = schema
        self.budgets = budgets
        self.shellCheck = shellCheck
    }
}
