/// Strings that are not a URI, a date or a host name where one is needed.
struct InvalidFormatRule: LintRule {
    let definition = RuleDescription(
        id: "invalid-format", family: .schema, defaultSeverity: .error,
        summary: "A string is not a valid URI, date or host name",
        rationale: "cloud-init's validator checks `uri` and `date` formats (Debian's cloud-init checks URIs "
            + "with RFC 3986); a template placeholder such as {{ v1.instance_id }} in a URL is not a URI "
            + "unless the file is rendered as a Jinja template.",
        triggeringExamples: ["phone_home:\n  url: 1️⃣http://example.com/{{ v1.instance_id }}/\n"],
        nonTriggeringExamples: ["phone_home:\n  url: http://example.com/$INSTANCE_ID/\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .formatMismatch(let format) = finding.kind else { return nil }
            let name =
                switch format {
                case .uri: "a valid URI"
                case .date: "a date (YYYY-MM-DD)"
                case .hostname: "a valid host name"
                }
            return diagnostic(
                "\(SchemaMessages.describe(finding.node, in: document)) is not \(name)",
                at: document[finding.node].range, keyPath: finding.path)
        }
    }
}
