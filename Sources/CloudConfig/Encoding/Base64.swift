/// Base64 as Python's `binascii.a2b_base64` decodes it by default (non-strict), which is what
/// PyYAML's `!!binary` and cloud-init's `write_files` `b64` encoding use: characters outside the
/// alphabet are skipped, and padding ends the data once a quantum is complete.
enum Base64 {
    /// Why base64 text does not decode.
    struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// Python's reason, for example `Incorrect padding`.
        var message: String
        /// A human-readable form of the value.
        var description: String { message }
    }

    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// Decodes like Python's `base64.b64decode(text)` / `base64.decodebytes(text)`.
    ///
    /// - Parameter text: ASCII bytes.
    /// - Returns: The decoded bytes, or Python's reason for refusing them.
    static func decodeLikePython(_ text: [UInt8]) -> Result<[UInt8], DecodingError> {
        var output: [UInt8] = []
        output.reserveCapacity(text.count / 4 * 3)
        var quadPosition = 0
        var leftover: UInt8 = 0
        var pads = 0
        for byte in text {
            if byte == UInt8(ascii: "=") {
                if quadPosition >= 2 {
                    pads += 1
                    if quadPosition + pads >= 4 { return .success(output) }
                }
                continue
            }
            let value = table[Int(byte)]
            if value >= 64 { continue }
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

    /// Encodes bytes as standard base64 with padding and no line breaks.
    ///
    /// - Parameter bytes: The bytes.
    /// - Returns: The base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 2 < bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            output.append(alphabet[Int(chunk >> 18 & 63)])
            output.append(alphabet[Int(chunk >> 12 & 63)])
            output.append(alphabet[Int(chunk >> 6 & 63)])
            output.append(alphabet[Int(chunk & 63)])
            index += 3
        }
        let remaining = bytes.count - index
        if remaining > 0 {
            var chunk = UInt32(bytes[index]) << 16
            if remaining == 2 { chunk |= UInt32(bytes[index + 1]) << 8 }
            output.append(alphabet[Int(chunk >> 18 & 63)])
            output.append(alphabet[Int(chunk >> 12 & 63)])
            output.append(remaining == 2 ? alphabet[Int(chunk >> 6 & 63)] : UInt8(ascii: "="))
            output.append(UInt8(ascii: "="))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
