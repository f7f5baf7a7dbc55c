import Foundation
import Testing

@testable import CloudConfig

/// What generate writes for each kind of distribution and image, and that every artifact passes
/// our own checks before it may be written.
@Suite struct GeneratorTests {
    static let corpus = Result { try GeneratedCorpus.all() }
    static var cases: [GeneratedCorpus.Case] { (try? corpus.get()) ?? [] }

    @Test func theCorpusIsThere() throws {
        #expect(try Self.corpus.get().count == 14 * 3)
    }

    @Test func everyArtifactPassesOurChecks() {
        for testCase in Self.cases {
            #expect(testCase.output.isWritable, "\(testCase.name): \(testCase.output.findings.filter(\.isBlocking))")
        }
    }

    @Test func eachProvisionerGetsItsArtifacts() throws {
        func files(_ name: String) -> [String] {
            Self.cases.first { $0.name == name }?.output.artifacts.map(\.file) ?? []
        }
        #expect(
            files("example-ubuntu-24.04") == [
                "user-data", "waagent.conf", "cloud.cfg.d/91-azure_datasource.cfg", "cloud.cfg.d/10-azure-kvp.cfg",
                "cloud.cfg.d/90-azure.cfg", "prepare-image.sh",
            ])
        #expect(files("example-flatcar") == ["ignition.json", "waagent.conf", "prepare-image.sh"])
        #expect(files("example-opensuse-leap-15") == ["waagent.conf", "prepare-image.sh"])
        // A specialized image: no first-boot data, no generalize script.
        #expect(
            files("specialized-debian-12") == [
                "waagent.conf", "cloud.cfg.d/91-azure_datasource.cfg", "cloud.cfg.d/10-azure-kvp.cfg",
            ])
        #expect(files("specialized-flatcar") == ["waagent.conf"])
        for testCase in Self.cases {
            let waagent = try #require(testCase.output.artifacts.first { $0.kind == .waagentConf })
            let configuration = AgentConfiguration(
                path: "waagent.conf", text: String(decoding: waagent.bytes, as: UTF8.self))
            let expected =
                testCase.plan.isProvisioned ? testCase.plan.distro.provisioningAgent(for: .generalized) : .disabled
            #expect(configuration.entry(for: "Provisioning.Agent")?.value == expected.rawValue, "\(testCase.name)")
            if testCase.plan.provisioner == .cloudInit {
                #expect(configuration.entry(for: "ResourceDisk.Format")?.value == "n", "\(testCase.name)")
                #expect(configuration.entry(for: "ResourceDisk.EnableSwap")?.value == "n", "\(testCase.name)")
            }
        }
    }

    @Test func theAgentOwnsTheResourceDiskWhereItProvisions() throws {
        let opensuse = try #require(Self.cases.first { $0.name == "everything-opensuse-leap-15" })
        let text = String(decoding: try #require(opensuse.output.artifacts.first).bytes, as: UTF8.self)
        let configuration = AgentConfiguration(path: "waagent.conf", text: text)
        #expect(configuration.entry(for: "ResourceDisk.Format")?.value == "y")
        #expect(configuration.entry(for: "ResourceDisk.MountPoint")?.value == "/mnt/scratch")
        #expect(configuration.entry(for: "ResourceDisk.EnableSwap")?.value == "y")
        #expect(configuration.entry(for: "ResourceDisk.SwapSizeMB")?.value == "1024")
        // On Flatcar the same settings reach the agent through Ignition, at /etc/waagent.conf.
        let flatcar = try #require(Self.cases.first { $0.name == "everything-flatcar" })
        let ignition = String(decoding: try #require(flatcar.output.artifacts.first).bytes, as: UTF8.self)
        #expect(ignition.contains("\"path\": \"/etc/waagent.conf\""))
        #expect(ignition.contains("ResourceDisk.SwapSizeMB%3D1024"))
    }

    @Test func theManifestKeepsItsContract() throws {
        let testCase = try #require(Self.cases.first { $0.name == "example-flatcar" })
        #expect(
            testCase.output.manifest.text == """
                {
                  "artifacts": [
                    {
                      "file": "ignition.json",
                      "installPath": null,
                      "kind": "ignition"
                    },
                    {
                      "file": "waagent.conf",
                      "installPath": "/etc/waagent.conf",
                      "kind": "waagent.conf"
                    },
                    {
                      "file": "prepare-image.sh",
                      "installPath": null,
                      "kind": "script"
                    }
                  ],
                  "distro": "flatcar",
                  "image": {
                    "architecture": "x64",
                    "hyperVGeneration": "V2",
                    "osState": "Generalized"
                  },
                  "provisioner": "ignition"
                }

                """)
        let specialized = try #require(Self.cases.first { $0.name == "specialized-rhel-9" })
        #expect(specialized.output.manifest.provisioner == "none")
        #expect(specialized.output.manifest.text.contains("\"osState\": \"Specialized\""))
        let kinds = Set(Self.cases.flatMap { $0.output.artifacts.map(\.kind) })
        #expect(kinds == Set(ArtifactKind.allCases))
    }

    /// The manifest joined from its artifacts' elements (as a fleet's workers write them) is the
    /// manifest's JSON written whole, whatever the names hold and however many artifacts there are.
    @Test func theManifestJoinedFromElementsIsTheWholeSerialization() throws {
        var manifests = Self.cases.map(\.output.manifest)
        #expect(!manifests.isEmpty)
        let odd = ["hosts/a\"b\\c/user-data", "line\nbreak\ttab", "caf\u{E9} \u{2028} \u{7F}", "{\n  \"x\": []"]
        var manifest = try #require(manifests.first)
        manifest.artifacts = odd.map { GeneratedArtifact(file: $0, installPath: $0, kind: .userData, bytes: []) }
        manifests.append(manifest)
        manifest.artifacts = []
        manifests.append(manifest)
        manifest.artifacts = [GeneratedArtifact(file: "one", installPath: nil, kind: .script, bytes: [])]
        manifests.append(manifest)
        for manifest in manifests {
            let whole = manifest.json.serialized(pretty: true, sortKeys: true) + "\n"
            #expect(manifest.text == whole)
            var bare = manifest
            bare.artifacts = []
            #expect(bare.text(elements: manifest.artifacts.map(ImageManifest.element)) == whole)
        }
    }

    @Test func noOutputHoldsAPlainTextPassword() {
        for testCase in Self.cases {
            for artifact in testCase.output.artifacts {
                let text = String(decoding: artifact.bytes, as: UTF8.self)
                for secret in ["Correct-Horse-1", "Deploy-Pass-2"] {
                    #expect(!text.contains(secret), "\(testCase.name)/\(artifact.file) holds a password in plain text")
                    // Nor encoded: base64 of the password, and the MIME parts' base64 bodies.
                    #expect(
                        !text.contains(Base64.encode(Array(secret.utf8)).dropLast(4)),
                        "\(testCase.name)/\(artifact.file)")
                }
                if artifact.kind == .userData {
                    let envelope = UserDataEnvelope.open(SourceFile(path: artifact.file, bytes: artifact.bytes))
                    for part in envelope.parts {
                        let payload = String(decoding: part.payload, as: UTF8.self)
                        #expect(!payload.contains("Correct-Horse-1") && !payload.contains("Deploy-Pass-2"))
                    }
                }
            }
        }
    }

    @Test func extraPartsMakeMIMEWithTheCloudConfigFirst() throws {
        let testCase = try #require(Self.cases.first { $0.name == "everything-debian-12" })
        let userData = try #require(testCase.output.artifacts.first { $0.kind == .userData })
        #expect(UserDataKind.detect(userData.bytes) == .mime)
        let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", bytes: userData.bytes))
        #expect(
            envelope.parts.map(\.contentType) == ["text/cloud-config", "text/x-shellscript", "text/cloud-boothook"])
        #expect(envelope.parts.map(\.filename) == ["cloud-config.yaml", "setup.sh", "boot.sh"])
        let cloudConfig = try CloudConfigRenderer.text(for: testCase.plan)
        #expect(envelope.parts.first?.payload == Array(cloudConfig.utf8))
    }

    @Test func firstBootDataOverItsBudgetIsRefusedWithItsSizes() throws {
        var parameters = PlanParameters()
        var generator = SplitMix64(seed: 7)
        let noise = (0..<60_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        parameters.files = [ProvisionedFile(path: "/opt/noise", content: .bytes(noise), encoding: .base64)]
        let plan = try ProvisioningPlan(distro: .debian12, parameters: parameters)
        let output = Generator().generate(plan)
        let budget = try #require(output.findings.first { $0.code == ArtifactFinding.budget })
        #expect(budget.artifact == "user-data")
        #expect(budget.message.contains("do not fit the Azure custom data budget"))
        #expect(budget.message.contains("where 65535 fit"))
        #expect(!output.isWritable)
        // The same plan fits VMware's budget.
        #expect(Generator(budget: .vmware).generate(plan).isWritable)
    }

    @Test func theCheckerFindsWhatLintFinds() {
        let checker = ArtifactChecker(distro: .debian12)
        let userData = GeneratedArtifact(
            file: "user-data", installPath: nil, kind: .userData, text: "#cloud-config\npackages: nginx\npakages: []\n")
        #expect(checker.check(userData).map(\.code) == ["type-mismatch", "unknown-key"])
        let agent = GeneratedArtifact(
            file: "waagent.conf", installPath: "/etc/waagent.conf", kind: .waagentConf,
            text: "Provisioning.Agent=cloudinit\nResourceDisk.Format=yes\n")
        #expect(
            checker.check(agent).filter(\.isBlocking).map(\.code).sorted() == [
                "waagent-provisioning-agent-value", "waagent-switch-value",
            ])
        let dropIn = GeneratedArtifact(
            file: "cloud.cfg.d/x.cfg", installPath: nil, kind: .cloudConfigDropIn,
            text: "datasource_list: [Azure]\npackage_update: maybe\n")
        let found = checker.check(dropIn)
        #expect(found.map(\.code) == ["type-mismatch"])
        #expect(found.first?.location?.line == 2)
        let script = GeneratedArtifact(file: "prepare-image.sh", installPath: nil, kind: .script, text: "echo hi\n")
        #expect(checker.check(script).count == 2)
        let mime = GeneratedArtifact(
            file: "user-data", installPath: nil, kind: .userData,
            bytes: (try? MIMEBuilder.build([
                MIMEPart(text: "#cloud-config\npakages: []\n", contentType: "text/cloud-config")
            ]))
                ?? [])
        #expect(checker.check(mime).map(\.artifact) == ["user-data mime part-001"])
    }

    @Test func theScriptRunsTheDistributionsStepsInOrder() throws {
        for distro in DistroProfile.all {
            let script = try #require(PrepareImageScript.script(for: distro, state: .generalized))
            let commands = script.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
            let steps = distro.generalizeSteps(for: .generalized).map(\.command.description)
            #expect(Array(commands.suffix(steps.count)) == steps, "\(distro.id)")
            #expect(script.hasPrefix("#!/bin/bash\n"))
            #expect(script.contains("\nset -euo pipefail\n"))
            #expect(PrepareImageScript.script(for: distro, state: .specialized) == nil)
        }
    }
}
