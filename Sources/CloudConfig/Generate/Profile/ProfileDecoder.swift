/// Turns a profile's tree (variables substituted, overrides merged) into plan parameters and an
/// image definition, reporting every value of the wrong shape at its position and remembering
/// where each field is, so that a plan's problems can be reported there too.
struct ProfileDecoder {
    /// The keys of the top level that are not plan parameters.
    static let profileKeys = ["cloudcfg-profile", "name", "description", "distros", "budget", "variables", "overrides"]
    /// The plan parameters' keys, in the order the README lists them.
    static let parameterKeys = [
        "image", "hostname", "fqdn", "admin", "users", "groups", "packages", "package-upgrade", "files", "commands",
        "storage", "timezone", "locale", "ntp", "parts",
    ]

    /// The parts of the top level that decode together, in the order they are decoded: the host's
    /// identity (`hostname` and `fqdn`), then each other key on its own.
    enum ParameterUnit: Int, CaseIterable {
        case identity, admin, users, groups, packages, packageUpgrade, files, commands, storage, timezone, locale
        case ntp, parts

        /// The top-level keys the part reads.
        var keys: [String] {
            switch self {
            case .identity: ["hostname", "fqdn"]
            case .admin: ["admin"]
            case .users: ["users"]
            case .groups: ["groups"]
            case .packages: ["packages"]
            case .packageUpgrade: ["package-upgrade"]
            case .files: ["files"]
            case .commands: ["commands"]
            case .storage: ["storage"]
            case .timezone: ["timezone"]
            case .locale: ["locale"]
            case .ntp: ["ntp"]
            case .parts: ["parts"]
            }
        }
    }

    let source: SourceFile
    /// Whether values that still have references are skipped (reading a profile before its
    /// variables are known) and environment passwords are left unread (linting).
    let lenient: Bool
    /// A prefix for findings about a host's values.
    let context: String
    var passwords: ProfilePasswords
    var diagnostics: [Diagnostic] = []
    /// Where each field is, for ``position(of:)``; empty when positions are not recorded.
    private(set) var fieldRanges: [PlanField: SourceRange] = [:]
    /// Whether each field's position is recorded. A decoder whose findings are thrown away when
    /// there are any (a fleet's hosts decoded from a template are then decoded again whole, with
    /// positions) need not record them: recording is a dictionary insertion per field.
    let recordsPositions: Bool

    init(
        source: SourceFile, lenient: Bool, context: String = "", passwords: ProfilePasswords,
        recordsPositions: Bool = true
    ) {
        self.source = source
        self.lenient = lenient
        self.context = context
        self.passwords = passwords
        self.recordsPositions = recordsPositions
    }

    /// Records where a field is, when positions are recorded.
    private mutating func record(_ field: @autoclosure () -> PlanField, _ range: SourceRange) {
        if recordsPositions { fieldRanges[field()] = range }
    }

    // MARK: - Findings

    private mutating func mismatch(
        _ node: ProfileNode, _ field: PlanField, expected: String, hint: String? = nil
    ) {
        var finding = ProfileTypeMismatchRule().finding(
            Self.name(of: field), expected: expected, actual: node.phrase, hint: hint, at: node.range,
            keyPath: field.description)
        finding.message = context + finding.message
        diagnostics.append(finding)
    }

    private mutating func invalid(_ message: String, _ range: SourceRange, _ field: PlanField) {
        diagnostics.append(ProfileInvalidValueRule().finding(context + message, at: range, keyPath: field.description))
    }

    private mutating func missing(_ key: String, in node: ProfileNode, _ field: PlanField) {
        let owner = field.description.isEmpty ? "the profile" : field.description
        diagnostics.append(
            ProfileMissingKeyRule().finding(key, in: owner, at: node.range, keyPath: field.description))
    }

    /// The last key of a field, as messages name it.
    static func name(of field: PlanField) -> String {
        switch field.components.last {
        case .key(let key)?: key
        case .index?: field.parent.components.isEmpty ? "item" : name(of: field.parent) + " item"
        case nil: "profile"
        }
    }

    // MARK: - Shapes

