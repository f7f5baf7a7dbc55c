/// Linting user-data as cloud-init reads it: the envelope opened (platform base64, gzip, MIME,
/// archives), each part linted as what its handler takes it for (cloud-config, a Jinja template,
/// a script, a JSON patch), and every finding placed in the file as given, or in the decoded text
/// named by its envelope path.
extension Linter {
    /// Lints one input as user-data.
    ///
    /// Plain user-data (no encoding layer, no MIME, no archive) is linted as one text. Otherwise
    /// the envelope's own findings come first, then each part's, mapped through the part's
    /// position map: into the file's own lines for MIME parts written as they are, into the
    /// decoded text for base64 and gzip.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - detectedKind: What ``UserDataKind/detect(_:)`` says the input's bytes are, when
    ///     already asked.
    /// - Returns: Its findings.
    func lintUserData(_ source: SourceFile, detectedKind: UserDataKind? = nil) -> LintResult {
        var options = EnvelopeOptions(platformEncoding: userDataOptions.platformEncoding)
        options.yamlLimits = limits
        let envelope = UserDataEnvelope.open(source, options: options)
        let findings = Self.withoutDuplicates(envelope.findings, in: envelope)
        let size = sizeReport(for: envelope)
        if envelope.isPlain {
            let detected = detectedKind ?? UserDataKind.detect(source.bytes)
            var facts = UserDataFacts(handling: Self.handling(forKind: detected))
            facts.detectedKind = detected
            // MIME without MIME-Version is plain text to cloud-init; reading its headers as YAML
            // would add nothing to `mime-version-missing`.
            if findings.contains(where: { $0.code == .mimeVersionMissing }) { facts.handling = .envelope(.unknown) }
            facts.yaml = envelope.parts.first?.yaml
            // cloud-init ignores plain text without a header; `unrecognized-user-data` says so.
            facts.envelopeFindings = findings.filter { $0.code != .partIgnored }
            facts.sizeReport = size
            return lintPayload(source, facts: facts)
        }
        let kind = Self.outerKind(envelope)
        // An archive that is the file itself is YAML in the file's own lines: read as such, its
        // syntax errors and duplicate keys are reported where they are.
        let archiveFile = kind == .cloudConfigArchive && envelope.root.children.first?.path.isFile == true
        var facts = UserDataFacts(handling: archiveFile ? .userData : .envelope(kind))
        facts.detectedKind = detectedKind
        facts.envelopeFindings = findings
        facts.sizeReport = size
        var diagnostics = lintText(source, facts: facts).diagnostics
        var unparsable = false
        for part in envelope.parts {
            guard let handling = Self.handling(for: part) else { continue }
            var partFacts = UserDataFacts(handling: handling)
            partFacts.yaml = part.yaml
            let inner = lintPayload(part.payloadSource, facts: partFacts)
            if inner.isUnparsable, envelope.parts.count == 1 { unparsable = true }
            let mapping = TextMapping.part(part.positions)
            for diagnostic in inner.diagnostics {
                var mapped = diagnostic.mapped(mapping)
                mapped.envelope = part.positions.envelope
                mapped.part = part.path
                diagnostics.append(mapped)
            }
        }
        return LintResult(
            path: source.path, kind: kind, diagnostics: Self.acrossParts(diagnostics, in: envelope),
            isUnparsable: unparsable, source: source)
    }

