/// Quoted-printable decoding as Python's `quopri.decodestring` does it (`binascii.a2b_qp`):
/// `=XX` with two hexadecimal digits is a byte, `=` before a line break is a soft line break
/// (after `=` and CR everything up to the next LF is dropped), `==` is `=`, any other `=` is
/// kept, and a final `=` is dropped.
enum QuotedPrintable {
    /// Decodes, reporting for each output byte the input bytes it came from.
    ///
    /// - Parameters:
    ///   - input: The encoded bytes.
    ///   - emit: Called with each decoded byte and its input range, in order.
    static func decode(_ input: [UInt8], emit: (UInt8, Range<Int>) -> Void) {
        var index = 0
        let count = input.count
        while index < count {
            guard input[index] == UInt8(ascii: "=") else {
                emit(input[index], index..<(index + 1))
                index += 1
                continue
            }
            let equals = index
            index += 1
            if index >= count { break }
            let byte = input[index]
            if byte == 0x0A || byte == 0x0D {
                if byte != 0x0A {
                    while index < count, input[index] != 0x0A { index += 1 }
                }
                if index < count { index += 1 }
            } else if byte == UInt8(ascii: "=") {
                emit(byte, equals..<(index + 1))
                index += 1
            } else if index + 1 < count, let high = hexValue(byte), let low = hexValue(input[index + 1]) {
                emit(high << 4 | low, equals..<(index + 2))
                index += 2
            } else {
                emit(UInt8(ascii: "="), equals..<index)
            }
        }
    }

    /// Decodes quoted-printable bytes.
    ///
    /// - Parameter input: The encoded bytes.
    /// - Returns: The decoded bytes.
    static func decode(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        decode(input) { byte, _ in output.append(byte) }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