    /// Whether a scalar is left for later: it still has references.
    private func isDeferred(_ node: ProfileNode) -> Bool {
        if case .scalar(let scalar) = node, scalar.hasReferences { return true }
        return false
    }

    /// A mapping's entries by key, unknown keys reported; `nil` when the value is not a mapping.
    mutating func mapping(_ node: ProfileNode, _ field: PlanField, keys: [String]) -> [String: ProfileNode]? {
        record(field, node.range)
        if isDeferred(node) { return nil }
        guard let entries = node.entries else {
            mismatch(node, field, expected: "a mapping with " + keys.map { "'\($0)'" }.joined(separator: ", "))
            return nil
        }
        var result: [String: ProfileNode] = [:]
        for entry in entries {
            if keys.contains(entry.key) {
                result[entry.key] = entry.value
                record(field.key(entry.key), entry.value.range)
            } else if !(field.components.isEmpty && Self.profileKeys.contains(entry.key)) {
                var finding = ProfileUnknownKeyRule().finding(
                    entry.key, known: keys, at: entry.keyRange, keyPath: field.key(entry.key).description)
                finding.message = context + finding.message
                diagnostics.append(finding)
            }
        }
        return result
    }

    mutating func string(_ node: ProfileNode?, _ field: PlanField) -> String? {
        guard let node, !node.isNull else { return nil }
        record(field, node.range)
        if isDeferred(node) { return nil }
        guard case .scalar(let scalar) = node, case .string(let text) = scalar.value else {
            mismatch(node, field, expected: "a text")
            return nil
        }
        return text
    }

    mutating func bool(_ node: ProfileNode?, _ field: PlanField) -> Bool? {
        guard let node, !node.isNull else { return nil }
        record(field, node.range)
        if isDeferred(node) { return nil }
        if case .scalar(let scalar) = node {
            if case .bool(let value) = scalar.value { return value }
            // An inventory's CSV values are text: `true` and `false` from a variable are booleans.
            if scalar.variable != nil, case .string(let text) = scalar.value, ["true", "false"].contains(text) {
                return text == "true"
            }
        }
        mismatch(node, field, expected: "true or false")
        return nil
    }

    mutating func int(_ node: ProfileNode?, _ field: PlanField) -> Int? {
        guard let node, !node.isNull else { return nil }
        record(field, node.range)
        if isDeferred(node) { return nil }
        if case .scalar(let scalar) = node {
            if case .int(let value) = scalar.value, let exact = value.intValue { return exact }
            if scalar.variable != nil, case .string(let text) = scalar.value, !text.isEmpty,
                text.allSatisfy(\.isASCIIDigit), let value = Int(text)
            {
                return value
            }
        }
        mismatch(node, field, expected: "a whole number")
        return nil
    }

    /// A list of texts; a single text is a list of one.
    mutating func strings(_ node: ProfileNode?, _ field: PlanField) -> [String]? {
        guard let node, !node.isNull else { return nil }
        record(field, node.range)
        if isDeferred(node) { return nil }
        switch node {
        case .scalar(let scalar):
            if case .string(let text) = scalar.value { return [text] }
            mismatch(node, field, expected: "a list of texts")
            return nil
        case .mapping:
            mismatch(node, field, expected: "a list of texts")
            return nil
        case .sequence(let items, _):
            var result: [String] = []
            for (index, item) in items.enumerated() {
                if let text = string(item, field.index(index)) { result.append(text) }
            }
            return result
        }
    }

    /// The items of a list.
    mutating func list(_ node: ProfileNode?, _ field: PlanField) -> [ProfileNode] {
        guard let node, !node.isNull else { return [] }
        record(field, node.range)
        if isDeferred(node) { return [] }
        guard case .sequence(let items, _) = node else {
            mismatch(node, field, expected: "a list")
            return []
        }
        if recordsPositions {
            for (index, item) in items.enumerated() { fieldRanges[field.index(index)] = item.range }
        }
        return items
    }

