/// Checks of the MIME structure: header blocks, boundaries, delimiters, text outside parts.
extension EnvelopeChecks {
    /// Header names that are MIME or cloud-init headers; a lower-case name outside these, read
    /// as a header, is most likely a YAML line.
    private static let knownHeaders: Set<String> = [
        "content-type", "content-transfer-encoding", "content-disposition", "content-description", "content-id",
        "mime-version", "merge-type", "x-merge-type", "launch-index", "number-attachments", "subject", "from", "to",
        "date", "message-id",
    ]

    static func structure(_ opener: EnvelopeOpener) -> [EnvelopeFinding] {
        var findings: [EnvelopeFinding] = []
        for parsed in opener.documents {
            let text = parsed.text
            let bytes = opener.texts[text].source.bytes
            let messages = parsed.document.messages
            for (offset, message) in messages.enumerated() {
                let node = parsed.firstNode + offset
                let name = opener.nodes[node].path.steps.last?.description ?? "the message"
                for defect in message.defects {
                    switch defect {
                    case .missingHeaderBodySeparator(let line):
                        if offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                            let fix = FixIt(
                                message: "remove the byte order mark",
                                edits: [TextEdit(range: opener.location(text, 0..<3).range, replacement: "")])
                            findings.append(.byteOrderMarkBeforeHeaders(at: opener.location(text, 0..<3), fix: fix))
                        } else if !message.headers.isEmpty {
                            findings.append(
                                .noBlankLineAfterHeaders(name, at: opener.location(text, trimmed(line, bytes))))
                        }
                    case .firstHeaderLineIsContinuation(let line), .misplacedEnvelopeHeader(let line),
                        .missingHeaderName(let line):
                        findings.append(.headerLineDropped(at: opener.location(text, trimmed(line, bytes))))
                    case .noBoundaryInMultipart:
                        findings.append(
                            .boundaryMissing(
                                message.contentType, at: opener.location(ofHeader: "content-type", in: node)))
                    case .invalidMultipartTransferEncoding:
                        findings.append(
                            .multipartTransferEncoding(
                                at: opener.location(ofHeader: "content-transfer-encoding", in: node)))
                    case .startBoundaryNotFound:
                        let boundary = message.headers.boundary ?? ""
                        var notes: [Note] = []
                        if let found = ByteSearch.firstOffset(
                            of: Array(("--" + boundary).utf8), in: bytes, range: message.headerEnd..<bytes.count)
                        {
                            let line = opener.location(text, found..<(found + 2 + boundary.utf8.count))
                            notes.append(
                                Note(
                                    "'--\(boundary)' occurs here, but a delimiter must be a line of its own (blanks "
                                        + "may follow)", at: line.range))
                        }
                        findings.append(
                            .boundaryNotFound(
                                boundary, at: opener.location(ofHeader: "content-type", in: node), notes: notes))
                    case .closeBoundaryNotFound:
                        let boundary = message.headers.boundary ?? ""
                        let end = opener.location(text, bytes.count..<bytes.count)
                        let needsBreak = !(bytes.last == 0x0A || bytes.last == 0x0D)
                        let fix = FixIt(
                            message: "close the multipart with '--\(boundary)--'",
                            edits: [
                                TextEdit(range: end.range, replacement: (needsBreak ? "\n" : "") + "--\(boundary)--\n")
                            ])
                        let anchor = message.delimiters.last.map { opener.location(text, trimmed($0, bytes)) } ?? end
                        findings.append(.boundaryNotClosed(boundary, at: anchor, fix: offset == 0 ? fix : nil))
                    case .nestedTooDeep:
                        findings.append(.nestingTooDeep(opener.options.maxNestingDepth, at: opener.location(of: node)))
                    }
                }
                if let preamble = message.preamble, let range = contentRange(preamble, bytes) {
                    findings.append(.textOutsideParts(before: true, at: opener.location(text, range)))
                }
                if let epilogue = message.epilogue, let range = contentRange(epilogue, bytes) {
                    findings.append(.textOutsideParts(before: false, at: opener.location(text, range)))
                }
                if case .parts = message.payload, let boundary = message.headers.boundary {
                    findings += boundaryInParts(boundary, from: offset, parsed: parsed, opener: opener)
                }
                for header in message.headers where offset > 0 || message.mainType != "multipart" {
                    let lowered = header.name.lowercased()
                    guard !knownHeaders.contains(lowered), !lowered.hasPrefix("x-"), !lowered.hasPrefix("content-"),
                        header.name.unicodeScalars.allSatisfy({
                            ("a"..."z").contains($0) || $0 == "_" || ("0"..."9").contains($0)
                        }),
                        let field = header.fieldRange
                    else { continue }
                    findings.append(
                        .yamlLineReadAsHeader(header.name, name, at: opener.location(text, trimmed(field, bytes))))
                }
            }
        }
        return findings
    }

    /// Occurrences of the boundary inside the text bodies under a multipart message.
    private static func boundaryInParts(
        _ boundary: String, from message: Int, parsed: EnvelopeOpener.ParsedDocument, opener: EnvelopeOpener
    ) -> [EnvelopeFinding] {
        let separator = Array(("--" + boundary).utf8)
        let bytes = parsed.document.bytes
        var findings: [EnvelopeFinding] = []
        for index in parsed.document.walk(from: message) where index != message {
            guard case .text(let segments) = parsed.document.messages[index].payload else { continue }
            for segment in segments {
                if let found = ByteSearch.firstOffset(of: separator, in: bytes, range: segment) {
                    let name = opener.nodes[parsed.firstNode + index].path.steps.last?.description ?? "a part"
                    findings.append(
                        .boundaryInPart(
                            boundary, name, at: opener.location(parsed.text, found..<(found + separator.count))))
                    break
                }
            }
        }
        return findings
    }

    /// The range from the first to the last byte that is not blank, if any.
    private static func contentRange(_ segments: [Range<Int>], _ bytes: [UInt8]) -> Range<Int>? {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = segments.lazy.compactMap({ bytes[$0].firstIndex { !blank($0) } }).first,
            let last = segments.reversed().lazy.compactMap({ bytes[$0].lastIndex { !blank($0) } }).first
        else { return nil }
        return first..<(last + 1)
    }

    /// A line without its line break.
    static func trimmed(_ line: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return line.lowerBound..<end
    }
}

