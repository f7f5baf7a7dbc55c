import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The unified diff `--fix --dry-run` prints: as `diff -u` writes it, and applied by `patch -p1`
/// to give the fixed file byte for byte (both from Debian: diffutils and patch).
@Suite struct UnifiedDiffTests {
    static func diff(_ old: String, _ new: String) -> String {
        String(decoding: UnifiedDiff(old: Array(old.utf8), new: Array(new.utf8), path: "x").bytes, as: UTF8.self)
    }

    static func numbered(_ range: ClosedRange<Int>) -> String { range.map { "line \($0)\n" }.joined() }

    @Test func sameTextsHaveNoDiff() {
        #expect(Self.diff("a\nb\n", "a\nb\n").isEmpty)
        #expect(UnifiedDiff(old: [], new: [], path: "x").isEmpty)
    }

    @Test func aChangedLineWithThreeLinesOfContext() {
        let old = Self.numbered(1...10)
        let new = old.replacing("line 5\n", with: "line five\n")
        #expect(
            Self.diff(old, new)
                == "--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n"
                + " line 7\n line 8\n")
    }

    @Test func labelsArePathsForPatchMinusOne() {
        let diff = UnifiedDiff(old: Array("a\n".utf8), new: Array("b\n".utf8), path: "./dir/user-data")
        #expect(diff.oldLabel == "a/dir/user-data")
        #expect(diff.newLabel == "b/dir/user-data")
        #expect(UnifiedDiff(old: [], new: [], path: "/etc/waagent.conf").oldLabel == "a/etc/waagent.conf")
    }

    @Test func rangesOfOneLineAndOfNone() {
        #expect(Self.diff("a\n", "b\n") == "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n")
        #expect(Self.diff("", "a\nb\n") == "--- a/x\n+++ b/x\n@@ -0,0 +1,2 @@\n+a\n+b\n")
        #expect(Self.diff("a\nb\n", "") == "--- a/x\n+++ b/x\n@@ -1,2 +0,0 @@\n-a\n-b\n")
        #expect(Self.diff("a\nb\n", "h\na\nb\n") == "--- a/x\n+++ b/x\n@@ -1,2 +1,3 @@\n+h\n a\n b\n")
    }

    @Test func aLastLineWithoutALineBreakIsMarked() {
        let marker = "\\ No newline at end of file\n"
        #expect(Self.diff("a\nb", "a\nc") == "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\(marker)+c\n\(marker)")
        #expect(Self.diff("a\nb", "a\nb\n") == "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\(marker)+b\n")
        #expect(Self.diff("a\nb", "z\nb") == "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-a\n+z\n b\n\(marker)")
    }

    @Test func changesSixLinesApartShareAHunkAndSevenDoNot() {
        let old = Self.numbered(1...20)
        let close = old.replacing("line 3\n", with: "3\n").replacing("line 10\n", with: "10\n")
        #expect(UnifiedDiff(old: Array(old.utf8), new: Array(close.utf8), path: "x").hunks.count == 1)
        let far = old.replacing("line 3\n", with: "3\n").replacing("line 11\n", with: "11\n")
        let hunks = UnifiedDiff(old: Array(old.utf8), new: Array(far.utf8), path: "x").hunks
        #expect(hunks.map(\.oldStart) == [1, 8])
        #expect(hunks.map(\.oldCount) == [6, 7])
    }

    @Test func carriageReturnsAndOtherBytesComeOutAsTheyAre() {
        let old: [UInt8] = Array("\u{FEFF}a: 1\r\nb: yes\r\n".utf8) + [0xE9, 0x0A]
        let new: [UInt8] = Array("\u{FEFF}a: 1\r\nb: true\r\n".utf8) + [0xE9, 0x0A]
        let bytes = UnifiedDiff(old: old, new: new, path: "x").bytes
        #expect(
            bytes == Array("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n \u{FEFF}a: 1\r\n-b: yes\r\n+b: true\r\n ".utf8) + [
                0xE9, 0x0A,
            ])
    }

    @Test func manyDifferencesAreFoundBetweenUniqueLines() {
        // More differing lines than one search looks for, between lines that occur once.
        let count = LineDiff.maxDifferences
        let old = (0..<count).map { "key \($0):\n  value: old\n" }.joined()
        let new = old.replacing("value: old", with: "value: new")
        let diff = LineDiff(old: Array(old.utf8), new: Array(new.utf8))
        let kept = diff.operations.filter { if case .equal = $0 { true } else { false } }
        #expect(kept.count == count)
        #expect(diff.operations.count == 3 * count)
    }

    @Test func manyDifferencesWithoutUniqueLinesFallBackToOneReplacement() {
        // More differing lines than the search looks for, and none to cut at: the middle is
        // replaced whole.
        let count = LineDiff.maxDifferences
        let old = (0..<count).map { "old \($0)\n" }.joined()
        let new = (0..<count).map { "new \($0)\n" }.joined()
        let diff = LineDiff(old: Array(old.utf8), new: Array(new.utf8))
        #expect(diff.operations.count == 2 * count)
        #expect(diff.operations.prefix(count).allSatisfy { if case .delete = $0 { true } else { false } })
    }

    // MARK: - Judged by diff and patch

    /// Pairs of texts to compare: edge cases, then what `--fix` makes of every rule example, lint
    /// fixture and shipped example it changes.
    static let pairs: [(name: String, old: [UInt8], new: [UInt8])] = {
        let lines = numbered(1...30)
        var pairs: [(String, [UInt8], [UInt8])] = [
            ("middle", lines, lines.replacing("line 15\n", with: "fifteen\n")),
            ("first", lines, lines.replacing("line 1\n", with: "one\n")),
            ("header", lines, "#cloud-config\n" + lines),
            ("append", lines, lines + "more\n"),
            ("two hunks", lines, lines.replacing("line 2\n", with: "2\n").replacing("line 25\n", with: "25\n")),
            ("joined hunks", lines, lines.replacing("line 2\n", with: "2\n").replacing("line 8\n", with: "8\n")),
            ("no newline", "a\nb\nc", "a\nB\nc"),
            ("newline added", "a\nb", "a\nb\n"),
            ("crlf", "a: 1\r\nb: yes\r\nc: 3\r\n", "#cloud-config\r\na: 1\r\nb: true\r\nc: 3\r\n"),
            ("from empty", "", "a\n"),
            ("to empty", "a\nb\n", ""),
            ("deleted lines", lines, lines.replacing("line 10\nline 11\n", with: "")),
            (
                "thousands of changes",
                (0..<1500).map { "- path: /etc/f\($0)\n  permissions: 0644\n" }.joined(),
                (0..<1500).map { "- path: /etc/f\($0)\n  permissions: '0644'\n" }.joined()
            ),
        ].map { ($0.0, Array($0.1.utf8), Array($0.2.utf8)) }
        for testCase in FixItTests.exampleCases + FixItTests.fileCases {
            let source = SourceFile(path: testCase.path, bytes: testCase.bytes)
            let outcome = testCase.linter.fix(source, as: testCase.kind ?? InputKind.detect(source))
            if outcome.changed { pairs.append((testCase.name, source.bytes, outcome.fixed.bytes)) }
        }
        return pairs
    }()

    static let diffProgram = "/usr/bin/diff"
    static let patchProgram = "/usr/bin/patch"

    static var oraclesInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: diffProgram)
            && FileManager.default.isExecutableFile(atPath: patchProgram)
    }

    /// The bytes after the two header lines.
    static func hunks(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var newlines = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            newlines += 1
            if newlines == 2 { return bytes[(index + 1)...] }
        }
        return []
    }

    @Test(.enabled(if: DebianPython.shouldRun(oraclesInstalled), "needs diff and patch (apt-get install patch)"))
    func diffAndPatchAgree() throws {
        try #require(Self.oraclesInstalled, "diff or patch is not installed (CI=true)")
        #expect(Self.pairs.count > 40)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-diff-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, old, new) in Self.pairs {
            let ours = UnifiedDiff(old: old, new: new, path: "file").bytes
            let oldURL = directory.appendingPathComponent("old")
            let newURL = directory.appendingPathComponent("new")
            try Data(old).write(to: oldURL)
            try Data(new).write(to: newURL)
            // diff -u writes the same hunks (its header has dates).
            let gnu = try Subprocess.run(Self.diffProgram, ["-u", "old", "new"], workingDirectory: directory)
            #expect(gnu.status == 1, "\(name): diff exits \(gnu.status)")
            #expect(
                Self.hunks(ours).elementsEqual(Self.hunks(Array(gnu.stdout))),
                "\(name):\nours:\n\(String(decoding: ours, as: UTF8.self))\ndiff -u:\n\(gnu.stdoutText)")
            // patch -p1 turns the old file into the new one.
            try Data(old).write(to: directory.appendingPathComponent("file"))
            let patched = try Subprocess.run(
                Self.patchProgram, ["-p1", "--batch", "--no-backup-if-mismatch", "--quiet"], input: Data(ours),
                workingDirectory: directory)
            #expect(patched.status == 0, "\(name): \(patched.stdoutText)\(patched.stderrText)")
            let result = try Data(contentsOf: directory.appendingPathComponent("file"))
            #expect(Array(result) == new, "\(name): patch gives\n\(String(decoding: result, as: UTF8.self))")
        }
    }
}
