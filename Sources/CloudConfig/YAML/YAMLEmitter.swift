internal import CLibYAML

/// Why YAML could not be written.
public struct YAMLEmitterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libyaml's reason.
    public var message: String
    /// A human-readable form of the value.
    public var description: String { message }
}

/// Writes values as YAML that cloud-init's loader reads back to the same values.
///
/// libyaml's emitter does the syntax; this type decides the quoting, because libyaml does not
/// know YAML 1.1 typing: a string is written plain only when PyYAML's resolver reads the plain
/// text back as a string, so `'0644'`, `'yes'`, `'22:22'`, `'~'` and `''` stay quoted.
public enum YAMLEmitter {
    /// How the text is laid out.
    public struct Options: Sendable, Hashable {
        /// A first line written before the YAML, such as `#cloud-config`.
        public var header: String?
        /// Spaces per indentation level, 2 through 9.
        public var indent: Int
        /// Keys of the top-level mapping whose sequence is written in flow style (`[Azure]`),
        /// for readers that take the value only from the key's own line (ds-identify and
        /// `datasource_list`).
        public var flowSequenceKeys: Set<String>

        /// Creates options.
        ///
        /// - Parameters:
        ///   - header: A first line written before the YAML.
        ///   - indent: Spaces per indentation level.
        ///   - flowSequenceKeys: Top-level keys whose sequence is written in flow style.
        public init(header: String? = nil, indent: Int = 2, flowSequenceKeys: Set<String> = []) {
            self.header = header
            self.indent = indent
            self.flowSequenceKeys = flowSequenceKeys
        }
    }

    /// Writes one document.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - options: Layout options.
    /// - Returns: UTF-8 YAML text ending with a line break.
    /// - Throws: `YAMLEmitterError` if libyaml refuses an event.
    public static func emit(_ value: YAMLValue, options: Options = Options()) throws(YAMLEmitterError)
        -> String
    {
        var session = Session(indent: options.indent)
        session.flowSequenceKeys = options.flowSequenceKeys
        try session.emit(value)
        let body = session.finish()
        guard let header = options.header else { return body }
        return header + "\n" + body
    }

    /// The style a string scalar is written in, and whether it may be written plain.
    static func style(for text: String, isKey: Bool) -> (style: yaml_scalar_style_t, plainImplicit: Bool) {
        let hasBreak = text.unicodeScalars.contains {
            $0 == "\n" || $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
        if hasBreak {
            let literalSafe =
                !isKey
                && !text.unicodeScalars.contains {
                    $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}"
                }
            return (literalSafe ? YAML_LITERAL_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE, false)
        }
        if YAMLResolver.implicitTag(text) == .str { return (YAML_PLAIN_SCALAR_STYLE, true) }
        return (YAML_SINGLE_QUOTED_SCALAR_STYLE, false)
    }

    /// One emitter and its output; libyaml keeps pointers into both, so they live on the heap.
    private struct Session: ~Copyable {
        let emitter: UnsafeMutablePointer<yaml_emitter_t>
        let output: Output
        var event = yaml_event_t()
        var flowSequenceKeys: Set<String> = []

        final class Output {
            var bytes: [UInt8] = []
        }

        init(indent: Int) {
            emitter = .allocate(capacity: 1)
            emitter.initialize(to: yaml_emitter_t())
            output = Output()
            guard yaml_emitter_initialize(emitter) != 0 else {
                preconditionFailure("libyaml could not allocate an emitter")
            }
            yaml_emitter_set_output(
                emitter,
                { data, buffer, size in
                    guard let data, let buffer else { return 0 }
                    let output = Unmanaged<Output>.fromOpaque(data).takeUnretainedValue()
                    output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                    return 1
                }, Unmanaged.passUnretained(output).toOpaque())
            yaml_emitter_set_unicode(emitter, 1)
            yaml_emitter_set_width(emitter, -1)
            yaml_emitter_set_indent(emitter, Int32(max(2, min(indent, 9))))
        }

        deinit {
            yaml_emitter_delete(emitter)
            emitter.deinitialize(count: 1)
            emitter.deallocate()
        }

        mutating func emit(_ value: YAMLValue) throws(YAMLEmitterError) {
            yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
            try send()
            yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
            try send()
            try tree(value)
            yaml_document_end_event_initialize(&event, 1)
            try send()
            yaml_stream_end_event_initialize(&event)
            try send()
        }

        func finish() -> String {
            yaml_emitter_flush(emitter)
            return String(decoding: output.bytes, as: UTF8.self)
        }

        private mutating func send() throws(YAMLEmitterError) {
            guard yaml_emitter_emit(emitter, &event) != 0 else {
                let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown error"
                throw YAMLEmitterError(message: "libyaml could not write YAML: \(problem)")
            }
        }

        /// A step of writing a value: a node, or the start or end of a collection.
        private enum Step {
            case node(YAMLValue, isKey: Bool)
            case sequenceStart(tag: String?, flow: Bool = false)
            case sequenceEnd
            case mappingStart(tag: String?)
            case mappingEnd
        }

