import CloudConfig
import Foundation
import Testing

/// `cloudcfg distros` and `cloudcfg explain DISTRO-ID`, run as subprocesses.
@Suite struct DistrosCommandTests {
    static func run(_ arguments: [String]) throws -> LintHarness.Run {
        try LintHarness.run(arguments, workingDirectory: FileManager.default.temporaryDirectory)
    }

    @Test func textListsEveryDistribution() throws {
        let run = try Self.run(["distros"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.count == DistroProfile.all.count + 1)
        for profile in DistroProfile.all {
            let line = try #require(lines.first { $0.hasPrefix(profile.id + " ") }, "\(profile.id) is not listed")
            #expect(line.contains(" \(profile.provisioner.value.rawValue) "))
            #expect(line.contains(" \(profile.agent.service.value) "))
            #expect(line.hasSuffix(profile.name))
        }
        #expect(lines.contains { $0.hasPrefix("debian-12 ") && $0.contains(" 22.4.2 (verified) ") })
        #expect(lines.contains { $0.hasPrefix("sles-15 ") && $0.contains(" unknown (open) ") })
    }

    @Test func jsonKeepsTheContract() throws {
        let run = try Self.run(["distros", "--format", "json"])
        #expect(run.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == DistroProfile.all.map(\.id))
        for entry in entries {
            for key in ["id", "name", "version", "provisioner", "agentService"] {
                #expect(entry[key] is String, "\(key) is a string")
            }
            let provisioner = try #require(entry["provisioner"] as? String)
            #expect(["cloud-init", "waagent", "ignition"].contains(provisioner))
            let cloudInit = try #require(entry["cloudInitVersion"])
            if let version = cloudInit as? String {
                #expect(CloudInitVersion(version) != nil)
            } else {
                #expect(cloudInit is NSNull)
            }
            let evidence = try #require(entry["evidence"] as? [String: Any])
            #expect(evidence["provisioner"] is String)
        }
        let debian = try #require(entries.first { $0["id"] as? String == "debian-12" })
        #expect(debian["cloudInitVersion"] as? String == "22.4.2")
        #expect(debian["agentService"] as? String == "walinuxagent.service")
        #expect((debian["evidence"] as? [String: Any])?["cloudInitVersion"] as? String == "verified")
        let flatcar = try #require(entries.first { $0["id"] as? String == "flatcar" })
        #expect(flatcar["provisioner"] as? String == "ignition")
        #expect(flatcar["cloudInitVersion"] is NSNull)
    }

    @Test func jsonIsDeterministicWithSortedKeys() throws {
        let first = try Self.run(["distros", "--format", "json"])
        let second = try Self.run(["distros", "--format", "json"])
        #expect(first.stdout == second.stdout)
        // Keys of the first object appear in sorted order.
        let keys = first.stdout.split(separator: "\n").prefix { !$0.hasPrefix("  }") }
            .filter { $0.hasPrefix("    \"") }.map { String($0.dropFirst(5).prefix { $0 != "\"" }) }
        #expect(!keys.isEmpty)
        #expect(keys == keys.sorted())
    }

    @Test(arguments: ["ubuntu-24.04", "flatcar", "sles-15", "opensuse-leap-15"])
    func explainShowsEveryFactWithItsEvidence(_ id: String) throws {
        let run = try Self.run(["explain", id])
        #expect(run.status == 0, "\(run.stderr)")
        let profile = try #require(DistroProfile.profile(id: id))
        #expect(run.stdout.hasPrefix("\(id): \(profile.name)\n"))
        for label in [
            "Provisioner: ", "Agent package: ", "Agent service: ", "waagent.conf: ", "waagent.conf baseline: ",
            "Provisioning.Agent: ", "Package manager: ", "Hyper-V daemons: ", "growpart: ", "initramfs: ",
            "Hyper-V drivers: ", "Kernel arguments: ", "Default user: ", "Architectures: ", "Hyper-V generations: ",
            "cloud-init drop-ins:", "Generalize (prepare-image), in order:",
        ] {
            #expect(run.stdout.contains("\n" + label), "\(id): no \(label)")
        }
        #expect(run.stdout.contains("[\(profile.provisioner.evidence.rawValue)]"))
        for step in profile.generalizeSteps(for: .generalized) {
            #expect(run.stdout.contains(step.command.description))
        }
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test func explainLabelsOpenFactsAsOpen() throws {
        let run = try Self.run(["explain", "sles-15"])
        #expect(run.stdout.contains("cloud-init: unknown [open]"))
        #expect(run.stdout.contains("Lint target: cloud-init 22.4.2"))
    }
}
