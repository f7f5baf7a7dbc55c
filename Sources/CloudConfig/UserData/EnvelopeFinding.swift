/// A finding about the envelopes of user-data: the MIME structure, content types, transfer
/// encodings, merge headers and decoding layers, as cloud-init's user-data processor will read
/// them. Lint rules turn these into diagnostics.
public struct EnvelopeFinding: Sendable, Hashable {
    /// What kind of finding it is; stable kebab-case identifiers.
    public struct Code: Sendable, Hashable, Comparable, CustomStringConvertible {
        enum Value: String, Sendable, Hashable, CaseIterable {
            case archiveInvalid = "archive-invalid"
            case base64DoubleEncoded = "base64-double-encoded"
            case base64Invalid = "base64-invalid"
            case boundaryInPart = "boundary-in-part"
            case boundaryMissing = "boundary-missing"
            case boundaryNotClosed = "boundary-not-closed"
            case boundaryNotFound = "boundary-not-found"
            case charsetIgnored = "charset-ignored"
            case contentTypeMismatch = "content-type-mismatch"
            case decodedTooLarge = "decoded-too-large"
            case duplicateFilename = "duplicate-filename"
            case emptyCloudConfig = "empty-cloud-config"
            case gzipCorrupt = "gzip-corrupt"
            case gzipPartNotGzip = "gzip-part-not-gzip"
            case includeURL = "include-url"
            case invalidBase64Body = "invalid-base64-body"
            case launchIndexInvalid = "launch-index-invalid"
            case mergeTypeIgnored = "merge-type-ignored"
            case mergeTypeSyntax = "merge-type-syntax"
            case mergeTypeUnknown = "merge-type-unknown"
            case mimeHeaderSyntax = "mime-header-syntax"
            case mimeNestingTooDeep = "mime-nesting-too-deep"
            case mimeNotUTF8 = "mime-not-utf8"
            case mimeVersionMissing = "mime-version-missing"
            case multipartTransferEncoding = "multipart-transfer-encoding"
            case nonASCIIWithoutBase64 = "non-ascii-without-base64"
            case partIgnored = "part-ignored"
            case textOutsideParts = "text-outside-parts"
            case unknownContentType = "unknown-content-type"
            case unknownTransferEncoding = "unknown-transfer-encoding"
        }

        let value: Value

        private init(_ value: Value) { self.value = value }

