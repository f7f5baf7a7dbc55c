/// Makes provisioning plans from a profile: for a distribution, the base with the
/// distribution's override merged in, variables substituted (a host's values over the profile's
/// defaults), decoded and checked as a ``ProvisioningPlan`` — every problem reported at the
/// profile line that gave the value.
///
/// A resolver is used for one run: it keeps each distribution's merged tree and hashes each
/// password from the environment once, so that rendering thousands of hosts stays cheap.
///
/// ```swift
/// var resolver = ProfileResolver(profile: profile, environment: ProcessInfo.processInfo.environment)
/// let resolution = resolver.resolve(for: .debian12, host: inventory.hosts[0])
/// ```
public struct ProfileResolver: Sendable {
    /// The profile.
    public let profile: Profile
    /// The image state to use instead of the profile's (`generate --image`), if any.
    public let osState: OSState?
    /// Whether variables without a value and environment passwords are left out silently
    /// (linting) rather than reported.
    public let lenient: Bool
    private var passwords: ProfilePasswords
    private var merged: [String: ProfileNode] = [:]
    /// For each distribution, what hosts share: decided on the first host (see ``HostTemplate``).
    private var templates: [String: HostTemplate?] = [:]
    /// The profile's values that refer to variables, split into pieces once for every host
    /// (filled when a template is made; values that do not split are left to each host's
    /// substitution, which reports them).
    private var knownPieces: [String: [ProfileVariables.Piece]] = [:]
    /// Whether hosts share what their variables do not change (``HostTemplate``); off, every host
    /// is resolved whole, which the tests compare with.
    var sharesAcrossHosts = true

    /// Creates a resolver.
    ///
    /// - Parameters:
    ///   - profile: The profile.
    ///   - environment: The environment, for passwords given as `{env: NAME}`.
    ///   - osState: The image state to use instead of the profile's.
    ///   - lenient: Whether to leave out values whose variables have no value, and passwords
    ///     from the environment, instead of reporting them.
    public init(profile: Profile, environment: [String: String] = [:], osState: OSState? = nil, lenient: Bool = false) {
        self.profile = profile
        self.osState = osState
        self.lenient = lenient
        passwords = ProfilePasswords(environment: environment)
    }

    /// The plan for a distribution and, optionally, one host of an inventory.
    ///
    /// - Parameters:
    ///   - distro: The distribution.
    ///   - host: The host whose variables apply, if any; its findings name it.
    /// - Returns: The plan, or the findings that keep it from being made.
    public mutating func resolve(for distro: DistroProfile, host: InventoryHost? = nil) -> ProfileResolution {
        let tree: ProfileNode
        if let cached = merged[distro.id] {
            tree = cached
        } else {
            tree = profile.merged(for: distro.id)
            merged[distro.id] = tree
        }
        if let host, !lenient, sharesAcrossHosts {
            if templates[distro.id] == nil { templates[distro.id] = .some(makeTemplate(tree, distro)) }
            if let template = templates[distro.id] ?? nil, let plan = resolve(distro, host, tree, template) {
                return ProfileResolution(plan: plan, diagnostics: [])
            }
        }
        return resolveFully(distro, host, tree)
    }

