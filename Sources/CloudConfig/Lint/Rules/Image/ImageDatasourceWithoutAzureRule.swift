/// A `datasource_list` without Azure where cloud-init provisions for the agent.
struct ImageDatasourceWithoutAzureRule: ImageRule {
    let definition = RuleDescription(
        id: .imageDatasourceWithoutAzure, family: .image, defaultSeverity: .error,
        summary: "cloud-init provisions for the agent but its datasource_list has no Azure",
        rationale: "When the Azure Linux Agent leaves provisioning to cloud-init it waits for cloud-init's Azure "
            + "datasource to write ovf-env.xml. With a datasource_list that does not name Azure, cloud-init never "
            + "looks for it: no user is created, and after about 30 minutes the agent reports provisioning as "
            + "failed.",
        triggeringExamples: [
            RuleExample(
                """
                ==> etc/waagent.conf <==
                Provisioning.Agent=cloud-init
                ==> etc/cloud/cloud.cfg.d/90_dpkg.cfg <==
                1️⃣datasource_list: [NoCloud, None]

                """, message: "datasource_list names no Azure datasource")
        ],
        nonTriggeringExamples: [
            """
            ==> etc/waagent.conf <==
            Provisioning.Agent=cloud-init
            ==> etc/cloud/cloud.cfg.d/90_dpkg.cfg <==
            datasource_list: [NoCloud, None]
            ==> etc/cloud/cloud.cfg.d/91-azure_datasource.cfg <==
            datasource_list: [Azure]

            """
        ])

    func check(_ image: ImageContext) -> [ImageFinding] {
        guard image.cloudInitProvisions, case .sequence(let items)? = image.systemValue("datasource_list"),
            let site = image.systemSite(["datasource_list"]), let provisioning = image.provisioningSite
        else { return [] }
        // 22.4.2 finds datasources by their exact name; later releases ignore the case.
        let names = items.compactMap(\.string)
        let hasAzure = names.contains { image.target > "22.4.2" ? $0.lowercased() == "azure" : $0 == "Azure" }
        guard !hasAzure else { return [] }
        return [
            ImageFinding(
                .withoutAzure, at: site, siteNote: "datasource_list names no Azure datasource",
                related: [(provisioning.note, provisioning.site)])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let withoutAzure = Self(
        "datasource_list names no Azure datasource, but the agent leaves provisioning to cloud-init: cloud-init never "
            + "writes the ovf-env.xml the agent waits for, and provisioning fails after about 30 minutes; add Azure")
}