        /// A `#cloud-config-archive` that is not a list, or an item cloud-init skips or fails on.
        public static let archiveInvalid = Code(.archiveInvalid)
        /// Base64 custom data that decodes to base64 again: the platform decodes only once.
        public static let base64DoubleEncoded = Code(.base64DoubleEncoded)
        /// Data declared as base64 for the platform that does not decode.
        public static let base64Invalid = Code(.base64Invalid)
        /// The boundary occurs inside a part: other MIME readers may split the part there.
        public static let boundaryInPart = Code(.boundaryInPart)
        /// A `multipart/*` type without a `boundary` parameter: cloud-init sees no parts.
        public static let boundaryMissing = Code(.boundaryMissing)
        /// No closing delimiter `--boundary--`.
        public static let boundaryNotClosed = Code(.boundaryNotClosed)
        /// No delimiter line of the declared boundary: cloud-init sees no parts.
        public static let boundaryNotFound = Code(.boundaryNotFound)
        /// A charset cloud-init does not apply: it always reads part text as UTF-8.
        public static let charsetIgnored = Code(.charsetIgnored)
        /// The declared type and the payload's header disagree, or cloud-init re-types the part.
        public static let contentTypeMismatch = Code(.contentTypeMismatch)
        /// Decoding or decompressing would produce more than the configured limit.
        public static let decodedTooLarge = Code(.decodedTooLarge)
        /// Two parts with the same file name: the later script overwrites the earlier one.
        public static let duplicateFilename = Code(.duplicateFilename)
        /// A cloud-config part that is empty or not a mapping: cloud-init skips it.
        public static let emptyCloudConfig = Code(.emptyCloudConfig)
        /// gzip data that does not decompress: cloud-init reads the raw bytes instead.
        public static let gzipCorrupt = Code(.gzipCorrupt)
        /// A part of a gzip content type whose payload is not gzip: cloud-init rejects the
        /// whole user-data.
        public static let gzipPartNotGzip = Code(.gzipPartNotGzip)
        /// A URL cloud-init downloads at boot; cloudcfg does not fetch or check it.
        public static let includeURL = Code(.includeURL)
        /// A base64 part body that is not valid base64.
        public static let invalidBase64Body = Code(.invalidBase64Body)
        /// A `Launch-Index` that is not an integer, or one cloud-init cannot use.
        public static let launchIndexInvalid = Code(.launchIndexInvalid)
        /// A merge header cloud-init does not read.
        public static let mergeTypeIgnored = Code(.mergeTypeIgnored)
        /// Merge rules cloud-init cannot parse: the part is not merged.
        public static let mergeTypeSyntax = Code(.mergeTypeSyntax)
        /// A merger or option cloud-init does not know.
        public static let mergeTypeUnknown = Code(.mergeTypeUnknown)
        /// A header block Python's email parser reads differently from what was meant.
        public static let mimeHeaderSyntax = Code(.mimeHeaderSyntax)
        /// MIME nested deeper than cloudcfg reads.
        public static let mimeNestingTooDeep = Code(.mimeNestingTooDeep)
        /// MIME user-data that is not UTF-8: cloud-init rejects the whole user-data.
        public static let mimeNotUTF8 = Code(.mimeNotUTF8)
        /// MIME without `MIME-Version` in its first 4096 bytes: cloud-init does not read it as MIME.
        public static let mimeVersionMissing = Code(.mimeVersionMissing)
        /// A multipart container with a transfer encoding other than 7bit, 8bit or binary.
        public static let multipartTransferEncoding = Code(.multipartTransferEncoding)
        /// Non-ASCII text in a part that is not base64-encoded: cloud-init mangles it.
        public static let nonASCIIWithoutBase64 = Code(.nonASCIIWithoutBase64)
        /// A part cloud-init receives but ignores.
        public static let partIgnored = Code(.partIgnored)
        /// Text before the first or after the closing delimiter, which cloud-init ignores.
        public static let textOutsideParts = Code(.textOutsideParts)
        /// A content type no cloud-init handler takes, often a misspelling.
        public static let unknownContentType = Code(.unknownContentType)
        /// A `Content-Transfer-Encoding` that cloud-init does not decode.
        public static let unknownTransferEncoding = Code(.unknownTransferEncoding)

        /// Every code, in alphabetical order.
        public static var all: [Code] { Value.allCases.map(Code.init) }

        /// The stable kebab-case identifier.
        public var description: String { value.rawValue }

        /// Orders codes by identifier.
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.value.rawValue < rhs.value.rawValue }
    }

    /// What kind of finding it is.
    public var code: Code
    /// The severity a lint rule should give it by default.
    public var severity: Severity
    /// A lower-case message without a final period.
    public var message: String
    /// Where it is.
    public var location: EnvelopeRange
    /// Secondary messages; their ranges are in the same text as ``location``.
    public var notes: [Note]
    /// Suggested changes; only offered when ``location`` is in the file itself.
    public var fixIts: [FixIt]

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - code: What kind of finding it is.
    ///   - severity: Its default severity.
    ///   - message: What is wrong.
    ///   - location: Where.
    ///   - notes: Secondary messages.
    ///   - fixIts: Suggested changes.
    public init(
        _ code: Code, _ severity: Severity, _ message: String, at location: EnvelopeRange, notes: [Note] = [],
        fixIts: [FixIt] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.fixIts = location.envelope.isFile ? fixIts : []
    }
}
