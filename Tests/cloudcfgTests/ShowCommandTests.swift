import Foundation
import Testing

/// `cloudcfg show`, run as a user runs it: the built executable in a subprocess.
@Suite struct ShowCommandTests {
    static let userData = """
        #cloud-config
        write_files:
          - path: /etc/x
            permissions: 0644
            defer: yes
        ports: 22:22
        ratio: 1.0
        expires: 2030-01-01
        on: push
        empty:

        """

    @Test func jsonIsTheDefault() throws {
        let file = try Command.temporaryFile(Self.userData)
        defer { Command.remove(file) }
        let output = try Command.run(["show", file.path])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(
            output.stdout == """
                {
                  "write_files": [
                    {
                      "path": "/etc/x",
                      "permissions": 420,
                      "defer": true
                    }
                  ],
                  "ports": 1342,
                  "ratio": 1.0,
                  "expires": "2030-01-01",
                  "true": "push",
                  "empty": null
                }

                """)
        #expect(try Command.run(["show", "--format", "json", file.path]).stdout == output.stdout)
    }

    @Test func yamlOutputKeepsStringsQuoted() throws {
        let file = try Command.temporaryFile("mode: '0644'\nanswer: 'yes'\nports: '22:22'\nn: 0644\n")
        defer { Command.remove(file) }
        let output = try Command.run(["show", "--format", "yaml", file.path])
        #expect(output.status == 0)
        // It starts with the header, so that it can be used as user-data as it is.
        #expect(output.stdout == "#cloud-config\nmode: '0644'\nanswer: 'yes'\nports: '22:22'\nn: 420\n")
    }

    @Test func standardInput() throws {
        let output = try Command.run(["show", "-"], input: Data("a: [1, 2.5, .inf]\n".utf8))
        #expect(output.status == 0)
        #expect(output.stdout == "{\n  \"a\": [\n    1,\n    2.5,\n    \"Infinity\"\n  ]\n}\n")
        let error = try Command.run(["show", "-"], input: Data("a: [1\n".utf8))
        #expect(error.status == 65)
        #expect(error.stderr.hasPrefix("<stdin>:2:1: error: "))
    }

    @Test func missingFileExits66() throws {
        let output = try Command.run(["show", "/nonexistent/user-data"])
        #expect(output.status == 66)
        #expect(output.stdout == "")
        #expect(output.stderr == "/nonexistent/user-data: error: no such file or directory\n")
        let directory = FileManager.default.temporaryDirectory.path
        let isDirectory = try Command.run(["show", directory])
        #expect(isDirectory.status == 66)
        #expect(isDirectory.stderr.hasPrefix("\(directory): error: "))
    }

