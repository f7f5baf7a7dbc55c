/// The checks of ``ProvisioningPlan/init(distro:image:parameters:)``: one pass collecting every
/// problem, and the parameters with plain-text user passwords replaced by hashes.
struct PlanValidation {
    let distro: DistroProfile
    let image: ImageDefinition
    var parameters: PlanParameters
    var problems: [PlanProblem] = []

    init(distro: DistroProfile, image: ImageDefinition, parameters: PlanParameters) {
        self.distro = distro
        self.image = image
        self.parameters = parameters
    }

    /// Directories a resource or data disk must not be mounted over.
    static let systemDirectories: Set<String> = [
        "/", "/bin", "/boot", "/boot/efi", "/dev", "/etc", "/home", "/lib", "/lib64", "/opt", "/proc", "/root", "/run",
        "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var", "/var/lib", "/var/log",
    ]

    private mutating func add(_ code: PlanProblem.Code, _ field: PlanField, _ message: String) {
        problems.append(PlanProblem(code, at: field, message))
    }

    /// The checks that each read their own fields and nothing else, so that parameters whose
    /// fields for a group are those of parameters checked before (a fleet's hosts sharing a
    /// template) need not be checked again for that group: the answer would be the same.
    enum Group: CaseIterable, Sendable {
        /// `admin`, `users` and `groups` (``checkAccounts()``).
        case accounts
        /// `packages`.
        case packages
        /// `files`.
        case files
        /// `commands`.
        case commands
        /// `storage`: the resource disk and the data disks.
        case storage
        /// `timezone`, `locale` and `ntp`.
        case time
    }

    /// Runs every check, but those of the groups in `checked`, whose fields are known to have
    /// none of their problems. Users' passwords are hashed whatever `checked` says.
    ///
    /// - Parameter checked: Groups whose fields were checked before without a problem.
    mutating func run(skipping checked: Set<Group> = []) {
        checkImage()
        if image.osState == .specialized {
            checkSpecialized()
        } else {
            checkProvisioner()
        }
        for group in Group.allCases {
            if checked.contains(group) {
                if group == .accounts {
                    for index in parameters.users.indices {
                        hashPasswords(of: index, at: PlanField.key("users").index(index))
                    }
                }
            } else {
                check(group)
            }
        }
        checkParts()
    }

    /// Runs one group's checks.
    mutating func check(_ group: Group) {
        switch group {
        case .accounts: checkAccounts()
        case .packages: checkPackages()
        case .files: checkFiles()
        case .commands: checkCommands()
        case .storage: checkStorage()
        case .time: checkTime()
        }
    }

    /// The groups whose checks find nothing in the parameters.
    func groupsWithoutProblems() -> Set<Group> {
        Set(
            Group.allCases.filter { group in
                var validation = PlanValidation(distro: distro, image: image, parameters: parameters)
                validation.check(group)
                return validation.problems.isEmpty
            })
    }

    // MARK: - The image and the distribution

    mutating func checkImage() {
        let image = PlanField.key("image")
        if !distro.architectures.value.contains(self.image.architecture) {
            add(
                .unsupportedArchitecture, image.key("architecture"),
                "\(distro.name) has no \(self.image.architecture) image on Azure; it has "
                    + distro.architectures.value.map(\.rawValue).joined(separator: ", "))
        }
        if self.image.architecture == .arm64, self.image.hyperVGeneration == .v1 {
            add(.arm64NeedsGeneration2, image.key("hyper-v-generation"), "Arm64 images are Generation 2 (V2) only")
        } else if !distro.hyperVGenerations.value.contains(self.image.hyperVGeneration) {
            add(
                .unsupportedGeneration, image.key("hyper-v-generation"),
                "\(distro.name) does not support Hyper-V generation \(self.image.hyperVGeneration)")
        }
    }

