internal import CZlib

extension Gzip {
    /// Why data could not be compressed.
    struct CompressionError: Error, Sendable, Hashable, CustomStringConvertible {
        /// zlib's reason.
        var message: String
        /// A human-readable form of the value.
        var description: String { message }
    }

    /// Compresses data as one gzip member, deterministically: no file name, modification time 0,
    /// so the same input always gives the same bytes (what `gzip.compress(data, mtime=0)` gives
    /// up to the compressor's choices; any gzip reader inflates it).
    ///
    /// - Parameters:
    ///   - bytes: The data.
    ///   - level: The zlib compression level, 0 to 9.
    /// - Returns: The gzip member.
    /// - Throws: ``CompressionError`` when zlib fails, which only a lack of memory causes.
    static func compress(_ bytes: [UInt8], level: Int32 = 9) throws(CompressionError) -> [UInt8] {
        guard bytes.count <= Int(UInt32.max) else {
            throw CompressionError(message: "the data is larger than 4 GiB")
        }
        var stream = z_stream()
        let status = deflateInit2_(
            &stream, max(0, min(9, level)), Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw CompressionError(message: "zlib could not be initialised") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count))) + 32
        var output = [UInt8](repeating: 0, count: bound)
        var input = bytes
        let produced = input.withUnsafeMutableBufferPointer { inputBuffer -> Int? in
            output.withUnsafeMutableBufferPointer { outputBuffer -> Int? in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = UInt32(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = UInt32(outputBuffer.count)
                let result = deflate(&stream, Z_FINISH)
                guard result == Z_STREAM_END else { return nil }
                return outputBuffer.count - Int(stream.avail_out)
            }
        }
        guard let produced else { throw CompressionError(message: "zlib could not compress the data") }
        output.removeLast(output.count - produced)
        return output
    }
}
