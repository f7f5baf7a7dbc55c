import CloudConfig
import Foundation
import TestSupport
import Testing

/// `.pre-commit-hooks.yaml`: the hook's `files` pattern picks user-data by name (checked with
/// Python's `re`, the engine pre-commit uses), its `entry` run on staged files as pre-commit runs
/// it fails a commit with errors and passes a clean one, and pre-commit itself (Debian's
/// `pre-commit`, which `.ci/run` and the README's test set-up install) runs the hook offline.
@Suite struct PreCommitHookTests {
    static let hooksFile = ReadmeTests.root.appendingPathComponent(".pre-commit-hooks.yaml")

    struct Hook {
        var id: String
        var entry: String
        var language: String
        var files: String
        var types: [String]
    }

    static func hooks() throws -> [Hook] {
        try YAMLFile.load(hooksFile).items.map { hook in
            Hook(
                id: try #require(hook["id"]?.string), entry: try #require(hook["entry"]?.string),
                language: try #require(hook["language"]?.string), files: try #require(hook["files"]?.string),
                types: (hook["types"]?.items ?? []).compactMap(\.string))
        }
    }

    static func lintHook() throws -> Hook {
        try #require(try hooks().first { $0.id == "cloudcfg-lint" })
    }

    @Test func theHookRunsTheInstalledLint() throws {
        let hook = try Self.lintHook()
        #expect(hook.entry == "cloudcfg lint")
        // Nothing to build or download when the hook runs: the cloudcfg on the PATH.
        #expect(hook.language == "system")
        #expect(hook.types == ["text"])
    }

    static let names: [(String, Bool)] = [
        ("user-data", true), ("user-data.yaml", true), ("images/web/user-data", true), ("user_data.yml", true),
        ("UserData.txt", true), ("web.user-data", true), ("web.cloud-config.yaml", true), ("cloud-config.yml", true),
        ("cloud_config", true), ("custom-data", true), ("customdata.txt", true), ("cloud-init.yaml", true),
        ("ci/cloud-init.yml", true), ("cloud-init", true),
        ("README.md", false), ("main.tf", false), ("cloud-init-notes/readme.md", false),
        ("docs/cloud-init-guide.md", false), (".cloudcfg.yaml", false), ("data/users.yaml", false),
        ("cloud-initialize.sh", false),
    ]

    /// The pattern as pre-commit applies it: Python's `re.search` on the path.
    @Test func theFilesPatternPicksUserDataByName() throws {
        let hook = try Self.lintHook()
        try #require(FileManager.default.isExecutableFile(atPath: DebianPython.path))
        let program = """
            import re, sys
            pattern = re.compile(sys.argv[1])
            for name in sys.argv[2:]:
                print("yes" if pattern.search(name) else "no")
            """
        let run = try LintHarness.run(
            DebianPython.path, ["-c", program, hook.files] + Self.names.map(\.0),
            workingDirectory: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run.stderr)")
        let verdicts = run.stdout.split(separator: "\n").map { $0 == "yes" }
        try #require(verdicts.count == Self.names.count)
        for ((name, expected), verdict) in zip(Self.names, verdicts) {
            #expect(verdict == expected, "\(name)")
        }
    }

    /// A scratch git repository with staged files.
    final class Repository {
        let harness: LintHarness

        init() throws {
            harness = try LintHarness()
            for arguments in [
                ["init", "-q"], ["config", "user.email", "t@example.com"], ["config", "user.name", "t"],
            ] {
                _ = try git(arguments)
            }
        }

        @discardableResult
        func git(_ arguments: [String]) throws -> LintHarness.Run {
            let run = try LintHarness.run("/usr/bin/git", arguments, workingDirectory: harness.directory)
            #expect(run.status == 0, "git \(arguments): \(run.stderr)")
            return run
        }

        func stage(_ files: [String: String]) throws {
            for (path, text) in files { try harness.write(path, text) }
            try git(["add", "-A"])
        }

        /// What pre-commit runs: the entry, then the staged files the hook's pattern selects.
        func runHook(_ hook: PreCommitHookTests.Hook) throws -> LintHarness.Run {
            let staged = try git(["diff", "--cached", "--name-only", "--diff-filter=ACMR"]).stdout
                .split(separator: "\n").map(String.init)
            let pattern = try Regex(hook.files)
            let files = staged.filter { $0.contains(pattern) }.sorted()
            #expect(!files.isEmpty)
            let command = hook.entry + " " + files.map { "'\($0)'" }.joined(separator: " ")
            return try LintHarness.run(
                "/usr/bin/env", ["PATH=\(try PreCommitHookTests.path())", "/bin/sh", "-c", command],
                workingDirectory: harness.directory)
        }
    }

    /// The built cloudcfg first on the PATH, as `make install` would put it.
    static func path() throws -> String {
        try CLIRunner.executable.deletingLastPathComponent().path + ":"
            + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }

    static let broken = "#cloud-config\npackages: [a]\npackages: [b]\n"
    static let clean = "#cloud-config\nhostname: web\n"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
    func theEntryOnStagedFilesFailsOnErrorsOnly() throws {
        let hook = try Self.lintHook()
        let repository = try Repository()
        try repository.stage([
            "cloud/user-data.yaml": Self.broken, "cloud/web.cloud-config.yaml": Self.clean,
            "README.md": "# not user-data\n",
            "main.tf": "resource \"x\" \"y\" {}\n",
        ])
        let failing = try repository.runHook(hook)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("cloud/user-data.yaml:3:1: error: 'packages' appears twice"))
        #expect(failing.stdout.hasSuffix("1 error, 0 warnings, 0 notes in 2 files\n"), "\(failing.stdout)")
        try repository.stage(["cloud/user-data.yaml": Self.clean])
        let passing = try repository.runHook(hook)
        #expect(passing.status == 0 && passing.stdout.isEmpty, "\(passing.stdout)")
    }

    static let hasPreCommit = FileManager.default.isExecutableFile(atPath: "/usr/bin/pre-commit")

    /// pre-commit itself, offline: `try-repo` against this repository runs the hook on the
    /// staged files (the repository must be a git checkout, as a clone is).
    @Test(.enabled(if: hasPreCommit || DebianPython.isCI, "needs pre-commit (Debian's pre-commit)"))
    func preCommitRunsTheHook() throws {
        try #require(Self.hasPreCommit, "pre-commit is not installed (CI=true)")
        let root = ReadmeTests.root
        try #require(
            FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path),
            "\(root.path) is not a git checkout")
        let repository = try Repository()
        try repository.stage(["cloud/user-data.yaml": Self.broken, "notes.md": "not linted\n"])
        let home = repository.harness.directory.appendingPathComponent(".pre-commit-home").path
        func tryRepo() throws -> LintHarness.Run {
            try LintHarness.run(
                "/usr/bin/env",
                [
                    "PATH=\(try Self.path())", "PRE_COMMIT_HOME=\(home)", "/usr/bin/pre-commit", "try-repo", root.path,
                    "cloudcfg-lint", "--verbose",
                ], workingDirectory: repository.harness.directory)
        }
        let failing = try tryRepo()
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("cloudcfg lint..."))
        #expect(failing.stdout.contains("Failed"))
        #expect(failing.stdout.contains("cloud/user-data.yaml:3:1: error: 'packages' appears twice"))
        try repository.stage(["cloud/user-data.yaml": Self.clean])
        let passing = try tryRepo()
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("Passed"))
    }
}
