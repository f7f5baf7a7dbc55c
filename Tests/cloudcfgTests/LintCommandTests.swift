import CloudConfig
import Foundation
import TestSupport
import Testing

/// `cloudcfg lint`, run as a subprocess: exit codes, inputs, configuration files, targets and
/// formats.
@Suite struct LintCommandTests {
    static let clean = "#cloud-config\nhostname: web\n"
    static let warningOnly = "#cloud-config\npackage_update: yes\n"
    static let withError = "#cloud-config\npackages: [a]\npackages: [b]\n"

    /// The files and their rules in a JSON report, as `path: rule rule ...`.
    static func summary(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        return files.map { file in
            let rules = (file["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            return "\(file["path"] as? String ?? "?"): " + rules.joined(separator: " ")
        }
    }

    // MARK: Exit codes

    @Test func cleanInputExitsZeroAndPrintsNothing() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.clean)
        let run = try harness.run(["lint", "a.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty && run.stderr.isEmpty)
    }

    @Test func warningsExitZeroUnlessStrict() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.warningOnly)
        let run = try harness.run(["lint", "a.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("a.yaml:2:17: warning: "))
        #expect(run.stdout.hasSuffix("0 errors, 1 warning, 0 notes in 1 file\n"))
        #expect(try harness.run(["lint", "--strict", "a.yaml"]).status == 1)
    }

    @Test func notesNeverFail() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "#part-handler\ndef list_types():\n    return []\n")
        #expect(try harness.run(["lint", "--strict", "a.yaml"]).status == 0)
    }