    /// One of a set of words, compared without case.
    mutating func choice<Value>(_ node: ProfileNode?, _ field: PlanField, _ choices: [(String, Value)]) -> Value? {
        guard let text = string(node, field), let node else { return nil }
        if let match = choices.first(where: { $0.0.lowercased() == text.lowercased() }) { return match.1 }
        invalid(
            "'\(text)' is not one of " + choices.map(\.0).joined(separator: ", ") + " for '\(Self.name(of: field))'",
            node.range, field)
        return nil
    }

    // MARK: - The profile

    /// The image definition.
    mutating func image(_ node: ProfileNode?) -> ImageDefinition {
        var image = ImageDefinition()
        let field = PlanField.key("image")
        guard let node, !node.isNull,
            let entries = mapping(node, field, keys: ["os-state", "hyper-v-generation", "architecture"])
        else { return image }
        if let state = choice(entries["os-state"], field.key("os-state"), OSState.allCases.map { ($0.rawValue, $0) }) {
            image.osState = state
        }
        if let generation = choice(
            entries["hyper-v-generation"], field.key("hyper-v-generation"),
            HyperVGeneration.allCases.map { ($0.rawValue, $0) })
        {
            image.hyperVGeneration = generation
        }
        if let architecture = choice(
            entries["architecture"], field.key("architecture"), ImageArchitecture.allCases.map { ($0.rawValue, $0) })
        {
            image.architecture = architecture
        }
        return image
    }

    /// The plan parameters of the top level.
    mutating func parameters(_ root: ProfileNode) -> PlanParameters {
        var parameters = PlanParameters()
        guard let top = mapping(root, .root, keys: Self.parameterKeys) else { return parameters }
        decode(ParameterUnit.allCases, top, into: &parameters)
        return parameters
    }

    /// Decodes parts of the top level, in order, each replacing the fields it sets: all of them
    /// for a profile, or those a host's variables change (``ProfileResolver``).
    ///
    /// - Parameters:
    ///   - units: The parts.
    ///   - top: The top level's values by key.
    ///   - parameters: The parameters to set.
    mutating func decode(_ units: [ParameterUnit], _ top: [String: ProfileNode], into parameters: inout PlanParameters)
    {
        for unit in units {
            switch unit {
            case .identity:
                parameters.identity = nil
                identity(top, into: &parameters)
            case .admin:
                parameters.admin = nil
                if let admin = top["admin"], !admin.isNull { parameters.admin = self.admin(admin) }
            case .users:
                parameters.users = []
                for (index, item) in list(top["users"], .key("users")).enumerated() {
                    if let user = user(item, PlanField.key("users").index(index)) { parameters.users.append(user) }
                }
            case .groups:
                parameters.groups = strings(top["groups"], .key("groups")) ?? []
            case .packages:
                parameters.packages = strings(top["packages"], .key("packages")) ?? []
            case .packageUpgrade:
                parameters.packageUpgrade = bool(top["package-upgrade"], .key("package-upgrade")) ?? false
            case .files:
                parameters.files = []
                for (index, item) in list(top["files"], .key("files")).enumerated() {
                    if let file = file(item, PlanField.key("files").index(index)) { parameters.files.append(file) }
                }
            case .commands:
                parameters.commands = []
                for (index, item) in list(top["commands"], .key("commands")).enumerated() {
                    if let command = command(item, PlanField.key("commands").index(index)) {
                        parameters.commands.append(command)
                    }
                }
            case .storage:
                parameters.resourceDisk = nil
                parameters.dataDisks = []
                if let storage = top["storage"], !storage.isNull { self.storage(storage, into: &parameters) }
            case .timezone:
                parameters.timezone = string(top["timezone"], .key("timezone"))
            case .locale:
                parameters.locale = string(top["locale"], .key("locale"))
            case .ntp:
                parameters.ntp = nil
                if let ntp = top["ntp"], !ntp.isNull,
                    let entries = mapping(ntp, .key("ntp"), keys: ["servers", "pools"])
                {
                    parameters.ntp = NTPSettings(
                        servers: strings(entries["servers"], PlanField.key("ntp").key("servers")) ?? [],
                        pools: strings(entries["pools"], PlanField.key("ntp").key("pools")) ?? [])
                }
            case .parts:
                parameters.parts = []
                for (index, item) in list(top["parts"], .key("parts")).enumerated() {
                    if let part = part(item, PlanField.key("parts").index(index)) { parameters.parts.append(part) }
                }
            }
        }
    }

