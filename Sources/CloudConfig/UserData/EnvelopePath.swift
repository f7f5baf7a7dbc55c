/// Where something sits inside the envelopes of a user-data file, outermost first, for example
/// `base64 > gzip > mime part-002`.
///
/// The empty path is the file as given. Reporters name the path next to a position whose
/// coordinates are in a decoded text (see ``EnvelopeText``).
public struct EnvelopePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One layer of the path.
    public enum Step: Sendable, Hashable, CustomStringConvertible {
        /// Base64 decoded by the platform, as Azure decodes custom data.
        case base64
        /// gzip, decompressed by cloud-init (the whole blob, or a part of a gzip content type).
        case gzip
        /// The n-th part (1-based) of a MIME message, counting every part that is not a
        /// `multipart/*` container in the order cloud-init walks them; with its file name, if the
        /// part declares one.
        case mimePart(Int, filename: String?)
        /// The n-th item (1-based) of a `#cloud-config-archive` list.
        case archiveItem(Int)
        /// A MIME part's body decoded from a `Content-Transfer-Encoding`, such as `base64`.
        case transferEncoding(String)

        /// The step as reporters print it: `base64`, `gzip`, `mime part-002 (setup.sh)`,
        /// `archive item 3`.
        public var description: String {
            switch self {
            case .base64: "base64"
            case .gzip: "gzip"
            case .mimePart(let index, let filename):
                "mime part-\(Self.threeDigits(index))" + (filename.map { " (\($0))" } ?? "")
            case .archiveItem(let index): "archive item \(index)"
            case .transferEncoding(let encoding): encoding
            }
        }

        private static func threeDigits(_ value: Int) -> String {
            let digits = String(value)
            return digits.count >= 3 ? digits : String(repeating: "0", count: 3 - digits.count) + digits
        }
    }

    /// The layers, outermost first.
    public var steps: [Step]

    /// Creates a path.
    ///
    /// - Parameter steps: The layers, outermost first.
    public init(_ steps: [Step] = []) { self.steps = steps }

    /// The file as given.
    public static let file = EnvelopePath()

    /// Whether this is the file as given.
    public var isFile: Bool { steps.isEmpty }

    /// The path with one more layer inside it.
    ///
    /// - Parameter step: The inner layer.
    /// - Returns: The longer path.
    public func appending(_ step: Step) -> EnvelopePath { EnvelopePath(steps + [step]) }

    /// The steps joined by ` > `; empty for the file as given.
    public var description: String { steps.map(\.description).joined(separator: " > ") }

    /// Orders paths by their printed form, for deterministic output.
    public static func < (lhs: EnvelopePath, rhs: EnvelopePath) -> Bool { lhs.description < rhs.description }
}
