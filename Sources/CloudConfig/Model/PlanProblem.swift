/// Why a value or a combination of values cannot go into a provisioning plan: the field, the
/// kind of problem and a message that says what was expected.
///
/// Value types (``HostIdentity``, ``SSHPublicKey``) throw a problem about themselves at the root
/// field; ``ProvisioningPlan`` collects every problem of a plan, each at its field, and throws
/// them together as ``PlanError``.
public struct PlanProblem: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What kind of problem it is; a struct with static members so that adding one breaks no
    /// client.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Storage: String, Sendable, Hashable, CaseIterable {
            case invalidHostname = "invalid-hostname"
            case invalidFQDN = "invalid-fqdn"
            case hostnameMismatch = "hostname-mismatch"
            case invalidSSHKey = "invalid-ssh-key"
            case invalidUserName = "invalid-user-name"
            case reservedUserName = "reserved-user-name"
            case duplicateUser = "duplicate-user"
            case invalidGroupName = "invalid-group-name"
            case duplicateGroup = "duplicate-group"
            case weakPassword = "weak-password"
            case plainTextPassword = "plain-text-password"
            case invalidPath = "invalid-path"
            case duplicatePath = "duplicate-path"
            case invalidMode = "invalid-mode"
            case worldWritable = "world-writable"
            case invalidOwner = "invalid-owner"
            case invalidContent = "invalid-content"
            case emptyCommand = "empty-command"
            case invalidPackage = "invalid-package"
            case missingSwapSize = "missing-swap-size"
            case invalidSwapSize = "invalid-swap-size"
            case invalidMountPoint = "invalid-mount-point"
            case duplicateMountPoint = "duplicate-mount-point"
            case invalidLUN = "invalid-lun"
            case duplicateLUN = "duplicate-lun"
            case invalidLabel = "invalid-label"
            case unsupportedArchitecture = "unsupported-architecture"
            case unsupportedGeneration = "unsupported-generation"
            case arm64NeedsGeneration2 = "arm64-needs-generation-2"
            case notProvisioned = "not-provisioned"
            case unsupportedByProvisioner = "unsupported-by-provisioner"
            case invalidTimezone = "invalid-timezone"
            case invalidLocale = "invalid-locale"
            case invalidNTPServer = "invalid-ntp-server"
            case invalidPart = "invalid-part"
        }

        let storage: Storage

        init(_ storage: Storage) { self.storage = storage }

        /// A host name that is not one RFC 1123 label of at most 63 characters.
        public static let invalidHostname = Code(.invalidHostname)
        /// A fully qualified domain name that is not dotted RFC 1123 labels.
        public static let invalidFQDN = Code(.invalidFQDN)
        /// A fully qualified domain name whose first label is not the host name.
        public static let hostnameMismatch = Code(.hostnameMismatch)
        /// An SSH public key that is not one line of a known type with its base64 key blob.
        public static let invalidSSHKey = Code(.invalidSSHKey)
        /// A user name `useradd` refuses.
        public static let invalidUserName = Code(.invalidUserName)
        /// An admin name Azure refuses (`root`, `admin`, ...).
        public static let reservedUserName = Code(.reservedUserName)
        /// A user given twice.
        public static let duplicateUser = Code(.duplicateUser)
        /// A group name `groupadd` refuses.
        public static let invalidGroupName = Code(.invalidGroupName)
        /// A group given twice.
        public static let duplicateGroup = Code(.duplicateGroup)
        /// A password Azure refuses: its length, character classes or a disallowed value.
        public static let weakPassword = Code(.weakPassword)
        /// A password in plain text where only a hash may go.
        public static let plainTextPassword = Code(.plainTextPassword)
        /// A file path that is not absolute and normal.
        public static let invalidPath = Code(.invalidPath)
        /// A file path given twice.
        public static let duplicatePath = Code(.duplicatePath)
        /// A file mode outside 0 through 0o7777.
        public static let invalidMode = Code(.invalidMode)
        /// A file mode that lets every user change the file.
        public static let worldWritable = Code(.worldWritable)
        /// A file owner that is not `user` or `user:group` with valid names.
        public static let invalidOwner = Code(.invalidOwner)
        /// File content that cannot be written as its encoding says.
        public static let invalidContent = Code(.invalidContent)
        /// A command with nothing to run.
        public static let emptyCommand = Code(.emptyCommand)
        /// A package name a package manager cannot take.
        public static let invalidPackage = Code(.invalidPackage)
        /// Swap without the size the provisioner needs (a percentage for cloud-init, megabytes for
        /// the agent).
        public static let missingSwapSize = Code(.missingSwapSize)
        /// A swap size out of range.
        public static let invalidSwapSize = Code(.invalidSwapSize)
        /// A mount point that is not an absolute path, or one the system needs.
        public static let invalidMountPoint = Code(.invalidMountPoint)
        /// A mount point given twice.
        public static let duplicateMountPoint = Code(.duplicateMountPoint)
        /// A data disk LUN outside 0 through 63.
        public static let invalidLUN = Code(.invalidLUN)
        /// A data disk LUN given twice.
        public static let duplicateLUN = Code(.duplicateLUN)
        /// A file system label too long or with characters `mkfs` refuses.
        public static let invalidLabel = Code(.invalidLabel)
        /// An architecture the distribution has no Azure image for.
        public static let unsupportedArchitecture = Code(.unsupportedArchitecture)
        /// A Hyper-V generation the distribution's image does not support.
        public static let unsupportedGeneration = Code(.unsupportedGeneration)
        /// An Arm64 image on Generation 1, which Azure does not offer.
        public static let arm64NeedsGeneration2 = Code(.arm64NeedsGeneration2)
        /// First-boot settings for a specialized image, which nothing provisions.
        public static let notProvisioned = Code(.notProvisioned)
        /// A setting the distribution's provisioner cannot apply.
        public static let unsupportedByProvisioner = Code(.unsupportedByProvisioner)
        /// A time zone that is not a tz database name.
        public static let invalidTimezone = Code(.invalidTimezone)
        /// A locale that is not a POSIX locale name.
        public static let invalidLocale = Code(.invalidLocale)
        /// An NTP server that is not a host name or an IP address.
        public static let invalidNTPServer = Code(.invalidNTPServer)
        /// A user-data part cloud-init cannot take.
        public static let invalidPart = Code(.invalidPart)

        /// Every code, in declaration order.
        public static var all: [Code] { Storage.allCases.map(Code.init) }

        /// The code as stable kebab-case text.
        public var description: String { storage.rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// Where in the plan.
    public var field: PlanField
    /// What is wrong, lower-case, without a final period, saying what was expected.
    public var message: String

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - field: Where in the plan.
    ///   - message: What is wrong.
    public init(_ code: Code, at field: PlanField = .root, _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// The same problem at another field (a value's problem placed where the value is).
    ///
    /// - Parameter field: The field.
    /// - Returns: The problem at that field.
    public func at(_ field: PlanField) -> PlanProblem {
        PlanProblem(code, at: field, message)
    }

    /// `field: message [code]`, or `message [code]` at the root.
    public var description: String {
        (field.components.isEmpty ? "" : "\(field): ") + "\(message) [\(code)]"
    }

    /// Orders problems by field, then code, then message.
    public static func < (lhs: PlanProblem, rhs: PlanProblem) -> Bool {
        if lhs.field != rhs.field { return lhs.field < rhs.field }
        if lhs.code != rhs.code { return lhs.code.description < rhs.code.description }
        return lhs.message < rhs.message
    }
}

/// Every problem that keeps values from making a provisioning plan, thrown by
/// ``ProvisioningPlan/init(distro:image:parameters:)``; never empty.
public struct PlanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in field order.
    public let problems: [PlanProblem]

    /// Creates an error.
    ///
    /// - Parameter problems: The problems; at least one.
    public init(_ problems: [PlanProblem]) { self.problems = problems.sorted() }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
