/// `Provisioning.Agent=cloud-init` with `ResourceDisk.Format=y` (``AgentFinding/Code/resourceDiskWithCloudInit``).
struct WaagentResourceDiskWithCloudInitRule: AgentFindingRule {
    let code = AgentFinding.Code.resourceDiskWithCloudInit
    let definition = RuleDescription(
        id: .waagentResourceDiskWithCloudInit, family: .waagent, defaultSeverity: .warning,
        summary: "The agent formats the resource disk while cloud-init provisions",
        rationale: "The agent's resource-disk handling runs whatever the provisioner, and cloud-init's Azure "
            + "datasource formats and mounts the same disk (ext4 on /mnt): two tools then rewrite fstab, "
            + "use different mount points and may make two swap areas. Every cloud-init image guide sets "
            + "ResourceDisk.Format=n and ResourceDisk.EnableSwap=n.",
        triggeringExamples: [
            RuleExample(
                "Provisioning.Agent=cloud-init\n1️⃣ResourceDisk.Format=y\n", message: "both manage the same disk")
        ],
        nonTriggeringExamples: ["Provisioning.Agent=cloud-init\nResourceDisk.Format=n\nResourceDisk.EnableSwap=n\n"])
}
