/// `write_files` content that does not decode with its declared encoding.
struct WriteFilesEncodingRule: LintRule {
    let definition = RuleDescription(
        id: .writeFilesEncoding, family: .semantics, defaultSeverity: .error,
        summary: "write_files content does not decode with its encoding",
        rationale: "write_files decodes `content` before writing it: b64 and base64 with Python's base64 decoder, "
            + "gz and gzip with Python's gzip reader, and the combined forms (gz+b64, gzip+base64, ...) base64 "
            + "first, then gunzip. When a step fails, the module raises: the file and every write_files entry "
            + "after it are not written, although cloud-init's schema accepted the configuration. gzip data "
            + "has to arrive as bytes, so gz needs `!!binary` content (or base64 text with gz+b64); plain text "
            + "is encoded as UTF-8 and is never gzip. `!!binary` content is already decoded by YAML, so a b64 "
            + "encoding decodes it a second time. cloudcfg inflates gzip content up to 64 MiB and stops there.",
        triggeringExamples: [
            "write_files:\n  - path: /etc/motd\n    encoding: b64\n    content: 1️⃣aGVsbG8\n",
            "write_files:\n  - path: /etc/motd\n    encoding: gz+b64\n    content: 1️⃣aGVsbG8K\n",
            "write_files:\n  - path: /etc/motd\n    encoding: gzip+base64\n    content: 1️⃣H4sIAAAAAAACA8tIzcnJ5wIAIDA=\n",
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    encoding: gz\n    content: 1️⃣hello\n",
                message: "encoding 'gz' expects gzip bytes as !!binary content, but this content is text"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    encoding: gz\n    content: 1️⃣H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA=\n",
                message: "the text is base64 of gzip data, which is encoding 'gz+b64'",
                corrected: "write_files:\n  - path: /etc/motd\n    encoding: gz+b64\n"
                    + "    content: H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA=\n"),
            "write_files:\n  - path: /etc/motd\n    encoding: b64\n    content: 1️⃣!!binary aGVsbG8K\n",
        ],
        nonTriggeringExamples: [
            "write_files:\n  - path: /etc/motd\n    encoding: b64\n    content: aGVsbG8K\n",
            "write_files:\n  - path: /etc/motd\n    encoding: gz+b64\n    content: H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA=\n",
            "write_files:\n  - path: /etc/motd\n    encoding: gz\n    content: !!binary H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA=\n",
            "write_files:\n  - path: /etc/motd\n    content: !!binary aGVsbG8K\n",
            "write_files:\n  - path: /etc/motd\n    encoding: b64\n    content: !!binary YUdWc2JHOEs=\n",
        ],
        fixSafety: .safe(
            "the encoding is corrected only when the content is checked to be base64 of valid gzip data, which the "
                + "combined encoding decodes; with the written one the module raises and writes nothing"))

    /// A decoding step, in the order cloud-init applies them.
    enum Step: Sendable, Hashable {
        /// `base64.b64decode`.
        case base64
        /// `util.decomp_gzip`.
        case gunzip
    }

    /// The steps cloud-init's `canonicalize_extraction` gives an encoding (lower-cased and
    /// stripped first); empty for `text/plain` and for unknown encodings, which it treats as
    /// plain text.
    static func steps(for encoding: String) -> [Step] {
        switch encoding.lowercased().pythonStripped {
        case "gz", "gzip": [.gunzip]
        case "gz+base64", "gzip+base64", "gz+b64", "gzip+b64": [.base64, .gunzip]
        case "b64", "base64": [.base64]
        default: []
        }
    }

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        return context.compactMapWriteFilesEntries { item in
            guard let encodingNode = context.value("encoding", in: item.node),
                let encoding = context.string(encodingNode),
                let contentNode = context.value("content", in: item.node)
            else { return nil }
            let steps = Self.steps(for: encoding)
            guard !steps.isEmpty else { return nil }
            return finding(
                steps: steps, encoding: encoding, encodingNode: encodingNode, content: contentNode,
                path: item.path.appending(key: "content"), in: context)
        }
    }

    /// Runs cloud-init's steps on one entry's content.
    private func finding(
        steps: [Step], encoding: String, encodingNode: YAMLNodeID, content: YAMLNodeID, path: KeyPath,
        in context: LintContext
    ) -> Diagnostic? {
        let range = context.range(content)
        let shown = "encoding '\(encoding)'"
        var bytes: [UInt8]
        switch context.scalar(content) {
        case .string(let text):
            if steps.first == .base64 {
                guard text.unicodeScalars.allSatisfy(\.isASCII) else {
                    return diagnostic(.nonASCIIBase64(shown), at: range, keyPath: path)
                }
                switch Base64.decodeLikePython(Array(text.utf8)) {
                case .success(let decoded): bytes = decoded
                case .failure(let error):
                    return diagnostic(.invalidBase64(shown, error.message), at: range, keyPath: path)
                }
            } else {
                guard !text.isEmpty else { return nil }
                return textNotGzip(
                    text, encoding: encoding, encodingNode: encodingNode, range: range, path: path, in: context)
            }
        case .binary(let data):
            bytes = data
            if steps.first == .base64 {
                guard Self.isBase64Text(data), case .success(let decoded) = Base64.decodeLikePython(data) else {
                    return diagnostic(.binaryDecodedTwice(shown), at: range, keyPath: path)
                }
                bytes = decoded
            }
        default:
            return nil
        }
        guard steps.contains(.gunzip) else { return nil }
        switch Gzip.inflatedSize(of: bytes) {
        case .success:
            return nil
        case .failure(let error) where error.reason == .tooLarge:
            return diagnostic(.inflatesTooLarge, at: range, keyPath: path, severity: .warning)
        case .failure(let error):
            return diagnostic(
                .invalidGzip(shown, error.message, afterBase64: steps.first == .base64), at: range, keyPath: path)
        }
    }

    /// `gz` content given as text, which is never gzip data.
    private func textNotGzip(
        _ text: String, encoding: String, encodingNode: YAMLNodeID, range: SourceRange, path: KeyPath,
        in context: LintContext
    ) -> Diagnostic {
        let reason: String
        if case .failure(let error) = Gzip.inflatedSize(of: Array(text.utf8), limit: 0) {
            reason = error.message
        } else {
            reason = "Not a gzipped file"
        }
        let bytes = Array(text.utf8)
        guard Self.isBase64Text(bytes), case .success(let decoded) = Base64.decodeLikePython(bytes),
            case .success = Gzip.inflatedSize(of: decoded)
        else {
            return diagnostic(.textNotGzip(encoding, reason: reason), at: range, keyPath: path)
        }
        let combined = encoding.pythonStripped + "+b64"
        return diagnostic(
            .textNotGzip(encoding, reason: reason, combined: combined), at: range, keyPath: path,
            fixIts: [
                FixIt(
                    message: "use encoding '\(combined)'",
                    edits: [TextEdit(range: context.range(encodingNode), replacement: combined)], isSafe: true)
            ])
    }

    /// Whether bytes are base64 text: the alphabet, `=` padding and whitespace only.
    static func isBase64Text(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="),
                UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                true
            default:
                false
            }
        }
    }
}

