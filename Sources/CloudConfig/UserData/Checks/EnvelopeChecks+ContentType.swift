/// Checks of the types parts end up with: types no handler takes, declared types that disagree
/// with the payload, parts cloud-init ignores, empty cloud-config.
extension EnvelopeChecks {
    static func contentType(
        _ part: UserDataPart, node: Int, opener: inout EnvelopeOpener, partHandler: UserDataPart?
    ) -> [EnvelopeFinding] {
        var findings: [EnvelopeFinding] = []
        // The part's name and the type's place are spelt out only for a finding.
        func name() -> String { part.path.steps.last?.description ?? part.filename }
        func typeLocation() -> EnvelopeRange { opener.location(ofHeader: "content-type", in: node) }
        if part.handler == nil {
            if part.isContainer {
                findings.append(
                    .partIgnored(
                        "\(name()) is a '\(part.contentType)' part, which no handler takes", at: typeLocation()))
            } else if part.contentType == "text/x-not-multipart" {
                if let first = part.payload.firstIndex(where: { !PythonText.isWhitespace(Unicode.Scalar($0)) }) {
                    let end = part.payload[first...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? part.payload.count
                    let location = EnvelopeRange(
                        envelope: part.positions.envelope, range: part.positions.range(ofPayloadRange: first..<end))
                    findings.append(
                        .partIgnored(
                            EnvelopeFinding.noKnownHeaderPrefix + " ('#cloud-config', '#!', MIME, ...)",
                            at: location))
                }
            } else if part.contentType == "text/plain" {
                if part.payload.contains(where: { !PythonText.isWhitespace(Unicode.Scalar($0)) }) {
                    findings.append(
                        .partIgnored(
                            "\(name()) is text/plain and does not start with a header cloud-init knows ('#cloud-config', "
                                + "'#!', ...)", at: typeLocation()))
                }
            } else if UserDataContentType.include.contains(part.contentType)
                || part.contentType == UserDataContentType.archive
                || UserDataContentType.gzip.contains(part.contentType)
            {
                findings.append(
                    .partIgnored(
                        "\(name()) is '\(part.contentType)' inside an archive, which cloud-init does not process further",
                        at: typeLocation()))
            } else {
                findings.append(
                    unknownType(
                        part, name: name(), at: typeLocation(), partHandler: partHandler, opener: opener, node: node))
            }
        }
        // Only a declared type is compared with the payload's header.
        let sniffed =
            part.declaredType == nil ? nil : opener.decodedBody(node).flatMap { UserDataContentType.sniff($0.bytes) }
        if let declared = part.declaredType, !UserDataContentType.sniffed.contains(declared),
            !UserDataContentType.gzip.contains(declared), part.handler != nil, let sniffed,
            UserDataContentType.kind(of: sniffed) != UserDataContentType.kind(of: declared)
        {
            findings.append(.declaredTypeTrusted(name(), declared: declared, header: sniffed, at: typeLocation()))
        }
        if part.declaredType == "text/x-shellscript" {
            if part.contentType != "text/x-shellscript" {
                findings.append(.retyped(name(), as: part.contentType, at: typeLocation()))
            } else if sniffed == nil, !part.payload.isEmpty {
                findings.append(.scriptWithoutShebang(name(), at: typeLocation()))
            }
        }
        if part.contentType == "text/cloud-config", let stream = part.yaml, !Self.isMapping(stream) {
            if !stream.hasErrors, stream.documents.count <= 1 {
                let location =
                    part.payload.isEmpty
                    ? typeLocation()
                    : EnvelopeRange(
                        envelope: part.positions.envelope,
                        range: part.positions.range(ofPayloadRange: 0..<part.payload.count))
                findings.append(.emptyCloudConfig(name(), at: location))
            }
        }
        return findings
    }

    /// Whether YAML loads as one mapping (`util.load_yaml` returns a `dict`).
    static func isMapping(_ stream: YAMLStream) -> Bool {
        guard !stream.hasErrors, stream.documents.count == 1, let document = stream.documents.first,
            let root = document.root
        else { return false }
        let node = document[document.resolved(root)]
        return node.kind == .mapping && node.tag != .set
    }

    private static func unknownType(
        _ part: UserDataPart, name: String, at location: EnvelopeRange, partHandler: UserDataPart?,
        opener: EnvelopeOpener, node: Int
    ) -> EnvelopeFinding {
        let declared = part.declaredType ?? part.contentType
        var notes: [Note] = []
        if let partHandler {
            notes.append(Note("unless the part-handler \(partHandler.filename) declares this type"))
        }
        guard let suggestion = UserDataContentType.suggestion(for: declared) else {
            return .unknownContentType(declared, name, suggestion: nil, at: location, notes: notes, fixIts: [])
        }
        var fixIts: [FixIt] = []
        if let header = opener.nodes[node].headers.first(named: "content-type"), let range = header.valueRange,
            let text = opener.nodes[node].headerText
        {
            let bytes = opener.texts[text].source.bytes
            let value = bytes[range]
            let typeEnd = value.firstIndex(of: UInt8(ascii: ";")) ?? range.upperBound
            var end = typeEnd
            while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            fixIts.append(
                FixIt(
                    message: "use '\(suggestion)'",
                    edits: [
                        TextEdit(range: opener.location(text, range.lowerBound..<end).range, replacement: suggestion)
                    ]))
        }
        return .unknownContentType(
            declared, name, suggestion: suggestion, at: location, notes: notes, fixIts: fixIts,
            severity: partHandler == nil ? .error : .warning)
    }
}

extension EnvelopeFinding {
    /// How the finding that non-MIME user-data has no known first line starts, so that the lint
    /// layer can leave it to its own rules when it lints that text as a file.
    package static let noKnownHeaderPrefix = "the user-data does not start with a header cloud-init knows"

    static func partIgnored(_ what: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(.partIgnored, .warning, what + "; cloud-init ignores it", at: location)
    }

    fileprivate static func unknownContentType(
        _ type: String, _ part: String, suggestion: String?, at location: EnvelopeRange, notes: [Note],
        fixIts: [FixIt], severity: Severity = .warning
    ) -> Self {
        if let suggestion {
            return EnvelopeFinding(
                .unknownContentType, severity,
                "cloud-init has no handler for '\(type)' and ignores \(part); did you mean '\(suggestion)'?",
                at: location, notes: notes, fixIts: fixIts)
        }
        return EnvelopeFinding(
            .unknownContentType, .warning, "cloud-init has no handler for '\(type)' and ignores \(part)", at: location,
            notes: notes)
    }

    fileprivate static func declaredTypeTrusted(
        _ part: String, declared: String, header: String, at location: EnvelopeRange
    ) -> Self {
        EnvelopeFinding(
            .contentTypeMismatch, .warning,
            "\(part) is declared '\(declared)' but starts like '\(header)'; cloud-init trusts the declared type "
                + "and does not look at the first line", at: location)
    }

    fileprivate static func retyped(_ part: String, as type: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .contentTypeMismatch, .note,
            "\(part) is declared 'text/x-shellscript', but cloud-init reads it as '\(type)' from its first line",
            at: location)
    }

    fileprivate static func scriptWithoutShebang(_ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .contentTypeMismatch, .warning,
            "\(part) is declared 'text/x-shellscript' but does not start with '#!'; cloud-init runs it as a "
                + "program, which fails", at: location)
    }

    fileprivate static func emptyCloudConfig(_ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .emptyCloudConfig, .warning,
            "\(part) is cloud-config but is empty or not a mapping; cloud-init skips it ('empty cloud config')",
            at: location)
    }
}
