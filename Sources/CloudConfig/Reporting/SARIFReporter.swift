/// SARIF 2.1.0, the format code-scanning services (GitHub code scanning, Azure DevOps) read:
/// one run with the tool's rules, results with levels, regions with end positions and fixes.
/// Columns count Unicode scalars (`columnKind: unicodeCodePoints`).
///
/// A finding whose position is in a text decoded from the file (base64, gzip) is located in a
/// nested artifact, as SARIF locates a file inside an archive: `run.artifacts` lists the file and,
/// with `parentIndex` pointing at it, the decoded text, whose URI is the file's with the envelope
/// as fragment (`user-data.b64#base64%20%3E%20gzip`) and whose `properties.envelope` names the
/// layers. The result's `properties` carry `envelope` and `part` as the JSON output does.
public struct SARIFReporter: Reporter {
    /// `sarif`.
    public var identifier: String { "sarif" }

    /// Creates a reporter.
    public init() {}

    /// Renders results as one SARIF log.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        let sortedRules = rules.sorted { $0.id < $1.id }
        var ruleIndex: [RuleID: Int] = [:]
        for (index, rule) in sortedRules.enumerated() { ruleIndex[rule.id] = index }
        var sarifResults: [JSONValue] = []
        var artifacts = Artifacts()
        for result in results.sortedByPath {
            for diagnostic in result.diagnostics {
                let artifact = artifacts.location(path: result.path, envelope: diagnostic.envelope)
                sarifResults.append(
                    Self.result(diagnostic, artifact: artifact, ruleIndex: ruleIndex[diagnostic.ruleID]))
            }
        }
        let driver = JSONValue.object([
            ("name", .string("cloudcfg")), ("semanticVersion", .string(CloudConfigVersion.current)),
            ("rules", .array(sortedRules.map(Self.rule))),
        ])
        let log = JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object(
                        [("tool", .object([("driver", driver)])), ("columnKind", .string("unicodeCodePoints"))]
                            + (artifacts.objects.isEmpty ? [] : [("artifacts", .array(artifacts.objects))])
                            + [("results", .array(sarifResults))])
                ])
            ),
        ])
        return log.serialized(pretty: true) + "\n"
    }

    /// The OASIS SARIF 2.1.0 schema (errata 01), which the log follows.
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id.rawValue)), ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
            ("properties", .object([("tags", .array([.string(rule.family.rawValue)]))])),
        ])
    }

    static func region(_ range: SourceRange) -> JSONValue {
        .object([
            ("startLine", .int(range.start.line)), ("startColumn", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
        ])
    }

    /// The artifacts a log refers to by index: files with findings in decoded texts, and those
    /// texts as nested artifacts.
    struct Artifacts {
        /// Where a finding's position is: the artifact location and, for the fixes, the file's URI.
        struct Location {
            var artifactLocation: JSONValue
            var fileURI: String
        }

        private(set) var objects: [JSONValue] = []
        private var indexes: [String: Int] = [:]

        /// The location of a text of a file, adding the artifacts it needs.
        mutating func location(path: String, envelope: EnvelopePath) -> Location {
            let file = SARIFReporter.uri(path)
            guard !envelope.isFile else {
                return Location(artifactLocation: .object([("uri", .string(file))]), fileURI: file)
            }
            let parent = index(of: file) {
                .object([("location", .object([("uri", .string(file))]))])
            }
            let nested = file + "#" + SARIFReporter.fragment(envelope.description)
            let child = index(of: nested) {
                .object([
                    ("location", .object([("uri", .string(nested))])), ("parentIndex", .int(parent)),
                    ("description", .object([("text", .string("the text decoded from \(path) as \(envelope)"))])),
                    ("properties", .object([("envelope", .string(envelope.description))])),
                ])
            }
            return Location(
                artifactLocation: .object([("uri", .string(nested)), ("index", .int(child))]), fileURI: file)
        }

        private mutating func index(of uri: String, _ make: () -> JSONValue) -> Int {
            if let index = indexes[uri] { return index }
            objects.append(make())
            indexes[uri] = objects.count - 1
            return objects.count - 1
        }
    }

    static func location(_ artifact: Artifacts.Location, _ range: SourceRange) -> JSONValue {
        .object([
            (
                "physicalLocation",
                .object([("artifactLocation", artifact.artifactLocation), ("region", region(range))])
            )
        ])
    }

    static func result(_ diagnostic: Diagnostic, artifact: Artifacts.Location, ruleIndex: Int?) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.ruleID.rawValue))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([location(artifact, diagnostic.range)])),
        ]
        let related = diagnostic.notes.enumerated().compactMap { index, note -> JSONValue? in
            guard let range = note.range else { return nil }
            // A note in another file of the image points into that file as given.
            let place =
                note.path.map {
                    Artifacts.Location(artifactLocation: .object([("uri", .string(uri($0)))]), fileURI: uri($0))
                } ?? artifact
            guard case .object(var members) = location(place, range) else { return nil }
            members.insert(("id", .int(index + 1)), at: 0)
            members.append(("message", .object([("text", .string(note.message))])))
            return .object(members)
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if !diagnostic.fixIts.isEmpty {
            members.append(
                (
                    "fixes",
                    .array(
                        diagnostic.fixIts.map { fix in
                            .object([
                                ("description", .object([("text", .string(fix.message))])),
                                (
                                    "artifactChanges",
                                    .array([
                                        .object([
                                            ("artifactLocation", .object([("uri", .string(artifact.fileURI))])),
                                            (
                                                "replacements",
                                                .array(
                                                    fix.edits.map { edit in
                                                        .object([
                                                            ("deletedRegion", region(edit.range)),
                                                            (
                                                                "insertedContent",
                                                                .object([("text", .string(edit.replacement))])
                                                            ),
                                                        ])
                                                    })
                                            ),
                                        ])
                                    ])
                                ),
                            ])
                        })
                )
            )
        }
        var properties: [(String, JSONValue)] = []
        if let keyPath = diagnostic.keyPath { properties.append(("keyPath", .string(keyPath))) }
        if !diagnostic.envelope.isFile { properties.append(("envelope", .string(diagnostic.envelope.description))) }
        if let part = diagnostic.part { properties.append(("part", .string(part.description))) }
        if !properties.isEmpty { members.append(("properties", .object(properties))) }
        return .object(members)
    }

    /// An envelope path as a URI fragment: unreserved characters kept, others percent-encoded.
    static func fragment(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            let keep =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~")
            output += keep ? String(UnicodeScalar(byte)) : "%" + PythonFormat.hex(UInt32(byte), width: 2).uppercased()
        }
        return output
    }

    /// A path as a URI: a relative reference for a relative path, a `file://` URI for an absolute
    /// one; unreserved characters and `/` kept, others percent-encoded.
    static func uri(_ path: String) -> String {
        var output = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            let c = byte
            let keep =
                (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
                || c == UInt8(ascii: "/")
            output += keep ? String(UnicodeScalar(c)) : "%" + PythonFormat.hex(UInt32(c), width: 2).uppercased()
        }
        return output
    }
}
