/// Findings shaped as the Language Server Protocol publishes them, for editor plugins that run
/// `cloudcfg lint --format lsp` and hand the result to their editor.
///
/// The output is a JSON array with one object per input, in path order: `uri` (a `file://` URI,
/// or null for standard input), `path` (as given) and `diagnostics`, each an LSP `Diagnostic`:
/// `range` (`start` and `end`, each a 0-based `line` and a 0-based `character` in UTF-16 code
/// units, LSP's default position encoding), `severity` (1 error, 2 warning, 3 note), `code` (the
/// rule id), `source` (`cloudcfg`), `message` (notes without a location follow on their own
/// lines), `relatedInformation` (the notes with a location), `tags` (`[2]`, deprecated, for
/// deprecations) and `data` with `keyPath` and `fixes`, each a `title` and `edits`, LSP
/// `TextEdit`s (`range`, `newText`) in the same document, ready to become a code action.
public struct LSPReporter: Reporter {
    /// The directory relative paths are resolved against for URIs; without one, a relative path
    /// gets a relative URI reference.
    public let baseDirectory: String?

    /// `lsp`.
    public var identifier: String { "lsp" }

    /// Creates a reporter.
    ///
    /// - Parameter baseDirectory: An absolute directory for relative paths (the working directory).
    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    /// Renders the results as one JSON array.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        var sources: [String: SourceFile] = [:]
        for result in results {
            if sources[result.path] == nil, let source = result.source { sources[result.path] = source }
        }
        let files = results.sortedByPath.map { result -> JSONValue in
            .object([
                ("uri", .optional(uri(result.path))), ("path", .string(result.path)),
                ("diagnostics", .array(result.diagnostics.map { diagnostic($0, in: result, sources: sources) })),
            ])
        }
        return JSONValue.array(files).serialized(pretty: true, sortKeys: true) + "\n"
    }

    /// One LSP `Diagnostic`; a note's location is converted with the text of the file it points
    /// into, found among the results.
    func diagnostic(_ diagnostic: Diagnostic, in result: LintResult, sources: [String: SourceFile]) -> JSONValue {
        var message = diagnostic.message
        // A position in a decoded text (base64, gzip) has no place in the file the editor shows:
        // the finding is put at the file's start and its place in the decoded text is said.
        let decoded = !diagnostic.envelope.isFile
        if decoded {
            let start = diagnostic.range.start
            message += "\n(at \(start.line):\(start.column) of the text decoded as \(diagnostic.envelope.description))"
        }
        for note in diagnostic.notes where note.range == nil { message += "\nnote: " + note.message }
        let fileStart = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
        var members: [(String, JSONValue)] = [
            ("range", Self.range(decoded ? fileStart : diagnostic.range, in: result.source)),
            ("severity", .int(Self.severity(diagnostic.severity))),
            ("code", .string(diagnostic.ruleID.rawValue)), ("source", .string("cloudcfg")),
            ("message", .string(message)),
        ]
        let related = diagnostic.notes.compactMap { note -> JSONValue? in
            let path = result.path(of: note)
            guard let noteRange = note.range, let uri = uri(path), !(decoded && note.path == nil) else { return nil }
            let source = path == result.path ? result.source : sources[path]
            return .object([
                ("location", .object([("uri", .string(uri)), ("range", Self.range(noteRange, in: source))])),
                ("message", .string(note.message)),
            ])
        }
        if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
        if [RuleID.deprecatedKey, .deprecatedValue].contains(diagnostic.ruleID) {
            members.append(("tags", .array([.int(2)])))
        }
        let fixes = diagnostic.fixIts.map { fixIt in
            JSONValue.object([
                ("title", .string(fixIt.message)),
                (
                    "edits",
                    .array(
                        fixIt.edits.map { edit in
                            .object([
                                ("range", Self.range(edit.range, in: result.source)),
                                ("newText", .string(edit.replacement)),
                            ])
                        })
                ),
            ])
        }
        members.append(("data", .object([("keyPath", .optional(diagnostic.keyPath)), ("fixes", .array(fixes))])))
        return .object(members)
    }

    /// LSP's `DiagnosticSeverity`.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    /// An LSP `Range`; without the source text (an input that could not be read) columns are
    /// taken as they are, which is right for the position 1:1 such findings have.
    static func range(_ range: SourceRange, in source: SourceFile?) -> JSONValue {
        .object([("start", position(range.start, in: source)), ("end", position(range.end, in: source))])
    }

    static func position(_ location: SourceLocation, in source: SourceFile?) -> JSONValue {
        let (line, character) =
            source?.utf16Position(line: location.line, column: location.column)
            ?? (max(0, location.line - 1), max(0, location.column - 1))
        return .object([("line", .int(line)), ("character", .int(character))])
    }

    /// The `file://` URI of a path: absolute paths as they are, relative ones resolved against
    /// ``baseDirectory``; `nil` for standard input.
    func uri(_ path: String) -> String? {
        guard path != "<stdin>", path != "-" else { return nil }
        if path.hasPrefix("/") { return SARIFReporter.uri(Self.normalised(path)) }
        guard let baseDirectory, baseDirectory.hasPrefix("/") else { return SARIFReporter.uri(path) }
        return SARIFReporter.uri(Self.normalised(baseDirectory + "/" + path))
    }

    /// An absolute path with `.`, `..` and repeated slashes resolved textually.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