    /// A specialized image is captured as it is and deployed without an osProfile: nothing
    /// provisions it, so first-boot settings would be silently lost. The agent's resource disk
    /// settings are part of the image (waagent.conf), so they stay where the agent owns the disk.
    mutating func checkSpecialized() {
        let agentOwnsDisk = distro.provisioner.value != .cloudInit
        for field in parameters.setFields {
            if agentOwnsDisk, field == PlanField.key("storage").key("resource-disk") { continue }
            add(
                .notProvisioned, field,
                "a specialized image is not provisioned: nothing applies '\(field)' on first boot; "
                    + "bake it into the image or generalize it")
        }
    }

    /// What each provisioner can apply (a specialized image is checked on its own).
    mutating func checkProvisioner() {
        let name = distro.name
        switch distro.provisioner.value {
        case .cloudInit:
            if let swap = parameters.resourceDisk?.swap, swap.percent == nil {
                add(
                    .missingSwapSize, PlanField.key("storage").key("resource-disk").key("swap").key("percent"),
                    "cloud-init lays out the resource disk of \(name) in shares of the disk: give swap.percent")
            }
        case .ignition:
            let why = "Flatcar has no package manager; run software as containers or systemd units"
            if !parameters.packages.isEmpty { add(.unsupportedByProvisioner, .key("packages"), why) }
            if parameters.packageUpgrade { add(.unsupportedByProvisioner, .key("package-upgrade"), why) }
            if !parameters.dataDisks.isEmpty {
                add(
                    .unsupportedByProvisioner, PlanField.key("storage").key("data-disks"),
                    "cloudcfg does not write Ignition storage for data disks yet; mount them with a systemd unit")
            }
            if !parameters.parts.isEmpty {
                add(
                    .unsupportedByProvisioner, .key("parts"),
                    "Flatcar reads one Ignition config, not user-data parts")
            }
            checkAgentSwap()
        case .waagent:
            let why =
                "the Azure Linux Agent provisions \(name): it creates the admin user and sets the host name from "
                + "the VM's osProfile and applies nothing of user-data"
            let unsupported: [PlanField] = [
                .key("users"), .key("groups"), .key("packages"), .key("package-upgrade"), .key("files"),
                .key("commands"), PlanField.key("storage").key("data-disks"), .key("timezone"), .key("locale"),
                .key("ntp"), .key("parts"),
            ]
            for field in parameters.setFields where unsupported.contains(field) {
                add(.unsupportedByProvisioner, field, why)
            }
            checkAgentSwap()
        }
    }

    mutating func checkAgentSwap() {
        if let swap = parameters.resourceDisk?.swap, swap.megabytes == nil {
            add(
                .missingSwapSize, PlanField.key("storage").key("resource-disk").key("swap").key("megabytes"),
                "the Azure Linux Agent makes the swap of \(distro.name) as a file of a given size: give "
                    + "swap.megabytes")
        }
    }

    // MARK: - Accounts

    mutating func checkAccounts() {
        var seenUsers: [String: PlanField] = [:]
        if let admin = parameters.admin { seenUsers[admin.name] = PlanField.key("admin").key("name") }
        for (index, user) in parameters.users.enumerated() {
            let field = PlanField.key("users").index(index)
            guard let name = user.name else {
                add(
                    .invalidUserName, field.key("name"), "a user needs a name (the image's default user is always kept)"
                )
                continue
            }
            if let problem = UserAccount.nameProblem(name, what: "user name") {
                add(.invalidUserName, field.key("name"), problem)
            } else if let first = seenUsers[name] {
                add(.duplicateUser, field.key("name"), "the user '\(name)' is already given at \(first)")
            } else {
                seenUsers[name] = field.key("name")
            }
            for (groupIndex, group) in user.groups.enumerated() {
                if let problem = UserAccount.nameProblem(group, what: "group name") {
                    add(.invalidGroupName, field.key("groups").index(groupIndex), problem)
                }
            }
            if let primary = user.primaryGroup, let problem = UserAccount.nameProblem(primary, what: "group name") {
                add(.invalidGroupName, field.key("primary-group"), problem)
            }
            if let shell = user.shell, !Self.isAbsoluteNormalPath(shell) {
                add(.invalidPath, field.key("shell"), "a login shell is an absolute path, such as /bin/bash")
            }
            if let home = user.homeDirectory, !Self.isAbsoluteNormalPath(home) {
                add(.invalidPath, field.key("home"), "a home directory is an absolute path, such as /home/\(name)")
            }
            if let sudo = user.sudo, sudo.isEmpty || sudo.contains(where: \.isNewline) {
                add(.invalidContent, field.key("sudo"), "a sudoers rule is one line, such as ALL=(ALL) NOPASSWD:ALL")
            }
            hashPasswords(of: index, at: field)
        }
        var seenGroups: [String: Int] = [:]
        for (index, group) in parameters.groups.enumerated() {
            let field = PlanField.key("groups").index(index)
            if let problem = UserAccount.nameProblem(group, what: "group name") {
                add(.invalidGroupName, field, problem)
            } else if let first = seenGroups[group] {
                add(.duplicateGroup, field, "the group '\(group)' is already given at groups.\(first)")
            } else {
                seenGroups[group] = index
            }
        }
    }

