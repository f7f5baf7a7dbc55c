/// How much user-data a platform accepts, as data: each platform's limits, what they measure,
/// and where the figure comes from.
public struct PlatformBudget: Sendable, Hashable {
    /// What a limit counts.
    public enum Measure: String, Sendable, Hashable {
        /// The user-data bytes as the instance receives them (after the API's base64).
        case decodedBytes = "decoded bytes"
        /// The characters of the base64 text sent to the API.
        case base64Characters = "base64 characters"
        /// The bytes as stored, for platforms that take them without base64.
        case rawBytes = "bytes"
    }

    /// One limit.
    public struct Limit: Sendable, Hashable {
        /// What it counts.
        public var measure: Measure
        /// The most allowed.
        public var maximum: Int
        /// How serious exceeding it is (`warning` where the platform's meaning is unclear).
        public var severity: Severity

        /// Creates a limit.
        public init(_ measure: Measure, _ maximum: Int, severity: Severity = .error) {
            self.measure = measure
            self.maximum = maximum
            self.severity = severity
        }
    }

    /// A stable identifier, for example `azure-custom-data`.
    public var id: String
    /// The platform it belongs to, as `--platform` names it (`azure`, `aws`, ...).
    public var platform: String
    /// A readable name.
    public var name: String
    /// The limits.
    public var limits: [Limit]
    /// Where the figures come from.
    public var source: String

    /// Creates a budget.
    public init(id: String, platform: String, name: String, limits: [Limit], source: String) {
        self.id = id
        self.platform = platform
        self.name = name
        self.limits = limits
        self.source = source
    }

    /// Azure custom data: at most 65,535 bytes decoded, 87,380 base64 characters.
    public static let azureCustomData = PlatformBudget(
        id: "azure-custom-data", platform: "azure", name: "Azure custom data",
        limits: [Limit(.decodedBytes, 65_535), Limit(.base64Characters, 87_380)],
        source:
            "ARM OSProfile.customData (byte array of at most 65,535 bytes); the service error names 87,380 characters")

    /// Azure user data: "can't exceed 64 KB", without saying whether encoded; an error past
    /// 65,535 decoded bytes, a warning past 65,535 base64 characters.
    public static let azureUserData = PlatformBudget(
        id: "azure-user-data", platform: "azure", name: "Azure user data",
        limits: [Limit(.decodedBytes, 65_535), Limit(.base64Characters, 65_535, severity: .warning)],
        source: "Azure documentation: user data can't exceed 64 KB (encoded or decoded is not stated)")

    /// AWS EC2: 16 KB raw; the API rejects base64 longer than 21,847 characters (as reported).
    public static let aws = PlatformBudget(
        id: "aws", platform: "aws", name: "AWS EC2 user data",
        limits: [Limit(.decodedBytes, 16_384), Limit(.base64Characters, 21_847)],
        source: "AWS SDK documentation (16 KB); API error text reported in kubicorn/kubicorn#667 (21,847)")

    /// Google Compute Engine: a metadata value holds at most 256 KiB (all metadata together at
    /// most 512 KB).
    public static let gcp = PlatformBudget(
        id: "gcp", platform: "gcp", name: "GCE user-data metadata value", limits: [Limit(.rawBytes, 262_144)],
        source: "Compute Engine API Items.value: at most 262,144 bytes (total metadata under 512 KB)")

    /// OpenStack Nova: 65,535 characters of base64 `user_data`.
    public static let openstack = PlatformBudget(
        id: "openstack", platform: "openstack", name: "OpenStack Nova user_data",
        limits: [Limit(.base64Characters, 65_535)], source: "OpenStack Nova user-data documentation")

    /// Apache CloudStack: 32 KB of base64 `userData`.
    public static let cloudstack = PlatformBudget(
        id: "cloudstack", platform: "cloudstack", name: "CloudStack userData",
        limits: [Limit(.base64Characters, 32_768)],
        source: "kubernetes-sigs/cluster-api-provider-cloudstack PR #12 (32 KB base64)")

    /// VMware guest customization (CloudinitPrep): 524,288 bytes of user data and metadata.
    public static let vmware = PlatformBudget(
        id: "vmware", platform: "vmware", name: "VMware CloudinitPrep user data",
        limits: [Limit(.rawBytes, 524_288)], source: "vSphere API documentation (user data and metadata together)")

    /// Every budget.
    public static let all: [PlatformBudget] = [azureCustomData, azureUserData, aws, gcp, openstack, cloudstack, vmware]

    /// The platform names `--platform` accepts.
    public static var platforms: [String] {
        var seen: [String] = []
        for budget in all where !seen.contains(budget.platform) { seen.append(budget.platform) }
        return seen
    }

    /// The budgets of a platform (`azure` has two: custom data and user data).
    ///
    /// - Parameter platform: A platform name or a budget identifier.
    /// - Returns: Its budgets; empty for an unknown name.
    public static func budgets(for platform: String) -> [PlatformBudget] {
        let name = platform.lowercased()
        return all.filter { $0.platform == name || $0.id == name }
    }
}
