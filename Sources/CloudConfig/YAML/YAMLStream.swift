/// A parsed YAML input: its documents, its comments, and every error found while reading it.
///
/// Parsing never throws: a syntax error, an encoding problem or a limit ends the stream early and
/// is reported in ``errors`` with its position; the documents completed before it remain.
public struct YAMLStream: Sendable {
    /// The input.
    public let source: SourceFile
    /// The documents, in order.
    public let documents: [YAMLDocument]
    /// Every comment, in order.
    public let comments: [YAMLComment]
    /// Errors found while reading the input, in order.
    public let errors: [YAMLError]

    /// Whether reading found any error.
    public var hasErrors: Bool { !errors.isEmpty }

    /// Whether an error left the documents incomplete (see ``YAMLError/Code/isFatal``).
    public var isIncomplete: Bool { errors.contains { $0.code.isFatal } }

    /// Parses YAML as cloud-init's loader (PyYAML's SafeLoader) reads it.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - limits: Bounds on size, nesting and alias expansion.
    /// - Returns: The documents, comments and errors.
    public static func parse(_ source: SourceFile, limits: YAMLLimits = YAMLLimits()) -> YAMLStream {
        if let problem = YAMLInputCheck.problem(in: source, limits: limits) {
            return YAMLStream(source: source, documents: [], comments: [], errors: [problem])
        }
        let tabs = source.scan.tabs
        let byteOrderMarks = source.scan.innerByteOrderMarks
        var composer = YAMLComposer(
            source: source, limits: limits, hasTabs: !tabs.isEmpty, hasInnerByteOrderMarks: !byteOrderMarks.isEmpty)
        composer.compose()
        let comments = YAMLCommentScanner.comments(
            in: source, scalarSpans: composer.scalarSpans, parsedEnd: composer.stopOffset)
        var errors = composer.errors
        if !tabs.isEmpty || !byteOrderMarks.isEmpty {
            let scannerErrors = PyYAMLScannerCheck.errors(
                source: source, tabs: tabs, byteOrderMarks: byteOrderMarks, tabSpans: composer.tabSpans,
                scalarSpans: composer.scalarSpans, comments: comments, stopOffset: composer.stopOffset)
            if !scannerErrors.isEmpty {
                errors = (errors + scannerErrors).enumerated().sorted {
                    ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
                }.map(\.element)
            }
        }
        return YAMLStream(source: source, documents: composer.documents, comments: comments, errors: errors)
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
    public var multipleDocuments: YAMLError? {
        guard documents.count > 1 else { return nil }
        return YAMLError(
            .multipleDocuments,
            "found \(documents.count) YAML documents; cloud-init loads user-data as a single document",
            at: SourceRange(at: documents[1].range.start),
            notes: [Note("the first document starts here", at: SourceRange(at: documents[0].range.start))])
    }
}
