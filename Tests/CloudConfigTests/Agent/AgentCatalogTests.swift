import Foundation
import Testing

@testable import CloudConfig

/// The catalog's shape, explanations, versions and baselines.
@Suite struct AgentCatalogTests {
    @Test func keyCountsPerRelease() {
        let catalog = AgentCatalog.agent
        // get_configuration() of 2.7.3 lists 66 keys; its accessors read two more.
        #expect(catalog.options(for: .debian12).filter { $0.readings[.agent273]?.isListed == true }.count == 66)
        #expect(catalog.options(for: .debian12).count == 68)
        #expect(catalog.options(for: .newest).count == 81)
        #expect(Set(catalog.options.map(\.key)).count == catalog.options.count)
        #expect(Set(catalog.allKeys).count == catalog.allKeys.count)
    }

    @Test func versions() {
        func parse(_ text: String) -> AgentVersion? { AgentVersion(text) }
        #expect(parse("2.15.0.1")?.release == .agent215)
        #expect(parse("2.10.0.8")?.release == .agent273)
        #expect(parse("2.2.47")?.release == .agent273)
        #expect(parse("2.15") == parse("2.15.0.0"))
        #expect(parse("2") == nil)
        #expect(parse("2.x") == nil)
        #expect(parse("2.15.0.1.2") == nil)
        #expect(AgentVersion.debian12 < .newest)
    }

    @Test func explainsProvisioningAgent() throws {
        let text = try #require(AgentCatalog.agent.explanation(of: "Provisioning.Agent"))
        #expect(text.hasPrefix("Provisioning.Agent (waagent.conf): one of: auto, waagent, cloud-init, disabled\n"))
        #expect(text.contains("Default (agent 2.15): auto"))
        #expect(text.contains("  2.7.3: get_provisioning_agent(), string, default auto"))
        #expect(text.contains("  debian-12: cloud-init"))
        #expect(text.contains("disables provisioning"))
    }

    @Test func explainsVersionedAndObsoleteKeys() throws {
        let wait = try #require(AgentCatalog.agent.explanation(of: "Extensions.WaitForCloudInit", for: .debian12))
        #expect(wait.contains("Agent 2.7.3 does not read it"))
        #expect(wait.contains("  2.7.3: not read"))
        let check = try #require(AgentCatalog.agent.explanation(of: "OS.CheckRdmaDriver"))
        #expect(check.contains("-show-configuration prints: n when unset"))
        let obsolete = try #require(AgentCatalog.agent.explanation(of: "provisioning.usecloudinit"))
        #expect(obsolete.contains("Use instead: Provisioning.Agent"))
        #expect(AgentCatalog.agent.explanation(of: "No.Such.Key") == nil)
    }

    @Test func everyDistroHasABaselineTheAgentReadsCleanly() throws {
        for entry in AgentBaseline.distroMapping {
            let baseline = try #require(AgentBaseline.forDistro(entry.distro))
            for setting in baseline.settings {
                let option = try #require(AgentCatalog.agent.option(setting.key), "\(setting.key)")
                #expect(option.isRead(by: baseline.agentVersion), "\(baseline.id): \(setting.key)")
            }
            for setting in baseline.deadSettings {
                #expect(AgentCatalog.agent.obsoleteOption(setting.key) != nil)
            }
        }
        #expect(AgentBaseline.forDistro("debian-12")?.value(for: "Provisioning.Agent") == .string("cloud-init"))
        #expect(AgentBaseline.forDistro("ubuntu-24.04")?.value(for: "ResourceDisk.MountPoint") == .string("/mnt"))
        #expect(AgentBaseline.forDistro("flatcar")?.value(for: "Provisioning.Agent") == .string("waagent"))
        #expect(AgentBaseline.forDistro("sles-15")?.value(for: "ResourceDisk.Filesystem") == .string("btrfs"))
        #expect(AgentBaseline.forDistro("azurelinux-3")?.value(for: "ResourceDisk.Format") == .bool(false))
        #expect(AgentBaseline.forDistro("windows") == nil)
    }

    /// Our shape files, written to mimic each shipped variant, read to the baseline's values.
    @Test(arguments: [
        ("shape-generic", "generic"), ("shape-ubuntu", "ubuntu"), ("shape-debian-12", "debian-12"),
        ("shape-suse", "suse"), ("shape-coreos", "coreos"), ("shape-mariner", "mariner"), ("shape-flatcar", "flatcar"),
    ])
    func shapesMatchTheirBaseline(_ file: String, _ id: String) throws {
        let baseline = try #require(AgentBaseline.variant(id))
        let configuration = AgentConfiguration(
            SourceFile(path: file, bytes: try WaagentVerdicts.bytes("files/\(file).conf")))
        #expect(configuration.values == baseline.storedValues)
        #expect(configuration.findings(baseline: baseline).filter { $0.code == .differsFromBaseline }.isEmpty)
    }

    @Test func effectiveJSONIsTheShowContract() throws {
        let configuration = AgentConfiguration(
            text: "ResourceDisk.SwapSizeMB=2048\nLogs.Verbose=y\nHttpProxy.Host=None\n")
        let effective = try #require(configuration.effectiveConfiguration(for: .debian12))
        let json = effective.json.serialized(pretty: false, sortKeys: true)
        #expect(json.contains("\"ResourceDisk.SwapSizeMB\":2048"))
        #expect(json.contains("\"Logs.Verbose\":true"))
        #expect(json.contains("\"HttpProxy.Host\":null"))
        #expect(json.contains("\"OS.EnableFirewallPeriod\":30"))
        #expect(!json.contains("Extensions.WaitForCloudInit"))
        #expect(effective.values.first { $0.key == "Logs.Verbose" }?.source == .file)
    }
}
