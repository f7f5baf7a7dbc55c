/// A parsed Jinja template, such as user-data that starts with `## template: jinja`.
///
/// Parsing follows Jinja 3.1 configured as cloud-init configures it (`trim_blocks`, the `do`
/// extension, no loader). Every node keeps its range in the file; findings are data.
///
/// ```swift
/// let (template, findings) = JinjaTemplate.parse(source)
/// let render = template.render(instanceData: data)   // text + source map + findings
/// let opaque = template.opaqueText()                 // YAML-safe text for linting without data
/// let names = InstanceDataCatalog.standard.check(template)
/// ```
public struct JinjaTemplate: Sendable {
    /// The `## template: <type>` first line.
    public struct Header: Sendable, Hashable {
        /// The range of the header line, without its line break.
        public var range: SourceRange
        /// The renderer it names, lower-cased and stripped (`jinja`).
        public var type: String
    }

    /// The template file as given.
    public var file: SourceFile { body.file }
    /// The header line, if the first line is one; the template body starts after it.
    public let header: Header?
    /// Findings of parsing: syntax errors, unknown tags, filters and tests, statements that need
    /// a loader.
    public let findings: [JinjaFinding]
    let body: JinjaSource
    let nodes: [JinjaNode]
    let failure: JinjaParser.Failure?
    let compileError: (message: String, range: SourceRange)?
    let limits: JinjaLimits

    /// Whether the template parsed, so that it can be rendered.
    public var isParsed: Bool { failure == nil && !isForeignType }

    private var isForeignType: Bool { header.map { $0.type != "jinja" } ?? false }

    /// Parses a template.
    ///
    /// The first line is a header when it matches cloud-init's `##\s*template:(.*)` (any case);
    /// the body is then everything after the first LF, as cloud-init cuts it. Without a header the
    /// whole file is the body.
    ///
    /// - Parameters:
    ///   - file: The template file.
    ///   - limits: Bounds on nesting, loop iterations and output size.
    /// - Returns: The template and the findings of parsing (also kept in ``findings``).
    public static func parse(_ file: SourceFile, limits: JinjaLimits = JinjaLimits()) -> (JinjaTemplate, [JinjaFinding])
    {
        let template = JinjaTemplate(file: file, limits: limits)
        return (template, template.findings)
    }

    private init(file: SourceFile, limits: JinjaLimits) {
        self.limits = limits
        let bytes = file.bytes
        let firstBreak = bytes.firstIndex(of: 0x0A)
        let firstLine = String(decoding: bytes[0..<(firstBreak ?? bytes.count)], as: UTF8.self)
        var header: Header?
        if let type = Self.headerType(firstLine) {
            let lineEnd = firstBreak.map { $0 > 0 && bytes[$0 - 1] == 0x0D ? $0 - 1 : $0 } ?? bytes.count
            header = Header(
                range: SourceRange(start: file.location(atOffset: 0), end: file.location(atOffset: lineEnd)),
                type: type)
        }
        self.header = header
        let bodyStart = header == nil ? 0 : (firstBreak.map { $0 + 1 } ?? bytes.count)
        let source = JinjaSource(file: file, bodyStart: bodyStart)
        self.body = source
        var findings: [JinjaFinding] = []
        if let header, header.type != "jinja" {
            let message =
                header.type == "basic"
                ? "'## template: basic' selects cloud-init's basic renderer, which cloudcfg does not render"
                : "cloud-init renders only 'jinja' and 'basic' templates, not '\(header.type)': the part fails"
            findings.append(
                JinjaFinding(
                    .templateType, header.type == "basic" ? .warning : .error, message, at: header.range,
                    suggestion: Suggestion.closest(to: header.type, among: ["jinja", "basic"]).map {
                        "## template: \($0)"
                    }))
            self.nodes = []
            self.failure = nil
            self.compileError = nil
            self.findings = findings
            return
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let failure = JinjaParser.Failure(
                code: .syntaxError, jinjaMessage: "invalid UTF-8", message: "the template is not valid UTF-8",
                start: 0, end: 0, jinjaOffset: 0)
            findings.append(JinjaFinding(.syntaxError, .error, failure.message, at: source.range(0, 0)))
            self.nodes = []
            self.failure = failure
            self.compileError = nil
            self.findings = findings
            return
        }
        let result = JinjaParser.parse(source, limits: limits)
        if let failure = result.failure {
            findings.append(
                JinjaFinding(
                    failure.code, .error, failure.message, at: source.range(failure.start, failure.end),
                    suggestion: failure.suggestion))
        }
        findings += result.findings
        self.nodes = result.nodes
        self.failure = result.failure
        if result.failure == nil, let message = result.compileError,
            let first = result.findings.first(where: { $0.code == .unknownFilter || $0.code == .unknownTest })
        {
            self.compileError = (message, first.range)
        } else {
            self.compileError = nil
        }
        self.findings = findings.sorted { $0.range.start < $1.range.start }
    }

    /// The renderer a `##\s*template:(.*)` line names, or `nil` when the line is no header.
    static func headerType(_ line: String) -> String? {
        var scalars = Array(line.unicodeScalars)[...]
        guard scalars.starts(with: "##".unicodeScalars) else { return nil }
        scalars = scalars.dropFirst(2)
        while let first = scalars.first, JinjaValue.isPythonSpace(first) { scalars = scalars.dropFirst() }
        let keyword = Array("template:".unicodeScalars)
        guard scalars.count >= keyword.count,
            scalars.prefix(keyword.count).map({ Character($0).lowercased() }).joined() == "template:"
        else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars.dropFirst(keyword.count))
        return JinjaRenderer.strip(String(rest).lowercased(), nil, leading: true, trailing: true)
    }

    /// The text of cloud-init's error for a syntax error: Jinja's message and the 1-based line,
    /// counted in the body as Jinja 3.1 counts it (cloud-init 24.1 and later add one for the
    /// header line).
    var jinjaSyntaxError: (message: String, bodyLine: Int)? {
        guard let failure else { return nil }
        return (failure.jinjaMessage, body.bodyLine(failure.jinjaOffset))
    }
}
