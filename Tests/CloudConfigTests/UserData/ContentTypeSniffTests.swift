import Testing

@testable import CloudConfig

/// `UserDataContentType.sniff` against the plain definition (`handlers.type_from_starts_with`:
/// leading whitespace removed, the first 40 bytes lower-cased, the headers matched by prefix in
/// order), over every header written in several ways.
@Suite struct ContentTypeSniffTests {
    static func reference(_ payload: [UInt8]) -> String? {
        var index = 0
        while index < payload.count {
            guard let (scalar, length) = UserDataContentType.decodeScalar(payload, at: index),
                PythonText.isWhitespace(scalar)
            else { break }
            index += length
        }
        let lowered = payload[index..<min(payload.count, index + 40)].map {
            (0x41...0x5A).contains($0) ? $0 | 0x20 : $0
        }
        return UserDataContentType.headers.first { lowered.starts(with: $0.prefix) }?.type
    }

    /// Each header as written, in capitals, cut short by one byte, after blank space, followed
    /// by text, and with a byte that is a letter only once bit 5 is set.
    static var payloads: [[UInt8]] {
        var payloads: [[UInt8]] = [[], Array("\n".utf8), Array("key: value\n".utf8), [0x03], [0x54], [0x74]]
        for (prefix, _) in UserDataContentType.headers {
            let text = String(decoding: prefix, as: UTF8.self)
            payloads += [
                prefix, Array(text.uppercased().utf8), Array(prefix.dropLast()), Array(" \t\n\u{A0}\(text)".utf8),
                prefix + Array("\nhostname: a\n".utf8), [0x03] + prefix.dropFirst(),
            ]
        }
        return payloads
    }

    @Test func sniffsWhatThePlainDefinitionSniffs() {
        for payload in Self.payloads {
            #expect(UserDataContentType.sniff(payload) == Self.reference(payload), "\(payload)")
        }
    }
}
