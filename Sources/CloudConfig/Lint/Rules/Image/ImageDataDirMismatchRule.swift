/// The agent's `Lib.Dir` is not the Azure datasource's `data_dir`.
struct ImageDataDirMismatchRule: ImageRule {
    let definition = RuleDescription(
        id: .imageDataDirMismatch, family: .image, defaultSeverity: .error,
        summary: "The agent's Lib.Dir is not the Azure datasource's data_dir",
        rationale: "When cloud-init provisions, its Azure datasource writes ovf-env.xml into datasource.Azure.data_dir "
            + "and the agent waits for it in Lib.Dir, both /var/lib/waagent unless set. If they differ the agent "
            + "never sees the file and reports provisioning as failed after about 30 minutes.",
        triggeringExamples: [
            RuleExample(
                """
                ==> etc/waagent.conf <==
                Provisioning.Agent=cloud-init
                1️⃣Lib.Dir=/var/lib/azure-agent
                ==> etc/cloud/cloud.cfg.d/91-azure_datasource.cfg <==
                datasource_list: [Azure]

                """, message: "the agent waits for ovf-env.xml in /var/lib/azure-agent")
        ],
        nonTriggeringExamples: [
            """
            ==> etc/waagent.conf <==
            Provisioning.Agent=cloud-init
            Lib.Dir=/var/lib/waagent/
            ==> etc/cloud/cloud.cfg.d/91-azure_datasource.cfg <==
            datasource:
              Azure:
                data_dir: /var/lib/waagent

            """
        ])

    func check(_ image: ImageContext) -> [ImageFinding] {
        guard image.cloudInitProvisions, case .string(let libDir)? = image.agent?.effective["Lib.Dir"] else {
            return []
        }
        let path = ["datasource", "Azure", "data_dir"]
        var dataDir = "/var/lib/waagent"
        if case .mapping(let datasources)? = image.systemValue("datasource"),
            case .mapping(let azure)? = PythonValue.get("Azure", in: datasources),
            let value = PythonValue.get("data_dir", in: azure)?.string
        {
            dataDir = value
        }
        func normalised(_ path: String) -> String {
            var path = path
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            return path
        }
        guard normalised(libDir) != normalised(dataDir) else { return [] }
        let agentSite = image.agentSite("Lib.Dir")
        let systemSite = image.systemSite(path)
        let agentNote = "the agent waits for ovf-env.xml in Lib.Dir, \(libDir)"
        let systemNote = "cloud-init writes ovf-env.xml to datasource.Azure.data_dir, \(dataDir)"
        let message = Diagnostic.Message.mismatch(libDir: libDir, dataDir: dataDir)
        if let agentSite {
            // Where cloud-init's directory comes from: its setting, or the image's cloud-init when
            // the default applies.
            let related =
                systemSite.map { [(systemNote, $0)] }
                ?? image.cloudInitEvidence.map {
                    [("cloud-init writes ovf-env.xml to datasource.Azure.data_dir, \(dataDir) unless set", $0)]
                } ?? []
            return [ImageFinding(message, at: agentSite, siteNote: agentNote, related: related)]
        }
        guard let systemSite else { return [] }
        return [
            ImageFinding(
                message, at: systemSite, siteNote: systemNote,
                related: image.agentStart.map { [("Lib.Dir is not set: the agent uses \(libDir)", $0)] } ?? [])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func mismatch(libDir: String, dataDir: String) -> Self {
        Self(
            "cloud-init writes ovf-env.xml to \(dataDir) (datasource.Azure.data_dir), but the agent waits for ovf-env.xml "
                + "in \(libDir) (Lib.Dir): it never sees it and provisioning fails; make the two the same")
    }
}
