/// The rules that check the files of an image together, in the order `cloudcfg rules` lists them.
enum ImageRules {
    /// Every image rule.
    static let all: [any ImageRule] = [
        ImageWaagentWithCloudInitRule(), ImageDatasourceWithoutAzureRule(), ImageDataDirMismatchRule(),
        ImageSSHHostKeyTypeRule(), ImageResourceDiskConflictRule(), ImageCustomDataWithCloudInitRule(),
    ]
}

extension ImageContext {
    /// Where the waagent.conf says who provisions: the `Provisioning.Agent` line, or the start of
    /// the file when it is unset (auto).
    var provisioningSite: (site: Site, note: String)? {
        guard let agent else { return nil }
        let value = agent.effective["Provisioning.Agent"]?.description ?? "auto"
        if let site = agentSite("Provisioning.Agent") {
            return (site, "Provisioning.Agent=\(value): the agent leaves provisioning to cloud-init")
        }
        guard let start = agentStart else { return nil }
        return (start, "Provisioning.Agent is not set (auto): the agent leaves provisioning to cloud-init")
    }
}
