/// The part walk of `UserDataProcessor._process_msg` and `_attach_part`.
extension EnvelopeOpener {
    /// `_process_msg(base_msg, append_msg)`.
    mutating func process(base: Int) throws(Rejection) {
        for index in walk(base) {
            if nodes[index].isMultipart(ignoringCase: true) { continue }
            var part = index
            var originalType: String? = nodes[index].contentType
            var payload = decodedBody(index)
            var wasCompressed = false
            if let type = originalType, UserDataContentType.gzip.contains(type) {
                let compressed = payload?.bytes ?? []
                let inflated: [UInt8]
                switch Gzip.decompress(compressed, limit: budget) {
                case .success(let output):
                    inflated = output
                case .failure(let error) where error.reason == .tooLarge:
                    throw Rejection(finding: .decodedTooLarge(limit: options.maxDecodedBytes, at: location(of: index)))
                case .failure(let error):
                    throw Rejection(
                        finding: .gzipPartNotGzip(
                            type: type, reason: error.message, at: location(ofHeader: "content-type", in: index)))
                }
                budget -= inflated.count
                if let offset = UserDataContentType.firstInvalidUTF8Offset(inflated) {
                    throw Rejection(
                        finding: .gzipPartNotUTF8(
                            byte: inflated[offset], offset: offset, at: location(ofHeader: "content-type", in: index)))
                }
                let text = EnvelopeText(
                    path: nodes[index].path.appending(.gzip), source: SourceFile(path: source.path, bytes: inflated))
                _ = register(text)
                payload = DecodedBody(bytes: inflated, map: .identity(of: text), firstEscaped: nil)
                originalType = nil
                wasCompressed = true
            }
            let declared = originalType ?? "text/plain"
            var type: String?
            if UserDataContentType.sniffed.contains(declared), let payload {
                type = UserDataContentType.sniff(payload.bytes)
            }
            let finalType = type ?? declared
            if wasCompressed, let payload {
                part = decompressedNode(from: index, type: finalType, payload: payload)
                outcomes[index] = .decompressed(into: part)
            }
            if finalType != declared { nodes[part].headers.replace("Content-Type", with: finalType) }
            if UserDataContentType.include.contains(finalType) {
                outcomes[part] = .include
                if let payload { collectIncludes(payload, of: part) }
                continue
            }
            if finalType == UserDataContentType.archive {
                let items = try explodeArchive(payload, of: part)
                outcomes[part] = .archive(items: items)
                continue
            }
            nodes[base].headers.replace("Content-Type", with: finalType)
            try attach(part)
        }
    }

    /// The part cloud-init builds for a decompressed payload: `MIMENonMultipart` with the
    /// text as payload, the file name and `Launch-Index` copied.
    private mutating func decompressedNode(from index: Int, type: String, payload: DecodedBody) -> Int {
        var headers = [MIMEHeader("Content-Type", type), MIMEHeader("MIME-Version", "1.0")]
        if let filename = nodes[index].headers.filename, !filename.isEmpty { headers.setFilename(filename) }
        if let launchIndex = nodes[index].headers.first(named: "Launch-Index") {
            headers.replace("Launch-Index", with: launchIndex.value)
        }
        // The payload is set as text, so `get_payload(decode=True)` encodes it again: text that is
        // not ASCII comes back as `raw-unicode-escape` bytes.
        var builder = PositionMap.Builder()
        let (bytes, escaped) = MIMEBody.pythonBytes(ofText: payload.bytes, builder: &builder)
        let body = DecodedBody(bytes: bytes, map: builder.build(text: payload.map.text), firstEscaped: escaped)
        var node = nodes[index]
        node.headers = headers
        node.body = .decoded(body)
        node.decoded = body
        node.path = nodes[index].path.appending(.gzip)
        return addNode(node)
    }

    /// `_attach_part`: names the part `part-NNN` (by attach count) unless it has a file name,
    /// adds its `Launch-Index`, and attaches it.
    mutating func attach(_ index: Int) throws(Rejection) {
        let filename = nodes[index].headers.filename ?? ""
        if filename.isEmpty {
            let assigned = "part-" + Self.threeDigits(attached.count + 1)
            nodes[index].headers.setFilename(assigned)
            assignedFilenames[index] = assigned
        }
        try attachLaunchIndex(index)
        attached.append(index)
        outcomes[index] = .attached
    }

    /// `_attach_launch_index`: a `Launch-Index` header, or the `launch-index` key of a
    /// cloud-config payload, is added again as a normalised integer.
    private mutating func attachLaunchIndex(_ index: Int) throws(Rejection) {
        let header = nodes[index].headers.first(named: "Launch-Index")
        var value: YAMLValue?
        if nodes[index].contentType == "text/cloud-config", let body = decodedBody(index),
            Self.mayHaveLaunchIndexKey(body.bytes)
        {
            value = Self.launchIndex(in: payloadYAML(index, body))
        }
        if let header { value = .scalar(.string(header.value)) }
        guard let value, value.isNotNone else { return }
        switch PythonValue.int(value) {
        case .integer(let integer):
            nodes[index].headers.append(MIMEHeader("Launch-Index", integer.description))
        case .invalid:
            findings.append(
                .launchIndexInvalid(PythonValue.str(value), at: location(ofHeader: "Launch-Index", in: index)))
        case .overflow:
            throw Rejection(finding: .launchIndexOverflow(at: location(ofHeader: "Launch-Index", in: index)))
        }
    }

