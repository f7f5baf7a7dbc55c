import CloudConfig
import Foundation
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
