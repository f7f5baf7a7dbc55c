/// One VM's first boot for one distribution, checked: the parameters, the image definition and
/// the distribution, every combination valid — renderers take it as it is and cannot fail on
/// it.
///
/// ```swift
/// let plan = try ProvisioningPlan(distro: .ubuntu2404, image: ImageDefinition(), parameters: parameters)
/// let output = try Generator().generate(plan)
/// ```
///
/// Construction finds every problem at once and throws them together (``PlanError``), each at
/// the field it is about: values the distribution's image cannot have (an architecture or
/// Hyper-V generation it is not published for, Arm64 on Generation 1), settings its provisioner
/// cannot apply (packages on Flatcar, files where the Azure Linux Agent provisions), first-boot
/// settings for a specialized image, which nothing provisions, duplicate users, paths, LUNs and
/// mount points, and values no consumer takes (a relative path, a world-writable mode, a swap size
/// in the wrong unit). Passwords given in plain text for ``PlanParameters/users`` are hashed
/// with SHA-512 crypt here; the plan keeps only hashes.
public struct ProvisioningPlan: Sendable {
    /// The distribution.
    public let distro: DistroProfile
    /// The image definition.
    public let image: ImageDefinition
    /// The parameters, checked, passwords hashed.
    public let parameters: PlanParameters
    /// Which parts are a fleet template's values, when the plan is a host's from one.
    var sharing: PlanSharing?

    /// Checks parameters for a distribution and an image.
    ///
    /// - Parameters:
    ///   - distro: The distribution.
    ///   - image: The image definition.
    ///   - parameters: What the VM should look like.
    /// - Throws: ``PlanError`` with every problem found.
    public init(distro: DistroProfile, image: ImageDefinition = ImageDefinition(), parameters: PlanParameters)
        throws(PlanError)
    {
        try self.init(distro: distro, image: image, parameters: parameters, checked: [])
    }

    /// Checks parameters for a distribution and an image, but for the groups of fields in
    /// `checked`, which hold the values of parameters checked before without a problem in them
    /// (a fleet's hosts, sharing what their variables do not change).
    ///
    /// - Throws: ``PlanError`` with every problem found.
    init(
        distro: DistroProfile, image: ImageDefinition, parameters: PlanParameters, checked: Set<PlanValidation.Group>
    ) throws(PlanError) {
        var validation = PlanValidation(distro: distro, image: image, parameters: parameters)
        validation.run(skipping: checked)
        guard validation.problems.isEmpty else { throw PlanError(validation.problems) }
        self.distro = distro
        self.image = image
        self.parameters = validation.parameters
    }

    /// The distribution's provisioner.
    public var provisioner: Provisioner { distro.provisioner.value }

    /// Whether anything provisions the VM: a generalized image.
    public var isProvisioned: Bool { image.osState == .generalized }

    /// The provisioner as the manifest names it: `cloud-init`, `waagent` or `ignition`, and
    /// `none` for a specialized image.
    public var provisionerName: String { isProvisioned ? provisioner.rawValue : "none" }

    /// The `Provisioning.Agent` value the image's waagent.conf carries.
    public var provisioningAgent: ProvisioningAgent { distro.provisioningAgent(for: image.osState) }

    /// Whether the plan has anything for first boot to apply.
    public var hasFirstBootSettings: Bool { !parameters.setFields.isEmpty }
}