    /// Replaces a user's plain-text password with its SHA-512 crypt hash, and refuses a password
    /// that would stay locked.
    mutating func hashPasswords(of index: Int, at field: PlanField) {
        var user = parameters.users[index]
        var hash = user.passwordHash
        for (passwordField, password) in user.passwords {
            guard case .plainText(let text) = password else { continue }
            do throws(PasswordHasher.Error) {
                hash = try PasswordHasher.sha512(text)
            } catch {
                add(.plainTextPassword, field.key("password"), "the password cannot be hashed: \(error.message)")
            }
            user.passwords[passwordField] = nil
        }
        user.passwords = hash.map { [.hashedPasswd: .hash($0)] } ?? [:]
        if hash != nil, user.lockPassword {
            add(
                .invalidContent, field.key("lock-password"),
                "the password is set but would stay locked: set lock-password to false, or give no password")
        }
        parameters.users[index] = user
    }

    // MARK: - Packages, files and commands

    mutating func checkPackages() {
        var seen: Set<String> = []
        for (index, package) in parameters.packages.enumerated() {
            let field = PlanField.key("packages").index(index)
            if package.isEmpty || package.hasPrefix("-") || Self.hasBlankOrControl(package) {
                add(.invalidPackage, field, "'\(package)' is not a package name: no blanks, not starting with '-'")
            } else if !seen.insert(package).inserted {
                add(.invalidPackage, field, "the package '\(package)' is listed twice")
            }
        }
    }

    mutating func checkFiles() {
        var seen: [String: Int] = [:]
        for (index, file) in parameters.files.enumerated() {
            let field = PlanField.key("files").index(index)
            if !Self.isAbsoluteNormalPath(file.path) || file.path == "/" {
                add(
                    .invalidPath, field.key("path"),
                    "'\(file.path)' is not an absolute file path without '.', '..' or empty components")
            } else if let first = seen[file.path] {
                add(.duplicatePath, field.key("path"), "'\(file.path)' is already written by files.\(first)")
            } else {
                seen[file.path] = index
            }
            if !(0...0o7777).contains(file.mode.rawValue) {
                add(.invalidMode, field.key("mode"), "a mode is 0 through 07777, not \(file.mode)")
            } else if file.mode.rawValue & 0o002 != 0 {
                add(
                    .worldWritable, field.key("mode"),
                    "mode \(file.mode.cloudConfigValue) lets every user change \(file.path); drop the write bit for "
                        + "others")
            }
            if let owner = file.owner {
                if let problem = UserAccount.nameProblem(owner.user, what: "user name") {
                    add(.invalidOwner, field.key("owner"), problem)
                } else if let group = owner.group, let problem = UserAccount.nameProblem(group, what: "group name") {
                    add(.invalidOwner, field.key("owner"), problem)
                }
            }
            if file.encoding == .text, file.content.text == nil {
                add(
                    .invalidContent, field.key("encoding"),
                    "the content is not UTF-8 text; write it as base64 or gzip+base64")
            }
        }
    }