    /// Whether YAML text can have a `launch-index` key: it contains `launch`, or a backslash
    /// (a double-quoted key could spell it with escapes). Without either, cloud-init's YAML load
    /// for the key cannot find it, and the load is skipped.
    static func mayHaveLaunchIndexKey(_ bytes: [UInt8]) -> Bool {
        ByteSearch.firstOffset(of: launch, in: bytes) != nil || ByteSearch.contains(0x5C, in: bytes)
    }

    private static let launch = Array("launch".utf8)

    /// A node's decoded body read as YAML, as `util.load_yaml(payload)` reads it.
    ///
    /// The part's YAML is read again when the envelope is opened (``UserDataPart/yaml``), with
    /// ``EnvelopeOptions/yamlLimits`` and under the part's own path. When those limits are the
    /// ones this load uses (the defaults), the text is read here under the part's path and kept
    /// in ``payloadStreams`` for that: the same bytes with the same limits give the same
    /// documents, and the path only names them.
    private mutating func payloadYAML(_ index: Int, _ body: DecodedBody) -> YAMLStream {
        guard options.yamlLimits == YAMLLimits() else {
            return YAMLStream.parse(SourceFile(path: "<part>", bytes: body.bytes))
        }
        let stream = YAMLStream.parse(Self.payloadSource(body))
        payloadStreams[index] = stream
        return stream
    }

    /// The body as a source file under its text's path. A body that is its text's bytes
    /// themselves (a plain user-data, not MIME nor encoded) reuses the text's source file,
    /// whose bytes were already scanned for lines and characters.
    private static func payloadSource(_ body: DecodedBody) -> SourceFile {
        let source = body.map.text.source
        let same =
            source.bytes.count == body.bytes.count
            && source.bytes.withUnsafeBufferPointer { text in
                body.bytes.withUnsafeBufferPointer { text.baseAddress == $0.baseAddress }
            }
        return same ? source : SourceFile(path: source.path, bytes: body.bytes)
    }

    /// `util.load_yaml(payload).get("launch-index")` when the text loads as one YAML mapping,
    /// else `nil`: what `loadMapping` followed by `PythonValue.get` gives, without constructing
    /// the values of the other keys (a user-data's whole tree).
    ///
    /// The root's value is a mapping exactly when ``YAMLDocument/value(of:)`` builds one: a
    /// mapping node that is not a `!!set` and has no scalar value. A key's value is a string
    /// only for a node read as a scalar (a scalar, or a collection with a scalar value).
    static func launchIndex(in stream: YAMLStream) -> YAMLValue? {
        guard !stream.hasErrors, stream.documents.count == 1, let document = stream.documents.first,
            let root = document.root
        else { return nil }
        let mapping = document.resolved(root)
        let node = document[mapping]
        guard node.kind == .mapping, node.value == nil, node.tag != .set else { return nil }
        // The last entry with the key, as `PythonValue.get` takes it.
        for entry in document.entries(of: mapping).reversed() {
            let key = document[document.resolved(entry.key)]
            if key.kind == .scalar, key.valueIsText {
                // A string whose value is its text: compared on the bytes, without making it.
                if key.hasText("launch-index") { return document.value(of: entry.value) }
                continue
            }
            guard key.kind == .scalar || key.kind == .alias || key.value != nil else { continue }
            if YAMLValue.scalar(key.value ?? .null).string == "launch-index" { return document.value(of: entry.value) }
        }
        return nil
    }

    /// `util.load_yaml(payload)`: the value when the text loads as one YAML mapping, else `nil`.
    static func loadMapping(_ bytes: [UInt8]) -> YAMLValue? {
        loadMapping(YAMLStream.parse(SourceFile(path: "<part>", bytes: bytes)))
    }

    /// The value of a read text when it is one YAML mapping, else `nil`.
    static func loadMapping(_ stream: YAMLStream) -> YAMLValue? {
        guard !stream.hasErrors, stream.documents.count == 1, let document = stream.documents.first,
            let root = document.root
        else { return nil }
        let value = document.value(of: root)
        if case .mapping = value { return value }
        return nil
    }

    static func threeDigits(_ value: Int) -> String {
        let digits = String(value)
        return digits.count >= 3 ? digits : String(repeating: "0", count: 3 - digits.count) + digits
    }
}

extension YAMLValue {
    /// Whether the value is not Python's `None`.
    var isNotNone: Bool {
        if case .scalar(.null) = self { return false }
        return true
    }
}

extension EnvelopeFinding {
    static func gzipPartNotGzip(type: String, reason: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .gzipPartNotGzip, .error,
            "the part is declared '\(type)' but its payload does not decompress (\(reason)); cloud-init rejects "
                + "all of the user-data", at: location)
    }

    static func gzipPartNotUTF8(byte: UInt8, offset: Int, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mimeNotUTF8, .error,
            "the part decompresses to bytes that are not UTF-8 (byte \("0x" + PythonFormat.hex(UInt32(byte), width: 2)) at offset "
                + "\(offset)); cloud-init rejects all of the user-data", at: location)
    }

    static func launchIndexInvalid(_ value: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .launchIndexInvalid, .warning,
            "the launch index \(PythonFormat.stringRepr(value)) is not an integer; cloud-init ignores it and "
                + "gives the part to every instance", at: location)
    }

    static func launchIndexOverflow(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .launchIndexInvalid, .error,
            "the launch index is infinite; cloud-init fails converting it and rejects all of the user-data",
            at: location)
    }
}