extension Diagnostic.Message {
    /// What a failure does at boot.
    private static let consequence =
        "cloud-init's write_files raises on it, so neither this file nor the write_files entries after it are written"

    fileprivate static func nonASCIIBase64(_ shown: String) -> Self {
        Self(
            "the content is not base64 text (\(shown)): Python's base64 decoder refuses non-ASCII characters, and "
                + consequence)
    }

    fileprivate static func invalidBase64(_ shown: String, _ reason: String) -> Self {
        "the content does not decode as base64 (\(shown)): \(reason); \(consequence)"
    }

    fileprivate static func binaryDecodedTwice(_ shown: String) -> Self {
        Self(
            "the content is !!binary, which YAML has already decoded, and \(shown) makes cloud-init base64-decode it "
                + "a second time; the bytes are not base64 text, so the file gets garbage or write_files fails; drop "
                + "either the !!binary tag or the encoding")
    }

    fileprivate static let inflatesTooLarge = Self(
        "the content inflates to more than \(Gzip.defaultLimit >> 20) MiB; cloudcfg stopped inflating there without "
            + "checking the rest, and cloud-init would write all of it to disk at boot")

    fileprivate static func invalidGzip(_ shown: String, _ reason: String, afterBase64: Bool) -> Self {
        let what =
            afterBase64
            ? "the content decodes as base64 but is not valid gzip data" : "the content is not valid gzip data"
        return "\(what) (\(shown)): \(reason); \(consequence)"
    }

    fileprivate static func textNotGzip(_ encoding: String, reason: String) -> Self {
        Self(
            "encoding '\(encoding)' expects gzip bytes as !!binary content, but this content is text, which "
                + "cloud-init encodes as UTF-8 and cannot gunzip (\(reason)); \(consequence)")
    }

    fileprivate static func textNotGzip(_ encoding: String, reason: String, combined: String) -> Self {
        "\(textNotGzip(encoding, reason: reason)); the text is base64 of gzip data, which is encoding '\(combined)'"
    }
}
