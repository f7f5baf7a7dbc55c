/// A part of user-data as cloud-init's handlers receive it, after its user-data processor has
/// opened every envelope: its type after sniffing, its file name, its header fields and the
/// exact payload bytes, with where they came from.
public struct UserDataPart: Sendable {
    /// The default handler cloud-init gives a part of this type.
    public enum Handler: String, Sendable, Hashable, CaseIterable {
        /// `text/cloud-config` and `text/cloud-config-jsonp`: merged into the configuration.
        case cloudConfig = "cloud-config"
        /// `text/x-shellscript`: run once per instance.
        case shellScript = "shell-script"
        /// `text/x-shellscript-per-boot`.
        case shellScriptPerBoot = "shell-script-per-boot"
        /// `text/x-shellscript-per-instance`.
        case shellScriptPerInstance = "shell-script-per-instance"
        /// `text/x-shellscript-per-once`.
        case shellScriptPerOnce = "shell-script-per-once"
        /// `text/cloud-boothook`: run early on every boot.
        case boothook
        /// `text/jinja2`: rendered, then handled as what it renders to.
        case jinja
        /// `text/part-handler`: Python registering a handler for more types.
        case partHandler = "part-handler"
    }

    /// The file name the handler receives: the declared one, else `part-NNN` in attach order.
    public var filename: String
    /// cloud-init's content type for the part, after sniffing (lower-case `type/subtype`).
    public var contentType: String
    /// The type the part declared before cloud-init sniffed or replaced it, lower-cased; `nil`
    /// when it declared none (plain user-data, or a MIME part without `Content-Type`).
    public var declaredType: String?
    /// What the type means.
    public var kind: UserDataKind
    /// The handler cloud-init's defaults give it; `nil` when none does (cloud-init logs
    /// "Unhandled unknown content-type" and ignores the part, unless a part-handler claims it).
    public var handler: Handler?
    /// The header fields as cloud-init holds them.
    public var headers: [MIMEHeaderField]
    /// The payload the handler receives: the decoded bytes (UTF-8 text, with bytes that are not
    /// UTF-8 kept as they are, which is how Python's `surrogateescape` round-trips them).
    public var payload: [UInt8]
    /// Whether the part is a `message/*` container, whose payload Python gives as `None`.
    public var isContainer: Bool
    /// Where each payload byte came from.
    public var positions: PositionMap
    /// Where the part sits, for example `base64 > gzip > mime part-002`.
    public var path: EnvelopePath
    /// The payload read as YAML (``payloadSource``, with ``EnvelopeOptions/yamlLimits``), for a
    /// `text/cloud-config` part: read once when the envelope is opened, for its own checks and
    /// for linting the part; `nil` for other parts.
    public var yaml: YAMLStream?

    /// The payload as a source file in its own right (for parsing it), named after the file.
    ///
    /// When the payload is the text its positions refer to (plain user-data: the file itself),
    /// that text's source file is returned as it is, with its line index already built.
    public var payloadSource: SourceFile {
        let text = positions.text.source
        if text.bytes.count == payload.count, Self.sameStorage(text.bytes, payload) { return text }
        return SourceFile(path: text.path, bytes: payload)
    }

    /// Whether two arrays share their storage (so their bytes are the same without comparing).
    private static func sameStorage(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        lhs.withUnsafeBufferPointer { left in
            rhs.withUnsafeBufferPointer { right in left.baseAddress == right.baseAddress }
        }
    }

    /// The first header field with a name, ignoring case (`message.get(name)`).
    ///
    /// - Parameter name: The field name.
    /// - Returns: The field, or `nil`.
    public func header(_ name: String) -> MIMEHeaderField? {
        let key = name.lowercased()
        return headers.first { MIMEHeader.name($0.name, matchesLowercased: key) }
    }

    /// The merge rules the cloud-config handler reads from the header: `Merge-Type`, else
    /// `X-Merge-Type`. cloud-init looks the names up exactly as written (`merge-type` in lower
    /// case is not found); an empty value counts as absent.
    public var mergeTypeHeader: String? {
        for name in ["Merge-Type", "X-Merge-Type"] where headers.contains(where: { $0.name == name }) {
            if let value = header(name)?.value, !value.isEmpty { return value }
        }
        return nil
    }

    /// The `Launch-Index` the launch-index filter reads: the first field's value.
    public var launchIndex: String? { header("Launch-Index")?.value }
}
