extension Base64 {
    /// Decodes like Python's `binascii.a2b_base64(text, strict_mode=True)`, which is what
    /// `base64.b64decode(text, validate=True)` calls: only alphabet characters, no padding at the
    /// start, none in the middle of a quantum and nothing after it.
    ///
    /// - Parameter text: ASCII bytes.
    /// - Returns: The decoded bytes, or Python's reason for refusing them.
    static func decodeStrictlyLikePython(_ text: [UInt8]) -> Result<[UInt8], DecodingError> {
        if text.first == UInt8(ascii: "=") { return .failure(DecodingError(message: "Leading padding not allowed")) }
        var output: [UInt8] = []
        output.reserveCapacity(text.count / 4 * 3)
        var quadPosition = 0
        var leftover: UInt8 = 0
        var pads = 0
        var paddingStarted = false
        for (index, byte) in text.enumerated() {
            if byte == UInt8(ascii: "=") {
                paddingStarted = true
                if quadPosition == 0 { return .failure(DecodingError(message: "Excess padding not allowed")) }
                if quadPosition >= 2 {
                    pads += 1
                    if quadPosition + pads >= 4 {
                        if index + 1 < text.count {
                            return .failure(DecodingError(message: "Excess data after padding"))
                        }
                        return .success(output)
                    }
                }
                continue
            }
            let value = table[Int(byte)]
            if value >= 64 { return .failure(DecodingError(message: "Only base64 data is allowed")) }
            if paddingStarted { return .failure(DecodingError(message: "Discontinuous padding not allowed")) }
            pads = 0
            switch quadPosition {
            case 0:
                quadPosition = 1
                leftover = value
            case 1:
                quadPosition = 2
                output.append((leftover << 2) | (value >> 4))
                leftover = value & 0x0F
            case 2:
                quadPosition = 3
                output.append((leftover << 4) | (value >> 2))
                leftover = value & 0x03
            default:
                quadPosition = 0
                output.append((leftover << 6) | value)
                leftover = 0
            }
        }
        if quadPosition == 1 {
            let characters = output.count / 3 * 4 + 1
            return .failure(
                DecodingError(
                    message: "Invalid base64-encoded string: number of data characters "
                        + "(\(characters)) cannot be 1 more than a multiple of 4"))
        }
        if quadPosition != 0 { return .failure(DecodingError(message: "Incorrect padding")) }
        return .success(output)
    }

    /// Encodes bytes as base64 broken into lines of `lineLength` characters, each ended by `\n`,
    /// as Python's `base64.encodebytes` (76 characters) and MIME bodies write it.
    ///
    /// - Parameters:
    ///   - bytes: The bytes.
    ///   - lineLength: Characters per line; a multiple of 4.
    /// - Returns: The lines; empty input gives empty text.
    static func encodeLines(_ bytes: [UInt8], lineLength: Int = 76) -> String {
        let text = Array(encode(bytes).utf8)
        var output: [UInt8] = []
        output.reserveCapacity(text.count + text.count / max(1, lineLength) + 1)
        var index = 0
        while index < text.count {
            let end = min(index + max(4, lineLength), text.count)
            output.append(contentsOf: text[index..<end])
            output.append(0x0A)
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }
}
