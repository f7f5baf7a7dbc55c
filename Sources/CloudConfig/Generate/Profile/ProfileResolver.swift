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
        var values = profile.variables
        for (name, value) in host?.variables ?? [:] { values[name] = .some(value) }
        let context = host.map { "host '\($0.name)': " } ?? ""
        var substitution = ProfileSubstitution(
            values: values, source: profile.source, lenient: lenient, context: context)
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

    /// The plan problems that depend on the distribution, reported with its identifier.
    static let distroSpecific: Set<PlanProblem.Code> = [
        .unsupportedArchitecture, .unsupportedGeneration, .notProvisioned, .unsupportedByProvisioner,
        .missingSwapSize,
    ]
}
