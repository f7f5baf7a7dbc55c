/// Checks of transfer encodings and charsets: text that is not ASCII outside base64, bodies that
/// are not base64, encodings cloud-init does not decode, charsets it ignores.
extension EnvelopeChecks {
    /// Transfer encodings that leave the body as it is.
    private static let identityEncodings: Set<String> = ["", "7bit", "8bit", "binary"]
    /// Transfer encodings cloud-init decodes.
    private static let decodedEncodings: Set<String> = ["base64", "quoted-printable"]
    /// Charsets whose text is UTF-8 for non-ASCII bytes (what cloud-init always assumes).
    private static let utf8Charsets: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    static func encoding(_ part: UserDataPart, node: Int, opener: inout EnvelopeOpener) -> [EnvelopeFinding] {
        guard let body = opener.decodedBody(node) else { return [] }
        var findings: [EnvelopeFinding] = []
        let headers = opener.nodes[node].headers
        let encodingHeader = headers.first(named: "content-transfer-encoding")
        let encoding = encodingHeader?.value.lowercased() ?? ""
        // The part's name and the header's place are spelt out only for a finding.
        func name() -> String { part.path.steps.last?.description ?? part.filename }
        func encodingLocation() -> EnvelopeRange { opener.location(ofHeader: "content-transfer-encoding", in: node) }
        if body.escapedNonASCII {
            findings.append(nonASCII(part, name: name(), node: node, body: body, opener: opener))
        }
        if body.base64Defects.contains(.length) {
            findings.append(.base64BodyUnreadable(name(), at: encodingLocation()))
        } else if body.base64Defects.contains(.characters) {
            findings.append(.base64BodyCharacters(name(), at: encodingLocation()))
        } else if body.base64Defects.contains(.padding) {
            findings.append(.base64BodyPadding(name(), at: encodingLocation()))
        }
        if opener.nodes[node].headerText != nil, let encodingHeader, !identityEncodings.contains(encoding),
            !decodedEncodings.contains(encoding)
        {
            let stripped = PythonText.strip(encoding)
            if identityEncodings.contains(stripped) || decodedEncodings.contains(stripped) {
                var fixIts: [FixIt] = []
                if let range = encodingHeader.valueRange, let text = opener.nodes[node].headerText {
                    fixIts.append(
                        FixIt(
                            message: "remove the blanks",
                            edits: [TextEdit(range: opener.location(text, range).range, replacement: stripped)]))
                }
                findings.append(.transferEncodingBlanks(encodingHeader.value, at: encodingLocation(), fixIts: fixIts))
            } else if MIMEBody.uuencodings.contains(encoding) {
                findings.append(.transferEncodingUndecoded(encodingHeader.value, at: encodingLocation()))
            } else {
                findings.append(.transferEncodingUnknown(encodingHeader.value, at: encodingLocation()))
            }
        }
        if opener.nodes[node].headerText != nil, let charset = headers.parameter("charset")?.collapsed.lowercased(),
            !utf8Charsets.contains(charset), body.bytes.contains(where: { $0 >= 0x80 })
        {
            findings.append(.charsetIgnored(charset, at: opener.location(ofHeader: "content-type", in: node)))
        }
        return findings
    }

    /// The finding for text that is not ASCII and not base64-encoded, at its first such character.
    private static func nonASCII(
        _ part: UserDataPart, name: String, node: Int, body: DecodedBody, opener: EnvelopeOpener
    ) -> EnvelopeFinding {
        var location = opener.location(of: node)
        var fixIts: [FixIt] = []
        let current = opener.nodes[node]
        if case .text(let segments, let text) = current.body {
            let bytes = opener.texts[text].source.bytes
            if let first = segments.lazy.compactMap({ bytes[$0].firstIndex { $0 >= 0x80 } }).first {
                var end = first + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                location = opener.location(text, first..<end)
            }
            let encoding = current.headers.first(named: "content-transfer-encoding")?.value.lowercased() ?? ""
            if segments.count == 1, let segment = segments.first, ["", "7bit", "8bit"].contains(encoding),
                opener.texts[text].path.isFile
            {
                var edits: [TextEdit] = []
                if let header = current.headers.first(named: "content-transfer-encoding"), let range = header.valueRange
                {
                    edits.append(TextEdit(range: opener.location(text, range).range, replacement: "base64"))
                } else if !current.headers.isEmpty {
                    let headerEnd = opener.location(
                        text, current.anchor.range.upperBound..<current.anchor.range.upperBound)
                    edits.append(TextEdit(range: headerEnd.range, replacement: "Content-Transfer-Encoding: base64\n"))
                }
                if !edits.isEmpty {
                    let encoded = String(Base64.encodeLines(Array(bytes[segment])).dropLast())
                    edits.append(TextEdit(range: opener.location(text, segment).range, replacement: encoded))
                    fixIts.append(FixIt(message: "encode the part in base64", edits: edits))
                }
            }
        } else if let run = body.map.runs.first(where: { !$0.isExact }) {
            let source = body.map.text.source
            location = EnvelopeRange(
                envelope: body.map.envelope,
                range: SourceRange(
                    start: source.location(atOffset: run.sourceStart), end: source.location(atOffset: run.sourceEnd)))
        }
        let character = body.firstEscaped.map { String($0) } ?? ""
        switch current.path.steps.last {
        case .gzip?:
            return .nonASCIIInGzipPart(name, character: character, at: location)
        case .archiveItem?:
            return .nonASCIIInArchiveItem(name, character: character, at: location)
        default:
            let terraform = opener.documents.contains { parsed in
                parsed.document.messages.first?.headers.boundary == "MIMEBOUNDARY"
                    && (parsed.firstNode..<(parsed.firstNode + parsed.document.messages.count)).contains(node)
            }
            return .nonASCIIWithoutBase64(
                name, character: character, looksLikeTerraform: terraform, at: location, fixIts: fixIts)
        }
    }
}

