/// One finding about an input: what is wrong, where, and how to fix it.
///
/// Producers (the YAML reader, the schema validator, lint rules) return diagnostics as data;
/// only I/O failures are thrown.
public struct Diagnostic: Sendable, Hashable {
    /// The rule or parse check that produced the finding.
    public var ruleID: RuleID
    /// How serious the finding is.
    public var severity: Severity
    /// A lower-case message without a final period that says what was expected.
    public var message: String
    /// Where the finding is: in the coordinates of the file as given, or, when ``envelope`` is
    /// not the file itself, in those of the text decoded from it (after base64 or gzip).
    public var range: SourceRange
    /// The text ``range`` and the notes' ranges are in: ``EnvelopePath/file`` (the default) for
    /// the file as given, or the decoding layers of a decoded text, such as `base64 > gzip`.
    public var envelope: EnvelopePath = .file
    /// The part of the user-data the finding is about, such as `mime part-002 (setup.sh)`, when
    /// the file holds more than one piece of user-data (MIME, an archive, an encoded layer);
    /// `nil` for a finding about the file as a whole or about plain user-data.
    public var part: EnvelopePath?
    /// The dotted path as cloud-init prints it (`write_files.0.permissions`), if any.
    public var keyPath: String?
    /// Secondary messages and locations.
    public var notes: [Note]
    /// Suggested changes.
    public var fixIts: [FixIt]

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - ruleID: The rule that produced it.
    ///   - severity: How serious it is.
    ///   - message: What is wrong.
    ///   - range: Where it is.
    ///   - keyPath: The cloud-init key path, if any.
    ///   - notes: Secondary messages.
    ///   - fixIts: Suggested changes.
    public init(
        _ ruleID: RuleID,
        _ severity: Severity,
        _ message: String,
        at range: SourceRange,
        keyPath: String? = nil,
        notes: [Note] = [],
        fixIts: [FixIt] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.keyPath = keyPath
        self.notes = notes
        self.fixIts = fixIts
    }
}

extension Diagnostic: Comparable {
    /// Orders diagnostics by the text they are in (the file as given first), position, then
    /// rule, then message, for deterministic output.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.envelope != rhs.envelope {
            if lhs.envelope.isFile != rhs.envelope.isFile { return lhs.envelope.isFile }
            return lhs.envelope < rhs.envelope
        }
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if lhs.range.end != rhs.range.end { return lhs.range.end < rhs.range.end }
        return lhs.message < rhs.message
    }
}
