import CloudConfig
import Foundation
import TestSupport
import Testing

/// The README's guides for the terminal, editors, pre-commit and installing: what they show is
/// what the tool prints and what the repository's files say.
@Suite struct ReadmeGuideTests {
    /// The lines of the fenced block that follows a line of the README.
    static func block(after marker: String) throws -> [String] {
        let text = try ReadmeTests.readme()
        let start = try #require(text.range(of: marker + "\n"), "the README has no \(marker)")
        var rest = text[start.upperBound...]
        if !marker.hasPrefix("$ ") {
            let fence = try #require(rest.range(of: "```"))
            rest = rest[fence.upperBound...].drop { $0 != "\n" }.dropFirst()
        }
        return rest.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0 != "```" }.map(String.init)
    }

    /// The annotated example is a contiguous part of what `--format pretty` prints.
    @Test func thePrettyExampleIsWhatLintPrints() throws {
        let lines = try Self.block(after: "$ cloudcfg lint --format pretty Examples/user-data/typical-mistakes.yaml")
            .filter { $0 != "..." }
        #expect(lines.count > 8)
        let run = try ReadmeTests.run(["lint", "--format", "pretty", "Examples/user-data/typical-mistakes.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.contains(lines.joined(separator: "\n") + "\n"), "\(run.stdout)")
    }

    /// The VS Code settings are JSON, name the schema file the export command writes, and set
    /// YAML 1.1.
    @Test func theEditorSettingsAreConsistent() throws {
        let text = try ReadmeTests.readme()
        let start = try #require(text.range(of: "```json\n"))
        let json = text[start.upperBound...].prefix { _ in true }.split(separator: "```").first ?? ""
        let settings = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let schemas = try #require(settings["yaml.schemas"] as? [String: [String]])
        #expect(schemas.keys.sorted() == ["./cloud-config.schema.json"])
        #expect(settings["yaml.yamlVersion"] as? String == "1.1")
        #expect(text.contains("cloudcfg schema --cloud-init 22.4.2 > cloud-config.schema.json"))
        #expect(text.contains("# yaml-language-server: $schema=./cloud-config.schema.json"))
        // The names given to the schema are the names the pre-commit hook lints.
        let hook = try PreCommitHookTests.lintHook()
        let pattern = try Regex(hook.files)
        for name in try #require(schemas["./cloud-config.schema.json"]) {
            let example = name.replacing("**/", with: "images/").replacing("*", with: "web")
            #expect(example.contains(pattern), "\(name)")
        }
    }

    /// The `.pre-commit-config.yaml` shown uses a hook this repository defines, with options lint has.
    @Test func thePreCommitConfigurationUsesTheHook() throws {
        let lines = try Self.block(after: "repository's `.pre-commit-config.yaml`:")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pre-commit-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let configuration = try YAMLFile.load(file)
        let hooks = try #require(configuration["repos"]?.items.first?["hooks"]?.items)
        let ids = try PreCommitHookTests.hooks().map(\.id)
        let help = try ReadmeTests.run(["help", "lint"]).stdout
        for hook in hooks {
            #expect(ids.contains(hook["id"]?.string ?? ""))
            for argument in (hook["args"]?.items ?? []).compactMap(\.string) where argument.hasPrefix("--") {
                #expect(help.contains(argument))
            }
        }
    }

    /// The install table names the paths the Makefile installs, and the targets it names exist.
    @Test func theInstallGuideMatchesTheMakefile() throws {
        let makefile = try String(contentsOf: ReadmeTests.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let text = try ReadmeTests.readme()
        let table = text.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("`$PREFIX/") }
        #expect(table.count == 5)
        for row in table {
            let path = try #require(row.firstMatch(of: /`\$PREFIX\/([^`]+)`/)?.output.1)
            let directory = path.split(separator: "/").dropLast().joined(separator: "/")
            let name = path.split(separator: "/").last.map(String.init) ?? ""
            #expect(makefile.contains("$(PREFIX)/\(directory)\n"), "\(directory)")
            #expect(makefile.contains("/\(name)\n") || makefile.contains("/\(name) "), "\(name)")
        }
        for target in ["all", "build", "install", "uninstall", "test"] {
            #expect(makefile.contains("\n\(target):"), "make \(target)")
        }
        #expect(makefile.contains("--static-swift-stdlib"))
        #expect(makefile.contains("PREFIX ?= /usr/local"))
    }
}

/// The README's tour and comparison: every tour line runs as written, and the comparison's
/// figures are what cloudcfg and cloud-init print today.
@Suite struct ReadmeTourTests {
    @Test func everyTourLineRuns() throws {
        let lines = try ReadmeGuideTests.block(after: "## A five-minute tour").filter { !$0.isEmpty }
        #expect(lines.count >= 8)
        let harness = try LintHarness()
        try FileManager.default.createSymbolicLink(
            at: harness.directory.appendingPathComponent("Examples"),
            withDestinationURL: ReadmeTests.root.appendingPathComponent("Examples"))
        let path = try CLIRunner.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
        for line in lines {
            let run = try LintHarness.run(
                "/usr/bin/env", ["PATH=\(path)", "/bin/sh", "-c", line], workingDirectory: harness.directory)
            let allowed: Set<Int32> = line.hasPrefix("cloudcfg lint") ? [0, 1] : [0]
            #expect(allowed.contains(run.status), "\(line): \(run.status) \(run.stderr)")
        }
        // What the comments promise.
        let first = try ReadmeTests.run(["lint", "--format", "text", "Examples/user-data/typical-mistakes.yaml"])
        #expect(first.stdout.hasSuffix("8 errors, 4 warnings, 1 note in 1 file\n"), "\(first.stdout)")
        let fixed = try String(contentsOf: harness.directory.appendingPathComponent("mine.yaml"), encoding: .utf8)
        let original = try String(
            contentsOf: ReadmeTests.root.appendingPathComponent("Examples/user-data/typical-mistakes.yaml"),
            encoding: .utf8)
        #expect(fixed != original)
        #expect(FileManager.default.fileExists(atPath: harness.path("my-image/profile.yaml")))
        #expect(!(try Data(contentsOf: harness.directory.appendingPathComponent("custom-data"))).isEmpty)
    }

    /// cloud-init 22.4.2's validator reports the five errors the table says, at key paths only.
    @Test(.enabled(if: DebianPython.shouldRun(FileManager.default.isExecutableFile(atPath: "/usr/bin/cloud-init"))))
    func theComparisonIsWhatCloudInitSays() throws {
        let text = try ReadmeTests.readme()
        #expect(text.contains("| Findings | 8 errors, 4 warnings, 1 note | 5 errors |"))
        let run = try LintHarness.run(
            "/usr/bin/cloud-init", ["schema", "-c", "Examples/user-data/typical-mistakes.yaml"],
            workingDirectory: ReadmeTests.root)
        let output = run.stdout + run.stderr
        let line = try #require(
            output.split(separator: "\n").first { $0.hasPrefix("Cloud config schema errors: ") }, "\(output)")
        let paths = line.matches(of: #/(?:: |, )([a-z_]+(?:\.[0-9a-z_]+)*): /#).map { String($0.output.1) }
        #expect(paths == ["phone_home.url", "runcmd.0", "runcmd.1", "users.0", "write_files.0.permissions"])
    }
}
