import Foundation
import Testing

@testable import CloudConfig

/// The parser: the agent's splitting rules, with positions in the file's own coordinates.
@Suite struct AgentConfigurationTests {
    @Test func splitsLikeTheAgent() throws {
        let text = """
            # a comment
              Extensions.Enabled = n
            ResourceDisk.MountPoint="/mnt/x" # note
            HttpProxy.Host=a=b
            OS.OpensslPath=None
            stray words
            resourcedisk.format=y
            Provisioning.Agent=waagent
            Provisioning.Agent=cloud-init

            """
        let configuration = AgentConfiguration(text: text)
        #expect(configuration.isReadable)
        #expect(configuration.commentLines.count == 1)
        #expect(configuration.ignoredLines.map(\.start.line) == [6])
        #expect(
            configuration.entries.map(\.key) == [
                "Extensions.Enabled", "ResourceDisk.MountPoint", "HttpProxy.Host", "OS.OpensslPath",
                "resourcedisk.format",
                "Provisioning.Agent", "Provisioning.Agent",
            ])
        let values = configuration.values
        #expect(values["Extensions.Enabled"] == .some("n"))
        #expect(values["ResourceDisk.MountPoint"] == .some("/mnt/x"))
        #expect(values["HttpProxy.Host"] == .some("a=b"))
        #expect(values["OS.OpensslPath"] == .some(nil))
        #expect(configuration.entry(for: "Provisioning.Agent")?.line == 9)
        let effective = try #require(configuration.effectiveConfiguration())
        #expect(effective["Extensions.Enabled"] == .bool(false))
        #expect(effective["OS.OpensslPath"] == .string("/usr/bin/openssl"))
        #expect(effective["ResourceDisk.Format"] == .bool(false))
        #expect(effective["Provisioning.Agent"] == .string("cloud-init"))
        #expect(effective["HttpProxy.Port"] == .null)
    }

    @Test func positionsAreUnicodeScalarColumnsAndByteOffsets() throws {
        let configuration = AgentConfiguration(text: "Lib.Dir=/var/lib/é\n  ResourceDisk.MountPoint = \"/mnt/ü\" # x\n")
        let first = try #require(configuration.entries.first)
        #expect(
            first.keyRange
                == SourceRange(start: .init(line: 1, column: 1, offset: 0), end: .init(line: 1, column: 8, offset: 7)))
        #expect(first.valueRange.start.column == 9)
        #expect(first.valueRange.end.column == 19)
        #expect(first.valueRange.end.offset == 19)
        let second = configuration.entries[1]
        #expect(second.keyRange.start == SourceLocation(line: 2, column: 3, offset: 22))
        #expect(second.valueRange.start.column == 30)
        #expect(second.keptText == "/mnt/ü")
        #expect(second.cutRange?.start.column == 38)
        #expect(second.strippedDoubleQuote)
        #expect(configuration.source.text(of: second.valueRange) == "/mnt/ü")
    }

    @Test func crlfAndTheQuoteTheAgentLeaves() throws {
        let configuration = AgentConfiguration(text: "ResourceDisk.Format=y\r\nResourceDisk.MountPoint=\"/mnt\"\r\n")
        #expect(configuration.values["ResourceDisk.Format"] == .some("y"))
        #expect(configuration.values["ResourceDisk.MountPoint"] == .some("/mnt\""))
        #expect(configuration.entries[1].line == 2)
    }

    @Test func refusedFiles() {
        #expect(AgentConfiguration(text: "").status == .empty)
        #expect(AgentConfiguration(text: "\n").status == .readable)
        let invalid = AgentConfiguration(SourceFile(path: "x", bytes: Array("Lib.Dir=a\n".utf8) + [0xC3, 0x28]))
        #expect(invalid.status == .invalidEncoding(offset: 10))
        #expect(invalid.effectiveConfiguration() == nil)
        let surrogate = AgentConfiguration(SourceFile(path: "x", bytes: [0x61, 0x3D, 0xED, 0xA0, 0x80]))
        #expect(surrogate.status == .invalidEncoding(offset: 2))
        let large = AgentConfiguration(
            SourceFile(path: "x", bytes: [UInt8](repeating: 0x61, count: AgentConfiguration.maximumSize + 1)))
        #expect(large.status == .tooLarge(size: AgentConfiguration.maximumSize + 1))
        #expect(large.entries.isEmpty)
        #expect(large.findings().map(\.code) == [.inputTooLarge])
    }

    @Test func pythonIntegers() {
        #expect(PythonText.int(" -5 ").map(String.init) == "-5")
        #expect(PythonText.int("1_000").map(String.init) == "1000")
        #expect(PythonText.int("\u{0663}").map(String.init) == "3")
        #expect(PythonText.int("\u{FF11}\u{FF12}").map(String.init) == "12")
        #expect(PythonText.int("007").map(String.init) == "7")
        for refused in ["", "_1", "1_", "1__0", "0x10", "1e3", "12.5", "\u{00B2}", "+_1", "- 5", "2048MB"] {
            #expect(PythonText.int(refused) == nil, "\(refused)")
        }
        #expect(PythonText.int(String(repeating: "9", count: 4300)) != nil)
        #expect(PythonText.int(String(repeating: "9", count: 4301)) == nil)
    }

    /// Any bytes: no crash, entries within the file, ranges ordered.
    @Test func hostileBytesNeverCrash() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet: [UInt8] =
            Array("=#\" \t\r\nKey.ab'".utf8) + [0x00, 0xC2, 0x85, 0xA0, 0xE2, 0x80, 0xA8, 0xEF, 0xBB, 0xBF, 0xFF]
        for _ in 0..<300 {
            let count = Int(generator.next() % 600)
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let configuration = AgentConfiguration(SourceFile(path: "fuzz", bytes: bytes))
            for entry in configuration.entries {
                #expect(entry.keyRange.start.offset <= entry.keyRange.end.offset)
                #expect(entry.valueRange.end.offset <= bytes.count)
                #expect(entry.lineRange.start.offset <= entry.keyRange.start.offset)
            }
            _ = configuration.findings(baseline: .ubuntu)
            _ = configuration.effectiveConfiguration(for: .debian12)
            _ = AgentConfiguration.isLikelyAgentConfiguration(bytes)
        }
    }
}

