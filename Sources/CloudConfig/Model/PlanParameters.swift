/// What a VM should look like after its first boot, before it is checked against a distribution:
/// the values a ``ProvisioningPlan`` is made from.
///
/// Every field is optional or empty by default; set the ones you need:
///
/// ```swift
/// var parameters = PlanParameters()
/// parameters.identity = try HostIdentity(hostname: "web-01", fqdn: "web-01.example.net")
/// parameters.packages = ["nginx"]
/// parameters.files = [ProvisionedFile(path: "/var/www/html/index.html", text: "<h1>web-01</h1>\n")]
/// parameters.commands = [.exec(["systemctl", "enable", "--now", "nginx"])]
/// ```
public struct PlanParameters: Sendable, Hashable {
    /// The host name and domain name (`hostname`, `fqdn`).
    public var identity: HostIdentity?
    /// The administrator (`admin`).
    public var admin: AdminAccount?
    /// More accounts (`users`).
    public var users: [UserAccount]
    /// Groups to create (`groups`).
    public var groups: [String]
    /// Packages to install (`packages`).
    public var packages: [String]
    /// Whether to upgrade the installed packages first (`package-upgrade`).
    public var packageUpgrade: Bool
    /// Files to write (`files`).
    public var files: [ProvisionedFile]
    /// Commands to run once, last (`commands`).
    public var commands: [ProvisioningCommand]
    /// The resource disk's layout (`storage.resource-disk`); `nil` leaves the provisioner's
    /// default.
    public var resourceDisk: ResourceDisk?
    /// Data disks to format and mount (`storage.data-disks`).
    public var dataDisks: [DataDisk]
    /// The time zone, a tz database name such as `Europe/Paris` (`timezone`).
    public var timezone: String?
    /// The system locale, such as `en_US.UTF-8` (`locale`).
    public var locale: String?
    /// Time servers (`ntp`).
    public var ntp: NTPSettings?
    /// More user-data parts after the generated cloud-config, such as a shell script (`parts`);
    /// with any, user-data is a MIME multipart message.
    public var parts: [MIMEPart]

    /// Creates empty parameters: a VM as the image and the deployment make it.
    public init() {
        identity = nil
        admin = nil
        users = []
        groups = []
        packages = []
        packageUpgrade = false
        files = []
        commands = []
        resourceDisk = nil
        dataDisks = []
        timezone = nil
        locale = nil
        ntp = nil
        parts = []
    }

    /// The fields that are set, each with its profile name, in profile order: what a first boot
    /// would apply.
    public var setFields: [PlanField] {
        var fields: [PlanField] = []
        if identity != nil { fields.append(.key("hostname")) }
        if identity?.fqdn != nil { fields.append(.key("fqdn")) }
        if admin != nil { fields.append(.key("admin")) }
        if !users.isEmpty { fields.append(.key("users")) }
        if !groups.isEmpty { fields.append(.key("groups")) }
        if !packages.isEmpty { fields.append(.key("packages")) }
        if packageUpgrade { fields.append(.key("package-upgrade")) }
        if !files.isEmpty { fields.append(.key("files")) }
        if !commands.isEmpty { fields.append(.key("commands")) }
        if resourceDisk != nil { fields.append(PlanField.key("storage").key("resource-disk")) }
        if !dataDisks.isEmpty { fields.append(PlanField.key("storage").key("data-disks")) }
        if timezone != nil { fields.append(.key("timezone")) }
        if locale != nil { fields.append(.key("locale")) }
        if ntp != nil { fields.append(.key("ntp")) }
        if !parts.isEmpty { fields.append(.key("parts")) }
        return fields
    }
}
