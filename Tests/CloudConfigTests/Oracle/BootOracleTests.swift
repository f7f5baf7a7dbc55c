import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// Verdicts that the schema cannot give, decided by what cloud-init's own modules do at boot
/// (``BootOracle``): `sudo-true`, `ntp-server-port` and where `nesting-too-deep` starts.
@Suite struct BootOracleTests {
    /// The `sudo-true` findings of a cloud-config for a release.
    static func sudoFindings(_ text: String, target: CloudInitVersion) -> [Diagnostic] {
        LintSupport.lint(text, configuration: LintConfiguration(target: target)).diagnostics
            .filter { $0.ruleID == .sudoTrue }
    }

    /// Our verdict on a users case against the module's: an error exactly where the module fails
    /// on a sudo value, and where it does not fail on it a finding only for a value it ignores.
    static func compare(_ text: String, _ boot: BootOracle.Users, target: CloudInitVersion) {
        let findings = sudoFindings(text, target: target)
        let errors = findings.filter { $0.severity == .error }
        #expect(!errors.isEmpty == boot.failedOnSudo, "\(text)\ncloud-init \(target): \(boot)\nours: \(findings)")
        if boot.failedOnSudo {
            // What the message says happens: no rule for the user, no SSH keys.
            #expect(boot.sudoers.isEmpty && boot.keys.isEmpty, "\(boot)")
        } else if !findings.isEmpty {
            // A warning: the image's rule wins and the value is ignored.
            #expect(findings.allSatisfy { $0.severity == .warning }, "\(findings)")
            #expect(boot.sudoers.contains("debian ALL=(ALL) NOPASSWD:ALL"), "\(boot)")
        }
    }

    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func sudoTrueIsAnErrorExactlyWhereCloudInit22Fails() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let cases = try BootOracle.cases().users
        let verdicts = try BootOracle.users(cases)
        try #require(verdicts.count == cases.count)
        for (text, boot) in zip(cases, verdicts) { Self.compare(text, boot, target: .debian12) }
        #expect(verdicts.filter(\.failedOnSudo).count >= 3, "the cases no longer show the failure")
        // A user after the failing one is not created.
        let first = try #require(verdicts.first)
        #expect(first.failedOnSudo && first.created == ["ops"], "\(first)")
        // true, false, null and lists: only true fails.
        #expect(verdicts[1].error == nil && verdicts[1].sudoers == ["ops ALL=(ALL) NOPASSWD:ALL"])
        #expect(verdicts[2].error == nil && verdicts[2].sudoers.count == 2)
    }

    @Test func sudoTrueIsAnErrorExactlyWhereCloudInit26Fails() throws {
        let cases = try BootOracle.cases().users
        let recorded = try BootOracle.recorded26().users
        #expect(
            recorded.map(\.text) == cases, "boot-cases.json changed: re-record with scripts/dev/record-boot-26.2.py")
        for (text, boot) in recorded { Self.compare(text, boot, target: .newest) }
        // 26.2 lets the default entry win over the image's default_user, and fails on it.
        #expect(recorded.filter { $0.result.failedOnSudo }.count == recorded.count - 2)
    }

    /// The fix writes the rule cloud-init then applies: the module no longer fails, and the user
    /// gets passwordless sudo and its SSH keys.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func theSudoFixWorksAtBoot() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let text = try #require(try BootOracle.cases().users.first)
        let source = SourceFile(path: "u.yaml", text: "#cloud-config\n" + text)
        let fixes = Self.sudoFindings(text, target: .debian12).compactMap(\.fixIts.first)
        try #require(fixes.count == 1)
        let fixed = source.applying(fixes).source.text
        let boot = try #require(try BootOracle.users([fixed]).first)
        #expect(boot.error == nil, "\(fixed)\n\(boot)")
        #expect(boot.sudoers.contains("ops ALL=(ALL) NOPASSWD:ALL") && boot.keys.contains("ops"), "\(boot)")
        #expect(boot.created.contains("dev") && boot.created.contains("debian"), "\(boot)")
        #expect(Self.sudoFindings(fixed, target: .debian12).isEmpty)
    }

    /// cloud-init writes an NTP server with a port into each client's configuration unchanged
    /// (the clients then look the whole text up as a host name; see NTPServerPortRule); our
    /// message quotes the line it writes, and names without a port are not reported.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func ntpServersReachTheClientsAsWritten() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let servers = ["time.example.com:123", "ntp_1.example.com", "2001:db8::1", "[2001:db8::2]:123"]
        let pools = ["pool.example.com:1123"]
        let clients = ["chrony", "ntp", "systemd-timesyncd"]
        let request = clients.map { ["client": $0, "distro": "debian", "servers": servers, "pools": pools] }
        let answers = try BootOracle.run("ntp", ["cases": request])["results"] as? [[String: Any]] ?? []
        try #require(answers.count == clients.count)
        let lines = Dictionary(uniqueKeysWithValues: zip(clients, answers.map { $0["lines"] as? [String] ?? [] }))
        for client in ["chrony", "ntp"] {
            for server in servers {
                #expect(lines[client]?.contains("server \(server) iburst") == true, "\(client): \(lines[client] ?? [])")
            }
            #expect(lines[client]?.contains("pool pool.example.com:1123 iburst") == true)
        }
        let timesyncd = try #require(lines["systemd-timesyncd"]?.first)
        #expect(timesyncd.hasPrefix("NTP=") && (servers + pools).allSatisfy { timesyncd.contains($0) }, "\(timesyncd)")

        let text = "ntp:\n  servers: [\(servers.map { "'\($0)'" }.joined(separator: ", "))]\n  pools: [\(pools[0])]\n"
        let findings = LintSupport.lint(text).diagnostics.filter { $0.ruleID == .ntpServerPort }
        #expect(findings.map(\.keyPath) == ["ntp.servers.0", "ntp.servers.3", "ntp.pools.0"])
        #expect(findings.first?.message.contains("'server time.example.com:123 iburst'") == true)
        #expect(findings.first?.message.contains("'NTP=time.example.com:123'") == true)
        #expect(findings.last?.message.contains("'pool pool.example.com:1123 iburst'") == true)
        #expect(!LintSupport.lint(text).diagnostics.contains { $0.ruleID == .invalidFormat })
    }

    /// The documents of each structure at a nesting depth (collections, the top-level one
    /// included); `scripts/dev/measure-nesting-limits.py` builds the same.
    static func nested(_ structure: String, _ depth: Int) -> String {
        switch structure {
        case "block-mapping":
            (0..<(depth - 1)).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
                + String(repeating: "  ", count: depth - 1) + "k: x\n"
        case "block-sequence": "k:\n" + String(repeating: "- ", count: depth - 1) + "x\n"
        case "flow-sequence":
            "k: " + String(repeating: "[", count: depth - 1) + "x" + String(repeating: "]", count: depth - 1) + "\n"
        default: String(repeating: "{k: ", count: depth) + "x" + String(repeating: "}", count: depth) + "\n"
        }
    }

    /// cloudcfg reads exactly what cloud-init's loader reads at boot: each structure at the limit
    /// loads in both, one level deeper fails in both (flow sequences, which cost PyYAML one frame
    /// less, load one level deeper than cloudcfg reads).
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func theNestingLimitIsWhereCloudInitsLoaderStops() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let limit = YAMLLimits.cloudInitLoaderDepth
        let structures = ["block-mapping", "block-sequence", "flow-sequence", "flow-mapping"]
        let texts = structures.flatMap { structure in (limit...(limit + 2)).map { Self.nested(structure, $0) } }
        let loads = try BootOracle.run("depth", ["loads": texts])["loads"] as? [Bool] ?? []
        try #require(loads.count == texts.count)
        for (index, structure) in structures.enumerated() {
            let verdicts = Array(loads[(index * 3)..<(index * 3 + 3)])
            let expected = structure == "flow-sequence" ? [true, true, false] : [true, false, false]
            #expect(verdicts == expected, "\(structure) at \(limit)...\(limit + 2): cloud-init loads \(verdicts)")
            let ours = (limit...(limit + 1)).map { depth in
                !YAMLStream.parse(Self.nested(structure, depth)).errors.contains { $0.code == .nestingTooDeep }
            }
            #expect(ours == [true, false], "\(structure): cloudcfg reads \(ours)")
        }
    }

    /// A cloud-config that cloud-init reads but cannot write back is lost at boot:
    /// `nesting-too-deep` starts exactly there for 22.4.2 (asked) and 26.2 (recorded).
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func writeBackLimitIsWhereCloudInitStopsWriting() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let depths = try BootOracle.cases().writesBack
        let written22 = try BootOracle.run("depth", ["writesBack": depths.map(BootOracle.nested)])["writesBack"]
        let verdicts22 = try #require(written22 as? [Bool])
        let verdicts26 = try BootOracle.recorded26().writesBack
        for (depth, written) in zip(depths, verdicts22) {
            Self.compareWriteBack(depth, written: written, target: .debian12)
            let recorded: Bool? = verdicts26[depth]
            #expect(recorded != nil, "no 26.2 verdict at depth \(depth): re-record")
            if let recorded { Self.compareWriteBack(depth, written: recorded, target: .newest) }
        }
        #expect(verdicts22.contains(true) && verdicts22.contains(false), "the depths no longer straddle the limit")
    }

    static func compareWriteBack(_ depth: Int, written: Bool, target: CloudInitVersion) {
        let findings = Linter(configuration: LintConfiguration(target: target))
            .lint(SourceFile(path: "deep.yaml", text: BootOracle.nested(depth))).diagnostics
            .filter { $0.ruleID == .nestingTooDeep }
        #expect(
            findings.isEmpty == written, "depth \(depth), cloud-init \(target) writes: \(written); ours: \(findings)")
    }
}
