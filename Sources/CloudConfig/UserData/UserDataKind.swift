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
    /// Base64 text that the platform decodes before cloud-init sees it (Azure custom data);
    /// cloud-init itself never decodes base64, so ``detect(_:)`` does not return it.
    case base64
    /// Nothing cloud-init recognises; it ignores such user-data.
    case unknown

    /// Detects the kind as cloud-init does: gzip by its magic bytes, MIME when `mime-version:`
    /// appears in the first 4096 bytes, otherwise the header of the text lower-cased and with
    /// leading whitespace removed (any Unicode whitespace, as Python's `str.lstrip`; a byte order
    /// mark is not whitespace to cloud-init), with the same sniffer that types the parts of an
    /// envelope.
    ///
    /// - Parameter bytes: The user-data.
    /// - Returns: The kind cloud-init would give it.
    public static func detect(_ bytes: [UInt8]) -> UserDataKind {
        if bytes.starts(with: Gzip.magic) { return .gzip }
        if ByteSearch.firstOffset(of: mimeVersion, in: bytes, range: 0..<4096, ignoringASCIICase: true) != nil {
            return .mime
        }
        return UserDataContentType.sniff(bytes).map(UserDataContentType.kind(of:)) ?? .unknown
    }

    /// The header cloud-init looks for, lower-cased, to tell MIME from other user-data.
    private static let mimeVersion = Array("mime-version:".utf8)
}
