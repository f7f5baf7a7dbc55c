/// The agent waits for an SSH host key type cloud-init does not make.
struct ImageSSHHostKeyTypeRule: ImageRule {
    let definition = RuleDescription(
        id: .imageSSHHostKeyType, family: .image, defaultSeverity: .error,
        summary: "The agent waits for an SSH host key cloud-init does not make",
        rationale: "When cloud-init provisions, the agent waits for /etc/ssh/ssh_host_<type>_key.pub, the type being "
            + "Provisioning.SshHostKeyPairType (rsa unless set; auto means rsa), and reports provisioning as failed "
            + "after about 30 minutes if it does not appear. cloud-init makes the types in ssh_genkeytypes (rsa, "
            + "ecdsa and ed25519 by default; 22.4.2 also dsa), only the types of ssh_keys when those are given, and "
            + "none when its ssh module is not in cloud_init_modules.",
        triggeringExamples: [
            RuleExample(
                """
                ==> etc/waagent.conf <==
                Provisioning.Agent=cloud-init
                1️⃣Provisioning.SshHostKeyPairType=ecdsa
                ==> etc/cloud/cloud.cfg.d/50-ssh.cfg <==
                ssh_genkeytypes: [rsa, ed25519]

                """, message: "the agent waits for /etc/ssh/ssh_host_ecdsa_key.pub")
        ],
        nonTriggeringExamples: [
            """
            ==> etc/waagent.conf <==
            Provisioning.Agent=cloud-init
            Provisioning.SshHostKeyPairType=ed25519
            ==> etc/cloud/cloud.cfg.d/50-ssh.cfg <==
            ssh_genkeytypes: [rsa, ed25519]

            """
        ])

    /// What cloud-init makes, and where that is decided.
    struct Generated {
        var types: [String]
        var reason: String
        var site: ImageContext.Site?
    }

    func check(_ image: ImageContext) -> [ImageFinding] {
        guard image.cloudInitProvisions,
            case .string(var type)? = image.agent?.effective["Provisioning.SshHostKeyPairType"]
        else { return [] }
        if type == "auto" { type = "rsa" }
        let site = image.agentSite("Provisioning.SshHostKeyPairType") ?? image.agentStart
        guard let site else { return [] }
        // The user-data a VM boots with decides, over the image; without user-data, the image alone.
        let sources: [ImageContext.UserData?] = image.userData.isEmpty ? [nil] : image.userData
        var findings: [ImageFinding] = []
        for userData in sources {
            guard let generated = Self.generated(image, userData: userData), !generated.types.contains(type) else {
                continue
            }
            findings.append(
                ImageFinding(
                    .notGenerated(type, generated), at: site,
                    siteNote: "the agent waits for /etc/ssh/ssh_host_\(type)_key.pub",
                    related: generated.site.map { [(generated.reason, $0)] } ?? []))
        }
        return findings
    }

    /// The host key types cloud-init makes, or `nil` when the image's own keys may stay.
    static func generated(_ image: ImageContext, userData: ImageContext.UserData?) -> Generated? {
        func value(_ key: String) -> (YAMLValue, ImageContext.Site?)? {
            if let userData, let value = image.value(key, in: userData) {
                return (value, image.site(key, in: userData))
            }
            return image.systemValue(key).map { ($0, image.systemSite([key])) }
        }
        if let (modules, site) = value("cloud_init_modules"), case .sequence(let items) = modules {
            let names = items.compactMap { item -> String? in
                if case .sequence(let pair) = item { return pair.first?.string }
                return item.string
            }.map { $0.replacing("-", with: "_") }
            if !names.contains("ssh") {
                return Generated(
                    types: [], reason: "cloud_init_modules has no ssh module: cloud-init makes no host key", site: site)
            }
        }
        if let (deleteKeys, _) = value("ssh_deletekeys"), case .scalar(.bool(false)) = deleteKeys { return nil }
        if let (keys, site) = value("ssh_keys"), case .mapping(let entries) = keys {
            let types = entries.compactMap(\.key.string).compactMap { key -> String? in
                for suffix in ["_private", "_public"] where key.hasSuffix(suffix) {
                    return String(key.dropLast(suffix.count))
                }
                return nil
            }
            return Generated(
                types: Array(Set(types)).sorted(), reason: "ssh_keys gives the host keys cloud-init writes", site: site)
        }
        if let (list, site) = value("ssh_genkeytypes"), case .sequence(let items) = list {
            return Generated(
                types: items.compactMap(\.string), reason: "ssh_genkeytypes lists the keys cloud-init makes", site: site
            )
        }
        let defaults = image.target > "22.4.2" ? ["rsa", "ecdsa", "ed25519"] : ["rsa", "dsa", "ecdsa", "ed25519"]
        return Generated(types: defaults, reason: "", site: nil)
    }
}

extension Diagnostic.Message {
    fileprivate static func notGenerated(_ type: String, _ generated: ImageSSHHostKeyTypeRule.Generated) -> Self {
        guard !generated.types.isEmpty else {
            return Self(
                "the agent waits for /etc/ssh/ssh_host_\(type)_key.pub, but cloud-init makes no host key: provisioning "
                    + "fails after about 30 minutes; put ssh in cloud_init_modules")
        }
        return Self(
            "the agent waits for /etc/ssh/ssh_host_\(type)_key.pub, but cloud-init makes "
                + generated.types.joined(separator: ", ") + ": provisioning fails after about 30 minutes; set "
                + "Provisioning.SshHostKeyPairType to a type cloud-init makes")
    }
}
