internal import CLibYAML

/// A libyaml syntax error: the problem, where it was found, and the construct being parsed.
struct YAMLSyntaxError: Error, Sendable {
    var problem: String
    var mark: YAMLMark
    var context: String?
    var contextMark: YAMLMark?
}

/// Pulls parse events from libyaml.
///
/// libyaml keeps a pointer to its parser state inside that state, so the parser and a private
/// copy of the input live on the heap for the reader's whole life and never move.
struct YAMLEventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var event = yaml_event_t()
    private var finished = false

    /// Creates a reader over UTF-8 bytes.
    ///
    /// - Parameter bytes: The YAML text, without a byte order mark.
    init(bytes: ArraySlice<UInt8>) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        input = .allocate(capacity: max(1, bytes.count))
        _ = input.initialize(from: bytes)
        guard yaml_parser_initialize(parser) != 0 else {
            preconditionFailure("libyaml could not allocate a parser")
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        input.deallocate()
    }

    /// Reads the next event.
    ///
    /// - Returns: The event, or `nil` after the end of the stream.
    /// - Throws: `YAMLSyntaxError` when the text is not YAML.
    mutating func next() throws(YAMLSyntaxError) -> YAMLEvent? {
        guard !finished else { return nil }
        guard yaml_parser_parse(parser, &event) != 0 else {
            finished = true
            throw syntaxError()
        }
        defer { yaml_event_delete(&event) }
        var result = YAMLEvent(kind: .streamEnd, start: Self.mark(event.start_mark), end: Self.mark(event.end_mark))
        switch event.type {
        case YAML_STREAM_START_EVENT:
            result.kind = .streamStart
        case YAML_STREAM_END_EVENT:
            result.kind = .streamEnd
            finished = true
        case YAML_DOCUMENT_START_EVENT:
            result.kind = .documentStart(implicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            result.kind = .documentEnd(implicit: event.data.document_end.implicit != 0)
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.anchor = Self.string(event.data.alias.anchor)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            result.kind = .scalar
            result.anchor = Self.string(scalar.anchor)
            result.tag = Self.string(scalar.tag)
            if let value = scalar.value {
                result.value = String(decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
            }
            result.plainImplicit = scalar.plain_implicit != 0
            switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: result.scalarStyle = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: result.scalarStyle = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: result.scalarStyle = .literal
            case YAML_FOLDED_SCALAR_STYLE: result.scalarStyle = .folded
            default: result.scalarStyle = .plain
            }
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.anchor = Self.string(event.data.sequence_start.anchor)
            result.tag = Self.string(event.data.sequence_start.tag)
            result.collectionStyle =
                event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
        case YAML_SEQUENCE_END_EVENT:
            result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.anchor = Self.string(event.data.mapping_start.anchor)
            result.tag = Self.string(event.data.mapping_start.tag)
            result.collectionStyle =
                event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
        case YAML_MAPPING_END_EVENT:
            result.kind = .mappingEnd
        default:
            result.kind = .streamEnd
            finished = true
        }
        return result
    }

    private func syntaxError() -> YAMLSyntaxError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown YAML error"
        var mark = Self.mark(parser.pointee.problem_mark)
        if parser.pointee.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark.
            mark = YAMLMark(line: -1, column: -1, index: parser.pointee.problem_offset)
        }
        let context = parser.pointee.context.map { String(cString: $0) }
        return YAMLSyntaxError(
            problem: problem, mark: mark, context: context,
            contextMark: context == nil ? nil : Self.mark(parser.pointee.context_mark))
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line), column: Int(mark.column), index: Int(mark.index))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// Parses the bytes and discards every event, as a baseline for benchmarks.
    ///
    /// - Parameter bytes: The YAML text.
    /// - Returns: The number of events, or `nil` on a syntax error.
    static func countEvents(_ bytes: ArraySlice<UInt8>) -> Int? {
        var reader = YAMLEventReader(bytes: bytes)
        var count = 0
        while true {
            guard yaml_parser_parse(reader.parser, &reader.event) != 0 else { return nil }
            let type = reader.event.type
            yaml_event_delete(&reader.event)
            count += 1
            if type == YAML_STREAM_END_EVENT { return count }
        }
    }
}
