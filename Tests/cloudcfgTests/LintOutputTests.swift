import Foundation
import TestSupport
import Testing

/// What `cloudcfg lint` prints for people and editors: the annotated format, the default format
/// by where output goes, `--quiet`, progress on a terminal and the LSP format.
@Suite struct LintOutputTests {
    static let mixed = "#cloud-config\nusers: [{name: a}]\npackage_update: yes\nzzz: 1\n"

    /// Runs `cloudcfg` under a pseudo-terminal (`script` from util-linux): standard output and
    /// standard error both go to the terminal, whose text `script` prints.
    static func onTerminal(_ arguments: String, in harness: borrowing LintHarness, environment: [String] = [])
        throws -> String
    {
        let command = try CLIRunner.executable.path + " " + arguments
        let run = try LintHarness.run(
            "/usr/bin/env",
            ["-u", "NO_COLOR", "TERM=xterm-256color"] + environment + [
                "/usr/bin/script", "-qec", command, "/dev/null",
            ],
            workingDirectory: harness.directory)
        return run.stdout
    }

    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    @Test func prettyShowsTheSourceTheSpanAndTheFix() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.mixed)
        let run = try harness.run(["lint", "--format", "pretty", "a.yaml"])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                """
                warning[truthy]: 'yes' is the boolean true to cloud-init (YAML 1.1) but the string 'yes' to YAML 1.2 \
                editors; write true, or quote it for a string
                 --> a.yaml:3:17
                  |
                3 | package_update: yes
                  |                 ^~~
                  |
                help: write true, as cloud-init reads it
                  |
                3 | package_update: true
                  |                 ~~~~

                """), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("1 error, 1 warning, 1 note in 1 file\n"))
        #expect(run.stdout.contains("\nrule "))
        #expect(!run.stdout.contains("\u{1B}"))
        let colored = try harness.run(["lint", "--format", "pretty", "--color", "always", "a.yaml"])
        #expect(colored.stdout.contains("\u{1B}[1;35mwarning[truthy]\u{1B}[0m"))
    }

    /// Piped or redirected, the default is the one-line text format; on a terminal it is the
    /// annotated one.
    @Test(.enabled(if: hasScript)) func theDefaultFormatFollowsStandardOutput() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.mixed)
        let piped = try harness.run(["lint", "a.yaml"])
        #expect(piped.stdout.hasPrefix("a.yaml:2:1: note: "))
        let terminal = try Self.onTerminal("lint a.yaml", in: harness)
        #expect(terminal.contains("-->\u{1B}[0m a.yaml:3:17"), "\(terminal)")
        #expect(terminal.contains("\u{1B}[1;35mwarning[truthy]\u{1B}[0m"), "\(terminal)")
        let asked = try Self.onTerminal("lint --format json a.yaml", in: harness)
        #expect(asked.contains("\"summary\""))
    }

    /// `--quiet` drops findings of note severity, the summary and the notes about skipped
    /// files, in every format; errors and warnings stay, and so does the exit status.
    @Test func quietLeavesErrorsAndWarnings() throws {
        let harness = try LintHarness()
        try harness.write("dir/a.yaml", Self.mixed)
        try harness.write("dir/user_data.txt", "echo not user-data\n")
        let loud = try harness.run(["lint", "dir"])
        #expect(loud.stdout.contains(": note: ") && loud.stdout.contains(" in 1 file\n"))
        #expect(loud.stderr.contains("named like user-data but skipped"))
        let text = try harness.run(["lint", "--quiet", "dir"])
        #expect(text.status == 1)
        let rules = text.stdout.split(separator: "\n").compactMap { $0.firstMatch(of: /\[([a-z-]+)\]$/)?.output.1 }
        #expect(rules == ["truthy", "unknown-key"], "\(text.stdout)")
        #expect(!text.stdout.contains("users-without-default") && !text.stdout.contains(" in 1 file"))
        #expect(text.stderr.isEmpty, "\(text.stderr)")
        let pretty = try harness.run(["lint", "-q", "--format", "pretty", "dir"])
        #expect(!pretty.stdout.contains("note[") && !pretty.stdout.contains(" in 1 file"))
        #expect(pretty.stdout.contains("warning[truthy]") && pretty.stdout.contains("error[unknown-key]"))
        let json = try harness.run(["lint", "-q", "--format", "json", "dir"])
        #expect(try LintCommandTests.summary(json.stdout) == ["dir/a.yaml: truthy unknown-key"])
        // Notes alone: nothing at all.
        try harness.write("notes/a.yaml", "#cloud-config\nusers: [{name: a}]\n")
        let notes = try harness.run(["lint", "--quiet", "--format", "pretty", "notes/a.yaml"])
        #expect(notes.status == 0 && notes.stdout.isEmpty)
    }

    /// More than 50 files at a terminal: a count on standard error, erased before the report;
    /// nothing when standard error is not a terminal or with `--quiet`.
    @Test(.enabled(if: hasScript)) func progressOnATerminalOnly() throws {
        let harness = try LintHarness()
        for index in 0..<60 { try harness.write("many/u-\(index).yaml", "#cloud-config\nhostname: h\(index)\n") }
        let terminal = try Self.onTerminal("lint --format text many", in: harness)
        #expect(terminal.contains("\rlinting 1/60 files"), "\(terminal.debugDescription)")
        #expect(terminal.contains("\rlinting 60/60 files"), "\(terminal.debugDescription)")
        #expect(terminal.hasSuffix("\r" + String(repeating: " ", count: "linting 60/60 files".count) + "\r"))
        let quiet = try Self.onTerminal("lint --quiet many", in: harness)
        #expect(!quiet.contains("linting"))
        let piped = try harness.run(["lint", "many"])
        #expect(piped.status == 0 && piped.stderr.isEmpty && piped.stdout.isEmpty)
    }

    /// The LSP format resolves relative paths against the working directory for its URIs.
    @Test func lspFormat() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "#cloud-config\n# 😀\nzzz: \"😀\", yyy: 1\n")
        try harness.write("b.yaml", "#cloud-config\nzzz: [\"😀\", yes]\n")
        let run = try harness.run(["lint", "--format", "lsp", "a.yaml", "b.yaml", "missing.yaml"])
        #expect(run.status == 66)
        let files = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a.yaml", "b.yaml", "missing.yaml"])
        let directory = URL(fileURLWithPath: harness.directory.path).resolvingSymlinksInPath().path
        let uri = try #require(files[1]["uri"] as? String)
        #expect(uri.hasPrefix("file:///") && uri.hasSuffix("/b.yaml"))
        #expect(uri.removingPercentEncoding == "file://" + directory + "/b.yaml")
        let truthy = try #require(
            (files[1]["diagnostics"] as? [[String: Any]])?.first { $0["code"] as? String == "truthy" })
        let start = try #require((truthy["range"] as? [String: Any])?["start"] as? [String: Int])
        // `zzz: ["😀", ` is 11 scalars and 12 UTF-16 units.
        #expect(start == ["line": 1, "character": 12])
        let missing = try #require(files[2]["diagnostics"] as? [[String: Any]])
        #expect(missing.first?["code"] as? String == "missing-input")
    }
}