    private mutating func identity(_ top: [String: ProfileNode], into parameters: inout PlanParameters) {
        let hostname = string(top["hostname"], .key("hostname"))
        let fqdn = string(top["fqdn"], .key("fqdn"))
        guard let hostname else {
            if fqdn != nil, let node = top["fqdn"], top["hostname"] == nil {
                missingOwner("hostname", for: node, .key("fqdn"))
            }
            return
        }
        do throws(PlanProblem) {
            parameters.identity = try HostIdentity(hostname: hostname, fqdn: fqdn)
        } catch {
            report(error)
        }
    }

    private mutating func missingOwner(_ key: String, for node: ProfileNode, _ field: PlanField) {
        invalid("'\(Self.name(of: field))' needs '\(key)' as well", node.range, field)
    }

    /// Reports a plan problem at its field's position.
    mutating func report(_ problem: PlanProblem) {
        let range = position(of: problem.field)
        diagnostics.append(
            ProfileInvalidValueRule().finding(context + problem.message, at: range, keyPath: problem.field.description))
    }

    /// The position of a field, or of the nearest field containing it.
    func position(of field: PlanField) -> SourceRange {
        var current = field
        while true {
            if let range = fieldRanges[current] { return range }
            if current.components.isEmpty { return SourceRange(at: source.location(atOffset: source.contentStart)) }
            current = current.parent
        }
    }

    private mutating func sshKeys(_ node: ProfileNode?, _ field: PlanField) -> [SSHPublicKey] {
        guard let texts = strings(node, field) else { return [] }
        var keys: [SSHPublicKey] = []
        let isList: Bool = {
            if case .sequence? = node { return true }
            return false
        }()
        for (index, text) in texts.enumerated() {
            let keyField = isList ? field.index(index) : field
            do throws(PlanProblem) {
                keys.append(try SSHPublicKey(text))
            } catch {
                report(error.at(keyField))
            }
        }
        return keys
    }

    /// A password: `{hash: ...}` or `{env: NAME}`, never plain text.
    private mutating func password(_ node: ProfileNode?, _ field: PlanField, isAdmin: Bool) -> Password? {
        guard let node, !node.isNull else { return nil }
        record(field, node.range)
        if isDeferred(node) { return nil }
        guard node.entries != nil else {
            mismatch(
                node, field, expected: "{hash: ...} or {env: NAME}",
                hint: "a profile never holds a password in plain text")
            return nil
        }
        guard let entries = mapping(node, field, keys: ["hash", "env"]) else { return nil }
        switch (entries["hash"], entries["env"]) {
        case (let hashNode?, nil):
            guard let text = string(hashNode, field.key("hash")) else { return nil }
            guard let hash = PasswordHash(text) else {
                invalid(
                    "not a crypt(3) password hash; make one with `mkpasswd -m sha-512` or `openssl passwd -6`",
                    hashNode.range, field.key("hash"))
                return nil
            }
            return .hash(hash)
        case (nil, let envNode?):
            guard let name = string(envNode, field.key("env")), !lenient else { return nil }
            switch passwords.hash(of: name, isAdmin: isAdmin) {
            case .success(let hash): return .hash(hash)
            case .failure(let problem):
                report(problem.at(field.key("env")))
                return nil
            }
        default:
            invalid("give either 'hash' or 'env'", node.range, field)
            return nil
        }
    }

    private mutating func admin(_ node: ProfileNode) -> AdminAccount? {
        let field = PlanField.key("admin")
        guard let entries = mapping(node, field, keys: ["name", "ssh-keys", "password", "groups"]) else { return nil }
        let keys = sshKeys(entries["ssh-keys"], field.key("ssh-keys"))
        let password = self.password(entries["password"], field.key("password"), isAdmin: true)
        let groups = strings(entries["groups"], field.key("groups")) ?? []
        guard let name = string(entries["name"], field.key("name")) else {
            if entries["name"] == nil { missing("name", in: node, field) }
            return nil
        }
        do throws(PlanError) {
            return try AdminAccount(name: name, sshAuthorizedKeys: keys, password: password, groups: groups)
        } catch {
            for problem in error.problems { report(problem) }
            return nil
        }
    }

