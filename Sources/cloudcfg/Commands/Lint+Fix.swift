import CloudConfig
import SystemPackage

/// What `--fix` did over a run, for the summary line.
struct FixTally {
    /// Findings whose fix went in.
    var fixed = 0
    /// Files that changed.
    var files = 0
    /// Whether a file could not be written.
    var writeFailed = false
    /// Whether nothing is written (`--dry-run`).
    var dryRun = false
    /// The findings of each input as fixed (by its index), which the run need not lint again
    /// unless it lints the input together with the other files of an image.
    var results: [Int: LintResult] = [:]

    /// `fixed 3 problems in 2 files; 1 remains`, or what `--dry-run` would do.
    ///
    /// - Parameter left: The findings left in the report.
    /// - Returns: The line, with its line break.
    func summary(remaining left: LintSummary) -> String {
        let remaining = left.errors + left.warnings + left.notes
        let problems = "\(fixed) \(fixed == 1 ? "problem" : "problems")"
        let inFiles = "\(files) \(files == 1 ? "file" : "files")"
        let remain = dryRun ? "would remain" : (remaining == 1 ? "remains" : "remain")
        return "\(dryRun ? "would fix" : "fixed") \(problems) in \(inFiles); \(remaining) \(remain)\n"
    }
}

extension LintRun {
    /// Applies the safe fixes of every input read (`--fix`): writes each changed file in place,
    /// or prints its diff (`--dry-run`), or the fixed text of standard input; then the run lints
    /// what the inputs have become, so that the report and the exit status are about what
    /// remains. A file that cannot be written keeps its findings.
    ///
    /// - Parameters:
    ///   - read: The inputs, with the sources replaced by the fixed ones.
    ///   - linter: The linter for an input's configuration.
    /// - Returns: What was fixed.
    func applyFixes(
        to read: inout [(input: InputCollector.Input, source: SourceFile, kind: InputKind)],
        linter: (LintConfiguration) -> Linter
    ) -> FixTally {
        var tally = FixTally(dryRun: fixing.dryRun)
        for index in read.indices {
            let (input, source, kind) = read[index]
            let isStandardInput = input.path == InputReader.standardInputPath
            let outcome = linter(input.configuration).fix(source, as: kind)
            reportHeldBack(outcome, path: input.path)
            if outcome.changed, !fixing.dryRun, !isStandardInput {
                do {
                    try InPlaceWriter.replace(input.path, with: outcome.fixed.bytes, expected: source.bytes)
                } catch {
                    Console.error("\(error)\n")
                    tally.writeFailed = true
                    continue
                }
            }
            if fixing.dryRun {
                let path = isStandardInput ? source.path : input.path
                Self.writeOut(UnifiedDiff(old: source.bytes, new: outcome.fixed.bytes, path: path).bytes)
            } else if isStandardInput {
                Self.writeOut(outcome.fixed.bytes)
            }
            if outcome.changed {
                tally.fixed += outcome.applied.count
                tally.files += 1
            }
            read[index].source = outcome.fixed
            tally.results[index] = outcome.result
        }
        return tally
    }

    /// Says on standard error which offered fixes were not applied because of where they are or
    /// what they would do: inside encoded content, or breaking the file's syntax. (Suggestions are
    /// in the report, with their fix.)
    private func reportHeldBack(_ outcome: FixOutcome, path: String) {
        guard !options.quiet else { return }
        if let whole = outcome.encoded.wholeFile {
            Console.error(
                "\(path): note: --fix does not rewrite \(whole.description); decode it, fix the result and encode it "
                    + "again\n")
            return
        }
        var decoded: [String: Int] = [:]
        for diagnostic in outcome.inDecodedText { decoded[diagnostic.envelope.description, default: 0] += 1 }
        for (envelope, count) in decoded.sorted(by: { $0.key < $1.key }) {
            Console.error(
                "\(path): note: --fix does not rewrite the text decoded from \(envelope); \(count) "
                    + "\(count == 1 ? "finding there stays" : "findings there stay") as \(count == 1 ? "it is" : "they are")\n"
            )
        }
        for held in outcome.heldBack where held.reason != .needsReview {
            let start = held.diagnostic.range.start
            Console.error(
                "\(path):\(start.line):\(start.column): note: '\(held.fixIt.message)' "
                    + "[\(held.diagnostic.ruleID)] is not applied: \(held.reason)\n")
        }
    }

    /// Writes bytes to standard output as they are.
    private static func writeOut(_ bytes: [UInt8]) {
        _ = try? bytes.withUnsafeBytes { try FileDescriptor.standardOutput.writeAll($0) }
    }
}
