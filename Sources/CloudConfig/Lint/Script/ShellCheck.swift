/// ShellCheck as a judge of the shell in user-data: script parts and files, boothooks, and the
/// commands of `runcmd` and `bootcmd` (which cloud-init writes into a `#!/bin/sh` script, one
/// line per command).
///
/// The library does not start programs: whoever enables ShellCheck gives the runner, which runs
/// `shellcheck -f json1 -s SHELL [-e CODES] -` with the script on standard input and returns what
/// it prints (the `cloudcfg` tool runs Debian's `shellcheck` from the `PATH`). Comments come back
/// as `ShellCheckComment` values at positions in the linted text, under the rule identifiers
/// `shellcheck/SC<code>`.
public struct ShellCheck: Sendable {
    /// One run of ShellCheck.
    public struct Request: Sendable, Hashable {
        /// The script.
        public var script: String
        /// The shell it is checked as: `sh`, `bash`, `dash` or `ksh` (`-s`).
        public var shell: String
        /// Codes not to report (`-e`).
        public var excluded: [Int]

        /// Creates a request.
        ///
        /// - Parameters:
        ///   - script: The script.
        ///   - shell: The shell it is checked as.
        ///   - excluded: Codes not to report.
        public init(script: String, shell: String, excluded: [Int] = []) {
            self.script = script
            self.shell = shell
            self.excluded = excluded
        }

        /// The arguments for `shellcheck`, with the script read from standard input.
        public var arguments: [String] {
            ["-f", "json1", "-s", shell]
                + (excluded.isEmpty ? [] : ["-e", excluded.map { "SC\($0)" }.joined(separator: ",")])
                + ["-"]
        }
    }

    /// Why ShellCheck could not check a script.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong, lower-case.
        public var description: String

        /// Creates a failure.
        ///
        /// - Parameter description: What went wrong.
        public init(_ description: String) { self.description = description }
    }

    /// The shells ShellCheck checks, by the name of the interpreter in a `#!` line.
    static let shells: [String: String] = [
        "sh": "sh", "bash": "bash", "dash": "dash", "ksh": "ksh", "mksh": "ksh", "ksh93": "ksh", "ash": "dash",
    ]

    private let runner: @Sendable (Request) -> Result<[UInt8], Failure>

    /// Creates a ShellCheck judge from a runner.
    ///
    /// - Parameter run: Runs ShellCheck for a request and returns its standard output (the
    ///   `json1` format), or why it could not run.
    public init(_ run: @escaping @Sendable (Request) -> Result<[UInt8], Failure>) {
        self.runner = run
    }

    /// Runs a request and reads ShellCheck's comments, in the script's lines and columns.
    ///
    /// - Parameter request: The script and shell.
    /// - Returns: The comments, or why there are none.
    func run(_ request: Request) -> Result<[RawComment], Failure> {
        switch runner(request) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let output):
            guard case .object(let members)? = try? JSONValue.parse(output),
                case .array(let comments)? = members.first(where: { $0.0 == "comments" })?.1
            else {
                return .failure(Failure("shellcheck printed no json1 report"))
            }
            return .success(comments.compactMap(RawComment.init))
        }
    }

    /// One comment as ShellCheck prints it: 1-based lines and columns (columns count characters,
    /// a tab as one) in the script it was given.
    struct RawComment {
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var level: String
        var code: Int
        var message: String

        init?(_ value: JSONValue) {
            guard case .object(let members) = value else { return nil }
            func number(_ key: String) -> Int? {
                guard case .number(let text)? = members.first(where: { $0.0 == key })?.1 else { return nil }
                return Int(text)
            }
            func string(_ key: String) -> String? {
                guard case .string(let text)? = members.first(where: { $0.0 == key })?.1 else { return nil }
                return text
            }
            guard let line = number("line"), let column = number("column"), let code = number("code"),
                let message = string("message")
            else { return nil }
            self.line = line
            self.column = column
            self.endLine = number("endLine") ?? line
            self.endColumn = number("endColumn") ?? column
            self.level = string("level") ?? "warning"
            self.code = code
            self.message = message
        }

        /// cloudcfg's severity for ShellCheck's level: `error` and `warning` as they are, `info`
        /// and `style` as notes.
        var severity: Severity {
            switch level {
            case "error": .error
            case "warning": .warning
            default: .note
            }
        }
    }
}
