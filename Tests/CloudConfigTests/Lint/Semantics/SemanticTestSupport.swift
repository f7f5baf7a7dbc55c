@testable import CloudConfig

/// Helpers for the semantic rules' tests.
enum SemanticSupport {
    /// The findings of one rule for a cloud-config body (a `#cloud-config` line is prepended).
    static func findings(
        _ body: String, rule: RuleID, configuration: LintConfiguration = LintConfiguration()
    ) -> [Diagnostic] {
        LintSupport.lint(body, configuration: configuration).diagnostics.filter { $0.ruleID == rule }
    }

    /// All findings for a cloud-config body, with some rules switched off.
    static func all(_ body: String, without rules: [RuleID] = [], target: CloudInitVersion = .newest) -> [Diagnostic] {
        var settings: [RuleID: LintConfiguration.RuleSetting] = [:]
        for rule in rules { settings[rule] = .off }
        return LintSupport.lint(body, configuration: LintConfiguration(target: target, rules: settings)).diagnostics
    }

    /// The full text of a linted body: the `#cloud-config` line and the body.
    static func file(_ body: String) -> String { "#cloud-config\n" + body }

    /// Applies a fix-it's edits (byte offsets into the full text) and returns the new full text.
    static func applying(_ fixIt: FixIt, to text: String) -> String {
        var bytes = Array(text.utf8)
        for edit in fixIt.edits.sorted(by: { $0.range.start.offset > $1.range.start.offset }) {
            bytes.replaceSubrange(edit.range.start.offset..<edit.range.end.offset, with: Array(edit.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lints a full text (with its own header).
    static func lintFile(_ text: String) -> [Diagnostic] {
        LintSupport.lint(text, header: false).diagnostics
    }
}

/// Builds gzip data that inflates to many zero bytes from little input: one fixed-Huffman deflate
/// block of a literal 0 followed by copies of length 258 at distance 1.
enum GzipBomb {
    /// gzip data inflating to `1 + 258 * copies` zero bytes; the trailer's CRC is computed only
    /// when asked for (a bomb meant to be cut off never reaches it).
    static func make(copies: Int, checksum: Bool = true) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE = 01, fixed Huffman
        bits.writeCode(0b0011_0000, length: 8)  // literal 0
        for _ in 0..<copies {
            bits.writeCode(0b1100_0101, length: 8)  // length code 285: 258 bytes
            bits.writeCode(0, length: 5)  // distance code 0: distance 1
        }
        bits.writeCode(0, length: 7)  // end of block
        let size = 1 + 258 * copies
        var data: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        data += bits.finished
        data += littleEndian(checksum ? crc32OfZeros(count: size) : 0)
        data += littleEndian(UInt32(truncatingIfNeeded: size))
        return data
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// CRC-32 (IEEE) of `count` zero bytes.
    private static func crc32OfZeros(count: Int) -> UInt32 {
        var table = [UInt32](repeating: 0, count: 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 { value = value & 1 != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            table[index] = value
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for _ in 0..<count { crc = table[Int(crc & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// Writes bits least significant first, as deflate does.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var current: UInt8 = 0
        var used = 0

        /// Writes a value's low bits, least significant first (header fields, extra bits).
        mutating func write(_ value: Int, count: Int) {
            for index in 0..<count { push(value >> index & 1) }
        }

        /// Writes a Huffman code, most significant bit first.
        mutating func writeCode(_ code: Int, length: Int) {
            for index in stride(from: length - 1, through: 0, by: -1) { push(code >> index & 1) }
        }

        private mutating func push(_ bit: Int) {
            current |= UInt8(bit) << used
            used += 1
            if used == 8 {
                bytes.append(current)
                current = 0
                used = 0
            }
        }

        var finished: [UInt8] { used > 0 ? bytes + [current] : bytes }
    }
}
