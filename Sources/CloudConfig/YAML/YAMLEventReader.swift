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
/// libyaml keeps a pointer to its parser state inside that state, so the parser lives on the
/// heap for the reader's whole life and never moves. libyaml reads the caller's bytes in place:
/// the caller keeps them alive and unmoved while the reader exists (``YAMLComposer`` reads
/// inside `withUnsafeBufferPointer`).
package struct YAMLEventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// A byte standing in for an empty input, which has no address.
    private let emptyInput: UnsafeMutablePointer<UInt8>?
    private var event = yaml_event_t()
    /// Whether ``event`` holds an event libyaml has not yet been told to free.
    private var holdsEvent = false
    private var finished = false

    /// Creates a reader over UTF-8 bytes, which libyaml reads without copying them.
    ///
    /// - Parameter bytes: The YAML text, without a byte order mark; it must stay alive and
    ///   unmoved for the reader's whole life.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) != 0 else {
            preconditionFailure("libyaml could not allocate a parser")
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let base = bytes.baseAddress {
            emptyInput = nil
            yaml_parser_set_input_string(parser, base, bytes.count)
        } else {
            // libyaml reads nothing of an empty input but needs a pointer to it.
            let empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
            empty.initialize(to: 0)
            emptyInput = empty
            yaml_parser_set_input_string(parser, empty, 0)
        }
    }

    deinit {
        if holdsEvent {
            // A copy of the C struct points at the same allocations; freeing through it frees them.
            var last = event
            yaml_event_delete(&last)
        }
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        emptyInput?.deallocate()
    }

    /// Reads the next event; its value, anchor and tag are readable until the next call.
    ///
    /// - Returns: The event, or `nil` after the end of the stream.
    /// - Throws: `YAMLSyntaxError` when the text is not YAML.
    mutating func next() throws(YAMLSyntaxError) -> YAMLEvent? {
        if holdsEvent {
            yaml_event_delete(&event)
            holdsEvent = false
        }
        guard !finished else { return nil }
        guard yaml_parser_parse(parser, &event) != 0 else {
            finished = true
            throw syntaxError()
        }
        holdsEvent = true
        let start = Self.mark(event.start_mark)
        let end = Self.mark(event.end_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return YAMLEvent(kind: .streamStart, start: start, end: end)
        case YAML_DOCUMENT_START_EVENT:
            return YAMLEvent(
                kind: .documentStart(implicit: event.data.document_start.implicit != 0), start: start, end: end)
        case YAML_DOCUMENT_END_EVENT:
            return YAMLEvent(
                kind: .documentEnd(implicit: event.data.document_end.implicit != 0), start: start, end: end)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias, start: start, end: end)
        case YAML_SCALAR_EVENT:
            let style: YAMLScalarStyle
            switch event.data.scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            return YAMLEvent(
                kind: .scalar, start: start, end: end, scalarStyle: style,
                plainImplicit: event.data.scalar.plain_implicit != 0)
        case YAML_SEQUENCE_START_EVENT:
            return YAMLEvent(
                kind: .sequenceStart, start: start, end: end,
                collectionStyle: event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block)
        case YAML_SEQUENCE_END_EVENT:
            return YAMLEvent(kind: .sequenceEnd, start: start, end: end)
        case YAML_MAPPING_START_EVENT:
            return YAMLEvent(
                kind: .mappingStart, start: start, end: end,
                collectionStyle: event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block)
        case YAML_MAPPING_END_EVENT:
            return YAMLEvent(kind: .mappingEnd, start: start, end: end)
        default:
            finished = true
            return YAMLEvent(kind: .streamEnd, start: start, end: end)
        }
    }

    /// The current scalar's value; empty for other events.
    var value: String {
        guard holdsEvent, event.type == YAML_SCALAR_EVENT, let pointer = event.data.scalar.value else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: event.data.scalar.length), as: UTF8.self)
    }

    /// The current scalar's value as UTF-8 bytes, valid until the next call to ``next()``;
    /// empty for other events. libyaml hands over only valid UTF-8.
    var valueBytes: UnsafeBufferPointer<UInt8> {
        guard holdsEvent, event.type == YAML_SCALAR_EVENT, let pointer = event.data.scalar.value else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: pointer, count: event.data.scalar.length)
    }

    /// Whether the current scalar or collection has an anchor or an explicit tag; most have
    /// neither, and then no optional string needs to be made or released.
    var hasProperties: Bool {
        guard holdsEvent else { return false }
        switch event.type {
        case YAML_SCALAR_EVENT: return event.data.scalar.anchor != nil || event.data.scalar.tag != nil
        case YAML_SEQUENCE_START_EVENT:
            return event.data.sequence_start.anchor != nil || event.data.sequence_start.tag != nil
        case YAML_MAPPING_START_EVENT:
            return event.data.mapping_start.anchor != nil || event.data.mapping_start.tag != nil
        default: return false
        }
    }

    /// The current node's anchor, or the name the current alias refers to.
    var anchor: String? {
        guard holdsEvent else { return nil }
        switch event.type {
        case YAML_ALIAS_EVENT: return Self.string(event.data.alias.anchor)
        case YAML_SCALAR_EVENT: return Self.string(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: return Self.string(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: return Self.string(event.data.mapping_start.anchor)
        default: return nil
        }
    }

    /// The current node's explicit tag, with handles expanded (`!!int` is
    /// `tag:yaml.org,2002:int`).
    var tag: String? {
        guard holdsEvent else { return nil }
        switch event.type {
        case YAML_SCALAR_EVENT: return Self.string(event.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: return Self.string(event.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: return Self.string(event.data.mapping_start.tag)
        default: return nil
        }
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

    /// Parses the bytes and discards every event, as a baseline for benchmarks: libyaml's bare
    /// event parse, reading the bytes in place as the composer does.
    ///
    /// - Parameter bytes: The YAML text.
    /// - Returns: The number of events, or `nil` on a syntax error.
    package static func countEvents(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = YAMLEventReader(bytes: buffer)
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
}
