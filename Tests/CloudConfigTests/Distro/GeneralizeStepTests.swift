import Testing

@testable import CloudConfig

/// The order rules of image generalization (`distros.md` section 2.6), checked for every
/// distribution.
@Suite struct GeneralizeStepTests {
    @Test(arguments: DistroProfile.all.map(\.id))
    func deprovisionRunsBeforeAnythingRemovesTheAgentsState(_ id: String) throws {
        let profile = try #require(DistroProfile.profile(id: id))
        let steps = profile.generalizeSteps(for: .generalized)
        let deprovisions = steps.indices.filter { steps[$0].id == "deprovision" }
        #expect(deprovisions.count == 1)
        let deprovision = try #require(deprovisions.first)
        #expect(steps[deprovision].command.description.hasSuffix(" -force -deprovision+user"))
        let firstRemoval = steps.firstIndex { step in
            step.removedPaths.contains { $0 == "/var/lib/waagent" || $0.hasPrefix("/var/lib/waagent/") }
        }
        #expect(firstRemoval == deprovision, "\(id): /var/lib/waagent removed before -deprovision+user")
        #expect(steps.last?.id == "sync")
        #expect(steps.first?.command == .exec(["systemctl", "stop", profile.agent.service.value]))
    }

    @Test(arguments: DistroProfile.all.map(\.id))
    func cloudInitIsCleanedExactlyWhereItProvisions(_ id: String) throws {
        let profile = try #require(DistroProfile.profile(id: id))
        let steps = profile.generalizeSteps(for: .generalized)
        let mentionsCloudInit = steps.filter { $0.command.description.contains("cloud-init") }
        guard let cloudInit = profile.cloudInit else {
            #expect(mentionsCloudInit.isEmpty, "\(id) has no cloud-init to clean")
            return
        }
        let clean = try #require(steps.firstIndex { $0.id == "cloud-init-clean" })
        let deprovision = try #require(steps.firstIndex { $0.id == "deprovision" })
        #expect(clean < deprovision)
        guard case .exec(let arguments) = steps[clean].command else {
            Issue.record("cloud-init clean is not an argument vector")
            return
        }
        #expect(Array(arguments.prefix(4)) == ["cloud-init", "clean", "--logs", "--seed"])
        #expect(arguments.contains("--machine-id") == cloudInit.cleansMachineID)
        // Without --machine-id, the id is emptied another way; with it, not twice.
        #expect(steps.contains { $0.id == "empty-machine-id" } == !cloudInit.cleansMachineID)
    }

    @Test func machineIDFollowsTheShippedRelease() {
        let debian = DistroProfile.debian12.generalizeSteps(for: .generalized).map(\.command.description)
        #expect(debian.contains("cloud-init clean --logs --seed --machine-id"))
        let centos = DistroProfile.centos7.generalizeSteps(for: .generalized).map(\.command.description)
        #expect(centos.contains("cloud-init clean --logs --seed"))
        #expect(centos.contains("truncate -s 0 /etc/machine-id"))
    }

    @Test func flatcarMarksTheNextBootAsFirstForIgnition() throws {
        let steps = DistroProfile.flatcar.generalizeSteps(for: .generalized)
        #expect(steps.map(\.id) == ["stop-agent", "deprovision", "ignition-first-boot", "sync"])
        #expect(steps[2].command.description.contains("/boot/flatcar/first_boot"))
        let openSUSE = DistroProfile.openSUSELeap15.generalizeSteps(for: .generalized)
        #expect(openSUSE.map(\.id) == ["stop-agent", "empty-machine-id", "deprovision", "sync"])
    }

    @Test(arguments: DistroProfile.all.map(\.id))
    func specializedImagesAreNotGeneralized(_ id: String) throws {
        let profile = try #require(DistroProfile.profile(id: id))
        #expect(profile.generalizeSteps(for: .specialized).isEmpty)
        #expect(profile.provisioningAgent(for: .specialized) == .disabled)
    }

    @Test func commandsQuoteArgumentsForTheShell() {
        #expect(GeneralizeStep.Command.exec(["echo", "a b", "it's", ""]).description == "echo 'a b' 'it'\\''s' ''")
        #expect(
            GeneralizeStep.Command.exec(["rm", "-f", "/var/log/waagent.log"]).description
                == "rm -f /var/log/waagent.log")
        #expect(GeneralizeStep.Command.shell("a && b").description == "a && b")
    }
}
