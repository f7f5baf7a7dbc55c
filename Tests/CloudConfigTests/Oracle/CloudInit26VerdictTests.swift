import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloud-init 26.2, cloudcfg's default target, as the judge of the linter, through its verdicts
/// recorded by `scripts/dev/record-cloud-init-26.2-verdicts` (a user's clone has no 26.2 to ask):
/// every error 26.2 reports is an error of ours at the same key path or below, and every error of
/// ours is one 26.2 reports or a listed deliberate difference with its consequence at boot.
struct CloudInit26VerdictTests {
    /// The recorded verdicts are about the defect corpus as it is now: one per file, on the same
    /// bytes. A fixture added or changed without re-recording fails here.
    @Test func recordedVerdictsAreForTheDefectCorpusAsItIs() throws {
        let corpus = try Judges.defectCorpus()
        let recorded = try Judges.recorded26("oracle")
        #expect(recorded.judge.release == "26.2")
        #expect(
            recorded.files.count == corpus.count && Set(recorded.files.keys) == Set(corpus.keys),
            """
            Fixtures/oracle has \(corpus.keys.sorted()), the 26.2 verdicts are on \(recorded.files.keys.sorted()): \
            re-record with scripts/dev/record-cloud-init-26.2-verdicts
            """)
        for (name, bytes) in corpus.sorted(by: { $0.key < $1.key }) {
            #expect(
                recorded.files[name]?.sha256 == SHA256.hex(bytes),
                "\(name) changed since 26.2's verdict was recorded: re-record with scripts/dev/record-cloud-init-26.2-verdicts"
            )
        }
    }

    /// The defect corpus alone, which needs no oracle installed.
    @Test func everyError26ReportsOnTheDefectCorpusIsOurs() throws {
        let corpus = try Judges.defectCorpus()
        let recorded = try Judges.recorded26("oracle")
        try #require(recorded.files.count == corpus.count)
        var comparison = JudgeComparison(judge: "26.2", target: .newest, differences: try .load())
        for (name, bytes) in corpus.sorted(by: { $0.key < $1.key }) {
            comparison.compare(name, bytes, try #require(recorded.files[name]))
        }
        for failure in comparison.failures { Issue.record(Comment(rawValue: failure)) }
        #expect(comparison.judgeErrors >= 150, "too few cloud-init 26.2 errors checked: \(comparison.judgeErrors)")
    }

    /// Every set: the defect corpus, and the examples of the installed 22.4.2 package and of its
    /// modules, which the tests read from the package and check against the recorded hashes.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func everyError26ReportsIsOursAndOursAreItsOrDeliberate() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let inputs = try Judges.inputs()
        var comparison = JudgeComparison(judge: "26.2", target: .newest, differences: try .load())
        for set in Judges.sets {
            let files = try #require(inputs[set])
            let recorded = try Judges.recorded26(set)
            try #require(
                recorded.files.count == files.count && Set(recorded.files.keys) == Set(files.keys),
                """
                \(set): the installed cloud-init gives \(files.count) files, 26.2's verdicts are on \
                \(recorded.files.count): re-record with scripts/dev/record-cloud-init-26.2-verdicts
                """)
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
                let verdict = try #require(recorded.files[name])
                #expect(
                    verdict.sha256 == SHA256.hex(bytes),
                    "\(name) is not the file 26.2's verdict was recorded on: re-record with scripts/dev/record-cloud-init-26.2-verdicts"
                )
                comparison.compare(name, bytes, verdict)
            }
        }
        for failure in comparison.failures { Issue.record(Comment(rawValue: failure)) }
        #expect(comparison.unused.isEmpty, "deliberate differences 26.2 no longer shows: \(comparison.unused)")
        #expect(comparison.files >= 175, "expected the corpus, the examples and the module examples")
        #expect(comparison.judgeErrors >= 200, "too few cloud-init 26.2 errors checked: \(comparison.judgeErrors)")
        #expect(comparison.ourErrors >= 200, "too few errors of ours checked: \(comparison.ourErrors)")
        #expect(comparison.judgeDeprecations >= 30, "too few deprecations checked: \(comparison.judgeDeprecations)")
    }

    /// Each deliberate difference names a rule cloudcfg has and says what happens at boot.
    @Test func deliberateDifferencesAreJustified() throws {
        let differences = try DeliberateDifferences.load()
        #expect(!differences.oursOnly.isEmpty)
        for entry in differences.oursOnly {
            #expect(RuleRegistry.definition(for: RuleID(rawValue: entry.rule)) != nil, "unknown rule \(entry.rule)")
            #expect(!entry.judges.isEmpty && entry.judges.allSatisfy { ["22.4.2", "26.2"].contains($0) })
            #expect(entry.consequence.count > 40, "\(entry.file) \(entry.rule): say what happens at boot")
        }
        for entry in differences.judgeOnly {
            #expect(!entry.judges.isEmpty && entry.judges.allSatisfy { ["22.4.2", "26.2"].contains($0) })
            #expect(entry.fact.count > 40, "\(entry.file) \(entry.path): say why the judge's error is not ours")
        }
    }
}
