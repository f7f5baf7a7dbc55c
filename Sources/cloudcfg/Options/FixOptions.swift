import ArgumentParser

/// `--fix` and `--dry-run`: apply the safe fixes of `cloudcfg lint`, or show them as a diff.
struct FixOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Apply the safe fixes in place (each file replaced atomically, keeping its mode); - writes the fixed "
                + "text to standard output. Findings whose fix is a suggestion, and content inside gzip, base64 or "
                + "an encoded MIME part, are left as they are. The report and the exit status are about what "
                + "remains."))
    var fix = false

    @Flag(
        name: .customLong("dry-run"),
        help: "With --fix, print the changes as a unified diff (patch -p1 applies it) and change nothing.")
    var dryRun = false

    /// The options when the command line gives none: each property's declared default.
    /// `CloudCfgFastPathTests` compares them with what the parser makes.
    static var defaults: FixOptions {
        var options = FixOptions()
        options.fix = false
        options.dryRun = false
        return options
    }

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run only goes with --fix") }
    }

    /// Whether the lint report goes to standard error, because standard output carries the diff
    /// or the fixed text of standard input.
    ///
    /// - Parameter paths: The paths named on the command line.
    /// - Returns: `true` with `--fix --dry-run`, or `--fix` on `-`.
    func reportsToStandardError(paths: [String]) -> Bool {
        fix && (dryRun || paths.contains(InputReader.standardInputPath))
    }
}
