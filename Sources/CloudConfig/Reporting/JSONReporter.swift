/// The Lint JSON contract: `files` (sorted by path), each with `path`, `kind` and `diagnostics`
/// (sorted by position), each diagnostic with `rule`, `severity`, `message`, `line`, `column`,
/// `endLine`, `endColumn` (1-based; columns in Unicode scalars), `keyPath` (or null), `fixes`,
/// `envelope` (the decoding layers of the text the position is in, such as `base64 > gzip`, or
/// null for the file as given), `part` (the part of the user-data the finding is about, such
/// as `mime part-002 (setup.sh)`, or null) and `notes` (each with `message`, `path` — the note's
/// file, which may be another file of the image — and `line`, `column`, `endLine`, `endColumn`,
/// null when the note has no location); and a `summary` counting `errors`, `warnings` and
/// `notes`. Object keys are sorted.
public struct JSONReporter: Reporter {
    /// `json`.
    public var identifier: String { "json" }

    /// Creates a reporter.
    public init() {}

    /// Renders results as one pretty-printed JSON object.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        let summary = LintSummary(results)
        let value = JSONValue.object([
            ("files", .array(results.sortedByPath.map(Self.file))),
            (
                "summary",
                .object([
                    ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
                    ("notes", .int(summary.notes)),
                ])
            ),
        ])
        return value.serialized(pretty: true, sortKeys: true) + "\n"
    }

    static func file(_ result: LintResult) -> JSONValue {
        .object([
            ("path", .string(result.path)), ("kind", .string(result.kindName)),
            ("diagnostics", .array(result.diagnostics.map { diagnostic($0, path: result.path) })),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic, path: String) -> JSONValue {
        .object([
            ("rule", .string(diagnostic.ruleID.rawValue)), ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)), ("line", .int(diagnostic.range.start.line)),
            ("column", .int(diagnostic.range.start.column)), ("endLine", .int(diagnostic.range.end.line)),
            ("endColumn", .int(diagnostic.range.end.column)), ("keyPath", .optional(diagnostic.keyPath)),
            ("fixes", .array(diagnostic.fixIts.map(fix))),
            ("envelope", .optional(diagnostic.envelope.isFile ? nil : diagnostic.envelope.description)),
            ("part", .optional(diagnostic.part?.description)),
            ("notes", .array(diagnostic.notes.map { note($0, path: path) })),
        ])
    }

    static func note(_ note: Note, path: String) -> JSONValue {
        let range = note.range
        return .object([
            ("message", .string(note.message)), ("path", .string(note.path ?? path)),
            ("line", range.map { .int($0.start.line) } ?? .null),
            ("column", range.map { .int($0.start.column) } ?? .null),
            ("endLine", range.map { .int($0.end.line) } ?? .null),
            ("endColumn", range.map { .int($0.end.column) } ?? .null),
        ])
    }

    static func fix(_ fixIt: FixIt) -> JSONValue {
        .object([
            ("message", .string(fixIt.message)),
            (
                "edits",
                .array(
                    fixIt.edits.map { edit in
                        .object([
                            ("line", .int(edit.range.start.line)), ("column", .int(edit.range.start.column)),
                            ("endLine", .int(edit.range.end.line)), ("endColumn", .int(edit.range.end.column)),
                            ("replacement", .string(edit.replacement)),
                        ])
                    })
            ),
        ])
    }
}