extension EnvelopeFinding {
    /// How cloud-init's email parser turns a character that is not ASCII into bytes.
    fileprivate static func mangling(_ character: String) -> String {
        guard let scalar = character.unicodeScalars.first else { return "" }
        let escaped = String(decoding: PythonText.rawUnicodeEscape(scalar), as: UTF8.self)
        if scalar.value < 0x100 {
            return
                " ('\(character)' becomes the single byte 0x\(PythonFormat.hex(scalar.value, width: 2)), which is not UTF-8)"
        }
        return " ('\(character)' becomes the six characters '\(escaped)')"
    }

    fileprivate static func nonASCIIWithoutBase64(
        _ part: String, character: String, looksLikeTerraform: Bool, at location: EnvelopeRange, fixIts: [FixIt]
    ) -> Self {
        let note =
            looksLikeTerraform
            ? "this message looks like the output of Terraform's cloudinit_config (boundary MIMEBOUNDARY), which "
                + "writes every part as 7bit; non-ASCII text needs a base64 part (hashicorp/terraform-provider-cloudinit#165)"
            : "parts with non-ASCII text need 'Content-Transfer-Encoding: base64', as cloud-init devel make-mime "
                + "writes them"
        return EnvelopeFinding(
            .nonASCIIWithoutBase64, .error,
            "\(part) has text that is not ASCII but is not base64-encoded; cloud-init's email parser mangles it"
                + mangling(character), at: location, notes: [Note(note)], fixIts: fixIts)
    }

    fileprivate static func nonASCIIInGzipPart(_ part: String, character: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .nonASCIIWithoutBase64, .error,
            "\(part) decompresses to text that is not ASCII; cloud-init puts it into a new part without a transfer "
                + "encoding and mangles it" + mangling(character) + "; compress the whole user-data instead",
            at: location)
    }

    fileprivate static func nonASCIIInArchiveItem(_ part: String, character: String, at location: EnvelopeRange) -> Self
    {
        EnvelopeFinding(
            .nonASCIIWithoutBase64, .error,
            "\(part) has a type that is not text/* and content that is not ASCII; cloud-init mangles it"
                + mangling(character), at: location)
    }

    fileprivate static func base64BodyUnreadable(_ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .invalidBase64Body, .error,
            "the base64 body of \(part) does not decode (its length is wrong); cloud-init passes the encoded text "
                + "on as the payload", at: location)
    }

    fileprivate static func base64BodyCharacters(_ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .invalidBase64Body, .warning,
            "the base64 body of \(part) has characters outside the base64 alphabet; cloud-init skips them, which "
                + "may not be what was encoded", at: location)
    }

    fileprivate static func base64BodyPadding(_ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .invalidBase64Body, .note, "the base64 body of \(part) lacks its '=' padding; cloud-init adds it",
            at: location)
    }

    fileprivate static func transferEncodingBlanks(_ value: String, at location: EnvelopeRange, fixIts: [FixIt]) -> Self
    {
        EnvelopeFinding(
            .unknownTransferEncoding, .error,
            "the transfer encoding \(PythonFormat.stringRepr(value)) has blanks around it; cloud-init compares it "
                + "exactly and does not decode the part", at: location, fixIts: fixIts)
    }

    fileprivate static func transferEncodingUndecoded(_ value: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .unknownTransferEncoding, .warning,
            "cloud-init decodes the transfer encoding '\(value)', but cloudcfg does not: the part is checked as "
                + "it is written", at: location)
    }

    fileprivate static func transferEncodingUnknown(_ value: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .unknownTransferEncoding, .warning,
            "cloud-init does not know the transfer encoding '\(value)' and passes the body on undecoded",
            at: location)
    }

    fileprivate static func charsetIgnored(_ charset: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .charsetIgnored, .warning,
            "cloud-init ignores the charset '\(charset)' and reads the part's text as UTF-8", at: location)
    }
}
