import Foundation
import TestSupport
import Testing

/// `cloudcfg lint` lints files on every core: what it prints must not depend on that. Each run
/// here is made with one worker (`CLOUDCFG_JOBS=1`, everything in order on one thread) and with
/// several, and the two outputs must be the same byte for byte.
@Suite struct LintParallelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A tree of many inputs of every kind: clean user-data, user-data with errors, warnings and
    /// notes, a file that cannot be parsed, a file larger than the walk's 64 KiB sniff, a
    /// waagent.conf and system configuration found by content and by name, and an image
    /// (`Examples/image-etc`) whose files are linted together.
    static func makeTree(_ harness: borrowing LintHarness) throws {
        for index in 0..<120 {
            let text =
                switch index % 6 {
                case 0: "#cloud-config\npackages: [a]\npackages: [b]\n"
                case 1: "#cloud-config\npackage_update: yes\nhostname: host-\(index)\n"
                case 2: "#cloud-config\npakages: [nginx]\nruncmd:\n  - echo \(index)\n"
                case 3: "#cloud-config\nwrite_files:\n  - path: /etc/motd\n    permissions: 644\n"
                case 4: "#cloud-config\nusers:\n  - name: u\(index)\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                default: "#cloud-config\nhostname: host-\(index)\n"
                }
            try harness.write("tree/\(index % 7)/user-data-\(index).yaml", text)
        }
        try harness.write("tree/broken/user-data", "#cloud-config\nkey: [unclosed\n")
        let large = (0..<4000).map { "  - echo line \($0) of a long runcmd list\n" }.joined()
        try harness.write("tree/large/user-data", "#cloud-config\nruncmd:\n" + large + "pakages: [x]\n")
        try harness.write("tree/agent/waagent.conf", "Provisioning.Agent=auto\nResourceDisk.Format=maybe\n")
        try harness.write("tree/agent/cloud.cfg.d/90-x.cfg", "datasource_list: [ Azure ]\nreporting: 1\n")
        let image = Self.root.appendingPathComponent("Examples/image-etc")
        try FileManager.default.copyItem(at: image, to: harness.directory.appendingPathComponent("tree/image"))
    }

    @Test(arguments: ["text", "json", "sarif", "github"])
    func manyFilesGiveTheSameOutputOnOneWorkerAndOnSeveral(_ format: String) throws {
        let harness = try LintHarness()
        try Self.makeTree(harness)
        let arguments = ["lint", "--format", format, "tree"]
        let sequential = try harness.run(arguments, environment: ["CLOUDCFG_JOBS": "1"])
        let parallel = try harness.run(arguments, environment: ["CLOUDCFG_JOBS": "4"])
        let automatic = try harness.run(arguments)
        // Findings in user-data, in the agent's files and across the image's files.
        #expect(sequential.stdout.contains("duplicate-key"))
        #expect(sequential.stdout.contains("waagent.conf"))
        #expect(sequential.stdout.contains("tree/large/user-data"))
        #expect(sequential.status == 65)
        #expect(parallel.stdout == sequential.stdout)
        #expect(parallel.stderr == sequential.stderr)
        #expect(parallel.status == sequential.status)
        #expect(automatic.stdout == sequential.stdout)
        #expect(automatic.status == sequential.status)
    }

    /// Files given with `--with` are context for every image and a file named alone is linted
    /// with them: the same output either way.
    @Test func contextFilesGiveTheSameOutputOnOneWorkerAndOnSeveral() throws {
        let harness = try LintHarness()
        try Self.makeTree(harness)
        let arguments = [
            "lint", "--format", "json", "--with", "tree/image/etc/waagent.conf", "tree/image/user-data.yaml",
            "tree/0", "tree/1",
        ]
        let sequential = try harness.run(arguments, environment: ["CLOUDCFG_JOBS": "1"])
        let parallel = try harness.run(arguments, environment: ["CLOUDCFG_JOBS": "3"])
        #expect(sequential.stdout.contains("user-data.yaml"))
        #expect(parallel.stdout == sequential.stdout)
        #expect(parallel.stderr == sequential.stderr)
        #expect(parallel.status == sequential.status)
    }
}