extension EnvelopeFinding {
    fileprivate static func byteOrderMarkBeforeHeaders(at location: EnvelopeRange, fix: FixIt) -> Self {
        EnvelopeFinding(
            .mimeHeaderSyntax, .error,
            "a byte order mark comes before the MIME headers; cloud-init's email parser then sees no headers and "
                + "reads the whole message as one text/plain part, which it ignores", at: location, fixIts: [fix])
    }

    fileprivate static func noBlankLineAfterHeaders(_ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mimeHeaderSyntax, .warning,
            "no blank line separates the headers of \(part) from its body; the body starts at this line, and a "
                + "body line that looks like a header is read as one", at: location)
    }

    fileprivate static func headerLineDropped(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mimeHeaderSyntax, .warning, "this line is not a header field; cloud-init's email parser drops it",
            at: location)
    }

    fileprivate static func yamlLineReadAsHeader(_ name: String, _ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mimeHeaderSyntax, .warning,
            "'\(name):' is read as a header field of \(part), not as part of its body; a blank line must end the "
                + "headers", at: location)
    }

    fileprivate static func boundaryMissing(_ type: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .boundaryMissing, .error,
            "'\(type)' has no boundary parameter; cloud-init finds no parts in it and ignores its content",
            at: location)
    }

    fileprivate static func multipartTransferEncoding(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .multipartTransferEncoding, .warning,
            "a multipart container must be 7bit, 8bit or binary; its parts carry their own transfer encodings",
            at: location)
    }

    fileprivate static func boundaryNotFound(_ boundary: String, at location: EnvelopeRange, notes: [Note]) -> Self {
        EnvelopeFinding(
            .boundaryNotFound, .error,
            "no line is the delimiter '--\(boundary)'; cloud-init finds no parts and ignores the content",
            at: location, notes: notes)
    }

    fileprivate static func boundaryNotClosed(_ boundary: String, at location: EnvelopeRange, fix: FixIt?) -> Self {
        EnvelopeFinding(
            .boundaryNotClosed, .warning,
            "the multipart is not closed with '--\(boundary)--'; cloud-init still reads the parts, other MIME "
                + "readers may not", at: location, fixIts: fix.map { [$0] } ?? [])
    }

    fileprivate static func nestingTooDeep(_ depth: Int, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mimeNestingTooDeep, .error,
            "MIME parts are nested more than \(depth) levels deep; cloudcfg reads the rest as text", at: location)
    }

    fileprivate static func textOutsideParts(before: Bool, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .textOutsideParts, .warning,
            before
                ? "this text comes before the first delimiter; cloud-init ignores it (a part must start after a "
                    + "delimiter line)"
                : "this text comes after the closing delimiter; cloud-init ignores it", at: location)
    }

    fileprivate static func boundaryInPart(_ boundary: String, _ part: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .boundaryInPart, .warning,
            "the boundary '--\(boundary)' occurs inside \(part); cloud-init only splits at whole delimiter lines, "
                + "but other MIME readers may split the part here; choose a boundary that occurs in no part",
            at: location)
    }
}