    mutating func checkCommands() {
        for (index, command) in parameters.commands.enumerated() {
            let field = PlanField.key("commands").index(index)
            switch command {
            case .shell(let line):
                if line.allSatisfy(\.isWhitespace) { add(.emptyCommand, field, "a command cannot be empty") }
            case .exec(let arguments):
                if arguments.first?.isEmpty ?? true {
                    add(.emptyCommand, field, "a command's argument list needs a program first")
                }
                if arguments.contains(where: { $0.utf8.contains(0) }) {
                    add(.invalidContent, field, "a command's arguments cannot contain a NUL character")
                }
            }
        }
    }

    // MARK: - Storage

    mutating func checkStorage() {
        let storage = PlanField.key("storage")
        var mountPoints: [String: PlanField] = [:]
        if let disk = parameters.resourceDisk {
            let field = storage.key("resource-disk")
            if let mountPoint = disk.mountPoint {
                checkMountPoint(mountPoint, at: field.key("mount-point"), seen: &mountPoints)
            }
            if let swap = disk.swap {
                if swap.percent == nil, swap.megabytes == nil {
                    add(.missingSwapSize, field.key("swap"), "swap needs a size: percent, megabytes or both")
                }
                if let percent = swap.percent, !(1...99).contains(percent) {
                    add(
                        .invalidSwapSize, field.key("swap").key("percent"), "swap takes 1 to 99 percent, not \(percent)"
                    )
                }
                if let megabytes = swap.megabytes, !(1...1_048_576).contains(megabytes) {
                    add(
                        .invalidSwapSize, field.key("swap").key("megabytes"),
                        "swap takes 1 to 1048576 megabytes, not \(megabytes)")
                }
            }
        }
        var luns: [Int: Int] = [:]
        for (index, disk) in parameters.dataDisks.enumerated() {
            let field = storage.key("data-disks").index(index)
            if !(0...63).contains(disk.lun) {
                add(.invalidLUN, field.key("lun"), "a data disk LUN is 0 through 63, not \(disk.lun)")
            } else if let first = luns[disk.lun] {
                add(.duplicateLUN, field.key("lun"), "LUN \(disk.lun) is already used by data-disks.\(first)")
            } else {
                luns[disk.lun] = index
            }
            checkMountPoint(disk.mountPoint, at: field.key("mount-point"), seen: &mountPoints)
            if let label = disk.label {
                // ASCII letters, digits, '-' and '_' only: byte by byte (any other byte fails).
                let valid = label.utf8.allSatisfy {
                    Self.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
                }
                if label.isEmpty || !valid || label.utf8.count > disk.fileSystem.maximumLabelLength {
                    add(
                        .invalidLabel, field.key("label"),
                        "a \(disk.fileSystem) label has 1 to \(disk.fileSystem.maximumLabelLength) letters, digits, "
                            + "'-' or '_'")
                }
            }
        }
    }

    mutating func checkMountPoint(_ path: String, at field: PlanField, seen: inout [String: PlanField]) {
        if !Self.isAbsoluteNormalPath(path) {
            add(.invalidMountPoint, field, "'\(path)' is not an absolute path without '.', '..' or empty components")
        } else if Self.systemDirectories.contains(path) {
            add(.invalidMountPoint, field, "mounting a disk over \(path) would hide what the system keeps there")
        } else if let first = seen[path] {
            add(.duplicateMountPoint, field, "\(path) is already the mount point of \(first)")
        } else {
            seen[path] = field
        }
    }

    // MARK: - Time, locale and parts

