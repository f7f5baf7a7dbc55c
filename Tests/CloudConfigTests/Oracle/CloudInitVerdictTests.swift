import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloud-init 22.4.2 (Debian 12's package), asked at test time, as the judge of the linter set
/// for it (`--cloud-init 22.4.2`): on our defect corpus, on the examples the package ships and on
/// its modules' own examples, every error 22.4.2 reports is an error of ours at the same key path
/// or below, and every error of ours is one 22.4.2 reports or a listed deliberate difference
/// (`Fixtures/verdicts/deliberate-differences.json`) with its consequence at boot.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct CloudInitVerdictTests {
    @Test func everyError22ReportsIsOursAndOursAreItsOrDeliberate() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let inputs = try Judges.inputs()
        #expect(inputs.keys.sorted() == Judges.sets.sorted(), "the judge script lists other sets")
        let corpus = try Judges.defectCorpus()
        #expect(inputs["oracle"] == corpus, "the judge script's defect corpus is not Fixtures/oracle/*.yaml")
        var comparison = JudgeComparison(judge: "22.4.2", target: .debian12, differences: try .load())
        for set in Judges.sets {
            let files = try #require(inputs[set])
            let verdicts = try Judges.live(files)
            #expect(verdicts.judge.release == nil)
            try #require(
                verdicts.files.count == files.count && Set(verdicts.files.keys) == Set(files.keys),
                "cloud-init 22.4.2 judged \(verdicts.files.count) of the \(files.count) files of \(set)")
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
                let verdict = try #require(verdicts.files[name])
                #expect(verdict.sha256 == SHA256.hex(bytes), "\(name): judged other bytes than given")
                comparison.compare(name, bytes, verdict)
            }
        }
        for failure in comparison.failures { Issue.record(Comment(rawValue: failure)) }
        #expect(comparison.unused.isEmpty, "deliberate differences 22.4.2 no longer shows: \(comparison.unused)")
        #expect(comparison.files >= 175, "expected the corpus, the examples and the module examples")
        #expect(comparison.judgeErrors >= 150, "too few cloud-init 22.4.2 errors checked: \(comparison.judgeErrors)")
        #expect(comparison.ourErrors >= 150, "too few errors of ours checked: \(comparison.ourErrors)")
        #expect(comparison.judgeDeprecations >= 5, "too few deprecations checked: \(comparison.judgeDeprecations)")
    }

    /// The examples 22.4.2 ships in its modules (`meta["examples"]`), which its own validator
    /// accepts, lint without errors for 22.4.2; and, where cloud-init 26.2 accepts them too (its
    /// recorded verdicts), for the default target.
    @Test func moduleExamplesLintWithoutErrors() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let examples = try #require(try Judges.inputs()["module-examples"])
        let verdicts22 = try Judges.live(examples)
        let verdicts26 = try Judges.recorded26("module-examples")
        try #require(verdicts22.files.count == examples.count && verdicts26.files.count == examples.count)
        var accepted22 = 0
        var accepted26 = 0
        for (name, bytes) in examples.sorted(by: { $0.key < $1.key }) {
            let source = SourceFile(path: name, bytes: Array(bytes))
            let verdict22 = try #require(verdicts22.files[name])
            let verdict26 = try #require(verdicts26.files[name], "no 26.2 verdict on \(name): re-record")
            #expect(verdict26.sha256 == verdict22.sha256, "\(name) changed since 26.2's verdicts were recorded")
            if verdict22.errors.isEmpty {
                accepted22 += 1
                let errors = Linter(configuration: LintConfiguration(target: .debian12)).lint(source).diagnostics
                    .filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(name), which 22.4.2 accepts: \(errors)")
            }
            if verdict26.errors.isEmpty {
                accepted26 += 1
                let errors = Linter().lint(source).diagnostics.filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(name), which 26.2 accepts: \(errors)")
            }
        }
        #expect(accepted22 >= 100, "22.4.2 accepts only \(accepted22) of its \(examples.count) module examples")
        #expect(accepted26 >= 100, "26.2 accepts only \(accepted26) of 22.4.2's \(examples.count) module examples")
    }

}
