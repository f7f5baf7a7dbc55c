import Foundation
import TestSupport
import Testing

/// `Examples/azure-fleet`: the profile's generated outputs are committed beside it and are
/// exactly what `cloudcfg generate` writes now. `CLOUDCFG_RECORD=azure-fleet` writes them again.
@Suite struct AzureFleetExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = root.appendingPathComponent("Examples/azure-fleet")

    /// The distribution directories beside the profile.
    static func committedDistributions() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: example.path).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(
                    atPath: example.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    @Test func theCommittedOutputsAreWhatGenerateWrites() throws {
        if Recording.isRecording("azure-fleet") {
            let run = try LintHarness.run(
                ["generate", "Examples/azure-fleet/profile.yaml", "--out", "Examples/azure-fleet", "--force"],
                workingDirectory: Self.root)
            #expect(run.status == 0, "\(run.stderr)")
            return
        }
        let harness = try LintHarness()
        let run = try LintHarness.run(
            ["generate", Self.example.appendingPathComponent("profile.yaml").path, "--out", harness.path("out")],
            workingDirectory: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        let generated = harness.directory.appendingPathComponent("out")
        let distributions = try FileManager.default.contentsOfDirectory(atPath: generated.path).sorted()
        #expect(distributions.count == 14)
        #expect(
            try Self.committedDistributions() == distributions,
            "the committed outputs are for other distributions: CLOUDCFG_RECORD=azure-fleet swift test --filter AzureFleetExampleTests"
        )
        for distribution in distributions {
            let expected = GenerateCommandTests.files(under: Self.example.appendingPathComponent(distribution))
            let actual = GenerateCommandTests.files(under: generated.appendingPathComponent(distribution))
            #expect(expected == actual, "\(distribution): the committed files differ from what generate writes")
            for file in actual {
                let committed = try Data(
                    contentsOf: Self.example.appendingPathComponent(distribution).appendingPathComponent(file))
                let written = try Data(
                    contentsOf: generated.appendingPathComponent(distribution).appendingPathComponent(file))
                #expect(
                    committed == written,
                    "\(distribution)/\(file) differs from what generate writes: re-record with CLOUDCFG_RECORD=azure-fleet"
                )
            }
        }
    }

    /// The example's inventory renders every host.
    @Test func theInventoryRendersEveryHost() throws {
        let harness = try LintHarness()
        let run = try LintHarness.run(
            [
                "generate", Self.example.appendingPathComponent("profile.yaml").path, "--distro", "debian-12",
                "--inventory", Self.example.appendingPathComponent("hosts.csv").path, "--out", harness.path("fleet"),
            ], workingDirectory: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        let hosts = try FileManager.default.contentsOfDirectory(atPath: harness.path("fleet/debian-12/hosts")).sorted()
        #expect(hosts == ["web-01", "web-02", "web-03"])
        let userData = try String(
            contentsOfFile: harness.path("fleet/debian-12/hosts/web-03/user-data"), encoding: .utf8)
        #expect(userData.contains("fqdn: web-03.eu.web.example.net"))
    }
}
