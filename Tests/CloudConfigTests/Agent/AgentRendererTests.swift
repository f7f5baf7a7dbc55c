import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The renderer: canonical files per distribution, read back identically by our parser (and,
/// through the oracle tests, by both agents), and refusal of values the agent would misread.
@Suite struct AgentRendererTests {
    /// One distribution's canonical file: its baseline with the overrides its provisioner needs.
    struct Case: CustomStringConvertible, Sendable {
        var distro: String
        var overrides: [AgentSetting]
        var description: String { distro }
    }

    /// cloud-init images: explicit cloud-init, the disk left to cloud-init.
    static let cloudInit = [
        AgentSetting("Provisioning.Agent", .string("cloud-init")), AgentSetting("ResourceDisk.Format", .bool(false)),
        AgentSetting("ResourceDisk.EnableSwap", .bool(false)),
    ]

    /// Every distribution of the mapping: Flatcar keeps its shipped provisioning, openSUSE is
    /// provisioned by the agent (its documentation installs no cloud-init), the rest by cloud-init.
    static let cases: [Case] = AgentBaseline.distroMapping.map { entry in
        switch entry.distro {
        case "flatcar": Case(distro: entry.distro, overrides: [])
        case "opensuse-leap-15":
            Case(
                distro: entry.distro,
                overrides: [
                    AgentSetting("Provisioning.Agent", .string("waagent")),
                    AgentSetting("ResourceDisk.Format", .bool(false)),
                    AgentSetting("ResourceDisk.EnableSwap", .bool(false)),
                ])
        default: Case(distro: entry.distro, overrides: cloudInit)
        }
    }

    static func render(_ testCase: Case) throws -> (text: String, baseline: AgentBaseline) {
        let baseline = try #require(AgentBaseline.forDistro(testCase.distro))
        let text = try AgentRenderer(version: baseline.agentVersion).render(
            baseline: baseline, overrides: testCase.overrides,
            header: ["waagent.conf for \(testCase.distro), rendered by cloudcfg from the \(baseline.id) baseline"])
        return (text, baseline)
    }

    /// The rendered files are the fixtures the agents judge (`Fixtures/waagent/rendered`);
    /// `CLOUDCFG_RECORD=rendered` re-records them, after which the 2.15 verdicts need re-recording.
    @Test(arguments: cases)
    func renderMatchesGolden(_ testCase: Case) throws {
        let (text, _) = try Self.render(testCase)
        let url = Golden.fixturesDirectory.appendingPathComponent("waagent/rendered/\(testCase.distro).conf")
        if Recording.isRecording("rendered") {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "CLOUDCFG_RECORD=rendered re-records rendered/\(testCase.distro).conf")
    }

    @Test(arguments: cases)
    func renderReadsBackToTheIntendedValues(_ testCase: Case) throws {
        let (text, baseline) = try Self.render(testCase)
        let version = baseline.agentVersion
        let configuration = AgentConfiguration(text: text)
        let settings = try AgentRenderer(version: version).settings(baseline: baseline, overrides: testCase.overrides)
        #expect(configuration.entries.map(\.key) == settings.map(\.key))
        #expect(configuration.commentLines.count == 1)
        let effective = try #require(configuration.effectiveConfiguration(for: version))
        for setting in settings {
            let option = try #require(AgentCatalog.agent.option(setting.key))
            if option.reading(for: version)?.method == .string, case .integer(let number) = setting.value {
                #expect(effective[setting.key] == .string(number.description))
            } else {
                #expect(effective[setting.key] == setting.value, "\(setting.key)")
            }
            #expect(effective.values.first { $0.key == setting.key }?.source == .file)
        }
        #expect(configuration.entry(for: "Provisioning.Agent") != nil)
        let findings = configuration.findings(for: version).filter { $0.severity != .note }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        for override in testCase.overrides { #expect(effective[override.key] == override.value) }
    }

    @Test func deadKeysOfTheBaselineAreDropped() throws {
        let text = try AgentRenderer().render(baseline: .mariner)
        #expect(!text.contains("Role."))
        #expect(!text.contains("Provisioning.Enabled"))
        #expect(text.contains("Provisioning.Agent=auto\n"))
    }

    @Test func provisioningAgentIsAlwaysExplicit() throws {
        let text = try AgentRenderer().render(baseline: nil, overrides: [AgentSetting("Logs.Verbose", .bool(true))])
        #expect(
            text == "Logs.Verbose=y\n\nProvisioning.Agent=auto\n"
                || text == "Provisioning.Agent=auto\n\nLogs.Verbose=y\n")
    }

    @Test func nullOverrideRemovesAKey() throws {
        let text = try AgentRenderer().render(
            baseline: .generic, overrides: [AgentSetting("ResourceDisk.MountOptions", .null)])
        #expect(!text.contains("MountOptions"))
        #expect(!text.contains("None"))
    }

    @Test(arguments: [
        ("Provisioning.Agent", AgentValue.string("cloud-int"), AgentRenderError.Code.valueNotAllowed),
        ("Provisioning.Agent", .string("Cloud-Init"), .valueNotAllowed),
        ("ResourceDisk.Format", .string("yes"), .wrongType),
        ("ResourceDisk.SwapSizeMB", .string("2048MB"), .wrongType),
        ("ResourceDisk.MountPoint", .string("/mnt/a#b"), .unsafeValue),
        ("ResourceDisk.MountPoint", .string("\"/mnt\""), .unsafeValue),
        ("ResourceDisk.MountPoint", .string(" /mnt"), .unsafeValue),
        ("ResourceDisk.MountPoint", .string("/mnt\u{3000}"), .unsafeValue),
        ("ResourceDisk.MountPoint", .string("None"), .unsafeValue),
        ("ResourceDisk.MountPoint", .string(""), .unsafeValue),
        ("ResourceDisk.MountPoint", .string("a\nb"), .unsafeValue),
        ("Provisioning.Enabled", .bool(false), .unknownOption),
        ("resourcedisk.format", .bool(false), .unknownOption),
        ("Debug.AutoUpdateHotfixFrequency", .int(10), .unknownOption),
        ("Extensions.WaitForCloudInitTimeout", .int(600), .valueIgnored),
    ])
    func refusesWhatTheAgentWouldMisread(_ key: String, _ value: AgentValue, _ code: AgentRenderError.Code) {
        #expect(throws: AgentRenderError.self) {
            try AgentRenderer().render(baseline: .generic, overrides: [AgentSetting(key, value)])
        }
        do {
            _ = try AgentRenderer().render(baseline: .generic, overrides: [AgentSetting(key, value)])
        } catch {
            #expect(error.code == code, "\(error.message)")
        }
    }

    @Test func keysNewerThanTheVersionAreRefused() {
        #expect(throws: AgentRenderError.self) {
            try AgentRenderer(version: .debian12).render(
                baseline: .debian12, overrides: [AgentSetting("Extensions.WaitForCloudInit", .bool(true))])
        }
    }
}
