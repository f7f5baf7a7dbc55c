extension DistroProfile {
    /// The profile's entry in `cloudcfg distros --format json`: the contract fields `id`,
    /// `name`, `version`, `provisioner`, `agentService` and `cloudInitVersion` (a string, or
    /// `null` when cloud-init does not provision or its release is open), plus
    /// `cloudInitLintTarget`, `agentPackage`, `agentBaseline` and `evidence`, the label of each
    /// fact by field name.
    public var summaryJSON: JSONValue {
        let cloudInitEvidence = cloudInit.map { JSONValue.string($0.version.evidence.rawValue) } ?? .null
        return .object([
            ("id", .string(id)),
            ("name", .string(name)),
            ("version", .string(version)),
            ("provisioner", .string(provisioner.value.rawValue)),
            ("agentService", .string(agent.service.value)),
            ("agentPackage", .optional(agent.package.value)),
            ("agentBaseline", .optional(agentBaselineMapping?.baseline)),
            ("cloudInitVersion", .optional(cloudInit?.version.value?.description)),
            ("cloudInitLintTarget", .optional(cloudInit?.lintTarget.description)),
            (
                "evidence",
                .object([
                    ("provisioner", .string(provisioner.evidence.rawValue)),
                    ("agentService", .string(agent.service.evidence.rawValue)),
                    ("agentPackage", .string(agent.package.evidence.rawValue)),
                    ("agentBaseline", .optional(agentBaselineMapping?.evidence.rawValue)),
                    ("cloudInitVersion", cloudInitEvidence),
                ])
            ),
        ])
    }

    /// The catalog for `cloudcfg distros --format json`: an array of ``summaryJSON`` entries in
    /// catalog order, keys sorted, pretty-printed.
    ///
    /// - Parameter profiles: The profiles to list.
    /// - Returns: The JSON text with a final line break.
    public static func catalogJSON(_ profiles: [DistroProfile] = all) -> String {
        JSONValue.array(profiles.map(\.summaryJSON)).serialized(pretty: true, sortKeys: true) + "\n"
    }
}