    private mutating func user(_ node: ProfileNode, _ field: PlanField) -> UserAccount? {
        let keys = [
            "name", "groups", "primary-group", "shell", "sudo", "ssh-keys", "password", "lock-password", "home",
            "gecos",
            "system",
        ]
        guard let entries = mapping(node, field, keys: keys) else { return nil }
        var account = UserAccount(name: string(entries["name"], field.key("name")))
        account.groups = strings(entries["groups"], field.key("groups")) ?? []
        account.primaryGroup = string(entries["primary-group"], field.key("primary-group"))
        account.shell = string(entries["shell"], field.key("shell"))
        account.homeDirectory = string(entries["home"], field.key("home"))
        account.gecos = string(entries["gecos"], field.key("gecos"))
        account.isSystem = bool(entries["system"], field.key("system")) ?? false
        account.sshAuthorizedKeys = sshKeys(entries["ssh-keys"], field.key("ssh-keys"))
        if let sudo = entries["sudo"], !sudo.isNull {
            if case .scalar(let scalar) = sudo, case .bool(let allowed) = scalar.value {
                record(field.key("sudo"), sudo.range)
                account.sudo = allowed ? "ALL=(ALL) NOPASSWD:ALL" : nil
            } else {
                account.sudo = string(sudo, field.key("sudo"))
            }
        }
        let password = self.password(entries["password"], field.key("password"), isAdmin: false)
        if let password { account.passwords[.hashedPasswd] = password }
        account.lockPassword = bool(entries["lock-password"], field.key("lock-password")) ?? (password == nil)
        guard account.name != nil else {
            if entries["name"] == nil { missing("name", in: node, field) }
            return nil
        }
        return account
    }

    /// One item of `files`, decoded as ``decode(_:_:into:)`` decodes each item of the list.
    ///
    /// - Parameters:
    ///   - item: The item, variables substituted.
    ///   - index: Its place in the list.
    /// - Returns: The file, or `nil` when the item gives none.
    mutating func file(item: ProfileNode, index: Int) -> ProvisionedFile? {
        file(item, PlanField.key("files").index(index))
    }

    private mutating func file(_ node: ProfileNode, _ field: PlanField) -> ProvisionedFile? {
        let keys = ["path", "content", "content-base64", "mode", "owner", "encoding"]
        guard let entries = mapping(node, field, keys: keys) else { return nil }
        var content = ProvisionedFile.Content.text("")
        switch (entries["content"], entries["content-base64"]) {
        case (let text?, nil): content = .text(string(text, field.key("content")) ?? "")
        case (nil, let encoded?):
            if let text = string(encoded, field.key("content-base64")) {
                let compact = Array(text.utf8.filter { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 })
                switch Base64.decodeStrictlyLikePython(compact) {
                case .success(let bytes): content = .bytes(bytes)
                case .failure(let error):
                    invalid(
                        "the content is not base64: \(error.message.lowercased())", encoded.range,
                        field.key("content-base64"))
                }
            }
        case (_?, _?): invalid("give either 'content' or 'content-base64'", node.range, field)
        case (nil, nil): break
        }
        var mode = FileMode.writeFilesDefault
        if let modeNode = entries["mode"], !modeNode.isNull {
            if case .scalar(let scalar) = modeNode, case .int(let number) = scalar.value {
                record(field.key("mode"), modeNode.range)
                let written = scalar.exactText ? source.text(of: scalar.range) : number.description
                mismatch(
                    modeNode, field.key("mode"), expected: "an octal text such as '0644' or rw-r--r--",
                    hint: "quote it: '\(written)' — unquoted, YAML reads \(written) as the number \(number)")
            } else if let text = string(modeNode, field.key("mode")) {
                if let parsed = FileMode(octal: text) ?? FileMode(symbolic: text) {
                    mode = parsed
                } else {
                    invalid(
                        "'\(text)' is not a file mode such as '0644' or rw-r--r--", modeNode.range, field.key("mode"))
                }
            }
        }
        var owner: FileOwner?
        if let ownerNode = entries["owner"], let text = string(ownerNode, field.key("owner")) {
            owner = FileOwner(text)
            if owner == nil {
                invalid(
                    "'\(text)' is not an owner such as root or www-data:www-data", ownerNode.range, field.key("owner"))
            }
        }
        let encoding =
            choice(
                entries["encoding"], field.key("encoding"), ProvisionedFile.Encoding.allCases.map { ($0.rawValue, $0) })
            ?? (content.text == nil ? .base64 : .text)
        guard let path = string(entries["path"], field.key("path")) else {
            if entries["path"] == nil { missing("path", in: node, field) }
            return nil
        }
        return ProvisionedFile(path: path, content: content, mode: mode, owner: owner, encoding: encoding)
    }

