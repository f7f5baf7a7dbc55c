/// The outer encodings of user-data on its way to a platform: gzip (cloud-init decompresses it;
/// Ignition on Azure does not) and base64 (what most platform APIs take).
public enum UserDataPacking {
    /// Why user-data could not be packed: zlib failed to compress it, which only a lack of
    /// memory causes.
    public struct PackingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// zlib's reason.
        public var message: String
        /// A human-readable form of the value.
        public var description: String { message }
    }

    /// Compresses and encodes user-data.
    ///
    /// - Parameters:
    ///   - bytes: The user-data.
    ///   - gzip: Whether to gzip it (deterministically: no name, time 0).
    ///   - base64: Whether to base64-encode the result.
    ///   - lineLength: Wrap base64 at this many characters; `nil` for one line.
    /// - Returns: The packed bytes.
    /// - Throws: ``PackingError`` when zlib fails.
    public static func pack(_ bytes: [UInt8], gzip: Bool, base64: Bool, lineLength: Int? = nil) throws(PackingError)
        -> [UInt8]
    {
        var output = bytes
        if gzip {
            do {
                output = try Gzip.compress(output)
            } catch {
                throw PackingError(message: error.message)
            }
        }
        if base64 {
            output = Array(
                (lineLength.map { Base64.encodeLines(output, lineLength: $0) } ?? Base64.encode(output)).utf8)
        }
        return output
    }

    /// The length of the base64 text of `count` bytes, padding included.
    public static func base64Length(of count: Int) -> Int { (count + 2) / 3 * 4 }
}
