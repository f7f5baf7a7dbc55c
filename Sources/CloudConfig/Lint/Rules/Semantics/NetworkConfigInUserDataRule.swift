/// A top-level `network:` in user-data.
struct NetworkConfigInUserDataRule: LintRule {
    let definition = RuleDescription(
        id: .networkConfigInUserData, family: .semantics, defaultSeverity: .error,
        summary: "network: in user-data has no effect",
        rationale: "cloud-init sets up the network in its local stage, before it reads user-data, from the "
            + "datasource's network configuration (for NoCloud a `network-config` file next to `user-data` and "
            + "`meta-data`; on clouds, the platform's metadata), the kernel command line, or `network:` in "
            + "/etc/cloud/cloud.cfg.d/. A `network:` key in user-data is never read; cloud-init 23.4 and later "
            + "reject it as an unknown key. To turn off cloud-init's network configuration, put "
            + "`network: {config: disabled}` in a file under /etc/cloud/cloud.cfg.d/.",
        triggeringExamples: [
            "1️⃣network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: true\n",
            RuleExample(
                "1️⃣network:\n  config: disabled\n",
                message: "to turn off cloud-init's network configuration, put network: {config: disabled} in a file "
                    + "under /etc/cloud/cloud.cfg.d/ in the image"),
        ],
        nonTriggeringExamples: ["ntp:\n  enabled: true\n"],
        supersedes: [.unknownKey],
        inputKinds: [.userData])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let root = context.root,
            let entry = context.namedEntries(of: root).last(where: { $0.name == "network" })
        else { return [] }
        let disables = context.value("config", in: entry.value).flatMap { context.string($0) } == "disabled"
        return [
            diagnostic(
                .networkInUserData(disables: disables), at: context.range(entry.key),
                keyPath: KeyPath.root.appending(key: "network"))
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func networkInUserData(disables: Bool) -> Self {
        let advice =
            disables
            ? "to turn off cloud-init's network configuration, put network: {config: disabled} in a file under "
                + "/etc/cloud/cloud.cfg.d/ in the image"
            : "give it as network-config instead (for NoCloud, a network-config file next to user-data and "
                + "meta-data; on clouds, the platform's network settings)"
        return Self(
            "'network' has no effect in user-data: cloud-init configures the network before it reads user-data, "
                + "from the datasource's network-config, the kernel command line or /etc/cloud/cloud.cfg.d/; \(advice)")
    }
}
