/// `UserDataProcessor._do_include`: the URLs an include part lists, never fetched.
extension EnvelopeOpener {
    /// Reads the URL lines of an include payload: one URL per line; a line starting with
    /// `#include-once` or `#include` switches the mode for itself and the lines after it (and may
    /// carry a URL after the keyword); other lines starting with `#` and blank lines are skipped.
    mutating func collectIncludes(_ payload: DecodedBody, of part: Int) {
        var once = false
        for line in Self.pythonLines(payload.bytes) {
            var start = line.lowerBound
            let end = line.upperBound
            let lowered = payload.bytes[start..<end].prefix(13).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if lowered.starts(with: Array("#include-once".utf8)) {
                start = skipWhitespace(payload.bytes, from: start + 13, to: end)
                once = true
            } else if lowered.starts(with: Array("#include".utf8)) {
                start = skipWhitespace(payload.bytes, from: start + 8, to: end)
                once = false
            }
            if start < end, payload.bytes[start] == UInt8(ascii: "#") { continue }
            start = skipWhitespace(payload.bytes, from: start, to: end)
            var urlEnd = end
            while urlEnd > start, let previous = lastScalar(payload.bytes, before: urlEnd, from: start),
                PythonText.isWhitespace(previous.scalar)
            {
                urlEnd -= previous.length
            }
            guard urlEnd > start else { continue }
            let url = String(decoding: payload.bytes[start..<urlEnd], as: UTF8.self)
            let range = payload.map.range(ofPayloadRange: start..<urlEnd)
            includes.append(
                IncludeURL(
                    url: url, once: once, location: EnvelopeRange(envelope: payload.map.envelope, range: range),
                    part: nodes[part].path))
        }
    }

    /// The lines of a text as Python's `str.splitlines()` splits them (LF, CR, CR LF, VT, FF,
    /// FS, GS, RS, NEL, LS, PS), without their line breaks.
    static func pythonLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            var breakLength = 0
            switch bytes[index] {
            case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E: breakLength = 1
            case 0x0D: breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: breakLength = 2
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                breakLength = 3
            default: break
            }
            if breakLength > 0 {
                lines.append(start..<index)
                index += breakLength
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }

    /// The offset after the Python whitespace starting at `from`.
    private func skipWhitespace(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = min(start, end)
        while index < end, let (scalar, length) = UserDataContentType.decodeScalar(bytes, at: index),
            PythonText.isWhitespace(scalar)
        {
            index += length
        }
        return index
    }

    /// The UTF-8 scalar ending at `end`, if the bytes there are UTF-8.
    private func lastScalar(_ bytes: [UInt8], before end: Int, from start: Int) -> (
        scalar: Unicode.Scalar, length: Int
    )? {
        var begin = end - 1
        while begin > start, bytes[begin] & 0xC0 == 0x80, end - begin < 4 { begin -= 1 }
        guard let (scalar, length) = UserDataContentType.decodeScalar(bytes, at: begin), begin + length == end else {
            return nil
        }
        return (scalar, length)
    }
}
