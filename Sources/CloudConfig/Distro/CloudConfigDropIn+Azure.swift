extension CloudConfigDropIn {
    /// `91-azure_datasource.cfg`: cloud-init looks only for the Azure datasource, instead of
    /// probing every datasource its `datasource_list` names.
    ///
    /// The name sorts after Ubuntu's package-owned `90_dpkg.cfg`, so its list wins there without
    /// editing that file.
    ///
    /// - Parameters:
    ///   - applyNetworkConfig: `false` to write `datasource.Azure.apply_network_config: false`
    ///     (RHEL, CentOS, Oracle and SLES guides: cloud-init then configures only the primary NIC
    ///     by DHCP instead of the IMDS network configuration), `nil` to keep cloud-init's default.
    ///   - evidence: How well the file is established for the distribution.
    ///   - source: Where the content comes from for the distribution.
    /// - Returns: The drop-in.
    public static func azureDatasource(applyNetworkConfig: Bool?, evidence: FactEvidence, source: String) -> Self {
        var entries = [entry("datasource_list", .sequence([string("Azure")]))]
        if let applyNetworkConfig {
            entries.append(
                entry(
                    "datasource",
                    mapping([("Azure", mapping([("apply_network_config", .scalar(.bool(applyNetworkConfig)))]))])))
        }
        return CloudConfigDropIn(
            fileName: "91-azure_datasource.cfg", content: .mapping(entries),
            purpose: "look for the Azure datasource only", evidence: evidence, source: source)
    }

    /// `10-azure-kvp.cfg`: cloud-init's events are reported to the host through Hyper-V KVP
    /// (`reporting`, lower-case: cloud-init ignores the `Reporting:` of the RHEL guide).
    ///
    /// - Parameters:
    ///   - evidence: How well the file is established for the distribution.
    ///   - source: Where the content comes from for the distribution.
    /// - Returns: The drop-in.
    public static func azureKVP(evidence: FactEvidence, source: String) -> Self {
        CloudConfigDropIn(
            fileName: "10-azure-kvp.cfg",
            content: mapping([
                (
                    "reporting",
                    mapping([
                        ("logging", mapping([("type", string("log"))])),
                        ("telemetry", mapping([("type", string("hyperv"))])),
                    ])
                )
            ]),
            purpose: "report provisioning events to the Azure host through Hyper-V KVP", evidence: evidence,
            source: source)
    }

    /// `90-azure.cfg` on Ubuntu: apt uses Azure's Ubuntu mirror, with the main archive (x86)
    /// or the ports archive (other architectures, Arm64 included) as the fallback.
    public static let ubuntuAzureMirrors = CloudConfigDropIn(
        fileName: "90-azure.cfg",
        content: mapping([
            (
                "system_info",
                mapping([
                    (
                        "package_mirrors",
                        .sequence([
                            mapping([
                                ("arches", .sequence([string("i386"), string("amd64")])),
                                (
                                    "failsafe",
                                    mapping([
                                        ("primary", string("http://archive.ubuntu.com/ubuntu")),
                                        ("security", string("http://security.ubuntu.com/ubuntu")),
                                    ])
                                ),
                                (
                                    "search",
                                    mapping([
                                        ("primary", .sequence([string("http://azure.archive.ubuntu.com/ubuntu/")])),
                                        ("security", .sequence([])),
                                    ])
                                ),
                            ]),
                            mapping([
                                ("arches", .sequence([string("armhf"), string("armel"), string("default")])),
                                (
                                    "failsafe",
                                    mapping([
                                        ("primary", string("http://ports.ubuntu.com/ubuntu-ports")),
                                        ("security", string("http://ports.ubuntu.com/ubuntu-ports")),
                                    ])
                                ),
                            ]),
                        ])
                    )
                ])
            )
        ]),
        purpose: "use the Azure mirror of the Ubuntu archive", evidence: .docs,
        source: "create-upload-ubuntu.md writes /etc/cloud/cloud.cfg.d/90-azure.cfg")

    private static func string(_ text: String) -> YAMLValue { .scalar(.string(text)) }

    private static func entry(_ key: String, _ value: YAMLValue) -> YAMLValue.Entry {
        YAMLValue.Entry(key: string(key), value: value)
    }

    private static func mapping(_ pairs: [(String, YAMLValue)]) -> YAMLValue {
        .mapping(pairs.map { entry($0.0, $0.1) })
    }
}
