/// The stretches of a user-data file that cloud-init decodes before it reads them: the whole
/// file when it is gzip-compressed or base64-encoded (Azure custom data), and the bodies of MIME
/// parts with a `Content-Transfer-Encoding` such as `base64` or `quoted-printable`.
///
/// A fix computed for the decoded text cannot be written into such a stretch as it is (the
/// replacement would have to be encoded, and compressed data changes as a whole), so
/// ``FixPlan`` never applies a fix-it with an edit there and says why instead.
public struct EncodedContent: Sendable {
    /// One encoded stretch.
    public struct Region: Sendable, Hashable {
        /// The byte offsets of the stretch in the file as given.
        public let range: Range<Int>
        /// What it is, for messages: `gzip-compressed user-data`, `the quoted-printable body of
        /// mime part-002`.
        public let description: String
        /// Whether the stretch is the whole file, which no edit may touch, not even at its ends.
        public let isWholeFile: Bool
    }

    /// The encoded stretches, in file order.
    public let regions: [Region]

    /// A file without encoded stretches: waagent.conf, system configuration, plain user-data.
    public static let none = EncodedContent(regions: [])

    /// Creates the list from regions.
    init(regions: [Region]) { self.regions = regions }

    /// Finds the encoded stretches of an input of a kind; only user-data has any.
    ///
    /// - Parameters:
    ///   - source: The input as given.
    ///   - kind: What it is linted as.
    ///   - platformEncoding: Whether user-data is base64 for the platform (`--base64`), detected
    ///     by default as the linter detects it.
    public init(
        _ source: SourceFile, kind: InputKind, platformEncoding: EnvelopeOptions.PlatformEncoding = .detect
    ) {
        guard kind == .userData else {
            self = .none
            return
        }
        let bytes = source.bytes
        if bytes.starts(with: Gzip.magic) {
            self.init(regions: [
                Region(range: 0..<bytes.count, description: "gzip-compressed user-data", isWholeFile: true)
            ])
        } else if platformEncoding == .base64
            || (platformEncoding == .detect && EnvelopeOpener.detectBase64(bytes) != nil)
        {
            self.init(regions: [
                Region(range: 0..<bytes.count, description: "base64-encoded user-data", isWholeFile: true)
            ])
        } else if UserDataKind.detect(bytes) == .mime {
            self.init(regions: Self.transferEncodedBodies(bytes))
        } else {
            self = .none
        }
    }

    /// The bodies of MIME parts that declare a transfer encoding other than the identity ones.
    private static func transferEncodedBodies(_ bytes: [UInt8]) -> [Region] {
        let document = MIMEParser.parse(bytes, maxDepth: EnvelopeOptions().maxNestingDepth)
        var regions: [Region] = []
        var partNumber = 0
        for index in document.walk() {
            let message = document.messages[index]
            guard case .text(let body) = message.payload else { continue }
            if message.mainType != "multipart" { partNumber += 1 }
            let encoding = (message.headers.first(named: "content-transfer-encoding")?.value ?? "")
                .pythonStripped.lowercased()
            guard !["", "7bit", "8bit", "binary"].contains(encoding), let first = body.first, let last = body.last,
                first.lowerBound < last.upperBound
            else { continue }
            let part = EnvelopePath.Step.mimePart(partNumber, filename: nil)
            regions.append(
                Region(
                    range: first.lowerBound..<last.upperBound,
                    description: "the \(encoding) body of \(part)", isWholeFile: false))
        }
        return regions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The region that is the whole file, when the whole file is encoded (gzip-compressed or
    /// base64-encoded user-data).
    public var wholeFile: Region? { regions.first(where: \.isWholeFile) }

    /// The encoded stretch an edit touches, if any: one that overlaps the replaced range, or
    /// strictly contains an insertion point.
    ///
    /// - Parameter edit: An edit of the file as given.
    /// - Returns: The region, or `nil` when the edit is in plain text.
    public func region(touching edit: TextEdit) -> Region? {
        let start = edit.range.start.offset
        let end = edit.range.end.offset
        return regions.first { region in
            if region.isWholeFile { return true }
            if start == end { return region.range.lowerBound < start && start < region.range.upperBound }
            return start < region.range.upperBound && region.range.lowerBound < end
        }
    }
}
