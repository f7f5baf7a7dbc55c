/// What a piece of user-data is, as cloud-init decides from its first bytes.
public enum UserDataKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// `#cloud-config`: a YAML mapping merged into the configuration.
    case cloudConfig = "cloud-config"
    /// `#cloud-config-archive`: a YAML list of parts.
    case cloudConfigArchive = "cloud-config-archive"
    /// `#cloud-config-jsonp`: a JSON Patch applied to the configuration.
    case cloudConfigJSONPatch = "cloud-config-jsonp"
    /// `#!`: a script run once per instance.
    case script
    /// `#cloud-boothook`: a script run on every boot.
    case boothook
    /// `#include`: URLs to fetch.
    case include
    /// `#include-once`: URLs to fetch once and cache.
    case includeOnce = "include-once"
    /// `#part-handler`: Python code that handles further parts.
    case partHandler = "part-handler"
    /// `## template: jinja`: a template rendered with instance data first.
    case jinja
    /// A MIME multipart message.
    case mime
    /// gzip-compressed data.
    case gzip
    /// Nothing cloud-init recognises; it ignores such user-data.
    case unknown

    /// The header strings cloud-init matches, longest first, with the kind each selects.
    static let headers: [(prefix: String, kind: UserDataKind)] = [
        ("#cloud-config-archive", .cloudConfigArchive),
        ("#cloud-config-jsonp", .cloudConfigJSONPatch),
        ("## template: jinja", .jinja),
        ("#cloud-boothook", .boothook),
        ("#include-once", .includeOnce),
        ("#part-handler", .partHandler),
        ("#cloud-config", .cloudConfig),
        ("#include", .include),
        ("#!", .script),
    ]

    /// Detects the kind as cloud-init does: gzip by its magic bytes, MIME when `mime-version:`
    /// appears in the first 4096 bytes, otherwise the header of the text lower-cased and with
    /// leading whitespace removed (a byte order mark is not whitespace to cloud-init).
    ///
    /// - Parameter bytes: The user-data.
    /// - Returns: The kind cloud-init would give it.
    public static func detect(_ bytes: [UInt8]) -> UserDataKind {
        if bytes.starts(with: [0x1F, 0x8B]) { return .gzip }
        if ByteSearch.firstOffset(of: mimeVersion, in: bytes, range: 0..<4096, ignoringASCIICase: true) != nil {
            return .mime
        }
        var start = 0
        while start < bytes.count, Self.isPythonWhitespace(bytes[start]) { start += 1 }
        let text = bytes[start...].prefix(64).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for header in headers where text.starts(with: Array(header.prefix.utf8)) {
            return header.kind
        }
        return .unknown
    }

    /// The header cloud-init looks for, lower-cased, to tell MIME from other user-data.
    private static let mimeVersion = Array("mime-version:".utf8)

    /// Python's `str.lstrip()` whitespace, for ASCII bytes.
    static func isPythonWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
    }
}
