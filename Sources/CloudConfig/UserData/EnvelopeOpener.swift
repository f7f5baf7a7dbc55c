/// Opens user-data the way cloud-init's `UserDataProcessor` does (`cloudinit/user_data.py`,
/// identical in 22.4.2 and 26.2 for everything here), after the platform's own base64 layer:
///
/// 1. base64, when the platform decodes it (Azure custom data), detected or declared;
/// 2. gzip, always tried first (`convert_string`);
/// 3. MIME when `mime-version:` is in the first 4096 bytes (the text must then be UTF-8),
///    otherwise one `text/x-not-multipart` part;
/// 4. the part walk: gzip content types decompressed, `text/plain`, `text/x-not-multipart`
///    and `text/x-shellscript` sniffed, other types trusted, includes and archives expanded,
///    file names `part-NNN` and `Launch-Index` headers assigned as parts are attached.
///
/// Include URLs are listed, never fetched. Where cloud-init raises (and so uses no user-data at
/// all), opening stops with a rejection.
struct EnvelopeOpener {
    /// Why cloud-init rejects the whole user-data.
    struct Rejection: Error {
        var finding: EnvelopeFinding
    }

    /// A message or part while the processor works on it (Python's `Message` objects, which it
    /// changes in place).
    struct Node {
        /// The body.
        enum Body {
            /// No payload (`None`).
            case none
            /// A text body read by the MIME parser: byte ranges of a text.
            case text(segments: [Range<Int>], text: Int)
            /// A payload already decoded (parts cloud-init builds itself).
            case decoded(DecodedBody)
            /// Sub-parts.
            case children([Int])
        }

        var headers: [MIMEHeader]
        /// The text the header ranges refer to.
        var headerText: Int?
        var defaultType = "text/plain"
        var body: Body
        var path: EnvelopePath
        /// The type declared before cloud-init changed the `Content-Type`.
        var declaredType: String?
        /// Where the declared `Content-Type` value is written (in the header text).
        var declaredTypeRange: Range<Int>?
        /// The type as parsed, before cloud-init rewrote any `Content-Type` (it rewrites the
        /// outermost message's with each part's type).
        var parsedType: String?
        /// Where to point at the node as a whole: a text and a byte range in it.
        var anchor: (text: Int, range: Range<Int>)
        /// The decoded body, once computed.
        var decoded: DecodedBody?

        var contentType: String { headers.contentType(defaultType: defaultType) }
        var mainType: String { String(contentType.split(separator: "/", maxSplits: 1).first ?? "") }

        /// Whether ``mainType`` is `multipart`, or lower-cased is, when `ignoringCase`. An ASCII
        /// type that does not start with `/` is compared on its bytes before the first `/`,
        /// without making the main type; any other type takes ``mainType`` itself.
        func isMultipart(ignoringCase: Bool) -> Bool {
            let type = contentType
            let answer = type.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard bytes.first != UInt8(ascii: "/"), bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                let end = bytes.firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
                guard end == Self.multipart.count else { return false }
                for (byte, wanted) in zip(bytes[..<end], Self.multipart) {
                    let folded = ignoringCase && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    if folded != wanted { return false }
                }
                return true
            }
            if let answer, let answer { return answer }
            let main = String(type.split(separator: "/", maxSplits: 1).first ?? "")
            return (ignoringCase ? main.lowercased() : main) == "multipart"
        }