    @Test func syntaxErrorExits65WithPathLineAndColumn() throws {
        let file = try Command.temporaryFile("a: 1\nb: [1, 2\nc: 3\n")
        defer { Command.remove(file) }
        let output = try Command.run(["show", file.path])
        #expect(output.status == 65)
        #expect(output.stdout == "")
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "\(file.path):3:2: error: did not find expected ',' or ']' (while parsing a flow sequence) [yaml-syntax]",
                "\(file.path):2:4: note: started a flow sequence here",
            ])
    }

    @Test(arguments: [
        ("a:\tb\n", "1:3", "yaml-syntax"),
        ("a: *x\n", "1:4", "undefined-alias"),
        ("a: 1\n---\nb: 2\n", "2:1", "multiple-documents"),
        ("a: =\n", "1:4", "invalid-value"),
        ("a: !!binary aGk\n", "1:4", "invalid-value"),
        ("a: &x [*x]\n", "1:8", "recursive-alias"),
        ("[a?b]\n", "1:3", "yaml-syntax"),
    ])
    func errorsPyYAMLRaisesExit65(_ text: String, _ position: String, _ rule: String) throws {
        let file = try Command.temporaryFile(text)
        defer { Command.remove(file) }
        let output = try Command.run(["show", file.path])
        #expect(output.status == 65)
        let first = try #require(output.stderr.split(separator: "\n").first)
        #expect(first.hasPrefix("\(file.path):\(position): error: "), "\(first)")
        #expect(first.hasSuffix("[\(rule)]"), "\(first)")
    }

    @Test(
        arguments: [
            ([0x61, 0x3A, 0x20, 0xC3, 0x28], "1:4", "invalid-encoding"),
            ([0xFF, 0xFE, 0x61, 0x00], "1:1", "invalid-encoding"),
            ([0x61, 0x3A, 0x0A, 0x62, 0x00], "2:2", "invalid-character"),
        ] as [([UInt8], String, String)])
    func unreadableTextExits65(_ bytes: [UInt8], _ position: String, _ rule: String) throws {
        let file = try Command.temporaryFile(bytes)
        defer { Command.remove(file) }
        let output = try Command.run(["show", file.path])
        #expect(output.status == 65)
        #expect(output.stderr.hasPrefix("\(file.path):\(position): error: "))
        #expect(output.stderr.hasSuffix("[\(rule)]\n"))
    }

    @Test func inputOverTheSizeLimitExits65() throws {
        let file = try Command.temporaryFile("")
        defer { Command.remove(file) }
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        let output = try Command.run(["show", file.path])
        #expect(output.status == 65)
        #expect(
            output.stderr
                == "\(file.path):1:1: error: input is 67108865 bytes; the limit is 67108864 [input-too-large]\n")
    }

    @Test func topLevelThatIsNotAMappingWarns() throws {
        let output = try Command.run(["show", "-"], input: Data("- a\n".utf8))
        #expect(output.status == 0)
        #expect(output.stdout == "[\n  \"a\"\n]\n")
        #expect(
            output.stderr == "<stdin>: warning: the top level is not a mapping; cloud-init ignores such user-data\n")
    }

    @Test func emptyInputIsNull() throws {
        let json = try Command.run(["show", "-"])
        #expect(json.status == 0)
        #expect(json.stdout == "null\n")
        let yaml = try Command.run(["show", "--format", "yaml", "-"], input: Data("# nothing\n".utf8))
        #expect(yaml.status == 0)
        #expect(yaml.stdout.hasPrefix("#cloud-config\nnull\n"))
    }

    /// A template's data depends on the instance it is rendered for: without instance data `show`
    /// says it is a template instead of showing what its unrendered text would load as; with it,
    /// `show` renders it and shows what the result loads as.
    @Test func aJinjaTemplateIsRenderedWithInstanceData() throws {
        let template = "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\nport: {{ 2 * 11 }}\n"
        for format in ["json", "yaml"] {
            let output = try Command.run(["show", "--format", format, "-"], input: Data(template.utf8))
            #expect(output.status == 65)
            #expect(output.stdout == "")
            #expect(
                output.stderr
                    == "<stdin>: error: this is a Jinja template ('## template: jinja'): cloud-init renders it with "
                    + "the instance's data before loading it; give that data with --instance-data FILE\n")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("instance-data.json")
        try Data(#"{"v1": {"local_hostname": "web-1"}}"#.utf8).write(to: data)
        let output = try Command.run(
            ["show", "--instance-data", data.path, "-"], input: Data(template.utf8))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "{\n  \"hostname\": \"web-1\",\n  \"port\": 22\n}\n")
    }

    /// The YAML output is user-data again: cloudcfg lints it clean and shows the same value.
    @Test func yamlOutputIsUsableAsUserData() throws {
        let file = try Command.temporaryFile(Self.userData)
        defer { Command.remove(file) }
        let yaml = try Command.run(["show", "--format", "yaml", file.path])
        #expect(yaml.status == 0)
        #expect(yaml.stdout.hasPrefix("#cloud-config\n"))
        let again = try Command.run(["show", "-"], input: Data(yaml.stdout.utf8))
        #expect(again.stdout == (try Command.run(["show", file.path])).stdout)
        let lint = try Command.run(["lint", "--format", "json", "-"], input: Data(yaml.stdout.utf8))
        #expect(!lint.stdout.contains("missing-header"), "\(lint.stdout)")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try Command.run(["show"]).status == 64)
        #expect(try Command.run(["show", "--format", "xml", "-"]).status == 64)
    }
}
