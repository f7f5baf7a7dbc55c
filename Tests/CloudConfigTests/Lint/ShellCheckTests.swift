import Foundation
import TestSupport
import Testing

@testable import CloudConfig

extension Oracle {
    /// Debian's shellcheck, if installed.
    static let shellCheck: String? = ["/usr/bin/shellcheck", "/bin/shellcheck"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}

/// `--shellcheck`: Debian's `shellcheck`, run for real, on script files and parts, boothooks and
/// the commands of `runcmd` and `bootcmd`, with its comments placed in the file as given. The
/// suite runs wherever shellcheck is installed and fails, never skips, under `CI=true` without it
/// (`.ci/run` and the README's set-up install it).
@Suite(.enabled(if: Oracle.shouldRun(Oracle.shellCheck != nil)))
struct ShellCheckTests {
    /// Debian's shellcheck.
    static let executable = Oracle.shellCheck

    /// ShellCheck run through the test support's subprocess runner.
    static var shellCheck: ShellCheck {
        let path = executable ?? "/usr/bin/shellcheck"
        return ShellCheck { request in
            do {
                let output = try Subprocess.run(path, request.arguments, input: Data(request.script.utf8))
                guard output.status == 0 || output.status == 1 else {
                    return .failure(ShellCheck.Failure("shellcheck exited \(output.status)"))
                }
                return .success(Array(output.stdout))
            } catch {
                return .failure(ShellCheck.Failure("\(error)"))
            }
        }
    }

    static func lint(_ text: String, configuration: LintConfiguration = LintConfiguration()) -> LintResult {
        var linter = Linter(configuration: configuration)
        linter.userDataOptions.shellCheck = shellCheck
        return linter.lint(text, path: "user-data")
    }

    /// `line:column rule` for each ShellCheck finding.
    static func found(_ result: LintResult) -> [String] {
        result.diagnostics.filter { $0.ruleID.isShellCheck }.map {
            "\($0.range.start.line):\($0.range.start.column) \($0.ruleID)"
        }
    }

    @Test func isInstalled() {
        #expect(Self.executable != nil, "shellcheck is not installed: apt-get install shellcheck")
    }

    @Test func aScriptFileIsCheckedWhereItIs() {
        let result = Self.lint("#!/bin/sh\nfor f in $(ls /etc); do\n  cat $f\ndone\n")
        #expect(Self.found(result) == ["2:10 shellcheck/SC2045", "3:7 shellcheck/SC2086"])
        let quoting = result.diagnostics.first { $0.ruleID == .shellcheck(code: 2086) }
        #expect(quoting?.severity == .note)
        #expect(quoting?.message == "Double quote to prevent globbing and word splitting")
        #expect(quoting?.range.end.column == 9)
    }

    @Test func bashIsCheckedAsBashAndPythonNotAtAll() {
        // `[[` is fine in bash, an error in sh.
        #expect(Self.found(Self.lint("#!/bin/bash\n[[ -f /etc/x ]] && echo y\n")) == [])
        #expect(Self.found(Self.lint("#!/bin/sh\n[[ -f /etc/x ]] && echo y\n")) == ["2:1 shellcheck/SC3010"])
        #expect(Self.found(Self.lint("#!/usr/bin/env python3\nprint($x)\n")) == [])
    }

    @Test func aBoothookIsCheckedFromItsInterpreterLine() {
        let result = Self.lint("#cloud-boothook\n#!/bin/sh\necho $INSTANCE_ID $x\n")
        #expect(Self.found(result) == ["3:6 shellcheck/SC2086", "3:19 shellcheck/SC2086", "3:19 shellcheck/SC2154"])
    }

    @Test func crLFIsShebangCRLFNotAlsoShellCheck() {
        let result = Self.lint("#!/bin/sh\r\necho ready\r\n")
        #expect(result.diagnostics.map(\.ruleID) == [.shebangCRLF])
    }

