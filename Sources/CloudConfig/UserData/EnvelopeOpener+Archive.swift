/// `UserDataProcessor._explode_archive`: a `#cloud-config-archive` list becomes parts.
extension EnvelopeOpener {
    /// The keys of an archive item that are not copied as header fields.
    private static let reservedKeys: Set<String> = [
        "content", "filename", "type", "launch-index", "content-disposition", "number-attachments", "content-type",
    ]

    /// Turns the archive's items into parts and attaches them (items are not processed further:
    /// an item that is gzip, an include or another archive stays as it is).
    ///
    /// - Returns: The nodes of the items attached.
    mutating func explodeArchive(_ payload: DecodedBody?, of part: Int) throws(Rejection) -> [Int] {
        guard let payload else { return [] }
        let stream = YAMLStream.parse(SourceFile(path: source.path, bytes: payload.bytes))
        guard !stream.hasErrors, stream.documents.count <= 1, let document = stream.documents.first,
            let root = document.root
        else {
            if stream.hasErrors || stream.documents.count > 1 {
                findings.append(.archiveNotYAML(at: location(of: part)))
            }
            return []
        }
        let itemNodes: [YAMLNodeID]
        switch document.value(of: root) {
        case .sequence: itemNodes = Array(document.items(of: document.resolved(root)))
        case .set: itemNodes = document.entries(of: document.resolved(root)).map(\.key)
        default:
            findings.append(
                .archiveNotList(
                    at: EnvelopeRange(envelope: payload.map.envelope, range: payload.map.range(document[root].range))))
            return []
        }
        var items: [Int] = []
        for (number, itemNode) in itemNodes.enumerated() {
            let item = document.value(of: itemNode)
            let itemLocation = EnvelopeRange(
                envelope: payload.map.envelope, range: payload.map.range(document[document.resolved(itemNode)].range))
            var entries: [YAMLValue.Entry]
            var contentNode: YAMLNodeID?
            switch item {
            case .scalar(.string(let text)):
                entries = [YAMLValue.Entry(key: .scalar(.string("content")), value: .scalar(.string(text)))]
                contentNode = itemNode
            case .mapping(let pairs):
                entries = pairs
                contentNode =
                    document.entries(of: document.resolved(itemNode)).last {
                        document[document.resolved($0.key)].value == .string("content")
                    }?.value
            default:
                findings.append(.archiveItemSkipped(number + 1, at: itemLocation))
                continue
            }
            for entry in entries where entry.key.string == nil {
                throw Rejection(
                    finding: .archiveItemFails("has a key that is not a string", number + 1, at: itemLocation))
            }
            let content = PythonValue.get("content", in: entries) ?? .scalar(.string(""))
            var type: String
            var declaredType: String?
            if let declared = PythonValue.get("type", in: entries), PythonValue.isTruthy(declared) {
                guard let text = declared.string else {
                    throw Rejection(
                        finding: .archiveItemFails("has a 'type' that is not a string", number + 1, at: itemLocation))
                }
                type = text
                declaredType = text
            } else {
                let fallback: String
                switch content {
                case .scalar(.string(let text)):
                    fallback = UserDataContentType.sniff(Array(text.utf8)) ?? "text/cloud-config"
                case .scalar(.binary(let bytes)):
                    fallback = UserDataContentType.sniff(bytes, strictUTF8: true) ?? "application/octet-stream"
                default:
                    throw Rejection(
                        finding: .archiveItemFails(
                            "has content that is not text and no type", number + 1, at: itemLocation))
                }
                type = fallback
            }
            guard let slash = type.firstIndex(of: "/") else {
                throw Rejection(
                    finding: .archiveItemFails(
                        "has the type \(PythonFormat.stringRepr(type)) without '/'", number + 1, at: itemLocation))
            }
            let mainType = String(type[..<slash])
            let subtype = String(type[type.index(after: slash)...])
            let contentSource = contentNode.map { document[document.resolved($0)] }
            var headers: [MIMEHeader]
            var body: DecodedBody
            if mainType == "text" {
                let text: String
                switch content {
                case .scalar(.string(let value)):
                    text = value
                case .scalar(.binary(let bytes)):
                    guard UserDataContentType.firstInvalidUTF8Offset(bytes) == nil else {
                        throw Rejection(
                            finding: .archiveItemFails(
                                "has binary content that is not UTF-8", number + 1, at: itemLocation))
                    }
                    text = String(decoding: bytes, as: UTF8.self)
                default:
                    throw Rejection(
                        finding: .archiveItemFails("has content that is not text", number + 1, at: itemLocation))
                }
                let bytes = Array(text.utf8)
                let ascii = bytes.allSatisfy { $0 < 0x80 }
                headers = [
                    MIMEHeader("Content-Type", "text/\(subtype); charset=\"\(ascii ? "us-ascii" : "utf-8")\""),
                    MIMEHeader("MIME-Version", "1.0"),
                    MIMEHeader("Content-Transfer-Encoding", ascii ? "7bit" : "base64"),
                ]
                body = DecodedBody(
                    bytes: bytes, map: Self.map(bytes, of: contentSource, payload: payload.bytes, in: payload.map),
                    firstEscaped: nil)
            } else {
                headers = [MIMEHeader("Content-Type", "\(mainType)/\(subtype)"), MIMEHeader("MIME-Version", "1.0")]
                switch content {
                case .scalar(.string(let value)):
                    let text = Array(value.utf8)
                    let textMap = Self.map(text, of: contentSource, payload: payload.bytes, in: payload.map)
                    var escapedMap = PositionMap.Builder()
                    let (bytes, escaped) = MIMEBody.pythonBytes(ofText: text, builder: &escapedMap)
                    body = DecodedBody(
                        bytes: bytes, map: escapedMap.build(text: textMap.text).composed(through: textMap),
                        firstEscaped: escaped)
                case .scalar(.binary(let bytes)):
                    body = DecodedBody(
                        bytes: bytes, map: Self.map(bytes, of: contentSource, payload: payload.bytes, in: payload.map),
                        firstEscaped: nil)
                default:
                    findings.append(.archiveItemNotText(number + 1, at: itemLocation))
                    body = DecodedBody(
                        bytes: [], map: Self.map([], of: contentSource, payload: payload.bytes, in: payload.map),
                        firstEscaped: nil)
                }
            }
            if let filename = PythonValue.get("filename", in: entries) {
                headers.setFilename(PythonValue.str(filename))
            }
            if let launchIndex = PythonValue.get("launch-index", in: entries) {
                headers.append(MIMEHeader("Launch-Index", PythonValue.str(launchIndex)))
            }
            for entry in entries {
                guard let name = entry.key.string, !Self.reservedKeys.contains(name.lowercased()) else { continue }
                switch entry.value {
                case .scalar(.string(let value)): headers.append(MIMEHeader(name, value))
                case .scalar(.null): headers.append(MIMEHeader(name, ""))
                default:
                    throw Rejection(
                        finding: .archiveItemFails(
                            "has the header \(PythonFormat.stringRepr(name)) with a value that is not a string",
                            number + 1, at: itemLocation))
                }
            }
            let anchorRange = payload.map.range(document[document.resolved(itemNode)].range)
            let anchorText = register(payload.map.text)
            let node = addNode(
                Node(
                    headers: headers, headerText: nil, body: .decoded(body),
                    path: nodes[part].path.appending(.archiveItem(number + 1)),
                    declaredType: declaredType.map {
                        [MIMEHeader("Content-Type", $0)].contentType(defaultType: "text/plain")
                    },
                    anchor: (anchorText, anchorRange.start.offset..<anchorRange.end.offset), decoded: body))
            try attach(node)
            items.append(node)
        }
        return items
    }

