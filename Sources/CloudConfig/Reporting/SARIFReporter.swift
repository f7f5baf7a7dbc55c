/// SARIF 2.1.0, the format code-scanning services (GitHub code scanning, Azure DevOps) read:
/// one run with the tool's rules, results with levels, regions with end positions and fixes.
/// Columns count Unicode scalars (`columnKind: unicodeCodePoints`).
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
        for result in results.sortedByPath {
            for diagnostic in result.diagnostics {
                sarifResults.append(Self.result(diagnostic, path: result.path, ruleIndex: ruleIndex[diagnostic.ruleID]))
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
                    .object([
                        ("tool", .object([("driver", driver)])), ("columnKind", .string("unicodeCodePoints")),
                        ("results", .array(sarifResults)),
                    ])
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

    static func location(_ path: String, _ range: SourceRange) -> JSONValue {
        .object([
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", .object([("uri", .string(uri(path)))])), ("region", region(range)),
                ])
            )
        ])
    }

    static func result(_ diagnostic: Diagnostic, path: String, ruleIndex: Int?) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.ruleID.rawValue))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([location(path, diagnostic.range)])),
        ]
        let related = diagnostic.notes.enumerated().compactMap { index, note -> JSONValue? in
            guard let range = note.range else { return nil }
            guard case .object(var members) = location(note.path ?? path, range) else { return nil }
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
                                            ("artifactLocation", .object([("uri", .string(uri(path)))])),
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
        if let keyPath = diagnostic.keyPath {
            members.append(("properties", .object([("keyPath", .string(keyPath))])))
        }
        return .object(members)
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
