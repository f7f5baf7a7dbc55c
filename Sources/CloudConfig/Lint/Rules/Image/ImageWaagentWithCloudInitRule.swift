/// `Provisioning.Agent=waagent` in an image that carries cloud-init.
struct ImageWaagentWithCloudInitRule: ImageRule {
    let definition = RuleDescription(
        id: .imageWaagentWithCloudInit, family: .image, defaultSeverity: .error,
        summary: "The agent is to provision an image that carries cloud-init",
        rationale: "With Provisioning.Agent=waagent the agent provisions the VM itself, but first checks whether "
            + "cloud-init is installed and enabled; if it is, it stops with 'cloud-init appears to be installed and "
            + "enabled, this is not expected, cannot continue' and provisioning fails. The check asks systemd, so "
            + "an /etc/cloud/cloud-init.disabled file does not help. Let cloud-init provision "
            + "(Provisioning.Agent=cloud-init), or build the image without cloud-init.",
        triggeringExamples: [
            RuleExample(
                """
                ==> etc/waagent.conf <==
                1️⃣Provisioning.Agent=waagent
                ==> etc/cloud/cloud.cfg.d/91-azure_datasource.cfg <==
                datasource_list: [Azure]

                """, message: "the agent refuses to provision")
        ],
        nonTriggeringExamples: [
            """
            ==> etc/waagent.conf <==
            Provisioning.Agent=cloud-init
            ==> etc/cloud/cloud.cfg.d/91-azure_datasource.cfg <==
            datasource_list: [Azure]

            """
        ])

    func check(_ image: ImageContext) -> [ImageFinding] {
        guard image.provisioning == .agent, let site = image.agentSite("Provisioning.Agent"),
            let evidence = image.cloudInitEvidence
        else { return [] }
        return [
            ImageFinding(
                .waagentWithCloudInit, at: site, siteNote: "Provisioning.Agent=waagent",
                related: [("cloud-init's configuration is in the image", evidence)])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let waagentWithCloudInit = Self(
        "Provisioning.Agent=waagent in an image that carries cloud-init: when cloud-init is enabled the agent refuses "
            + "to provision ('cloud-init appears to be installed and enabled') and provisioning fails; write "
            + "Provisioning.Agent=cloud-init, or build the image without cloud-init")
}
