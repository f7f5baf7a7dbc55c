import Foundation
import TestSupport
import Testing

/// The completion scripts `cloudcfg --generate-completion-script` writes (and `make install`
/// installs): each shell parses its script, and bash and fish complete subcommands, options and
/// option values with it. zsh and fish run wherever installed and fail, never skip, under
/// `CI=true` (`.ci/run` and the README's test set-up install them).
@Suite struct CompletionTests {
    static let shells = ["bash": "/bin/bash", "zsh": "/usr/bin/zsh", "fish": "/usr/bin/fish"]

    static func isInstalled(_ shell: String) -> Bool {
        shells[shell].map { FileManager.default.isExecutableFile(atPath: $0) } ?? false
    }

    /// The script for a shell, written to a scratch file.
    static func script(_ shell: String, in harness: borrowing LintHarness) throws -> String {
        let run = try harness.run(["--generate-completion-script", shell])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("cloudcfg"))
        try harness.write("cloudcfg.\(shell)", run.stdout)
        return harness.path("cloudcfg.\(shell)")
    }

    static func run(_ shell: String, _ arguments: [String], in harness: borrowing LintHarness) throws -> LintHarness.Run
    {
        let directory = try CLIRunner.executable.deletingLastPathComponent().path
        let path = directory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try LintHarness.run(
            "/usr/bin/env", ["PATH=\(path)", try #require(shells[shell])] + arguments,
            workingDirectory: harness.directory)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptParses(_ shell: String) throws {
        try #require(
            Self.isInstalled(shell) || !DebianPython.isCI || shell == "bash", "\(shell) is not installed (CI=true)")
        guard Self.isInstalled(shell) else { return }
        let harness = try LintHarness()
        let script = try Self.script(shell, in: harness)
        let check = try Self.run(shell, ["-n", script], in: harness)
        #expect(check.status == 0, "\(shell) -n: \(check.stderr)")
    }

    /// bash's completion function, called as `complete -F` calls it (command, current word,
    /// previous word), offers subcommands, options and the values of `--format`.
    @Test func bashCompletes() throws {
        let harness = try LintHarness()
        let script = try Self.script("bash", in: harness)
        func complete(_ words: [String]) throws -> [String] {
            let line = words.joined(separator: " ")
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            let program = """
                source '\(script)'
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
                _cloudcfg cloudcfg '\(words[words.count - 1])' '\(words[words.count - 2])'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let run = try Self.run("bash", ["-c", program], in: harness)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["cloudcfg", "ex"]) == ["explain"])
        #expect(try complete(["cloudcfg", "lint", "--fo"]) == ["--format"])
        #expect(
            try complete(["cloudcfg", "lint", "--format", ""]) == ["pretty", "text", "json", "sarif", "github", "lsp"])
        #expect(try complete(["cloudcfg", "lint", "--color", "a"]) == ["auto", "always"])
        #expect(try complete(["cloudcfg", "lint", "-"]).contains("--quiet"))
    }

    @Test(.enabled(if: isInstalled("fish") || DebianPython.isCI, "needs fish"))
    func fishCompletes() throws {
        let harness = try LintHarness()
        let script = try Self.script("fish", in: harness)
        func complete(_ line: String) throws -> [String] {
            let run = try Self.run("fish", ["-c", "source '\(script)'; complete -C'\(line)'"], in: harness)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }
        #expect(try complete("cloudcfg lint --format ") == ["pretty", "text", "json", "sarif", "github", "lsp"])
        #expect(try complete("cloudcfg sch") == ["schema"])
        #expect(try complete("cloudcfg lint --q") == ["--quiet"])
    }

    /// zsh loads the script as a completion function.
    @Test(.enabled(if: isInstalled("zsh") || DebianPython.isCI, "needs zsh"))
    func zshDefinesTheFunction() throws {
        let harness = try LintHarness()
        let script = try Self.script("zsh", in: harness)
        let run = try Self.run(
            "zsh",
            ["-f", "-c", "autoload -Uz compinit && compinit -u -D && source '\(script)' && whence -w _cloudcfg"],
            in: harness)
        #expect(run.stdout == "_cloudcfg: function\n", "\(run.stdout)\(run.stderr)")
    }
}
