/// User-data opened as cloud-init opens it: every layer (platform base64, gzip, MIME, gzip parts,
/// archives, includes) down to the parts its handlers receive, with where every byte came from
/// and findings about the envelopes themselves.
///
/// ```swift
/// let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", bytes: bytes))
/// for part in envelope.parts where part.handler == .cloudConfig { ... }
/// ```
public struct UserDataEnvelope: Sendable {
    /// The file as given.
    public let source: SourceFile
    /// The file, and every text decoded from it that positions may refer to.
    public let texts: [EnvelopeText]
    /// The tree of layers, containers and parts.
    public let root: EnvelopeNode
    /// The parts in the order cloud-init's handlers receive them; empty when cloud-init would
    /// reject the user-data.
    public let parts: [UserDataPart]
    /// The URLs of include parts, which cloud-init downloads at boot (not fetched here).
    public let includes: [IncludeURL]
    /// Findings about the envelopes, sorted by location.
    public let findings: [EnvelopeFinding]
    /// The finding that makes cloud-init reject all of the user-data (it raises while
    /// processing it), if any; it is also in ``findings``.
    public let rejection: EnvelopeFinding?

    /// Opens user-data.
    ///
    /// - Parameters:
    ///   - source: The file as given.
    ///   - options: Whether it is platform base64, and the limits.
    /// - Returns: The opened envelope; never throws: problems are findings.
    public static func open(_ source: SourceFile, options: EnvelopeOptions = EnvelopeOptions()) -> UserDataEnvelope {
        var opener = EnvelopeOpener(source: source, options: options)
        var rejection: EnvelopeFinding?
        do {
            try opener.run()
        } catch {
            rejection = error.finding
        }
        var parts: [UserDataPart] = []
        var partOfNode: [Int: Int] = [:]
        if rejection == nil {
            let (handled, nodeOfPart) = opener.handlerParts()
            parts = handled
            for index in parts.indices where parts[index].contentType == "text/cloud-config" {
                let source = parts[index].payloadSource
                // Read for its `launch-index` already, with these limits: not read twice.
                if let read = opener.payloadStreams[nodeOfPart[index]], read.source.path == source.path,
                    read.source.bytes == source.bytes
                {
                    parts[index].yaml = read
                } else {
                    parts[index].yaml = YAMLStream.parse(source, limits: options.yamlLimits)
                }
            }
            for (part, node) in nodeOfPart.enumerated() where partOfNode[node] == nil { partOfNode[node] = part }
        }
        var findings = opener.findings
        if rejection == nil {
            findings += EnvelopeChecks.findings(opener: &opener, parts: parts, partOfNode: partOfNode)
        }
        if let rejection { findings.append(rejection) }
        var texts = opener.texts
        for part in parts where !texts.contains(where: { $0.path == part.positions.text.path }) {
            texts.append(part.positions.text)
        }
        return UserDataEnvelope(
            source: source, texts: texts, root: opener.tree(partOfNode: partOfNode), parts: parts,
            includes: rejection == nil ? opener.includes : [],
            findings: findings.sorted(by: EnvelopeFinding.precedes), rejection: rejection)
    }

    /// Whether bytes are user-data cloud-init recognises, after the platform's base64 and gzip:
    /// MIME, or a known first line. For telling user-data from other files in a directory; gzip
    /// is inflated up to a budget only.
    ///
    /// - Parameters:
    ///   - bytes: A file.
    ///   - budget: The most bytes gzip may inflate to while looking.
    /// - Returns: Whether cloud-init would find user-data in it.
    public static func recognises(_ bytes: [UInt8], budget: Int = 1 << 20) -> Bool {
        var data = bytes
        if let decoded = EnvelopeOpener.detectBase64(data) { data = decoded }
        if data.starts(with: Gzip.magic) {
            guard case .success(let inflated) = Gzip.decompress(data, limit: budget) else { return false }
            data = inflated
        }
        return !data.starts(with: Gzip.magic) && EnvelopeOpener.isRecognised(data)
    }

    /// Whether the file is plain user-data: no platform base64, no gzip, no MIME and no archive,
    /// so that cloud-init hands the file itself, as one part, to a handler (or ignores it).
    public var isPlain: Bool {
        guard root.children.count == 1, let node = root.children.first, node.path.isFile else { return false }
        switch node.kind {
        case .part, .ignored, .include: return node.children.isEmpty
        default: return false
        }
    }

    /// The text after the outer layers (platform base64, gzip): what `cloudcfg show` prints for
    /// an envelope that is only encoded.
    public var decodedText: EnvelopeText {
        var node = root
        var path = EnvelopePath.file
        while let child = node.children.first, child.kind == .base64 || child.kind == .gzip {
            path = child.path
            node = child
        }
        return texts.first { $0.path == path } ?? texts[0]
    }

    /// The text with an envelope path.
    ///
    /// - Parameter path: A path from a position or finding.
    /// - Returns: The text, or `nil` when there is none with that path.
    public func text(_ path: EnvelopePath) -> EnvelopeText? { texts.first { $0.path == path } }
}

extension EnvelopeFinding {
    /// Orders findings by text (the file first), position, then code.
    static func precedes(_ lhs: EnvelopeFinding, _ rhs: EnvelopeFinding) -> Bool {
        if lhs.location.envelope != rhs.location.envelope {
            if lhs.location.envelope.isFile != rhs.location.envelope.isFile { return lhs.location.envelope.isFile }
            return lhs.location.envelope < rhs.location.envelope
        }
        if lhs.location.range.start != rhs.location.range.start {
            return lhs.location.range.start < rhs.location.range.start
        }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