    private mutating func command(_ node: ProfileNode, _ field: PlanField) -> ProvisioningCommand? {
        if isDeferred(node) { return nil }
        switch node {
        case .scalar(let scalar):
            if case .string(let line) = scalar.value { return .shell(line) }
        case .sequence:
            if let arguments = strings(node, field) { return .exec(arguments) }
            return nil
        case .mapping: break
        }
        mismatch(
            node, field, expected: "a shell line or a list of arguments",
            hint: "a command with ': ' in it must be quoted, or YAML reads it as a mapping")
        return nil
    }

    private mutating func storage(_ node: ProfileNode, into parameters: inout PlanParameters) {
        let field = PlanField.key("storage")
        guard let entries = mapping(node, field, keys: ["resource-disk", "data-disks"]) else { return }
        if let diskNode = entries["resource-disk"], !diskNode.isNull {
            let diskField = field.key("resource-disk")
            if let disk = mapping(diskNode, diskField, keys: ["mount-point", "swap"]) {
                var resourceDisk = ResourceDisk(mountPoint: string(disk["mount-point"], diskField.key("mount-point")))
                if let swapNode = disk["swap"], !swapNode.isNull,
                    let swap = mapping(swapNode, diskField.key("swap"), keys: ["percent", "megabytes"])
                {
                    resourceDisk.swap = SwapSize(
                        percent: int(swap["percent"], diskField.key("swap").key("percent")),
                        megabytes: int(swap["megabytes"], diskField.key("swap").key("megabytes")))
                }
                parameters.resourceDisk = resourceDisk
            }
        }
        for (index, item) in list(entries["data-disks"], field.key("data-disks")).enumerated() {
            let diskField = field.key("data-disks").index(index)
            guard let disk = mapping(item, diskField, keys: ["lun", "mount-point", "filesystem", "label"]) else {
                continue
            }
            let lun = int(disk["lun"], diskField.key("lun"))
            let mountPoint = string(disk["mount-point"], diskField.key("mount-point"))
            let fileSystem =
                choice(
                    disk["filesystem"], diskField.key("filesystem"),
                    DataDisk.FileSystem.allCases.map { ($0.rawValue, $0) })
                ?? .ext4
            let label = string(disk["label"], diskField.key("label"))
            if disk["lun"] == nil { missing("lun", in: item, diskField) }
            if disk["mount-point"] == nil { missing("mount-point", in: item, diskField) }
            guard let lun, let mountPoint else { continue }
            parameters.dataDisks.append(
                DataDisk(lun: lun, mountPoint: mountPoint, fileSystem: fileSystem, label: label))
        }
    }

    private mutating func part(_ node: ProfileNode, _ field: PlanField) -> MIMEPart? {
        guard let entries = mapping(node, field, keys: ["type", "content", "filename"]) else { return nil }
        let type = string(entries["type"], field.key("type"))
        let content = string(entries["content"], field.key("content"))
        let filename = string(entries["filename"], field.key("filename"))
        if entries["type"] == nil { missing("type", in: node, field) }
        if entries["content"] == nil { missing("content", in: node, field) }
        guard let type, let content else { return nil }
        return MIMEPart(text: content, contentType: type, filename: filename)
    }
}
