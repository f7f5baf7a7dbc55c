import Foundation
import TestSupport
import Testing

/// `Examples/plan-in-code`, the program that builds a plan in Swift and renders it: built with
/// the package, it runs and writes clean artifacts for each kind of provisioner.
@Suite struct PlanInCodeExampleTests {
    static var executable: String {
        get throws { try CLIRunner.executable.deletingLastPathComponent().appendingPathComponent("plan-in-code").path }
    }

    @Test(arguments: ["debian-12", "flatcar", "opensuse-leap-15"])
    func rendersAPlanBuiltInCode(_ distro: String) throws {
        let path = try Self.executable
        #expect(FileManager.default.isExecutableFile(atPath: path), "plan-in-code is not built next to cloudcfg")
        let run = try Subprocess.run(path, [distro])
        #expect(run.status == 0, "\(run.stdoutText)\(run.stderrText)")
        #expect(run.stdoutText.contains("\"distro\": \"\(distro)\""))
        #expect(run.stdoutText.contains("==> waagent.conf"))
        #expect(!run.stdoutText.contains(": error: "))
        let unknown = try Subprocess.run(path, ["debian-13"])
        #expect(unknown.status == 64)
    }
}