    /// The findings of parts without those the composed configuration contradicts: a part's
    /// `users` without `default` is no loss when the configuration cloud-init composes from all the
    /// parts (a later part appending, or an earlier one kept) still has `default`.
    static func acrossParts(_ diagnostics: [Diagnostic], in envelope: UserDataEnvelope) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.ruleID == .usersWithoutDefault }),
            envelope.parts.filter({ $0.handler == .cloudConfig }).count > 1,
            case .mapping(let entries)? = CloudConfigMerge.compose(envelope.parts).value
        else { return diagnostics }
        let users = entries.last { $0.key.string == "users" }?.value
        let keepsDefault: Bool
        switch users {
        case .sequence(let items)?: keepsDefault = items.contains { $0.string == "default" }
        case .scalar(.string(let text))?:
            keepsDefault = text.split(separator: ",").contains { PythonText.strip($0) == "default" }
        default: keepsDefault = false
        }
        return keepsDefault ? diagnostics.filter { $0.ruleID != .usersWithoutDefault } : diagnostics
    }

    /// Lints a text as its handling says: a template with its rendered (or opaque) text, a script
    /// with ShellCheck, a JSON patch, or YAML.
    func lintPayload(_ source: SourceFile, facts: UserDataFacts) -> LintResult {
        var facts = facts
        switch facts.handling {
        case .template:
            return lintTemplate(source, facts: facts)
        case .script(let handler):
            if let shellCheck = userDataOptions.shellCheck {
                facts.shellCheck = shellCheck.check(script: source, handler: handler)
            }
        case .jsonPatch:
            facts.jsonPatchProblem = JSONPatch.problem(source.bytes)
        case .userData, .cloudConfig, .partHandler, .envelope:
            break
        }
        return lintText(source, facts: facts)
    }

    /// Adds what needs the parsed document: the external schema's findings and ShellCheck's
    /// comments on `runcmd` and `bootcmd`.
    func prepare(_ context: LintContext) -> LintContext {
        guard context.isCloudConfig, let document = context.document, let root = document.root,
            document[document.resolved(root)].kind == .mapping
        else { return context }
        var context = context
        if let schema = userDataOptions.schema {
            context.userData.externalSchemaFindings = schema.validate(root, in: document)
        }
        if let shellCheck = userDataOptions.shellCheck {
            context.userData.shellCheck += shellCheck.checkCommands(in: context)
        }
        return context
    }

    // MARK: - Templates

    /// Lints a Jinja template: its own findings (syntax, names, rendering), and the text it
    /// renders to, linted as user-data and mapped back into the template. With instance data the
    /// template is rendered; without, its expressions become opaque values (a scalar standing for
    /// an expression is of unknown type and value, so no rule judges it).
    func lintTemplate(_ source: SourceFile, facts: UserDataFacts) -> LintResult {
        let (template, parsed) = JinjaTemplate.parse(source)
        var templateFacts = facts
        templateFacts.jinjaFindings = parsed + InstanceDataCatalog.standard.check(template)
        var inner: [Diagnostic] = []
        if template.isParsed {
            if let data = userDataOptions.instanceData {
                let render = template.render(instanceData: data)
                templateFacts.jinjaFindings = Self.reconciled(templateFacts.jinjaFindings, render.findings)
                if let text = render.text {
                    inner = lintRendered(text, path: source.path, mapping: .template(render.sourceMap), unknown: [])
                }
            } else {
                let opaque = template.opaqueText()
                inner = lintRendered(
                    opaque.text, path: source.path, mapping: .template(opaque.sourceMap),
                    unknown: opaque.placeholders)
            }
        }
        let own = lintText(source, facts: templateFacts)
        return LintResult(path: source.path, kind: .jinja, diagnostics: own.diagnostics + inner, source: source)
    }

    /// The template's findings once it is rendered with instance data: a name the catalog does
    /// not know is reported only where the data lacks it too (the data given is the judge), and
    /// there once, with the catalog's did-you-mean.
    private static func reconciled(_ own: [JinjaFinding], _ rendered: [JinjaFinding]) -> [JinjaFinding] {
        let missing = rendered.filter { $0.code == .undefinedVariable || $0.code == .renderError }
        let kept = own.filter { finding in
            finding.code != .unknownVariable || missing.contains { touches($0.range, finding.range) }
        }
        let named = kept.filter { $0.code == .unknownVariable }
        return kept
            + rendered.filter { finding in
                finding.code != .undefinedVariable || !named.contains { touches($0.range, finding.range) }
            }
    }

    /// Lints a rendered template as the user-data its first line says it is and maps the findings
    /// into the template, leaving out what rules say about values a template expression produced.
    private func lintRendered(_ text: String, path: String, mapping: TextMapping, unknown: [SourceRange])
        -> [Diagnostic]
    {
        let rendered = SourceFile(path: path, text: text)
        var handling = Self.handling(forText: rendered.bytes)
        // A rendered template is not rendered again.
        if handling == .template { handling = .userData }
        let result = lintPayload(rendered, facts: UserDataFacts(handling: handling))
        return result.diagnostics.map { $0.mapped(mapping) }.filter { diagnostic in
            !Self.judgesValues(diagnostic.ruleID) || !unknown.contains { Self.touches(diagnostic.range, $0) }
        }
    }

    /// Whether a rule judges values (their types, forms, meaning), which a template expression
    /// leaves unknown, rather than the YAML's structure.
    private static func judgesValues(_ id: RuleID) -> Bool {
        if let family = RuleRegistry.definition(for: id)?.family, family == .schema || family == .semantics {
            return true
        }
        return [.truthy, .sexagesimal, .implicitOctal, .nonStringKey, .jsonSchema].contains(id)
            || id.isShellCheck
    }

    /// Whether two ranges overlap or touch.
    private static func touches(_ a: SourceRange, _ b: SourceRange) -> Bool {
        a.start.offset <= b.end.offset && b.start.offset <= a.end.offset
    }

    // MARK: - Handling

    /// How plain user-data (or a rendered template) is read, by its first line.
    static func handling(forText bytes: [UInt8]) -> UserDataFacts.Handling {
        handling(forKind: UserDataKind.detect(bytes))
    }

    /// How a text that ``UserDataKind/detect(_:)`` takes for `kind` is read.
    static func handling(forKind kind: UserDataKind) -> UserDataFacts.Handling {
        switch kind {
        case .jinja: .template
        case .script: .script(.shellScript)
        case .boothook: .script(.boothook)
        case .cloudConfigJSONPatch: .jsonPatch
        case .partHandler: .partHandler
        default: .userData
        }
    }

    /// How a part is read, by the handler cloud-init gives it; `nil` for a part no handler takes
    /// (the envelope's findings say so).
    static func handling(for part: UserDataPart) -> UserDataFacts.Handling? {
        switch part.handler {
        case .cloudConfig?:
            if part.contentType == "text/cloud-config-jsonp" { return .jsonPatch }
            // A type cloud-init sniffed from the first line is read from it, as a file is; a
            // declared text/cloud-config needs no header.
            if UserDataContentType.sniff(part.payload) == part.contentType { return .userData }
            // An archive item without a type or a header is cloud-config by default: whatever it
            // holds, cloud-init skips it unless it is a mapping, which `empty-cloud-config` says.
            return part.declaredType == nil ? nil : .cloudConfig
        case .jinja?:
            return .template
        case let handler?:
            return handler == .partHandler ? .partHandler : .script(handler)
        case nil:
            // The text of non-MIME user-data after its decoding layers: lint it as a file, so that
            // header-less cloud-config is reported as such; binary data is the envelope's finding.
            guard part.contentType == "text/x-not-multipart", !part.payload.starts(with: Gzip.magic) else {
                return nil
            }
            return .userData
        }
    }

    /// What the file is as a whole: its outermost layer.
    static func outerKind(_ envelope: UserDataEnvelope) -> UserDataKind {
        switch envelope.root.children.first?.kind {
        case .base64?: .base64
        case .gzip?: .gzip
        case .archive?: .cloudConfigArchive
        case .multipart?, .part?: .mime
        default: UserDataKind.detect(envelope.source.bytes)
        }
    }

    /// The envelope's findings without those another rule reports better: an "empty cloud
    /// config" for a part linted as cloud-config (`root-not-mapping` says it is empty or not a
    /// mapping, and where), and the "no known header" of non-MIME text that is linted as a file
    /// (`missing-header`, `unrecognized-user-data`).
    static func withoutDuplicates(_ findings: [EnvelopeFinding], in envelope: UserDataEnvelope) -> [EnvelopeFinding] {
        var covered: [EnvelopeRange] = []
        for part in envelope.parts where part.contentType == "text/cloud-config" && handling(for: part) != nil {
            if part.payload.isEmpty {
                // The finding about an empty payload points at the part's Content-Type.
                if let header = part.header("Content-Type")?.valueRange { covered.append(header) }
            } else {
                let range = part.positions.range(ofPayloadRange: 0..<part.payload.count)
                covered.append(EnvelopeRange(envelope: part.positions.envelope, range: range))
            }
        }
        let linted = envelope.parts.filter { $0.handler == nil && handling(for: $0) != nil }.map(\.positions.envelope)
        return findings.filter { finding in
            if finding.code == .emptyCloudConfig, covered.contains(finding.location) { return false }
            if finding.code == .partIgnored, linted.contains(finding.location.envelope),
                finding.message.hasPrefix(EnvelopeFinding.noKnownHeaderPrefix)
            {
                return false
            }
            return true
        }
    }

    /// How the user-data measures against the platform's limits: the bytes cloud-init receives
    /// (after the platform's base64, if the file is base64).
    func sizeReport(for envelope: UserDataEnvelope) -> SizeReport? {
        guard !userDataOptions.budgets.isEmpty else { return nil }
        var bytes = envelope.source.bytes
        if envelope.root.children.first?.kind == .base64,
            let decoded = envelope.root.children.first.flatMap({
                envelope.text($0.path)
            })
        {
            bytes = decoded.source.bytes
        }
        return SizeReport.measure(bytes, budgets: userDataOptions.budgets)
    }
}