        /// Sends the events of a value, with an explicit stack so that no nesting depth
        /// overflows the call stack.
        private mutating func tree(_ root: YAMLValue) throws(YAMLEmitterError) {
            var steps: [Step] = [.node(root, isKey: false)]
            var isRoot = true
            while let step = steps.popLast() {
                let atRoot = isRoot
                isRoot = false
                switch step {
                case .sequenceStart(let tag, let flow):
                    withOptionalCString(tag) { tagPointer in
                        _ = yaml_sequence_start_event_initialize(
                            &event, nil, tagPointer, tag == nil ? 1 : 0,
                            flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_ANY_SEQUENCE_STYLE)
                    }
                    try send()
                case .sequenceEnd:
                    yaml_sequence_end_event_initialize(&event)
                    try send()
                case .mappingStart(let tag):
                    withOptionalCString(tag) { tagPointer in
                        _ = yaml_mapping_start_event_initialize(
                            &event, nil, tagPointer, tag == nil ? 1 : 0, YAML_ANY_MAPPING_STYLE)
                    }
                    try send()
                case .mappingEnd:
                    yaml_mapping_end_event_initialize(&event)
                    try send()
                case .node(.scalar(let scalar), let isKey):
                    try self.scalar(scalar, isKey: isKey)
                case .node(.sequence(let items), _):
                    steps.append(.sequenceEnd)
                    for item in items.reversed() { steps.append(.node(item, isKey: false)) }
                    steps.append(.sequenceStart(tag: nil))
                case .node(.pairs(let entries), _):
                    steps.append(.sequenceEnd)
                    for entry in entries.reversed() {
                        steps.append(.mappingEnd)
                        steps.append(.node(entry.value, isKey: false))
                        steps.append(.node(entry.key, isKey: true))
                        steps.append(.mappingStart(tag: nil))
                    }
                    steps.append(.sequenceStart(tag: YAMLTag.pairs.uri))
                case .node(.mapping(let entries), _):
                    steps.append(.mappingEnd)
                    for entry in entries.reversed() {
                        if atRoot, case .scalar(.string(let key)) = entry.key, flowSequenceKeys.contains(key),
                            case .sequence(let items) = entry.value
                        {
                            steps.append(.sequenceEnd)
                            for item in items.reversed() { steps.append(.node(item, isKey: false)) }
                            steps.append(.sequenceStart(tag: nil, flow: true))
                        } else {
                            steps.append(.node(entry.value, isKey: false))
                        }
                        steps.append(.node(entry.key, isKey: true))
                    }
                    steps.append(.mappingStart(tag: nil))
                case .node(.set(let members), _):
                    steps.append(.mappingEnd)
                    for member in members.reversed() {
                        steps.append(.node(.scalar(.null), isKey: false))
                        steps.append(.node(member, isKey: true))
                    }
                    steps.append(.mappingStart(tag: YAMLTag.set.uri))
                }
            }
        }

        private mutating func scalar(_ scalar: YAMLScalar, isKey: Bool) throws(YAMLEmitterError) {
            var tag: String?
            let text: String
            var style = YAML_PLAIN_SCALAR_STYLE
            var plainImplicit = true
            switch scalar {
            case .null: text = "null"
            case .bool(let value): text = value ? "true" : "false"
            case .int(let value): text = value.description
            case .float(let value): text = YAMLEmitter.floatText(value)
            case .date(let value): text = value.description
            case .dateTime(let value): text = value.isoformat(separator: " ")
            case .binary(let value):
                text = Base64.encode(value)
                tag = YAMLTag.binary.uri
                plainImplicit = false
            case .string(let value):
                text = value
                (style, plainImplicit) = YAMLEmitter.style(for: value, isKey: isKey)
            }
            var bytes = Array(text.utf8)
            let count = bytes.count
            bytes.withUnsafeMutableBufferPointer { buffer in
                withOptionalCString(tag) { tagPointer in
                    _ = yaml_scalar_event_initialize(
                        &event, nil, tagPointer, buffer.baseAddress, Int32(count),
                        plainImplicit ? 1 : 0, tag == nil ? 1 : 0, style)
                }
            }
            try send()
        }
    }

    /// A float as PyYAML's representer writes it, so that it reads back as a float: `1.0e+16`,
    /// `.inf`, `-.inf`, `.nan`.
    static func floatText(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        var text = PythonFormat.floatRepr(value)
        if !text.contains("."), let e = text.firstIndex(of: "e") {
            text.replaceSubrange(e...e, with: ".0e")
        }
        return text
    }
}

/// Calls a body with a mutable C string for an optional Swift string (libyaml's event
/// initialisers take `yaml_char_t *` and copy it).
private func withOptionalCString<Result>(
    _ string: String?, _ body: (UnsafeMutablePointer<yaml_char_t>?) -> Result
) -> Result {
    guard let string else { return body(nil) }
    var bytes = Array(string.utf8) + [0]
    return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress) }
}