    @Test func errorsExitOne() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.withError)
        let run = try harness.run(["lint", "a.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.yaml:3:1: error: 'packages' appears twice"))
        #expect(run.stdout.contains("a.yaml:2:1: note: first defined here"))
    }

    @Test(arguments: [
        ["lint", "--cloud-init", "banana", "a.yaml"], ["lint", "--cloud-init", "22.4.x", "a.yaml"],
        ["lint", "--format", "xml", "a.yaml"], ["lint"], ["lint", "--no-such-flag", "a.yaml"],
    ])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.clean)
        let run = try harness.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test func anInvalidConfigurationFileExits64WithItsProblems() throws {
        let harness = try LintHarness()
        try harness.write(".cloudcfg.yaml", "version: 1\nrules:\n  duplicat-key: off\n")
        try harness.write("a.yaml", Self.withError)
        let run = try harness.run(["lint", "a.yaml"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        // The file found above the input is shown relative to the working directory.
        #expect(
            run.stderr.hasPrefix(
                ".cloudcfg.yaml:3:3: error: 'duplicat-key' is not a cloudcfg rule; did you mean 'duplicate-key'? "
                    + "[invalid-configuration]\n"))
        // The same file named with --config.
        try harness.write("other/config.yaml", "cloud-init: 22.4.2\nrulez: {}\n")
        let explicit = try harness.run(["lint", "--config", "other/config.yaml", "a.yaml"])
        #expect(explicit.status == 64)
        #expect(explicit.stderr.contains("other/config.yaml:2:1: error: 'rulez' is not a configuration setting"))
    }

    @Test func unparsableInputExits65AndIsStillReported() throws {
        let harness = try LintHarness()
        try harness.write("bad.yaml", "#cloud-config\npackages: [a, b\n")
        try harness.write("tabs.yaml", "#cloud-config\nusers:\n\t- name: bob\n")
        try harness.write("good.yaml", Self.withError)
        let run = try harness.run(["lint", "bad.yaml", "good.yaml"])
        #expect(run.status == 65)
        #expect(run.stdout.contains("bad.yaml:3:1: error: did not find expected ',' or ']'"))
        #expect(run.stdout.contains("good.yaml:3:1: error:"))
        // A tab used for indentation: cloud-init's loader fails, whatever rule explains it.
        let tabs = try harness.run(["lint", "tabs.yaml"])
        #expect(tabs.status == 65)
        #expect(tabs.stdout.contains("[tab-indentation]"))
        // Turning the finding off does not make the input readable.
        try harness.write(".cloudcfg.yaml", "rules: {yaml-syntax: off}\n")
        #expect(try harness.run(["lint", "bad.yaml"]).status == 65)
    }

    /// A device or pipe named on the command line (`cloudcfg lint <(...)`) is read, not
    /// reported missing.
    @Test func devicesAndPipesAreRead() throws {
        let harness = try LintHarness()
        let run = try harness.run(["lint", "/dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let stdin = try harness.run(["lint", "--format", "json", "/dev/stdin"], stdin: Self.withError)
        #expect(stdin.status == 1, "\(stdin.stderr)")
        #expect(try Self.summary(stdin.stdout) == ["/dev/stdin: duplicate-key"])
    }

    @Test func aUTF16FileExits65() throws {
        let harness = try LintHarness()
        let text = "#cloud-config\nhostname: web\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: harness.path("wide.yaml")))
        let run = try harness.run(["lint", "wide.yaml"])
        #expect(run.status == 65)
        #expect(run.stdout.contains("[invalid-encoding]"))
    }

    /// A binary file is `invalid-encoding` and exits 65, as the README's table says, not
    /// "unrecognized user-data" with exit 1.
    @Test func aBinaryFileExits65() throws {
        let harness = try LintHarness()
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]
        try Data(elf).write(to: URL(fileURLWithPath: harness.path("program")))
        let run = try harness.run(["lint", "program"])
        #expect(run.status == 65)
        #expect(run.stdout.hasPrefix("program:1:8: error: the input is binary, not text: it has a NUL byte"))
        #expect(run.stdout.contains("[invalid-encoding]"))
        #expect(!run.stdout.contains("unrecognized-user-data"))
    }

    @Test func missingInputExits66AfterReportingTheRest() throws {
        let harness = try LintHarness()
        try harness.write("good.yaml", Self.withError)
        let run = try harness.run(["lint", "good.yaml", "missing.yaml"])
        #expect(run.status == 66)
        #expect(run.stderr == "missing.yaml: error: no such file or directory\n")
        #expect(run.stdout.contains("good.yaml:3:1: error:"))
        let config = try harness.run(["lint", "--config", "nope.yaml", "good.yaml"])
        #expect(config.status == 66)
        #expect(config.stderr.contains("nope.yaml"))
    }

    /// JSON, SARIF and GitHub reports list a missing or unreadable input, so that a job that
    /// reads only the report sees it; standard error says it too, and the exit status stays 66.
    @Test func aMissingInputIsInEveryMachineReadableReport() throws {
        let harness = try LintHarness()
        try harness.write("good.yaml", Self.clean)
        let json = try harness.run(["lint", "--format", "json", "good.yaml", "missing.yaml"])
        #expect(json.status == 66)
        #expect(json.stderr == "missing.yaml: error: no such file or directory\n")
        #expect(try Self.summary(json.stdout) == ["good.yaml: ", "missing.yaml: missing-input"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let missing = try #require(files.last)
        #expect(missing["kind"] as? String == "unknown")
        let diagnostic = try #require((missing["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["message"] as? String == "no such file or directory")
        #expect(diagnostic["line"] as? Int == 1 && diagnostic["column"] as? Int == 1)
        #expect((object["summary"] as? [String: Int])?["errors"] == 1)

        let sarif = try harness.run(["lint", "--format", "sarif", "missing.yaml"])
        #expect(sarif.status == 66)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["missing-input"])

        let github = try harness.run(["lint", "--format", "github", "missing.yaml"])
        #expect(github.status == 66)
        #expect(github.stdout.hasPrefix("::error file=missing.yaml,line=1"))

        // Text output keeps it on standard error only, where a terminal shows it once.
        let text = try harness.run(["lint", "missing.yaml"])
        #expect(text.status == 66)
        #expect(!text.stdout.contains("missing.yaml"))
        #expect(text.stderr == "missing.yaml: error: no such file or directory\n")
    }

    /// A file that exists but cannot be read is `unreadable-input`: /proc/self/mem fails with
    /// EIO at offset 0, even for root.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
    func anUnreadableInputIsUnreadableInput() throws {
        let harness = try LintHarness()
        let run = try harness.run(["lint", "--format", "json", "/proc/self/mem"])
        #expect(run.status == 66)
        #expect(try Self.summary(run.stdout) == ["/proc/self/mem: unreadable-input"])
        #expect(run.stderr == "/proc/self/mem: error: cannot read: Input/output error\n")
        let explain = try harness.run(["explain", "unreadable-input"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("unreadable-input (configuration, error by default)"))
    }

    // MARK: Inputs

    /// Standard input can be read once: naming it twice lints it once.
    @Test func standardInputNamedTwiceIsReadOnce() throws {
        let harness = try LintHarness()
        let run = try harness.run(["lint", "--format", "json", "-", "-"], stdin: Self.withError)
        #expect(run.status == 1)
        #expect(try Self.summary(run.stdout) == ["<stdin>: duplicate-key"])
    }

    @Test func standardInput() throws {
        let harness = try LintHarness()
        let run = try harness.run(["lint", "--format", "json", "-"], stdin: Self.withError)
        #expect(run.status == 1)
        #expect(try Self.summary(run.stdout) == ["<stdin>: duplicate-key"])
        // The configuration is looked for from the working directory.
        try harness.write(".cloudcfg.yaml", "rules: {duplicate-key: off}\n")
        #expect(try harness.run(["lint", "-"], stdin: Self.withError).status == 0)
        #expect(try harness.run(["lint", "-"], stdin: "#cloud-config\na: [\n").status == 65)
    }

    @Test func directoriesAreWalkedForUserData() throws {
        let harness = try LintHarness()
        try harness.write(".cloudcfg.yaml", "ignore:\n  - skipped/**\n  - '*.draft.yaml'\nrules: {truthy: off}\n")
        try harness.write("a.yaml", "#cloud-config\npackage_update: yes\nzzz: 1\n")
        try harness.write("notes.txt", "plain text, not user-data\n")
        try harness.write("script.sh", "#!/bin/sh\necho hello\n")
        try harness.write("user-data", "hostname: web\n")
        try harness.write("web.cloud-config.yaml", "#cloud-config\nhostname: web\n")
        try harness.write("misspelt.yaml", "# cloud-config\nhostname: web\n")
        try harness.write("x.draft.yaml", Self.withError)
        try harness.write("skipped/b.yaml", Self.withError)
        try harness.write(".hidden/c.yaml", Self.withError)
        try harness.write(".hidden.yaml", Self.withError)
        try harness.write("nested/.cloudcfg.yaml", "rules: {unknown-key: note}\n")
        try harness.write("nested/deep/d.yaml", "#cloud-config\npackage_update: yes\nzzz: 1\n")
        try harness.write("nested/mime.txt", "Content-Type: multipart/mixed; boundary=x\nMIME-Version: 1.0\n\n")
        let run = try harness.run(["lint", "--format", "json", "."])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            try Self.summary(run.stdout) == [
                "./a.yaml: unknown-key",
                "./misspelt.yaml: malformed-header",
                // The nearest configuration wins: truthy is on again below nested/.
                "./nested/deep/d.yaml: truthy unknown-key",
                "./nested/mime.txt: boundary-not-found",
                "./user-data: missing-header",
                "./web.cloud-config.yaml: ",
            ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let deep = try #require(files.first { $0["path"] as? String == "./nested/deep/d.yaml" })
        let severities = (deep["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["severity"] as? String }
        #expect(severities == ["warning", "note"])
        // Named explicitly, an ignored or hidden file is linted.
        let explicit = try harness.run(["lint", "--format", "json", "x.draft.yaml", ".hidden/c.yaml"])
        #expect(try Self.summary(explicit.stdout) == [".hidden/c.yaml: duplicate-key", "x.draft.yaml: duplicate-key"])
    }

    /// A walk says what it skipped: with --verbose every entry and why; without, a note for
    /// each skipped file named like user-data.
    @Test func aWalkSaysWhatItSkipped() throws {
        let harness = try LintHarness()
        try harness.write(".cloudcfg.yaml", "ignore: ['drafts/**']\n")
        try harness.write("a.yaml", Self.clean)
        try harness.write("cloud-init.yaml", "hostname: web\n")
        try harness.write("user_data", "hostname: web\n")
        try harness.write("custom-data.txt", "hostname: web\n")
        try harness.write("notes.txt", "plain text\n")
        try harness.write("drafts/user_data", "hostname: web\n")
        try harness.write(".hidden/user_data", "hostname: web\n")
        let header = "its first line is not '#cloud-config' or another user-data header"
        let quiet = try harness.run(["lint", "."])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.isEmpty)
        #expect(
            quiet.stderr.split(separator: "\n").map(String.init) == [
                "./cloud-init.yaml: note: named like user-data but skipped: \(header); name it on the command line to lint it",
                "./custom-data.txt: note: named like user-data but skipped: \(header); name it on the command line to lint it",
                "./user_data: note: named like user-data but skipped: \(header); name it on the command line to lint it",
            ])
        let verbose = try harness.run(["lint", "--verbose", "."])
        #expect(verbose.status == 0)
        #expect(
            verbose.stderr.split(separator: "\n").map(String.init) == [
                "./.cloudcfg.yaml: skipped: hidden",
                "./.hidden: skipped: hidden",
                "./cloud-init.yaml: skipped: \(header)",
                "./custom-data.txt: skipped: \(header)",
                "./drafts: skipped: ignored by 'drafts/**' in .cloudcfg.yaml",
                "./notes.txt: skipped: \(header)",
                "./user_data: skipped: \(header)",
            ])
        // Named on the command line, such a file is linted, and its missing header found.
        let named = try harness.run(["lint", "--format", "json", "cloud-init.yaml"])
        #expect(try Self.summary(named.stdout) == ["cloud-init.yaml: missing-header"])
    }

    /// A walk that finds nothing says so; a run that lints nothing exits 66, so that a CI job
    /// pointed at the wrong directory fails instead of passing having checked nothing.
    @Test func aWalkThatFindsNothingSaysSoAndExits66() throws {
        let harness = try LintHarness()
        try harness.write("empty/.keep", "")
        try harness.write("docs/notes.txt", "plain text\n")
        try harness.write("configs/a.yaml", Self.clean)
        let empty = try harness.run(["lint", "empty"])
        #expect(empty.status == 66)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr == "empty: note: no user-data found (1 entry skipped; --verbose lists them)\n")
        let docs = try harness.run(["lint", "--format", "json", "docs"])
        #expect(docs.status == 66)
        #expect(try Self.summary(docs.stdout) == [])
        #expect(docs.stderr == "docs: note: no user-data found (1 entry skipped; --verbose lists them)\n")
        // Next to a directory that has user-data, an empty one is only a note.
        let both = try harness.run(["lint", "configs", "docs"])
        #expect(both.status == 0)
        #expect(both.stderr == "docs: note: no user-data found (1 entry skipped; --verbose lists them)\n")
    }

    @Test func aDirectoryGivenByItsPathFindsTheConfigurationAboveIt() throws {
        let harness = try LintHarness()
        try harness.write(".cloudcfg.yaml", "rules: {unknown-key: off}\n")
        try harness.write("sub/dir/a.yaml", "#cloud-config\nzzz: 1\n")
        #expect(try harness.run(["lint", "sub/dir"]).status == 0)
        #expect(try harness.run(["lint", "a.yaml"], in: "sub/dir").status == 0)
        #expect(try harness.run(["lint", "dir/a.yaml"], in: "sub").status == 0)
    }

    @Test func aSymbolicLinkToADirectoryIsWalkedWhenNamed() throws {
        let harness = try LintHarness()
        try harness.write("real/a.yaml", Self.withError)
        try FileManager.default.createSymbolicLink(atPath: harness.path("link"), withDestinationPath: "real")
        let run = try harness.run(["lint", "--format", "json", "link"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try Self.summary(run.stdout) == ["link/a.yaml: duplicate-key"])
        // Inside a walk, links to directories are not followed, so that a loop cannot hang it.
        try FileManager.default.createSymbolicLink(atPath: harness.path("real/loop"), withDestinationPath: "..")
        #expect(
            try Self.summary(try harness.run(["lint", "--format", "json", "real"]).stdout) == [
                "real/a.yaml: duplicate-key"
            ])
    }

    @Test func aFileNamedTwiceIsLintedOnce() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", Self.withError)
        let run = try harness.run(["lint", "--format", "json", "a.yaml", ".", "./a.yaml"])
        #expect(try Self.summary(run.stdout) == ["a.yaml: duplicate-key"])
    }

    @Test func anExplicitConfigurationReplacesTheNearestOne() throws {
        let harness = try LintHarness()
        try harness.write("project/.cloudcfg.yaml", "rules: {unknown-key: off}\n")
        try harness.write("project/a.yaml", "#cloud-config\nzzz: 1\n")
        try harness.write("strict.yaml", "rules: {unknown-key: error}\n")
        #expect(try harness.run(["lint", "project/a.yaml"]).status == 0)
        #expect(try harness.run(["lint", "--config", "strict.yaml", "project/a.yaml"]).status == 1)
    }

    // MARK: Target release

    @Test func theTargetReleaseDecidesWhichKeysExist() throws {
        let harness = try LintHarness()
        try harness.write("ntp.yaml", "#cloud-config\nntp:\n  allow: [10.0.0.0/8]\n")
        let newest = try harness.run(["lint", "ntp.yaml"])
        #expect(newest.status == 0, "\(newest.stdout)")
        let old = try harness.run(["lint", "--cloud-init", "22.4.2", "ntp.yaml"])
        #expect(old.status == 1)
        #expect(
            old.stdout.contains(
                "ntp.yaml:3:3: error: 'allow' needs a cloud-init release after 22.4.2; the target is 22.4.2 "
                    + "[unsupported-key]"))
        // A top-level key 22.4.2 does not know passes its schema, which lets unknown top-level keys
        // pass, and is ignored at boot, as a misspelt key is: a warning for that target.
        try harness.write("pro.yaml", "#cloud-config\nubuntu_pro:\n  token: abc\n")
        #expect(try harness.run(["lint", "pro.yaml"]).status == 0)
        let pro = try harness.run(["lint", "--cloud-init", "22.4.2", "pro.yaml"])
        #expect(pro.status == 0)
        #expect(
            pro.stdout.contains(
                "pro.yaml:2:1: warning: 'ubuntu_pro' needs cloud-init 24.1 or later; the target is 22.4.2, which "
                    + "ignores it [unsupported-key]"))
        #expect(try harness.run(["lint", "--strict", "--cloud-init", "22.4.2", "pro.yaml"]).status == 1)
        // From the configuration file, and the command line wins over it.
        try harness.write(".cloudcfg.yaml", "cloud-init: 22.4.2\n")
        #expect(try harness.run(["lint", "ntp.yaml"]).status == 1)
        #expect(try harness.run(["lint", "--cloud-init", "24.1", "ntp.yaml"]).status == 0)
    }

    // MARK: Formats

    @Test func formats() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "#cloud-config\npackage_update: yes\nzzz: 1\n")
        let json = try harness.run(["lint", "--format", "json", "a.yaml"])
        #expect(json.status == 1)
        #expect(try Self.summary(json.stdout) == ["a.yaml: truthy unknown-key"])
        let sarif = try harness.run(["lint", "--format", "sarif", "a.yaml"])
        #expect(sarif.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let github = try harness.run(["lint", "--format", "github", "a.yaml"])
        #expect(github.status == 1)
        #expect(
            github.stdout.split(separator: "\n").map { String($0.prefix { $0 != "," }) } == [
                "::warning file=a.yaml", "::error file=a.yaml",
            ])
        let text = try harness.run(["lint", "--color", "always", "a.yaml"])
        #expect(text.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(!(try harness.run(["lint", "a.yaml"]).stdout.contains("\u{1B}")))
    }

    /// On a terminal, output is coloured unless `TERM=dumb` or `NO_COLOR` says the terminal takes
    /// no escape sequences. `script` (util-linux) gives the run a pseudo-terminal. The default
    /// format there is the annotated one; `--format text` keeps the one-line form.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminalUnlessTERMIsDumb() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "#cloud-config\npackage_update: yes\nzzz: 1\n")
        func onTerminal(_ environment: [String], _ arguments: String = "") throws -> String {
            let command = try CLIRunner.executable.path + " lint \(arguments) a.yaml"
            let run = try LintHarness.run(
                "/usr/bin/env", ["-u", "NO_COLOR"] + environment + ["/usr/bin/script", "-qec", command, "/dev/null"],
                workingDirectory: harness.directory)
            return run.stdout
        }
        let xterm = try onTerminal(["TERM=xterm-256color"], "--format text")
        #expect(xterm.contains("\u{1B}[1;31merror\u{1B}[0m"), "\(xterm)")
        let pretty = try onTerminal(["TERM=xterm-256color"])
        #expect(pretty.contains("\u{1B}[1;31merror[unknown-key]\u{1B}[0m"), "\(pretty)")
        let dumb = try onTerminal(["TERM=dumb"])
        #expect(dumb.contains("error[unknown-key]: 'zzz' is not a cloud-config key"), "\(dumb)")
        #expect(!dumb.contains("\u{1B}"))
        let noColor = try onTerminal(["TERM=xterm-256color", "NO_COLOR=1"])
        #expect(!noColor.contains("\u{1B}") && noColor.contains("error[unknown-key]:"))
        // NO_COLOR counts only when it is not empty (no-color.org).
        let emptyNoColor = try onTerminal(["TERM=xterm-256color", "NO_COLOR="])
        #expect(emptyNoColor.contains("\u{1B}[1;31m"))
    }

    /// Many files in one process: every file is reported, in path order.
    @Test func manyFilesInOneRun() throws {
        let harness = try LintHarness()
        for index in 0..<300 {
            let name = "many/" + String(index / 100) + "/user-data-\(index).yaml"
            try harness.write(name, index % 50 == 0 ? Self.withError : "#cloud-config\nhostname: host-\(index)\n")
        }
        let run = try harness.run(["lint", "--format", "json", "many"])
        #expect(run.status == 1)
        let files = try Self.summary(run.stdout)
        #expect(files.count == 300)
        #expect(files == files.sorted())
        #expect(files.filter { $0.hasSuffix("duplicate-key") }.count == 6)
    }
}