/// Recognition by content.
@Suite struct AgentRecognitionTests {
    @Test(arguments: try WaagentVerdicts.testFiles().filter { $0.contains("shape-") || $0.hasPrefix("rendered/") })
    func shippedShapesAreRecognised(_ name: String) throws {
        #expect(AgentConfiguration.isLikelyAgentConfiguration(try WaagentVerdicts.bytes(name)))
    }

    @Test(arguments: [
        "Provisioning.Agent=cloud-init\n",
        "\u{FEFF}ResourceDisk.Format=n\nResourceDisk.EnableSwap=n\n",
        "resourcedisk.format=y\nprovisioning.agent=waagent\nFoo=bar\n",
        "#Provisioning.Agent=auto\n#ResourceDisk.Format=y\n#Logs.Verbose=n\n",
    ])
    func agentConfigurationsAreRecognised(_ text: String) {
        #expect(AgentConfiguration.isLikelyAgentConfiguration(Array(text.utf8)))
    }

    @Test(arguments: [
        "#cloud-config\nwrite_files:\n  - path: /etc/waagent.conf\n    content: |\n      Provisioning.Agent=cloud-init\n",
        "#!/bin/sh\nsed -i 's/ResourceDisk.Format=y/ResourceDisk.Format=n/' /etc/waagent.conf\n",
        "{\"ignition\": {\"version\": \"3.3.0\"}}\n",
        "[Service]\nExecStart=/usr/sbin/waagent -daemon\nRestart=always\n",
        "PATH=/usr/bin\nHOME=/root\nLANG=C\n",
        "datasource_list: [ Azure ]\nProvisioning.Agent: cloud-init\n",
        "",
        "# only a comment\n",
    ])
    func otherFilesAreNot(_ text: String) {
        #expect(!AgentConfiguration.isLikelyAgentConfiguration(Array(text.utf8)))
    }
}
