import Testing

@testable import CloudConfig

/// The Ignition types, their JSON and cloudcfg's own validation.
@Suite struct IgnitionConfigTests {
    @Test func serializesInTheSpecShapeWithSortedKeys() {
        let config = IgnitionConfig(
            users: [IgnitionUser(name: "core", sshAuthorizedKeys: ["ssh-ed25519 AAAA a@b"], groups: ["sudo"])],
            files: [.text("/etc/waagent.conf", "Provisioning.Agent=waagent\n", mode: 0o644)],
            units: [IgnitionUnit(name: "waagent.service", enabled: true)])
        let expected = """
            {"ignition":{"version":"3.3.0"},"passwd":{"users":[{"groups":["sudo"],"name":"core",\
            "sshAuthorizedKeys":["ssh-ed25519 AAAA a@b"]}]},"storage":{"files":[{"contents":{"source":\
            "data:,Provisioning.Agent%3Dwaagent%0A"},"mode":420,"overwrite":true,"path":"/etc/waagent.conf"}]},\
            "systemd":{"units":[{"enabled":true,"name":"waagent.service"}]}}

            """
        #expect(config.serialized(pretty: false) == expected)
        #expect(config.serialized() == config.serialized())
        #expect(config.serialized().hasSuffix("}\n"))
        #expect(!config.serialized().contains("compression"))
    }

    @Test func emptySectionsAndAbsentFieldsAreLeftOut() {
        #expect(IgnitionConfig().serialized(pretty: false) == "{\"ignition\":{\"version\":\"3.3.0\"}}\n")
        let json = IgnitionConfig(directories: [IgnitionDirectory(path: "/opt")]).serialized(pretty: false)
        #expect(json == "{\"ignition\":{\"version\":\"3.3.0\"},\"storage\":{\"directories\":[{\"path\":\"/opt\"}]}}\n")
    }

    @Test func theValidCorpusHasNoFindings() throws {
        for (name, config) in try IgnitionCorpus.valid {
            #expect(config.validate().isEmpty, "\(name): \(config.validate())")
        }
    }

    @Test(arguments: IgnitionCorpus.invalid.map(\.name))
    func eachPlantedDefectIsFoundWithItsCode(_ name: String) throws {
        let entry = try #require(IgnitionCorpus.invalid.first { $0.name == name })
        let findings = entry.config.validate()
        #expect(findings.map(\.code) == [entry.code], "\(name): \(findings)")
        for finding in findings {
            #expect(finding.path.hasPrefix("$."))
            #expect(finding.message.first?.isLowercase == true && finding.message.last != ".")
        }
    }

    @Test func everyCodeIsPlantedInTheCorpus() {
        #expect(Set(IgnitionCorpus.invalid.map(\.code)) == Set(IgnitionFinding.Code.all))
    }

    @Test func findingsPointAtTheEntry() {
        let config = IgnitionConfig(
            files: [.text("/etc/a", "a"), .text("etc/b", "b")], directories: [IgnitionDirectory(path: "/etc/a")])
        let findings = config.validate()
        #expect(findings.map(\.path).sorted() == ["$.storage.files.0", "$.storage.files.1.path"])
        #expect(findings.contains { $0.code == .duplicatePath && $0.message.contains("$.storage.directories.0") })
    }

    @Test func versions() {
        #expect(IgnitionVersion("3.3.0") == .v330)
        #expect(IgnitionVersion("3.4.0-experimental")?.prerelease == "experimental")
        #expect(IgnitionVersion("3.4.0-experimental").map { $0 < IgnitionVersion("3.4.0") ?? .v330 } == true)
        #expect(IgnitionVersion("3.3") == nil && IgnitionVersion("3.3.x") == nil && IgnitionVersion("3.3.0-") == nil)
        #expect(IgnitionVersion.supported.map(\.description) == ["3.0.0", "3.1.0", "3.2.0", "3.3.0"])
        #expect(IgnitionVersion("3.4.0-experimental")?.isSupported == false)
    }

    @Test func flatcarGetsItsAgentConfigurationAsAStorageFile() throws {
        let file = try IgnitionCorpus.flatcarAgentConfiguration
        #expect(file.path == "/etc/waagent.conf")
        #expect(file.mode == 0o644 && file.overwrite == true)
        let text = String(decoding: try file.contents(), as: UTF8.self)
        #expect(
            text
                == (try DistroProfile.flatcar.renderAgentConfiguration(
                    for: .generalized, header: ["written by cloudcfg"])))
        #expect(text.contains("Provisioning.Agent=waagent\n"))
        #expect(IgnitionFile.agentConfiguration("x", for: .ubuntu2404) == nil)
    }
}
