/// A part to put into a MIME multipart message for cloud-init.
public struct MIMEPart: Sendable, Hashable {
    /// The part's bytes.
    public var content: [UInt8]
    /// The content type, `type/subtype` (for example `text/cloud-config`, `text/x-shellscript`).
    public var contentType: String
    /// The file name cloud-init gives the part (scripts are written under it); `nil` lets
    /// cloud-init name it `part-NNN`.
    public var filename: String?
    /// A `Merge-Type` header: how a cloud-config part merges into the earlier ones.
    public var mergeType: String?
    /// A `Launch-Index` header: the instance of a multi-instance launch the part is for.
    public var launchIndex: Int?

    /// Creates a part.
    ///
    /// - Parameters:
    ///   - content: The bytes.
    ///   - contentType: `type/subtype`.
    ///   - filename: The file name, if any.
    ///   - mergeType: The merge rules, if any.
    ///   - launchIndex: The launch index, if any.
    public init(
        content: [UInt8], contentType: String, filename: String? = nil, mergeType: String? = nil,
        launchIndex: Int? = nil
    ) {
        self.content = content
        self.contentType = contentType
        self.filename = filename
        self.mergeType = mergeType
        self.launchIndex = launchIndex
    }

    /// Creates a part from text.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - contentType: `type/subtype`.
    ///   - filename: The file name, if any.
    ///   - mergeType: The merge rules, if any.
    public init(text: String, contentType: String, filename: String? = nil, mergeType: String? = nil) {
        self.init(content: Array(text.utf8), contentType: contentType, filename: filename, mergeType: mergeType)
    }

    /// The content type cloud-init would give content by its first line (`#cloud-config` is
    /// `text/cloud-config`, `#!` is `text/x-shellscript`, ...), for parts given without one.
    ///
    /// - Parameter content: The part's bytes.
    /// - Returns: The content type, or `nil` when cloud-init would not recognise the content.
    public static func contentType(sniffing content: [UInt8]) -> String? {
        UserDataContentType.sniff(content)
    }
}
