/// A URL of a `#include` or `#include-once` part, which cloud-init downloads at boot and
/// processes as user-data (cloudcfg never fetches it).
public struct IncludeURL: Sendable, Hashable {
    /// The URL as cloud-init reads it from its line (stripped).
    public var url: String
    /// Whether the line is read in `#include-once` mode (the download is cached for later boots).
    public var once: Bool
    /// Where the URL is written.
    public var location: EnvelopeRange
    /// The include part it belongs to.
    public var part: EnvelopePath

    /// Creates an include URL.
    ///
    /// - Parameters:
    ///   - url: The URL.
    ///   - once: Whether it is read in `#include-once` mode.
    ///   - location: Where it is written.
    ///   - part: The include part.
    public init(url: String, once: Bool, location: EnvelopeRange, part: EnvelopePath) {
        self.url = url
        self.once = once
        self.location = location
        self.part = part
    }
}
