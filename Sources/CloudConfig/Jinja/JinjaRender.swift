/// The result of rendering a template with instance data.
public struct JinjaRender: Sendable {
    /// The rendered text as cloud-init would produce it, without the header line; `nil` when
    /// cloud-init would drop the template (a parse or render error) or when the template uses
    /// something this renderer does not evaluate. ``findings`` says which.
    public let text: String?
    /// Where each byte of ``text`` came from in the template.
    public let sourceMap: JinjaSourceMap
    /// Findings of rendering: undefined variables printed as `CI_MISSING_JINJA_VAR/...`, the
    /// error that stopped rendering, unsupported constructs, limits.
    public let findings: [JinjaFinding]
}

extension JinjaTemplate {
    /// Renders the template with instance data, as cloud-init's Jinja part handler does: the
    /// data converted with underscore aliases and `v1` hoisting, undefined names printed as
    /// `CI_MISSING_JINJA_VAR/<name>`, and a final line break kept when the template has one.
    ///
    /// - Parameter instanceData: The contents of `instance-data.json` (an object).
    /// - Returns: The text, its source map and the findings.
    public func render(instanceData: JSONValue) -> JinjaRender {
        let emptyMap = JinjaSourceMap(source: body)
        if let failure {
            return JinjaRender(
                text: nil, sourceMap: emptyMap,
                findings: [
                    JinjaFinding(failure.code, .error, failure.message, at: body.range(failure.start, failure.end))
                ])
        }
        if let header, header.type != "jinja" {
            return JinjaRender(text: nil, sourceMap: emptyMap, findings: findings)
        }
        if let compileError {
            return JinjaRender(
                text: nil, sourceMap: emptyMap,
                findings: [
                    JinjaFinding(
                        .renderError, .error,
                        "cloud-init cannot compile the template (\(compileError.message)) and drops it",
                        at: compileError.range)
                ])
        }
        let variables: [String: JinjaValue]
        do {
            variables = try JinjaInstanceData.variables(from: instanceData)
        } catch {
            return JinjaRender(
                text: nil, sourceMap: emptyMap,
                findings: [Self.finding(for: error, at: body.range(0, 0))])
        }
        var renderer = JinjaRenderer(source: body, limits: limits, variables: variables)
        do {
            try renderer.render(nodes)
        } catch {
            return JinjaRender(
                text: nil, sourceMap: renderer.sourceMap,
                findings: renderer.findings + [Self.finding(for: error, at: body.range(0, 0))])
        }
        if body.appendsNewline {
            let start = renderer.output.count
            renderer.output.append(0x0A)
            renderer.sourceMap.appendLiteral(outputStart: start, outputEnd: start + 1, bodyStart: body.text.count)
        }
        var findings = renderer.findings
        if renderer.output.isEmpty {
            findings.append(
                JinjaFinding(
                    .renderError, .warning, "the template renders to nothing, and cloud-init ignores an empty part",
                    at: body.range(0, body.text.count)))
        }
        return JinjaRender(
            text: String(decoding: renderer.output, as: UTF8.self), sourceMap: renderer.sourceMap, findings: findings)
    }

    /// The finding for an error that stopped rendering.
    static func finding(for error: JinjaRenderError, at fallback: SourceRange) -> JinjaFinding {
        let range = error.range ?? fallback
        switch error.kind {
        case .undefined, .type:
            return JinjaFinding(
                .renderError, .error, "cloud-init drops the template with a warning: \(error.message)", at: range)
        case .other:
            return JinjaFinding(
                .renderError, .error, "rendering fails, so cloud-init drops the part: \(error.message)", at: range)
        case .unsupported:
            return JinjaFinding(
                .unsupported, .warning, "cloudcfg does not render this template: \(error.message)", at: range)
        case .limit:
            return JinjaFinding(.limitExceeded, .error, "rendering stopped: \(error.message)", at: range)
        }
    }
}
