/// A parsed YAML input: its documents, its comments, and every error found while reading it.
///
/// Parsing never throws: a syntax error, an encoding problem or a limit ends the stream early and
/// is reported in ``diagnostics`` with its position; the documents completed before it remain.
public struct YAMLStream: Sendable {
    /// The input.
    public let source: SourceFile
    /// The documents, in order.
    public let documents: [YAMLDocument]
    /// Every comment, in order.
    public let comments: [YAMLComment]
    /// Errors found while reading the input, in order.
    public let diagnostics: [Diagnostic]

    /// Whether reading found any error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Parses YAML as cloud-init's loader (PyYAML's SafeLoader) reads it.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - limits: Bounds on size, nesting and alias expansion.
    /// - Returns: The documents, comments and errors.
    public static func parse(_ source: SourceFile, limits: YAMLLimits = YAMLLimits()) -> YAMLStream {
        let scan = YAMLInputCheck.scan(source, limits: limits)
        if let problem = scan.problem {
            return YAMLStream(source: source, documents: [], comments: [], diagnostics: [problem])
        }
        var composer = YAMLComposer(
            source: source, limits: limits, hasTabs: !scan.tabs.isEmpty,
            hasInnerByteOrderMarks: !scan.byteOrderMarks.isEmpty)
        composer.compose()
        let comments = YAMLCommentScanner.comments(
            in: source, scalarSpans: composer.scalarSpans, parsedEnd: composer.stopOffset)
        var diagnostics = composer.diagnostics
        if !scan.tabs.isEmpty || !scan.byteOrderMarks.isEmpty {
            let scannerErrors = PyYAMLScannerCheck.diagnostics(
                source: source, tabs: scan.tabs, byteOrderMarks: scan.byteOrderMarks,
                tabSpans: composer.tabSpans, scalarSpans: composer.scalarSpans, comments: comments,
                stopOffset: composer.stopOffset)
            if !scannerErrors.isEmpty {
                diagnostics = (diagnostics + scannerErrors).enumerated().sorted {
                    ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
                }.map(\.element)
            }
        }
        return YAMLStream(
            source: source, documents: composer.documents, comments: comments, diagnostics: diagnostics)
    }

    /// Parses YAML text.
    ///
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - path: The path shown in diagnostics.
    ///   - limits: Bounds on size, nesting and alias expansion.
    /// - Returns: The documents, comments and errors.
    public static func parse(
        _ text: String, path: String = "<string>", limits: YAMLLimits = YAMLLimits()
    ) -> YAMLStream {
        parse(SourceFile(path: path, text: text), limits: limits)
    }
}

extension YAMLStream {
    /// The error PyYAML's `safe_load` raises for a stream of more than one document, which
    /// makes cloud-init discard the user-data; `nil` for zero or one document.
    public var multipleDocumentsError: Diagnostic? {
        guard documents.count > 1 else { return nil }
        return Diagnostic(
            "multiple-documents", .error,
            "found \(documents.count) YAML documents; cloud-init loads user-data as a single document",
            at: SourceRange(at: documents[1].range.start),
            notes: [Note("the first document starts here", at: SourceRange(at: documents[0].range.start))])
    }
}
