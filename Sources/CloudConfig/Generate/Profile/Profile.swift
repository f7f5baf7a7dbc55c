/// A generation profile, read: one description of what VMs should look like, for the
/// distributions an image team ships — base parameters, per-distribution overrides and
/// variables — from which ``ProfileResolver`` makes a ``ProvisioningPlan`` per distribution
/// (and per host of an inventory).
///
/// ```yaml
/// cloudcfg-profile: 1
/// distros: [ubuntu-24.04, debian-12, flatcar]
/// variables:
///   domain: example.net
///   host: null                # given by each inventory row
/// hostname: ${{ host }}
/// fqdn: ${{ host }}.${{ domain }}
/// packages: [nginx]
/// overrides:
///   flatcar:
///     packages: null          # no package manager on Flatcar
/// ```
///
/// Read one with ``ProfileReader/read(_:)``.
public struct Profile: Sendable {
    /// The file.
    public let source: SourceFile
    /// The profile's name (`name`), if any.
    public let name: String?
    /// The distributions it targets (`distros`), in catalog order; every distribution of the
    /// catalog when it names none.
    public let distros: [DistroProfile]
    /// The size budget for first-boot data (`budget`); `nil` for the default.
    public let budget: PlatformBudget?
    /// The declared variables' names, sorted.
    public var variableNames: [String] { variables.keys.sorted() }
    /// The declared variables without a default (`null`), which each host must give.
    public var requiredVariables: [String] {
        variables.filter { $0.value == nil || $0.value?.isNull == true }.keys.sorted()
    }

    /// The top level, without the profile's own keys.
    let base: ProfileNode
    /// The overrides by distribution identifier.
    let overrides: [String: ProfileNode]
    /// The declared variables and their defaults (`nil` for none).
    let variables: [String: ProfileNode?]

    init(
        source: SourceFile, name: String?, distros: [DistroProfile], budget: PlatformBudget?, base: ProfileNode,
        overrides: [String: ProfileNode], variables: [String: ProfileNode?]
    ) {
        self.source = source
        self.name = name
        self.distros = distros
        self.budget = budget
        self.base = base
        self.overrides = overrides
        self.variables = variables
    }

    /// The base with a distribution's override merged in: mappings merged key by key, anything
    /// else replaced, and `null` removing the key.
    func merged(for distro: String) -> ProfileNode {
        guard let override = overrides[distro] else { return base }
        return Self.merge(base, override)
    }

    static func merge(_ base: ProfileNode, _ override: ProfileNode) -> ProfileNode {
        guard case .mapping(var entries, let range) = base, case .mapping(let changes, _) = override else {
            return override
        }
        for change in changes {
            if let index = entries.lastIndex(where: { $0.key == change.key }) {
                if change.value.isNull {
                    entries.remove(at: index)
                } else {
                    entries[index].value = merge(entries[index].value, change.value)
                }
            } else if !change.value.isNull {
                entries.append(change)
            }
        }
        return .mapping(entries, range)
    }
}

/// What reading a profile gives: the profile (when the file is one that can be used) and every
/// finding, with positions.
public struct ProfileReading: Sendable {
    /// The profile; `nil` when the file cannot be read as one (not YAML, not a mapping).
    public let profile: Profile?
    /// The findings, in file order.
    public let diagnostics: [Diagnostic]
    /// Whether the file has the `cloudcfg-profile` key that marks it as a profile.
    public let isMarked: Bool

    /// Whether a finding is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What resolving a profile for a distribution (and a host) gives.
public struct ProfileResolution: Sendable {
    /// The plan; `nil` when a finding is an error.
    public let plan: ProvisioningPlan?
    /// The findings, in file order.
    public let diagnostics: [Diagnostic]
}
