import ArgumentParser

/// The exit codes cloudcfg documents, from sysexits where one fits.
enum ExitStatus {
    /// Findings of error severity, or warnings under `--strict`.
    static let findings = ExitCode(1)
    /// A usage error (`EX_USAGE`).
    static let usage = ExitCode(64)
    /// Input that cannot be read as text or parsed at all (`EX_DATAERR`).
    static let unparsable = ExitCode(65)
    /// A missing or unreadable input (`EX_NOINPUT`).
    static let missingInput = ExitCode(66)
    /// Output that cannot be written (`EX_CANTCREAT`).
    static let cannotCreate = ExitCode(73)
}
