/// Strings that are not a URI or a date where one is needed.
struct InvalidFormatRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .invalidFormat, family: .schema, defaultSeverity: .error,
        summary: "A string is not a valid URI or date",
        rationale: "cloud-init's validator checks `uri` and `date` formats (Debian's cloud-init checks URIs "
            + "with RFC 3986); a template placeholder such as {{ v1.instance_id }} in a URL is not a URI "
            + "unless the file is rendered as a Jinja template. Host names (the schema's `hostname` format "
            + "on NTP servers) are not reported: cloud-init does not check them and uses any name that "
            + "resolves; an NTP server written with a port is `ntp-server-port`.",
        triggeringExamples: [
            RuleExample(
                "phone_home:\n  url: 1️⃣http://example.com/{{ v1.instance_id }}/\n", message: "is not a valid URI")
        ],
        nonTriggeringExamples: ["phone_home:\n  url: http://example.com/$INSTANCE_ID/\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .formatMismatch(let format) = finding.kind else { return nil }
        return diagnostic(
            .invalidFormat(SchemaMessages.describe(finding.node, in: document), format), for: finding, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func invalidFormat(_ value: String, _ format: SchemaFormat) -> Self {
        let name =
            switch format {
            case .uri: "a valid URI"
            case .date: "a date (YYYY-MM-DD)"
            case .hostname: "a valid host name"
            }
        return "\(value) is not \(name)"
    }
}
