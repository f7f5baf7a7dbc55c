import Foundation
import Testing

@testable import CloudConfig

/// `Gzip`: Python's gzip reading, the output cap, and parity with Python's `gzip` module.
@Suite struct SemanticGzipTests {
    /// `gzip.compress(b'hello\n', mtime=0)`.
    static let hello = Array(Data(base64Encoded: "H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA=") ?? Data())

    @Test func inflatesOneMember() throws {
        let output = try Gzip.decompress(Self.hello).get()
        #expect(output == Array("hello\n".utf8))
        #expect(try Gzip.inflatedSize(of: Self.hello).get() == 6)
    }

    @Test func inflatesMembersSeparatedByZeroPadding() throws {
        let data = Self.hello + [0, 0, 0] + Self.hello + [0]
        #expect(try Gzip.decompress(data).get() == Array("hello\nhello\n".utf8))
    }

    @Test func emptyInputIsEmptyOutput() throws {
        #expect(try Gzip.decompress([]).get().isEmpty)
    }

    @Test(arguments: [
        (Array("hello".utf8), Gzip.DecodingError.Reason.notGzip, "Not a gzipped file (b'he')"),
        (hello + Array("xy".utf8), .notGzip, "Not a gzipped file (b'xy')"),
        ([0x1F, 0x8B, 7], .notGzip, "Unknown compression method"),
        (Array(hello.dropLast(6)), .truncated, "Compressed file ended before the end-of-stream marker was reached"),
        (Array(hello.prefix(5)), .truncated, "Compressed file ended before the end-of-stream marker was reached"),
        (Array(hello.dropLast(8)) + [0, 0, 0, 0] + Array(hello.suffix(4)), .corrupt, "CRC check failed"),
        (Array(hello.dropLast(4)) + [9, 0, 0, 0], .corrupt, "Incorrect length of data produced"),
    ])
    func failsLikePython(_ data: [UInt8], reason: Gzip.DecodingError.Reason, message: String) {
        guard case .failure(let error) = Gzip.decompress(data) else {
            Issue.record("\(data) inflated")
            return
        }
        #expect(error.reason == reason)
        #expect(error.message == message)
    }

    @Test func bombIsCutOffAtTheLimit() throws {
        // About 100 MiB of zeros from about 660 KB.
        let bomb = GzipBomb.make(copies: 100 << 20 / 258, checksum: false)
        #expect(bomb.count < 700_000)
        guard case .failure(let error) = Gzip.inflatedSize(of: bomb) else {
            Issue.record("the bomb inflated completely")
            return
        }
        #expect(error.reason == .tooLarge)
        let partial = Gzip.decompress(bomb, limit: 1 << 20)
        guard case .failure(let small) = partial else {
            Issue.record("the bomb inflated under a 1 MiB limit")
            return
        }
        #expect(small.reason == .tooLarge)
    }

    @Test func outputAtTheLimitIsAccepted() throws {
        let data = GzipBomb.make(copies: 4064)  // 1 + 258 * 4064 = 1,048,513 bytes
        #expect(try Gzip.inflatedSize(of: data, limit: 1_048_513).get() == 1_048_513)
        #expect(throws: Gzip.DecodingError.self) { try Gzip.inflatedSize(of: data, limit: 1_048_512).get() }
    }

    /// Python's `gzip.GzipFile(...).read()` (what `util.decomp_gzip` calls) agrees on which inputs
    /// inflate and to what.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasPyYAML)))
    func agreesWithPython() throws {
        let inputs: [[UInt8]] = [
            Self.hello, Self.hello + [0, 0] + Self.hello, Self.hello + [0, 1], Array(Self.hello.dropLast(1)),
            Array("plain text".utf8), [], [0x1F], [0, 0, 0], GzipBomb.make(copies: 100),
            Array(Self.hello.dropLast(8)) + [1, 2, 3, 4] + Array(Self.hello.suffix(4)),
        ]
        let script = """
            import base64, gzip, io, json, sys
            out = []
            for item in json.load(sys.stdin):
                try:
                    data = gzip.GzipFile(None, 'rb', 1, io.BytesIO(base64.b64decode(item))).read()
                    out.append(base64.b64encode(data).decode())
                except Exception:
                    out.append(None)
            print(json.dumps(out))
            """
        let answer = try Oracle.pythonJSON(script, input: inputs.map { Data($0).base64EncodedString() })
        let expected = try #require(answer as? [Any])
        try #require(expected.count == inputs.count, "one answer per input")
        for (input, python) in zip(inputs, expected) {
            let ours = try? Gzip.decompress(input).get()
            let theirs = (python as? String).flatMap { Data(base64Encoded: $0) }.map { Array($0) }
            #expect(ours == theirs, "input \(input.prefix(16))")
        }
    }
}
