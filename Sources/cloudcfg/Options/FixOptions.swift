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

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run only goes with --fix") }
    }

    /// The values parsed, for the run.
    var values: FixOptionValues { FixOptionValues(fix: fix, dryRun: dryRun) }
}
