import Foundation
import Testing

/// The README promises only what exists: its commands and options are in the tool's help, its
/// example output is what the tool prints, and its set-up works where you are root without sudo.
@Suite struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    static func run(_ arguments: [String]) throws -> LintHarness.Run {
        try LintHarness.run(arguments, workingDirectory: root)
    }

    /// `sudo` is written `$(command -v sudo)`, which is nothing where there is no sudo (a root
    /// shell in a container), so the commands work there too.
    @Test func setUpWorksWithoutSudo() throws {
        let text = try Self.readme()
        // No command runs `sudo` itself: at the start of a line, after `&&` or `;`.
        for line in text.split(separator: "\n") {
            #expect(line.firstMatch(of: /(^|&&|;)\s*sudo\s/) == nil, "a bare sudo: \(line)")
        }
        let firstCommand = try #require(
            text.split(separator: "\n").first { !$0.hasPrefix("#") && $0.contains("apt-get") })
        #expect(firstCommand.hasPrefix("$(command -v sudo) apt-get update && "))
        // It installs cloudcfg (built as the user, copied as root) and leaves it on the PATH.
        #expect(firstCommand.contains(" make && $(command -v sudo) make install && "))
        #expect(firstCommand.hasSuffix("&& cloudcfg lint Examples/user-data/typical-mistakes.yaml"))
        // Where no sudo is on the PATH, the substitution is empty and apt-get runs as it is.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-no-sudo-\(UUID())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let expanded = try LintHarness.run(
            "/usr/bin/env", ["-i", "PATH=\(empty.path)", "/bin/sh", "-c", "echo \"[$(command -v sudo) apt-get]\""],
            workingDirectory: empty)
        #expect(expanded.stdout == "[ apt-get]\n")
    }

    /// Every command in the Commands table exists, with every option its row names.
    @Test func everyCommandAndOptionExists() throws {
        let rows = try Self.readme().split(separator: "\n").filter { $0.hasPrefix("| `cloudcfg ") }
        // One row per subcommand, and no other.
        let commands = rows.map { String($0.dropFirst("| `cloudcfg ".count).prefix { $0 != " " && $0 != "`" }) }
        #expect(commands.sorted() == (try HelpExamplesTests.subcommands()).sorted())
        for row in rows {
            let command = String(row.dropFirst("| `cloudcfg ".count).prefix { $0 != " " && $0 != "`" })
            let help = try Self.run(["help", command])
            #expect(help.status == 0, "cloudcfg \(command) does not exist")
            let options = row.matches(of: /`(--[a-z-]+)/).map { String($0.output.1) }
            #expect(!options.isEmpty || command == "rules" || command == "show" || command == "schema")
            for option in options {
                #expect(help.stdout.contains(option), "cloudcfg \(command) has no \(option)")
            }
        }
    }

    /// The lint example's lines are what lint prints for the example file.
    @Test func theLintExampleIsWhatLintPrints() throws {
        let text = try Self.readme()
        let start = try #require(text.range(of: "$ cloudcfg lint Examples/user-data/typical-mistakes.yaml\n"))
        let block = text[start.upperBound...].prefix { _ in true }
        let lines = block.split(separator: "\n").prefix { $0 != "```" }.filter { $0 != "..." }
        #expect(lines.count == 2)
        let run = try Self.run(["lint", "Examples/user-data/typical-mistakes.yaml"])
        #expect(run.status == 1)
        let printed = Set(run.stdout.split(separator: "\n"))
        for line in lines {
            #expect(printed.contains(line), "the README shows a line lint does not print: \(line)")
        }
    }

    /// The image example's lines are what lint prints for the example image, and the waagent.conf
    /// show example's lines what show prints.
    @Test func theImageExamplesAreWhatTheToolPrints() throws {
        let text = try Self.readme()
        for (command, arguments, status) in [
            ("$ cloudcfg lint Examples/image-etc\n", ["lint", "Examples/image-etc"], Int32(1)),
            (
                "$ cloudcfg show --format json Examples/image-etc/etc/waagent.conf\n",
                ["show", "--format", "json", "Examples/image-etc/etc/waagent.conf"], Int32(0)
            ),
        ] {
            let start = try #require(text.range(of: command), "the README has no \(command)")
            let lines = text[start.upperBound...].split(separator: "\n").prefix { $0 != "```" }.filter {
                $0.trimmingCharacters(in: .whitespaces) != "..."
            }
            #expect(lines.count >= 3)
            let run = try Self.run(arguments)
            #expect(run.status == status)
            let printed = Set(run.stdout.split(separator: "\n"))
            for line in lines {
                #expect(printed.contains(line), "the README shows a line the tool does not print: \(line)")
            }
        }
    }

    /// The pack example's report is what pack prints on standard error.
    @Test func thePackExampleIsWhatPackPrints() throws {
        let text = try Self.readme()
        let command =
            "$ cloudcfg pack Examples/user-data/web-server.yaml --gzip --base64 --budget azure-custom-data "
            + "> custom-data.b64\n"
        let start = try #require(text.range(of: command))
        let lines = text[start.upperBound...].split(separator: "\n").prefix { $0 != "```" }
        let run = try Self.run([
            "pack", "Examples/user-data/web-server.yaml", "--gzip", "--base64", "--budget", "azure-custom-data",
        ])
        #expect(run.status == 0)
        #expect(run.stderr.split(separator: "\n") == Array(lines))
    }
}
