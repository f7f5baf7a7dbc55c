internal import CZlib

/// gzip as Python's `gzip.GzipFile(...).read()` reads it, which is what cloud-init's
/// `util.decomp_gzip` uses for `write_files` content with a `gz` encoding: one or more members,
/// each a header, deflate data and a CRC-32 and length trailer, with zero bytes allowed between
/// members. Empty input reads as empty output.
///
/// Output is bounded: inflating stops once it passes a limit, so a small gzip bomb cannot
/// exhaust memory or time.
enum Gzip {
    /// Why gzip data does not inflate.
    struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The kind of failure.
        enum Reason: Sendable, Hashable {
            /// The data does not start with the gzip magic bytes, or uses another compression method.
            case notGzip
            /// The data ends before the end of a member.
            case truncated
            /// The deflate data or a checksum is wrong.
            case corrupt
            /// The output passed the limit; inflating stopped there.
            case tooLarge
        }

        /// The kind of failure.
        var reason: Reason
        /// Python's reason where Python has one, for example `Not a gzipped file (b'he')`.
        var message: String
        /// A human-readable form of the value.
        var description: String { message }
    }

    /// The output size at which inflating stops: 64 MiB.
    static let defaultLimit = 64 << 20

    /// Inflates gzip data.
    ///
    /// - Parameters:
    ///   - bytes: The compressed data.
    ///   - limit: The largest output accepted, in bytes.
    /// - Returns: The inflated bytes, or why they could not be produced.
    static func decompress(_ bytes: [UInt8], limit: Int = defaultLimit) -> Result<[UInt8], DecodingError> {
        var output: [UInt8] = []
        let result = inflate(bytes, limit: limit) { output.append(contentsOf: $0) }
        return result.map { _ in output }
    }

    /// Checks that gzip data inflates, without keeping the output.
    ///
    /// - Parameters:
    ///   - bytes: The compressed data.
    ///   - limit: The largest output accepted, in bytes.
    /// - Returns: The inflated size, or why the data does not inflate.
    static func inflatedSize(of bytes: [UInt8], limit: Int = defaultLimit) -> Result<Int, DecodingError> {
        inflate(bytes, limit: limit) { _ in }
    }

    /// The gzip magic bytes.
    static let magic: [UInt8] = [0x1F, 0x8B]

    /// Inflates every member, passing each chunk of output to `sink`.
    private static func inflate(
        _ bytes: [UInt8], limit: Int, sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Result<Int, DecodingError> {
        if bytes.isEmpty { return .success(0) }
        guard bytes.count <= Int(UInt32.max) else {
            return .failure(DecodingError(reason: .tooLarge, message: "the compressed data is larger than 4 GiB"))
        }
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(DecodingError(reason: .corrupt, message: "zlib could not be initialised"))
        }
        defer { inflateEnd(&stream) }
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        return bytes.withUnsafeBufferPointer { input -> Result<Int, DecodingError> in
            chunk.withUnsafeMutableBufferPointer { output -> Result<Int, DecodingError> in
                guard let inputBase = input.baseAddress, let outputBase = output.baseAddress else {
                    return .success(0)
                }
                var position = 0
                var total = 0
                while true {
                    if let failure = headerFailure(input, at: position) { return .failure(failure) }
                    guard inflateReset(&stream) == Z_OK else {
                        return .failure(DecodingError(reason: .corrupt, message: "zlib could not be reset"))
                    }
                    stream.next_in = UnsafeMutablePointer(mutating: inputBase + position)
                    stream.avail_in = UInt32(input.count - position)
                    var status: Int32
                    repeat {
                        stream.next_out = outputBase
                        stream.avail_out = UInt32(chunkSize)
                        status = CZlib.inflate(&stream, Z_NO_FLUSH)
                        let produced = chunkSize - Int(stream.avail_out)
                        if total + produced > limit {
                            sink(UnsafeBufferPointer(start: outputBase, count: limit - total))
                            return .failure(
                                DecodingError(
                                    reason: .tooLarge, message: "the content inflates to more than \(limit) bytes"))
                        }
                        total += produced
                        sink(UnsafeBufferPointer(start: outputBase, count: produced))
                        switch status {
                        case Z_OK, Z_STREAM_END:
                            break
                        case Z_BUF_ERROR where stream.avail_out > 0:
                            return .failure(
                                DecodingError(
                                    reason: .truncated,
                                    message: "Compressed file ended before the end-of-stream marker was reached"))
                        case Z_BUF_ERROR:
                            break
                        default:
                            return .failure(corruption(stream.msg.map { String(cString: $0) } ?? "status \(status)"))
                        }
                    } while status != Z_STREAM_END
                    position = input.count - Int(stream.avail_in)
                    while position < input.count, input[position] == 0 { position += 1 }
                    if position == input.count { return .success(total) }
                }
            }
        }
    }

    /// Python's complaint about a member header that does not start like gzip, if any.
    private static func headerFailure(_ input: UnsafeBufferPointer<UInt8>, at position: Int) -> DecodingError? {
        let head = Array(input[position..<min(position + 3, input.count)])
        if !head.starts(with: magic) {
            let shown = PythonFormat.bytesRepr(Array(head.prefix(2)))
            return DecodingError(reason: .notGzip, message: "Not a gzipped file (\(shown))")
        }
        if head.count == 3, head[2] != 8 {
            return DecodingError(reason: .notGzip, message: "Unknown compression method")
        }
        return nil
    }

    /// A zlib error message in the words Python's `gzip` module uses.
    private static func corruption(_ zlibMessage: String) -> DecodingError {
        switch zlibMessage {
        case "incorrect data check": DecodingError(reason: .corrupt, message: "CRC check failed")
        case "incorrect length check": DecodingError(reason: .corrupt, message: "Incorrect length of data produced")
        default: DecodingError(reason: .corrupt, message: "Error -3 while decompressing data: \(zlibMessage)")
        }
    }
}
