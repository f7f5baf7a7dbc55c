/// `Provisioning.DecodeCustomData` or `ExecuteCustomData` where `auto` leaves provisioning to cloud-init.
struct ImageCustomDataWithCloudInitRule: ImageRule {
    let definition = RuleDescription(
        id: .imageCustomDataWithCloudInit, family: .image, defaultSeverity: .warning,
        summary: "The agent is to decode or run custom data that cloud-init consumes",
        rationale: "Provisioning.DecodeCustomData and ExecuteCustomData act only when the agent provisions. In an "
            + "image that carries cloud-init, Provisioning.Agent=auto (the default) leaves provisioning to "
            + "cloud-init, which takes the custom data as user-data: the agent neither writes it out nor runs it.",
        triggeringExamples: [
            RuleExample(
                """
                ==> etc/waagent.conf <==
                Provisioning.Agent=auto
                1️⃣Provisioning.ExecuteCustomData=y
                ==> etc/cloud/cloud.cfg <==
                datasource_list: [Azure]

                """, message: "the agent never runs the custom data")
        ],
        nonTriggeringExamples: [
            """
            ==> etc/waagent.conf <==
            Provisioning.Agent=auto
            Provisioning.ExecuteCustomData=y

            """
        ])

    func check(_ image: ImageContext) -> [ImageFinding] {
        guard image.provisioning == .cloudInit(byAuto: true), let evidence = image.cloudInitEvidence,
            let agent = image.agent
        else { return [] }
        return ["Provisioning.DecodeCustomData", "Provisioning.ExecuteCustomData"].compactMap { key in
            guard agent.effective[key] == .bool(true), let site = image.agentSite(key) else { return nil }
            return ImageFinding(
                .customData(key), at: site, siteNote: "\(key)=y",
                related: [
                    ("cloud-init is in the image, so Provisioning.Agent=auto leaves provisioning to it", evidence)
                ])
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func customData(_ key: String) -> Self {
        let what = key.hasSuffix("ExecuteCustomData") ? "runs" : "writes out"
        return Self(
            "\(key)=y does nothing here: cloud-init is in the image, so Provisioning.Agent=auto leaves provisioning to "
                + "cloud-init, which takes the custom data as user-data; the agent never \(what) the custom data")
    }
}
