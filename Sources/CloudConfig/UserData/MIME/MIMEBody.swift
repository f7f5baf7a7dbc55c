/// A part's body decoded as cloud-init's `util.fully_decoded_payload` decodes it (Python's
/// `Message.get_payload(decode=True)`), with where each byte came from.
struct DecodedBody: Sendable {
    /// What went wrong in a base64 body, as Python's `email._encoded_words.decode_b` notes it.
    enum Base64Defect: Sendable, Hashable {
        /// Padding was missing and assumed.
        case padding
        /// Characters outside the alphabet were skipped.
        case characters
        /// The data does not decode at all; the encoded text itself is the payload.
        case length
    }

    /// The bytes the handler receives.
    var bytes: [UInt8]
    /// Where they came from.
    var map: PositionMap
    /// The first character that is not ASCII and was turned into Python's `raw-unicode-escape`
    /// bytes (the body was text that was not base64-encoded), if any.
    var firstEscaped: Unicode.Scalar?
    /// Whether text that is not ASCII was mangled that way.
    var escapedNonASCII: Bool { firstEscaped != nil }
    /// Problems with a base64 body.
    var base64Defects: [Base64Defect] = []
    /// A transfer encoding cloudcfg does not decode (uuencode); the bytes are undecoded.
    var undecodedEncoding: String?
}

/// Decoding of part bodies.
enum MIMEBody {
    /// The transfer encodings Python decodes as uuencode.
    static let uuencodings: Set<String> = ["x-uuencode", "uuencode", "uue", "x-uue"]

    /// Decodes a text body held as byte ranges of a text.
    ///
    /// - Parameters:
    ///   - segments: The body's bytes, in order.
    ///   - text: The text the ranges refer to (valid UTF-8).
    ///   - transferEncoding: The `Content-Transfer-Encoding` value lower-cased, empty when absent.
    ///   - decodedPath: The path to name a text decoded from base64.
    /// - Returns: The payload.
    static func decode(
        _ segments: [Range<Int>], in text: EnvelopeText, transferEncoding: String, decodedPath: EnvelopePath
    ) -> DecodedBody {
        var builder = PositionMap.Builder()
        let (raw, escaped) = pythonBytes(segments, in: text.source.bytes, builder: &builder)
        let rawMap = builder.build(text: text)
        switch transferEncoding {
        case "quoted-printable":
            var output: [UInt8] = []
            output.reserveCapacity(raw.count)
            var map = PositionMap.Builder()
            QuotedPrintable.decode(raw) { byte, source in
                output.append(byte)
                if source.count == 1 {
                    map.append(through: rawMap, payloadRange: source)
                } else {
                    let start = rawMap.sourceOffset(ofPayloadOffset: source.lowerBound)
                    let end = rawMap.range(ofPayloadRange: source).end.offset
                    map.appendDecoded(count: 1, source: start..<max(start, end))
                }
            }
            return DecodedBody(bytes: output, map: map.build(text: text), firstEscaped: escaped)
        case "base64":
            var joined: [UInt8] = []
            joined.reserveCapacity(raw.count)
            var joinedMap = PositionMap.Builder()
            var index = 0
            while index < raw.count {
                let start = index
                while index < raw.count, raw[index] != 0x0A, raw[index] != 0x0D { index += 1 }
                joined.append(contentsOf: raw[start..<index])
                joinedMap.append(through: rawMap, payloadRange: start..<index)
                guard index < raw.count else { break }
                index += raw[index] == 0x0D && index + 1 < raw.count && raw[index + 1] == 0x0A ? 2 : 1
            }
            let (decoded, defects) = decodeB(joined)
            if defects.contains(.length) {
                return DecodedBody(
                    bytes: decoded, map: joinedMap.build(text: text), firstEscaped: escaped, base64Defects: defects)
            }
            let decodedText = EnvelopeText(
                path: decodedPath, source: SourceFile(path: text.source.path, bytes: decoded))
            return DecodedBody(
                bytes: decoded, map: .identity(of: decodedText), firstEscaped: escaped, base64Defects: defects)
        default:
            return DecodedBody(
                bytes: raw, map: rawMap, firstEscaped: escaped,
                undecodedEncoding: uuencodings.contains(transferEncoding) ? transferEncoding : nil)
        }
    }

    /// `str.encode('ascii')`, or `str.encode('raw-unicode-escape')` when the text is not ASCII,
    /// as `get_payload(decode=True)` turns a text body into bytes.
    ///
    /// - Returns: The bytes and the first character escaped, if any.
    static func pythonBytes(
        _ segments: [Range<Int>], in bytes: [UInt8], builder: inout PositionMap.Builder
    ) -> ([UInt8], Unicode.Scalar?) {
        let isASCII = segments.allSatisfy { segment in bytes[segment].allSatisfy { $0 < 0x80 } }
        var output: [UInt8] = []
        output.reserveCapacity(segments.reduce(0) { $0 + $1.count })
        if isASCII {
            for segment in segments {
                output.append(contentsOf: bytes[segment])
                builder.appendExact(count: segment.count, sourceStart: segment.lowerBound)
            }
            return (output, nil)
        }
        var first: Unicode.Scalar?
        for segment in segments {
            var index = segment.lowerBound
            while index < segment.upperBound {
                let lead = bytes[index]
                if lead < 0x80 {
                    output.append(lead)
                    builder.appendExact(count: 1, sourceStart: index)
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let end = min(index + length, segment.upperBound)
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for continuation in bytes[(index + 1)..<end] { value = value << 6 | UInt32(continuation & 0x3F) }
                if first == nil { first = Unicode.Scalar(value) }
                let escaped = Unicode.Scalar(value).map(PythonText.rawUnicodeEscape) ?? [0x3F]
                output.append(contentsOf: escaped)
                builder.appendDecoded(count: escaped.count, source: index..<end)
                index = end
            }
        }
        return (output, first ?? "\u{FFFD}")
    }

    /// Python's `raw-unicode-escape` of UTF-8 text, with each output byte's source.
    static func pythonBytes(ofText bytes: [UInt8], builder: inout PositionMap.Builder) -> ([UInt8], Unicode.Scalar?) {
        pythonBytes(bytes.isEmpty ? [] : [0..<bytes.count], in: bytes, builder: &builder)
    }

    /// `email._encoded_words.decode_b`: strict base64 with padding added, then lenient, then
    /// lenient with `==` added, else the encoded bytes themselves.
    static func decodeB(_ encoded: [UInt8]) -> ([UInt8], [DecodedBody.Base64Defect]) {
        let padError = encoded.count % 4
        let missing = padError == 0 ? [] : [UInt8](repeating: UInt8(ascii: "="), count: min(3, 4 - padError))
        if case .success(let value) = Base64.decodeStrictlyLikePython(encoded + missing) {
            return (value, padError == 0 ? [] : [.padding])
        }
        if case .success(let value) = Base64.decodeLikePython(encoded) { return (value, [.characters]) }
        if case .success(let value) = Base64.decodeLikePython(encoded + [0x3D, 0x3D]) {
            return (value, [.characters, .padding])
        }
        return (encoded, [.length])
    }
}