    /// Where each byte of an archive item's content comes from: line by line for a literal
    /// block scalar (`content: |`), otherwise the whole scalar.
    ///
    /// - Parameters:
    ///   - content: The item's content bytes.
    ///   - node: The content's scalar node in the archive's YAML.
    ///   - payload: The archive's payload, which the node's offsets refer to.
    ///   - archive: Where the archive's payload comes from.
    static func map(_ content: [UInt8], of node: YAMLNode?, payload: [UInt8], in archive: PositionMap) -> PositionMap {
        let scalar = node.map { $0.range.start.offset..<max($0.range.start.offset, $0.range.end.offset) } ?? 0..<0
        let whole = archive.range(ofPayloadRange: scalar)
        var inexact = PositionMap.Builder()
        inexact.appendDecoded(count: content.count, source: whole.start.offset..<whole.end.offset)
        let fallback = inexact.build(text: archive.text)
        guard let node, node.scalarStyle == .literal else { return fallback }
        // The content's lines are the payload lines after the `|` line, indented.
        var builder = PositionMap.Builder()
        var line = payload[scalar].firstIndex(of: 0x0A).map { $0 + 1 } ?? scalar.upperBound
        var index = 0
        while index < content.count {
            let lineEnd = content[index...].firstIndex(of: 0x0A) ?? content.count
            let text = content[index..<lineEnd]
            guard line < payload.count else { return fallback }
            let sourceEnd = payload[line...].firstIndex(of: 0x0A) ?? payload.count
            if !text.isEmpty {
                guard let found = payload[line..<sourceEnd].firstRange(of: text) else { return fallback }
                builder.append(through: archive, payloadRange: found)
            }
            if lineEnd < content.count {
                guard sourceEnd < payload.count else { return fallback }
                builder.append(through: archive, payloadRange: sourceEnd..<(sourceEnd + 1))
                line = sourceEnd + 1
            }
            index = lineEnd + 1
        }
        return builder.build(text: archive.text)
    }
}

extension EnvelopeFinding {
    static func archiveNotYAML(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .archiveInvalid, .error,
            "the cloud-config archive does not load as YAML; cloud-init reads it as an empty list and ignores it",
            at: location)
    }

    static func archiveNotList(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .archiveInvalid, .error, "a cloud-config archive must be a list of parts; cloud-init ignores this one",
            at: location)
    }

    static func archiveItemSkipped(_ number: Int, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .archiveInvalid, .warning,
            "archive item \(number) is neither a string nor a mapping; cloud-init skips it", at: location)
    }

    static func archiveItemNotText(_ number: Int, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .archiveInvalid, .warning,
            "archive item \(number) has content that is not a string; cloud-init passes it on as it is, and no "
                + "handler can use it", at: location)
    }

    static func archiveItemFails(_ problem: String, _ number: Int, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .archiveInvalid, .error,
            "archive item \(number) \(problem); cloud-init fails on it and rejects all of the user-data", at: location)
    }
}
