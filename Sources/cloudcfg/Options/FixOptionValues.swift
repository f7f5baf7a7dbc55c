/// The values of ``FixOptions`` as plain values, which a run reads; the defaults are the
/// options' defaults (`LintPlainArgumentsTests` compares them).
struct FixOptionValues: Equatable {
    /// `--fix`.
    var fix = false
    /// `--dry-run`.
    var dryRun = false

    /// Whether the lint report goes to standard error, because standard output carries the diff
    /// or the fixed text of standard input.
    ///
    /// - Parameter paths: The paths named on the command line.
    /// - Returns: `true` with `--fix --dry-run`, or `--fix` on `-`.
    func reportsToStandardError(paths: [String]) -> Bool {
        fix && (dryRun || paths.contains(InputReader.standardInputPath))
    }
}