    /// Resolves the whole tree for a host: every value substituted and decoded.
    private mutating func resolveFully(
        _ distro: DistroProfile, _ host: InventoryHost?, _ tree: ProfileNode
    ) -> ProfileResolution {
        var values = profile.variables
        for (name, value) in host?.variables ?? [:] { values[name] = .some(value) }
        let context = host.map { "host '\($0.name)': " } ?? ""
        var substitution = ProfileSubstitution(
            values: values, source: profile.source, lenient: lenient, context: context, knownPieces: knownPieces)
        let substituted = substitution.apply(tree, path: []) ?? tree
        var decoder = ProfileDecoder(source: profile.source, lenient: lenient, context: context, passwords: passwords)
        var image = decoder.image(substituted.entry("image")?.value)
        if let osState { image.osState = osState }
        let parameters = decoder.parameters(substituted)
        passwords = decoder.passwords
        var diagnostics = substitution.diagnostics + decoder.diagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return ProfileResolution(plan: nil, diagnostics: ProfileReader.unique(diagnostics))
        }
        do throws(PlanError) {
            let plan = try ProvisioningPlan(distro: distro, image: image, parameters: parameters)
            return ProfileResolution(plan: plan, diagnostics: ProfileReader.unique(diagnostics))
        } catch {
            for problem in error.problems {
                let range = decoder.position(of: problem.field)
                let keyPath = problem.field.description
                if Self.distroSpecific.contains(problem.code) {
                    var finding = ProfileUnsupportedRule().finding(
                        distro: distro.id, problem.message, at: range, keyPath: keyPath)
                    finding.message = context + finding.message
                    diagnostics.append(finding)
                } else {
                    diagnostics.append(
                        ProfileInvalidValueRule().finding(context + problem.message, at: range, keyPath: keyPath))
                }
            }
            return ProfileResolution(plan: nil, diagnostics: ProfileReader.unique(diagnostics))
        }
    }

    /// What the hosts of an inventory share for a distribution: the variables each part of the
    /// top level refers to, and the parts decoded once with the variables' defaults. A host that
    /// gives none of a part's variables gets that part as decoded once; the others are substituted
    /// and decoded for it, so that a fleet of hosts differing in a name or two is not decoded
    /// whole for each host.
    struct HostTemplate: Sendable {
        /// The variables each part's values refer to.
        let references: [ProfileDecoder.ParameterUnit: Set<String>]
        /// The variables `image` refers to.
        let imageReferences: Set<String>
        /// The parts decoded from the defaults.
        let shared: Set<ProfileDecoder.ParameterUnit>
        /// The parameters with the shared parts set.
        let parameters: PlanParameters
        /// The image definition from the defaults, when `image` refers to no variable without one.
        let image: ImageDefinition?
        /// When `files` is a list the template decodes: each item's variables and what it gives
        /// (no file, or one), so that a host whose values change one file has that file decoded,
        /// not the list.
        let fileItems: [FileItem]?
        /// The plan checks that find nothing in the shared parts: a host that keeps a group's
        /// parts as they are is not checked again for them.
        let checked: Set<PlanValidation.Group>
        /// The template's number for ``PlanSharing``.
        let number = PlanSharing.newTemplate()

        /// One item of `files` as the template decodes it.
        struct FileItem: Sendable {
            /// The variables the item refers to.
            let references: Set<String>
            /// The file it gives with the defaults; `nil` when substitution leaves it out or it
            /// decodes to none.
            let file: ProvisionedFile?
        }
    }

    /// What hosts share for a tree; `nil` when the parts cannot be told apart or the defaults do
    /// not decode without findings (every host is then resolved whole, with its findings).
    private mutating func makeTemplate(_ tree: ProfileNode, _ distro: DistroProfile) -> HostTemplate? {
        // A top level the decoder would find something to say about (not a mapping, unknown keys)
        // is resolved whole for every host, so that each gets its findings.
        guard let entries = tree.entries,
            entries.allSatisfy({
                ProfileDecoder.parameterKeys.contains($0.key) || ProfileDecoder.profileKeys.contains($0.key)
            })
        else { return nil }
        var keyReferences: [String: Set<String>] = [:]
        for entry in entries {
            guard let names = Self.variables(in: entry.value, pieces: &knownPieces) else { return nil }
            keyReferences[entry.key, default: []].formUnion(names)
        }
        let defaulted = Set(profile.variables.compactMap { name, value in value?.isNull == false ? name : nil })
        var references: [ProfileDecoder.ParameterUnit: Set<String>] = [:]
        var shared: Set<ProfileDecoder.ParameterUnit> = []
        for unit in ProfileDecoder.ParameterUnit.allCases {
            let names = unit.keys.reduce(into: Set<String>()) { $0.formUnion(keyReferences[$1] ?? []) }
            references[unit] = names
            if names.isSubset(of: defaulted) { shared.insert(unit) }
        }
        let imageReferences = keyReferences["image"] ?? []
        var substitution = ProfileSubstitution(
            values: profile.variables, source: profile.source, lenient: false, knownPieces: knownPieces)
        // Any finding sends every host to a whole resolution, which records positions.
        var decoder = ProfileDecoder(
            source: profile.source, lenient: false, passwords: passwords, recordsPositions: false)
        let units = ProfileDecoder.ParameterUnit.allCases.filter { shared.contains($0) }
        var parameters = PlanParameters()
        decoder.decode(units, Self.topLevel(tree, keys: units.flatMap(\.keys), &substitution), into: &parameters)
        var image: ImageDefinition?
        if imageReferences.isSubset(of: defaulted) {
            image = decoder.image(Self.topLevel(tree, keys: ["image"], &substitution)["image"])
        }
        // Each item of `files` on its own, as a host's values may change one: substituted and
        // decoded alone, an item gives what it gives in the list (items do not depend on each other).
        var fileItems: [HostTemplate.FileItem]?
        if shared.contains(.files), case .sequence(let items, _)? = tree.entry("files")?.value {
            var decoded: [HostTemplate.FileItem] = []
            for (index, item) in items.enumerated() {
                guard let names = Self.variables(in: item, pieces: &knownPieces) else { return nil }
                let file = substitution.apply(item, path: ["files", String(index)]).flatMap { substituted in
                    decoder.file(item: substituted, index: index)
                }
                decoded.append(HostTemplate.FileItem(references: names, file: file))
            }
            // The same files as the list decoded at once.
            guard decoded.compactMap(\.file) == parameters.files else { return nil }
            fileItems = decoded
        }
        passwords = decoder.passwords
        guard substitution.diagnostics.isEmpty, decoder.diagnostics.isEmpty else { return nil }
        // The parts a host does not change are checked once here (the groups' checks read
        // neither the image nor the other groups' fields).
        let checked = PlanValidation(distro: distro, image: image ?? ImageDefinition(), parameters: parameters)
            .groupsWithoutProblems()
        return HostTemplate(
            references: references, imageReferences: imageReferences, shared: shared, parameters: parameters,
            image: image, fileItems: fileItems, checked: checked)
    }

    /// A host's plan from a template: the parts its variables change decoded for it, the rest as
    /// the template has them; `nil` when anything is found (the host is then resolved whole, so
    /// that its findings are those, and at the positions, of a whole resolution).
    private mutating func resolve(
        _ distro: DistroProfile, _ host: InventoryHost, _ tree: ProfileNode, _ template: HostTemplate
    ) -> ProvisioningPlan? {
        let given = Set(host.variables.keys)
        var units = ProfileDecoder.ParameterUnit.allCases.filter { unit in
            !template.shared.contains(unit) || !(template.references[unit] ?? []).isDisjoint(with: given)
        }
        var values = profile.variables
        for (name, value) in host.variables { values[name] = .some(value) }
        var substitution = ProfileSubstitution(
            values: values, source: profile.source, lenient: false, knownPieces: knownPieces)
        // Any finding sends every host to a whole resolution, which records positions.
        var decoder = ProfileDecoder(
            source: profile.source, lenient: false, passwords: passwords, recordsPositions: false)
        var parameters = template.parameters
        // The parts decoded for the host (`files` counts when one of its items is).
        var decoded = ParameterUnits(units)
        var itemwise = false
        // The template's item each file is, when taken unchanged.
        var fileOrigins: [Int?] =
            template.fileItems.map { items in items.indices.filter { items[$0].file != nil } }
            ?? Array(template.parameters.files.indices)
        // `files` item by item when the template has its items: the host's values change some.
        if let fileItems = template.fileItems, let position = units.firstIndex(of: .files),
            case .sequence(let items, _)? = tree.entry("files")?.value, items.count == fileItems.count
        {
            units.remove(at: position)
            decoded.remove(.files)
            itemwise = true
            var files: [ProvisionedFile] = []
            var origins: [Int?] = []
            for (index, (item, shared)) in zip(items, fileItems).enumerated() {
                if shared.references.isDisjoint(with: given) {
                    if let file = shared.file {
                        files.append(file)
                        origins.append(index)
                    }
                    continue
                }
                decoded.insert(.files)
                if let substituted = substitution.apply(item, path: ["files", String(index)]),
                    let file = decoder.file(item: substituted, index: index)
                {
                    files.append(file)
                    origins.append(nil)
                }
            }
            parameters.files = files
            fileOrigins = origins
        }
        decoder.decode(units, Self.topLevel(tree, keys: units.flatMap(\.keys), &substitution), into: &parameters)
        var image: ImageDefinition
        if let shared = template.image, template.imageReferences.isDisjoint(with: given) {
            image = shared
        } else {
            image = decoder.image(Self.topLevel(tree, keys: ["image"], &substitution)["image"])
        }
        if let osState { image.osState = osState }
        passwords = decoder.passwords
        guard substitution.diagnostics.isEmpty, decoder.diagnostics.isEmpty else { return nil }
        let checked = template.checked.filter { group in Self.units(of: group).isDisjoint(with: decoded) }
        guard var plan = try? ProvisioningPlan(distro: distro, image: image, parameters: parameters, checked: checked)
        else { return nil }
        var kept = ParameterUnits.all.subtracting(decoded)
        // A plain-text password is hashed for each host, with its own salt.
        let plainText = template.parameters.users.contains { user in
            user.passwords.values.contains { password in
                if case .plainText = password { return true }
                return false
            }
        }
        if plainText { kept.remove(.users) }
        // Files decoded whole for the host are its own.
        if decoded.contains(.files), !itemwise { fileOrigins = plan.parameters.files.map { _ in nil } }
        if fileOrigins.count != plan.parameters.files.count { fileOrigins = plan.parameters.files.map { _ in nil } }
        plan.sharing = PlanSharing(template: template.number, units: kept, files: fileOrigins)
        return plan
    }

    /// The parts whose fields a group of plan checks reads.
    private static func units(of group: PlanValidation.Group) -> ParameterUnits {
        switch group {
        case .accounts: [.admin, .users, .groups]
        case .packages: [.packages]
        case .files: [.files]
        case .commands: [.commands]
        case .storage: [.storage]
        case .time: [.timezone, .locale, .ntp]
        }
    }

    /// Some values of the top level, substituted, by key (the last of a key written twice, as a
    /// mapping of the whole tree keeps it); a key whose value is left out is absent.
    private static func topLevel(
        _ tree: ProfileNode, keys: [String], _ substitution: inout ProfileSubstitution
    ) -> [String: ProfileNode] {
        var result: [String: ProfileNode] = [:]
        for key in keys {
            guard let entry = tree.entry(key) else { continue }
            result[key] = substitution.apply(entry.value, path: [key])
        }
        return result
    }

    /// The names of the variables a value refers to; `nil` when a reference cannot be read.
    /// Each value with references is kept split into its pieces in `known`.
    private static func variables(
        in node: ProfileNode, pieces known: inout [String: [ProfileVariables.Piece]]
    ) -> Set<String>? {
        switch node {
        case .scalar(let scalar):
            guard scalar.hasReferences, case .string(let text) = scalar.value else { return [] }
            guard let pieces = known[text] ?? (try? ProfileVariables.pieces(text)) else { return nil }
            known[text] = pieces
            return Set(
                pieces.compactMap { piece in
                    if case .reference(let name, _, _) = piece { return name }
                    return nil
                })
        case .sequence(let items, _):
            var names: Set<String> = []
            for item in items {
                guard let inner = variables(in: item, pieces: &known) else { return nil }
                names.formUnion(inner)
            }
            return names
        case .mapping(let entries, _):
            var names: Set<String> = []
            for entry in entries {
                guard let inner = variables(in: entry.value, pieces: &known) else { return nil }
                names.formUnion(inner)
            }
            return names
        }
    }

    /// The plan problems that depend on the distribution, reported with its identifier.
    static let distroSpecific: Set<PlanProblem.Code> = [
        .unsupportedArchitecture, .unsupportedGeneration, .notProvisioned, .unsupportedByProvisioner,
        .missingSwapSize,
    ]
}
