import Testing

@testable import CloudConfig

/// `data:` URLs: what cloudcfg writes reads back to the content, and malformed URLs are refused
/// as Ignition refuses them.
@Suite struct IgnitionDataURLTests {
    @Test(arguments: ["", "a", "hello world\n", IgnitionCorpus.awkwardText, String(repeating: "x=1 # y\n", count: 500)])
    func textReadsBackFromPercentEncoding(_ text: String) throws {
        let url = IgnitionDataURL.percentEncoded(text)
        #expect(url.hasPrefix("data:,"))
        #expect(url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") })
        #expect(try IgnitionDataURL.decode(url) == Array(text.utf8))
        #expect(try IgnitionFile.text("/etc/x", text).contents() == Array(text.utf8))
    }

    @Test func bytesReadBackFromBothEncodings() throws {
        let bytes = IgnitionCorpus.allBytes
        #expect(try IgnitionDataURL.decode(IgnitionDataURL.base64Encoded(bytes)) == bytes)
        #expect(try IgnitionDataURL.decode(IgnitionDataURL.percentEncoded(bytes)) == bytes)
        #expect(try IgnitionFile.binary("/x", bytes).contents() == bytes)
        for count in 0...5 {
            let prefix = Array(bytes.prefix(count))
            #expect(try IgnitionDataURL.decode(IgnitionDataURL.base64Encoded(prefix)) == prefix)
        }
    }

    @Test func readsURLsWithMediaTypes() throws {
        #expect(try IgnitionDataURL.decode("data:text/plain;charset=utf-8;base64,aGk=") == Array("hi".utf8))
        #expect(try IgnitionDataURL.decode("DATA:text/plain,a%20b") == Array("a b".utf8))
        #expect(try IgnitionDataURL.decode("data:,") == [])
    }

    @Test(arguments: [
        "http://example.com/x", "data:abc", "data:,a b", "data:,a#b", "data:,%", "data:,%4", "data:,%zz",
        "data:;base64,abc", "data:;base64,ab$=", "data:;base64,a===", "data:,é",
    ])
    func refusesMalformedURLs(_ url: String) {
        #expect(throws: IgnitionDataURL.DecodingError.self) { try IgnitionDataURL.decode(url) }
    }
}