        private static let multipart = Array("multipart".utf8)
    }

    /// What the processor did with a node.
    enum Outcome {
        case attached
        case include
        case archive(items: [Int])
        case decompressed(into: Int)
        case ignored
    }

    /// A parsed MIME message and where its nodes start in ``nodes``.
    struct ParsedDocument {
        var document: MIMEDocument
        var text: Int
        var firstNode: Int
    }

    let options: EnvelopeOptions
    let source: SourceFile
    var texts: [EnvelopeText]
    var nodes: [Node] = []
    var attached: [Int] = []
    var outcomes: [Int: Outcome] = [:]
    var includes: [IncludeURL] = []
    /// The `part-NNN` file names `attach` set, by node: read back from the header it wrote
    /// (which nothing changes afterwards), they would be the same, parsed again.
    var assignedFilenames: [Int: String] = [:]
    var findings: [EnvelopeFinding] = []
    /// The YAML of `text/cloud-config` bodies read for their `launch-index` key, by node, with
    /// the default ``YAMLLimits`` and under the body's path: what ``UserDataPart/yaml`` would
    /// read again for the part.
    var payloadStreams: [Int: YAMLStream] = [:]
    var documents: [ParsedDocument] = []
    /// The outer layers (base64, gzip) in order.
    var layers: [(kind: EnvelopeNode.Kind, path: EnvelopePath)] = []
    /// The node the outermost processing started from.
    var baseNode: Int?
    /// Bytes that decoding may still produce.
    var budget: Int

    init(source: SourceFile, options: EnvelopeOptions) {
        self.source = source
        self.options = options
        self.texts = [EnvelopeText(path: .file, source: source)]
        self.budget = options.maxDecodedBytes
    }

    // MARK: - Outer layers

    /// Opens the outer layers and processes what they contain.
    mutating func run() throws(Rejection) {
        var text = 0
        switch options.platformEncoding {
        case .none:
            break
        case .detect:
            if let decoded = Self.detectBase64(source.bytes) { text = addLayer(.base64, decoded, from: text) }
        case .base64:
            guard let decoded = Self.decodeLikeAzure(source.bytes) else {
                throw Rejection(finding: .base64Invalid(at: wholeText(text)))
            }
            text = addLayer(.base64, decoded, from: text)
        }
        if text != 0, Self.detectBase64(texts[text].source.bytes, nested: false) != nil {
            findings.append(.base64DoubleEncoded(at: wholeText(text)))
        }
        let data = texts[text].source.bytes
        if data.starts(with: Gzip.magic) {
            switch Gzip.decompress(data, limit: budget) {
            case .success(let inflated):
                budget -= inflated.count
                text = addLayer(.gzip, inflated, from: text)
            case .failure(let error) where error.reason == .tooLarge:
                throw Rejection(finding: .decodedTooLarge(limit: options.maxDecodedBytes, at: wholeText(text)))
            case .failure(let error):
                findings.append(.gzipCorrupt(error.message, at: wholeText(text)))
            }
        }
        let bytes = texts[text].source.bytes
        let base: Int
        if ByteSearch.firstOffset(of: Self.mimeVersion, in: bytes, range: 0..<4096, ignoringASCIICase: true) != nil {
            if let offset = UserDataContentType.firstInvalidUTF8Offset(bytes) {
                throw Rejection(finding: .mimeNotUTF8(byte: bytes[offset], at: location(text, offset..<(offset + 1))))
            }
            base = parseMIME(text: text)
        } else {
            let path = texts[text].path
            base = addNode(
                Node(
                    headers: [MIMEHeader("Content-Type", "text/x-not-multipart"), MIMEHeader("MIME-Version", "1.0")],
                    body: .decoded(
                        DecodedBody(bytes: bytes, map: .identity(of: texts[text]), firstEscaped: nil)),
                    path: path, anchor: (text, 0..<min(bytes.count, firstLineEnd(bytes)))))
            checkLooksLikeMIME(text: text)
        }
        baseNode = base
        try process(base: base)
    }

    /// `mime-version:`, which cloud-init looks for in the first 4096 bytes.
    static let mimeVersion = Array("mime-version:".utf8)

    /// Adds a decoded text as an outer layer.
    private mutating func addLayer(_ kind: EnvelopeNode.Kind, _ bytes: [UInt8], from text: Int) -> Int {
        let step: EnvelopePath.Step = kind == .base64 ? .base64 : .gzip
        let path = texts[text].path.appending(step)
        texts.append(EnvelopeText(path: path, source: SourceFile(path: source.path, bytes: bytes)))
        layers.append((kind, path))
        return texts.count - 1
    }

    /// The base64 text decoded, when the whole text is base64 that decodes to user-data cloud-init
    /// recognises (gzip, MIME or a known header), or to such base64 once more (encoded twice),
    /// and is not itself recognised user-data.
    static func detectBase64(_ bytes: [UInt8], nested: Bool = true) -> [UInt8]? {
        guard !bytes.isEmpty, !bytes.starts(with: Gzip.magic), UserDataContentType.sniff(bytes) == nil else {
            return nil
        }
        var stripped: [UInt8] = []
        stripped.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            guard Base64.table[Int(byte)] < 64 || byte == UInt8(ascii: "=") else { return nil }
            stripped.append(byte)
        }
        guard stripped.count >= 4, stripped.count % 4 == 0,
            case .success(let decoded) = Base64.decodeStrictlyLikePython(stripped),
            isRecognised(decoded) || (nested && detectBase64(decoded, nested: false) != nil)
        else { return nil }
        return decoded
    }

    /// Whether bytes are user-data cloud-init recognises: gzip, MIME or a known header.
    static func isRecognised(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Gzip.magic)
            || ByteSearch.firstOffset(of: mimeVersion, in: bytes, range: 0..<4096, ignoringASCIICase: true) != nil
            || UserDataContentType.sniff(bytes, strictUTF8: true) != nil
    }

    /// `base64.b64decode("".join(text.split()))`, as Azure's datasource decodes custom data.
    static func decodeLikeAzure(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let joined = Array(PythonText.split(text).joined().utf8)
        guard case .success(let decoded) = Base64.decodeLikePython(joined) else { return nil }
        return decoded
    }

    // MARK: - MIME

    /// Parses the text as MIME and adds its messages as nodes; returns the root's node.
    private mutating func parseMIME(text: Int) -> Int {
        let document = MIMEParser.parse(texts[text].source.bytes, maxDepth: options.maxNestingDepth)
        let first = nodes.count
        let prefix = texts[text].path
        var leaf = 0
        var paths: [Int: EnvelopePath] = [:]
        for index in document.walk() where document.messages[index].mainType != "multipart" {
            leaf += 1
            paths[index] = prefix.appending(.mimePart(leaf, filename: document.messages[index].headers.filename))
        }
        for (index, message) in document.messages.enumerated() {
            let body: Node.Body
            switch message.payload {
            case .none: body = .none
            case .text(let segments): body = .text(segments: segments, text: text)
            case .parts(let children): body = .children(children.map { $0 + first })
            }
            let declared = message.headers.contains(named: "content-type") ? message.contentType : nil
            let anchorEnd = max(message.headerEnd, min(message.start + 1, texts[text].source.bytes.count))
            nodes.append(
                Node(
                    headers: message.headers, headerText: text, defaultType: message.defaultType, body: body,
                    path: paths[index] ?? prefix, declaredType: declared,
                    declaredTypeRange: message.headers.first(named: "content-type")?.valueRange,
                    parsedType: message.contentType,
                    anchor: (text, message.start..<anchorEnd)))
        }
        documents.append(ParsedDocument(document: document, text: text, firstNode: first))
        return first
    }

    // MARK: - Helpers

    /// The index of a text in ``texts``, added if it is new.
    mutating func register(_ text: EnvelopeText) -> Int {
        if let index = texts.firstIndex(where: { $0.path == text.path }) { return index }
        texts.append(text)
        return texts.count - 1
    }

    mutating func addNode(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    /// `message.walk()` over nodes.
    func walk(_ index: Int) -> [Int] {
        var order: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            order.append(next)
            if case .children(let children) = nodes[next].body { stack.append(contentsOf: children.reversed()) }
        }
        return order
    }

    /// `util.fully_decoded_payload(part)`: the decoded body, `nil` for containers.
    mutating func decodedBody(_ index: Int) -> DecodedBody? {
        if let cached = nodes[index].decoded { return cached }
        let node = nodes[index]
        let decoded: DecodedBody?
        switch node.body {
        case .none, .children:
            decoded = nil
        case .decoded(let body):
            decoded = body
        case .text(let segments, let text):
            let encoding = node.headers.first(named: "content-transfer-encoding")?.value.lowercased() ?? ""
            decoded = MIMEBody.decode(
                segments, in: texts[text], transferEncoding: encoding,
                decodedPath: node.path.appending(.transferEncoding("base64")))
        }
        nodes[index].decoded = decoded
        return decoded
    }

    /// A range of a text as an envelope range.
    func location(_ text: Int, _ range: Range<Int>) -> EnvelopeRange {
        let source = texts[text].source
        let end = min(range.upperBound, source.bytes.count)
        let start = min(range.lowerBound, end)
        return EnvelopeRange(
            envelope: texts[text].path,
            range: SourceRange(start: source.location(atOffset: start), end: source.location(atOffset: end)))
    }

    /// The first line of a text.
    func wholeText(_ text: Int) -> EnvelopeRange {
        location(text, 0..<firstLineEnd(texts[text].source.bytes))
    }

    /// Where a node is: its anchor.
    func location(of node: Int) -> EnvelopeRange {
        location(nodes[node].anchor.text, nodes[node].anchor.range)
    }

    /// Where a header's value is written, or the node's anchor for a header cloud-init added.
    func location(ofHeader name: String, in node: Int) -> EnvelopeRange {
        if let text = nodes[node].headerText, let range = nodes[node].headers.first(named: name)?.valueRange {
            return location(text, range)
        }
        if MIMEHeader.name(name, matchesLowercased: "content-type"), let text = nodes[node].headerText,
            let range = nodes[node].declaredTypeRange
        {
            return location(text, range)
        }
        return location(of: node)
    }

    func firstLineEnd(_ bytes: [UInt8]) -> Int {
        bytes.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
    }
}
