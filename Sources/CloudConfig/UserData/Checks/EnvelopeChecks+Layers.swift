/// Findings about the outer layers: platform base64, gzip, and whether MIME is read as MIME.
extension EnvelopeFinding {
    static func base64Invalid(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .base64Invalid, .error,
            "the user-data is declared base64-encoded for the platform but does not decode as base64", at: location)
    }

    static func base64DoubleEncoded(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .base64DoubleEncoded, .error,
            "the base64 user-data decodes to base64 again; the platform decodes it only once, so cloud-init "
                + "receives base64 text and ignores it", at: location,
            notes: [Note("encode the user-data once (az vm create --custom-data takes the file as it is)")])
    }

    static func decodedTooLarge(limit: Int, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .decodedTooLarge, .error,
            "decoding the user-data would produce more than \(limit) bytes; cloudcfg stops there", at: location)
    }

    static func gzipCorrupt(_ reason: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .gzipCorrupt, .error,
            "the gzip data does not decompress (\(reason)); cloud-init then reads the compressed bytes as they "
                + "are and ignores them", at: location)
    }

    static func mimeNotUTF8(byte: UInt8, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mimeNotUTF8, .error,
            "the MIME user-data is not UTF-8 (byte 0x\(PythonFormat.hex(UInt32(byte), width: 2))); cloud-init fails "
                + "decoding it and rejects all of the user-data", at: location)
    }

    static func mimeVersionMissing(at location: EnvelopeRange, laterAt offset: Int?, fixIts: [FixIt]) -> Self {
        var notes: [Note] = []
        if let offset {
            notes.append(
                Note("'MIME-Version:' occurs at byte \(offset), after the first 4096 bytes cloud-init searches"))
        }
        return EnvelopeFinding(
            .mimeVersionMissing, .error,
            "the user-data looks like MIME but has no 'MIME-Version:' header in its first 4096 bytes; cloud-init "
                + "reads it as plain text and ignores it", at: location, notes: notes, fixIts: fixIts)
    }
}

extension EnvelopeOpener {
    /// Reports MIME that cloud-init will not read as MIME: a `Content-Type: multipart/...` header
    /// line near the start without `MIME-Version:` in the first 4096 bytes.
    mutating func checkLooksLikeMIME(text: Int) {
        let bytes = texts[text].source.bytes
        let window = min(bytes.count, 64 * 1024)
        guard
            let found = ByteSearch.firstOffset(
                of: Array("content-type:".utf8), in: bytes, range: 0..<window, ignoringASCIICase: true),
            found == 0 || bytes[found - 1] == 0x0A || bytes[found - 1] == 0x0D
        else { return }
        var value = found + 13
        while value < bytes.count, bytes[value] == 0x20 || bytes[value] == 0x09 { value += 1 }
        guard
            ByteSearch.firstOffset(
                of: Array("multipart/".utf8), in: bytes, range: value..<min(bytes.count, value + 10),
                ignoringASCIICase: true) == value
        else { return }
        let later = ByteSearch.firstOffset(of: Self.mimeVersion, in: bytes, ignoringASCIICase: true)
        let start = location(text, 0..<0)
        let fix = FixIt(
            message: "add 'MIME-Version: 1.0' as the first header",
            edits: [TextEdit(range: start.range, replacement: "MIME-Version: 1.0\n")])
        findings.append(
            .mimeVersionMissing(
                at: location(text, found..<(found + 12)), laterAt: later,
                fixIts: texts[text].path.isFile ? [fix] : []))
    }
}
