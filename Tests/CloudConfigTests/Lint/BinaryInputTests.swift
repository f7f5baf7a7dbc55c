import Testing

@testable import CloudConfig

/// Binary input is `invalid-encoding` and cannot be read, as documented, rather than user-data
/// cloud-init does not recognise.
@Suite struct BinaryInputTests {
    static func lint(_ bytes: [UInt8]) -> LintResult {
        Linter().lint(SourceFile(path: "input", bytes: bytes))
    }

    static func rules(_ result: LintResult) -> [String] {
        result.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID)" }
    }

    @Test(
        arguments: [
            // An executable: 0x7F 'E' 'L' 'F', then NUL bytes.
            ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00], "1:8"),
            // An image: PNG's signature starts with a byte that is not UTF-8.
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "1:1"),
            // Text with a NUL byte in it.
            (Array("hello\nworld\u{0}\n".utf8), "2:6"),
            // Latin-1 text, not UTF-8.
            ([0x63, 0x61, 0x66, 0xE9, 0x0A], "1:4"),
        ] as [([UInt8], String)])
    func binaryIsAnInvalidEncoding(_ bytes: [UInt8], _ location: String) {
        let result = Self.lint(bytes)
        #expect(Self.rules(result) == ["\(location) invalid-encoding"])
        #expect(result.isUnparsable)
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func theMessageSaysWhatTheInputIs() {
        let nul = Self.lint([0x7F, 0x45, 0x4C, 0x46, 0x00]).diagnostics.first?.message
        #expect(
            nul
                == "the input is binary, not text: it has a NUL byte; cloud-init reads user-data as UTF-8 text and ignores this"
        )
        let latin1 = Self.lint([0x89, 0x50]).diagnostics.first?.message
        #expect(latin1?.hasPrefix("the input is binary or not UTF-8 text (byte 0x89)") == true)
    }

    @Test func invalidUTF8AfterTheProbeIsStillInvalidEncoding() {
        // Plain text for more than the probe, then a byte that is not UTF-8: the YAML reader finds it.
        let bytes = Array(String(repeating: "plain text\n", count: 1000).utf8) + [0xFF, 0x0A]
        let result = Self.lint(bytes)
        #expect(result.diagnostics.map(\.ruleID) == [.invalidEncoding])
        #expect(result.diagnostics.first?.range.start.line == 1001)
        #expect(result.isUnparsable)
    }

    @Test func aUTF8SequenceCutByTheProbeIsText() {
        // 'é' straddles the end of the probe: text, not binary.
        let prefix = [UInt8](repeating: 0x61, count: YAMLInputCheck.binaryProbeLength - 1)
        let bytes = prefix + [0xC3, 0xA9, 0x0A]
        #expect(YAMLInputCheck.binaryContent(in: SourceFile(path: "x", bytes: bytes)) == nil)
        #expect(Self.rules(Self.lint(bytes)) == ["1:1 unrecognized-user-data"])
    }

    @Test func textAndRecognisedBinaryKindsAreNotFlagged() {
        #expect(Self.rules(Self.lint(Array("plain text\n".utf8))) == ["1:1 unrecognized-user-data"])
        // gzip is user-data cloud-init decompresses; this stream is cut short, and that is the finding.
        #expect(Self.rules(Self.lint([0x1F, 0x8B, 0x08, 0x00, 0x00])) == ["1:1 gzip-corrupt"])
        // A cloud-config with a NUL byte is a YAML error at its place.
        #expect(Self.rules(Self.lint(Array("#cloud-config\nhostname: a\u{0}\n".utf8))) == ["2:12 invalid-character"])
    }
}
