/// Something Python's email parser notes while reading a message ("a defect"); the message is
/// read anyway.
enum MIMEDefect: Sendable, Hashable {
    /// A header block ended by a line that is not a header, without the blank line (the line
    /// starts the body).
    case missingHeaderBodySeparator(line: Range<Int>)
    /// The first header line starts with a blank; it is dropped.
    case firstHeaderLineIsContinuation(line: Range<Int>)
    /// A `From ` line among the headers; it is dropped.
    case misplacedEnvelopeHeader(line: Range<Int>)
    /// A header line starting with `:`; it is dropped.
    case missingHeaderName(line: Range<Int>)
    /// A `multipart/*` message without a `boundary` parameter: its body is read as text.
    case noBoundaryInMultipart
    /// A `multipart/*` message with a transfer encoding other than 7bit, 8bit or binary.
    case invalidMultipartTransferEncoding
    /// No delimiter line of the boundary: the body is read as text.
    case startBoundaryNotFound
    /// No closing delimiter (`--boundary--`) before the end.
    case closeBoundaryNotFound
    /// Nesting deeper than cloudcfg reads; the body is read as text.
    case nestedTooDeep
}

/// One message or part as Python's `email.feedparser` (policy `compat32`) builds it, with the
/// byte ranges it came from.
struct MIMEMessage: Sendable {
    /// What the body is.
    enum Payload: Sendable {
        /// `None`: a `message/*` or `multipart/*` message that never got a part.
        case none
        /// A text body: the concatenation of these byte ranges.
        case text([Range<Int>])
        /// Sub-messages, by index in the document.
        case parts([Int])
    }

    /// The header fields in order.
    var headers: [MIMEHeader] = []
    /// The type assumed without a `Content-Type` (`message/rfc822` inside `multipart/digest`).
    var defaultType = "text/plain"
    /// The body.
    var payload: Payload = .none
    /// The text before the first delimiter (`nil` when there is none).
    var preamble: [Range<Int>]?
    /// The text after the closing delimiter (`nil` when there is none).
    var epilogue: [Range<Int>]?
    /// What the parser noted.
    var defects: [MIMEDefect] = []
    /// The offset of the message's first line.
    var start: Int
    /// The offset just after its header lines (where a header can be inserted).
    var headerEnd: Int
    /// The delimiter lines (`--boundary`) of a multipart message, in order.
    var delimiters: [Range<Int>] = []
    /// The closing delimiter line (`--boundary--`), if any.
    var closeDelimiter: Range<Int>?

    /// `get_content_type()`.
    var contentType: String { headers.contentType(defaultType: defaultType) }

    /// `get_content_maintype()`.
    var mainType: String { String(contentType.split(separator: "/", maxSplits: 1).first ?? "") }
}

/// A parsed message and all its parts; index 0 is the outermost message.
struct MIMEDocument: Sendable {
    /// The text the byte ranges refer to.
    let bytes: [UInt8]
    /// Every message, parents before their parts.
    var messages: [MIMEMessage]

    /// `message.walk()` from a message: itself, then each part's walk.
    func walk(from index: Int = 0) -> [Int] {
        var order: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            order.append(next)
            if case .parts(let children) = messages[next].payload { stack.append(contentsOf: children.reversed()) }
        }
        return order
    }
}