    /// runcmd is one `#!/bin/sh` script: a variable set by one command is known to the next.
    @Test func runcmdIsOneScriptMappedThroughTheYAML() {
        let text = """
            #cloud-config
            runcmd:
              - name=web
              - echo $name $missing
              - |
                for f in $(ls /etc); do
                  cat "$f"
                done
              - [echo, $HOME]
              - >
                echo folded
                $other
              - 'echo ''quoted'' $z'
            bootcmd:
              - cd /tmp
            """
        let result = Self.lint(text + "\n")
        #expect(
            Self.found(result) == [
                "4:16 shellcheck/SC2086", "4:16 shellcheck/SC2154", "6:14 shellcheck/SC2045", "9:5 shellcheck/SC2016",
                "10:5 shellcheck/SC2086", "10:5 shellcheck/SC2154", "13:5 shellcheck/SC2086", "13:5 shellcheck/SC2154",
                "15:5 shellcheck/SC2164",
            ])
        let byPath = Dictionary(grouping: result.diagnostics.filter { $0.ruleID.isShellCheck }) { $0.keyPath ?? "" }
        #expect(Set(byPath.keys) == ["runcmd.1", "runcmd.2", "runcmd.3", "runcmd.4", "runcmd.5", "bootcmd.0"])
        // Where the YAML does not map to the command character for character (a folded scalar is
        // one line to the shell), the finding is on the whole command and says where ShellCheck put it.
        let folded = result.diagnostics.first { $0.keyPath == "runcmd.4" }
        #expect(folded?.message.contains("line 1, column 13 of the command") == true, "\(String(describing: folded))")
        #expect(folded?.range.start.line == 10 && folded?.range.end.line == 12)
        let exec = result.diagnostics.first { $0.keyPath == "runcmd.3" }
        #expect(exec?.message.contains("as cloud-init writes it: 'echo' '$HOME'") == true)
    }

    @Test func codesAreConfiguredAndSuppressedOnTheirOwnOrAsShellCheck() throws {
        let text = "#cloud-config\nruncmd:\n  - echo $a\n  - echo $b  # cloudcfg: disable-line shellcheck/SC2154\n"
        let all = Self.found(Self.lint(text))
        #expect(all == ["3:10 shellcheck/SC2086", "3:10 shellcheck/SC2154", "4:10 shellcheck/SC2086"])
        let off = LintConfiguration(rules: [RuleID.shellcheck(code: 2086): .off])
        #expect(Self.found(Self.lint(text, configuration: off)) == ["3:10 shellcheck/SC2154"])
        let raised = LintConfiguration(rules: [RuleID.shellcheck(code: 2154): .severity(.error)])
        #expect(Self.lint(text, configuration: raised).diagnostics.contains { $0.severity == .error })
        #expect(Self.found(Self.lint(text, configuration: LintConfiguration(rules: [.shellcheck: .off]))) == [])
        // A configuration file accepts a code; a suppression naming one is no unknown rule.
        let (configuration, problems) = LintConfiguration.parse(
            SourceFile(path: ".cloudcfg.yaml", text: "rules:\n  shellcheck/SC2086: off\n  shellcheck/SC9: error\n"),
            baseDirectory: "/", rules: RuleRegistry.all.map(\.definition))
        #expect(problems.isEmpty)
        #expect(configuration.rules[.shellcheck(code: 2086)] == .off)
        #expect(!Self.lint(text).diagnostics.contains { $0.ruleID == .invalidSuppression })
    }

    @Test func aScriptPartInMIMEIsCheckedInTheFilesLines() {
        let text = EnvelopeExample.mime(
            EnvelopeExample.cloudConfigPart, "Content-Type: text/x-shellscript\n\n#!/bin/sh\necho $1\n")
        let result = Self.lint(text)
        #expect(Self.found(result) == ["13:6 shellcheck/SC2086"])
        #expect(result.diagnostics.first?.part?.description == "mime part-002")
    }

    @Test func aFailingShellCheckIsReported() {
        var linter = Linter()
        linter.userDataOptions.shellCheck = ShellCheck { _ in .failure(ShellCheck.Failure("not today")) }
        let result = linter.lint("#!/bin/sh\necho\n")
        #expect(result.diagnostics.map(\.ruleID) == [.shellcheck])
        #expect(result.diagnostics.first?.message == "shellcheck could not check this script: not today")
    }
}