    mutating func checkTime() {
        if let timezone = parameters.timezone {
            let parts = timezone.split(separator: "/", omittingEmptySubsequences: false)
            let valid =
                !parts.isEmpty
                && parts.allSatisfy { part in
                    !part.isEmpty && part != "." && part != ".."
                        && part.utf8.allSatisfy {
                            Self.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "+")
                                || $0 == UInt8(ascii: "-")
                        }
                }
            if !valid {
                add(
                    .invalidTimezone, .key("timezone"),
                    "'\(timezone)' is not a tz database name such as Europe/Paris or UTC")
            }
        }
        if let locale = parameters.locale, !Self.isLocaleName(locale) {
            add(.invalidLocale, .key("locale"), "'\(locale)' is not a locale name such as en_US.UTF-8 or C.UTF-8")
        }
        if let ntp = parameters.ntp {
            for (key, names) in [("servers", ntp.servers), ("pools", ntp.pools)] {
                for (index, name) in names.enumerated() where !Self.isHostOrAddress(name) {
                    add(
                        .invalidNTPServer, PlanField.key("ntp").key(key).index(index),
                        "'\(name)' is not a host name or an IP address")
                }
            }
            if ntp.servers.isEmpty, ntp.pools.isEmpty {
                add(.invalidNTPServer, .key("ntp"), "give at least one server or pool")
            }
        }
    }

    mutating func checkParts() {
        for (index, part) in parameters.parts.enumerated() {
            let field = PlanField.key("parts").index(index)
            let pieces = part.contentType.split(separator: "/", omittingEmptySubsequences: false)
            if pieces.count != 2 || pieces.contains(where: \.isEmpty)
                || part.contentType.lowercased().hasPrefix("multipart/")
            {
                add(
                    .invalidPart, field.key("type"),
                    "'\(part.contentType)' is not a content type such as text/x-shellscript")
            }
            if part.content.isEmpty { add(.invalidPart, field.key("content"), "a part cannot be empty") }
        }
    }

    // MARK: - Values

    /// Whether a byte is an ASCII letter or digit: what a Unicode scalar that is ASCII and
    /// alphabetic, or `0` through `9`, is as UTF-8 (no other byte is).
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether text has a white-space scalar or a control character below U+0020.
    static func hasBlankOrControl(_ text: String) -> Bool {
        // ASCII text byte by byte: its white space is tab through carriage return and the space.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains { $0 <= 0x20 }
        }
        return text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
    }

    /// An absolute path without empty, `.` or `..` components, NUL or line breaks.
    static func isAbsoluteNormalPath(_ path: String) -> Bool {
        // ASCII paths (nearly all) byte by byte: the same answer without reading characters.
        let ascii = path.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // NUL, and what Character.isNewline is in ASCII: line feed to carriage return.
            guard bytes.first == UInt8(ascii: "/"), !bytes.contains(where: { $0 == 0 || (0x0A...0x0D).contains($0) })
            else { return false }
            if bytes.count == 1 { return true }
            return bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && !$0.elementsEqual([UInt8(ascii: ".")])
                    && !$0.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")])
            }
        }
        if let ascii = ascii ?? nil { return ascii }
        guard path.hasPrefix("/"), !path.contains(where: { $0 == "\0" || $0.isNewline }) else { return false }
        if path == "/" { return true }
        return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    /// `C`, `POSIX`, or `language[_TERRITORY][.codeset][@modifier]`.
    static func isLocaleName(_ text: String) -> Bool {
        if text == "C" || text == "POSIX" || text == "C.UTF-8" || text == "C.utf8" { return true }
        var rest = Substring(text)
        func take(_ predicate: (Character) -> Bool) -> Substring {
            let taken = rest.prefix(while: predicate)
            rest = rest.dropFirst(taken.count)
            return taken
        }
        let language = take { $0.isASCII && $0.isLowercase }
        guard (2...3).contains(language.count) else { return false }
        if rest.first == "_" {
            rest = rest.dropFirst()
            let territory = take { $0.isASCII && $0.isUppercase }
            guard territory.count == 2 else { return false }
        }
        if rest.first == "." {
            rest = rest.dropFirst()
            let codeset = take { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            guard !codeset.isEmpty else { return false }
        }
        if rest.first == "@" {
            rest = rest.dropFirst()
            let modifier = take { $0.isASCII && $0.isLetter }
            guard !modifier.isEmpty else { return false }
        }
        return rest.isEmpty
    }

    /// A host name (dotted RFC 1123 labels), an IPv4 address, or an IPv6 address.
    static func isHostOrAddress(_ text: String) -> Bool {
        // A colon byte is a colon character, or one with a combining mark, which no address has.
        if text.utf8.contains(UInt8(ascii: ":")) {
            return text.count <= 45 && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !labels.isEmpty, text.utf8.count <= 253 else { return false }
        return labels.allSatisfy { HostIdentity.labelProblem($0, what: "label") == nil }
    }
}
