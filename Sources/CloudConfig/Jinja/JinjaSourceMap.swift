/// Where each byte of a rendered template came from.
///
/// Literal template text maps byte for byte (a CR LF that Jinja turned into LF maps to both
/// bytes); the output of `{{ expression }}`, of a `{% filter %}` block and of cloud-init's final
/// line break maps to the range of the tag or block that produced it.
public struct JinjaSourceMap: Sendable {
    /// One stretch of output and its origin.
    public struct Segment: Sendable, Hashable {
        /// The output bytes, `outputStart..<outputEnd`.
        public var outputStart: Int
        /// The byte after the segment.
        public var outputEnd: Int
        /// For literal text: the normalized body offset of the segment's first byte.
        let literalStart: Int?
        /// For produced text: the range of the tag or block that produced it.
        let producedBy: SourceRange?

        /// Whether the segment is literal template text.
        public var isLiteral: Bool { literalStart != nil }
    }

    /// The segments in output order; they cover the output without gaps.
    public private(set) var segments: [Segment] = []
    let source: JinjaSource

    init(source: JinjaSource) { self.source = source }

    /// Appends a literal segment.
    mutating func appendLiteral(outputStart: Int, outputEnd: Int, bodyStart: Int) {
        guard outputEnd > outputStart else { return }
        segments.append(
            Segment(outputStart: outputStart, outputEnd: outputEnd, literalStart: bodyStart, producedBy: nil))
    }

    /// Appends a produced segment.
    mutating func appendProduced(outputStart: Int, outputEnd: Int, by range: SourceRange) {
        guard outputEnd > outputStart else { return }
        segments.append(Segment(outputStart: outputStart, outputEnd: outputEnd, literalStart: nil, producedBy: range))
    }

    /// The template range a segment comes from.
    ///
    /// - Parameter segment: One of ``segments``.
    /// - Returns: The literal text's range, or the producing tag's range.
    public func templateRange(of segment: Segment) -> SourceRange {
        if let literal = segment.literalStart {
            return source.range(literal, literal + (segment.outputEnd - segment.outputStart))
        }
        return segment.producedBy ?? SourceRange(at: source.location(0))
    }

    /// The segment containing an output offset (the last one for the end of the output).
    private func segmentIndex(containing offset: Int) -> Int? {
        guard !segments.isEmpty else { return nil }
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].outputStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The template range that produced the output byte at `offset`: one byte of literal text,
    /// or the whole producing tag.
    ///
    /// - Parameter offset: A byte offset in the output.
    /// - Returns: The range in the template file.
    public func templateRange(forOutputOffset offset: Int) -> SourceRange {
        guard let index = segmentIndex(containing: offset) else { return SourceRange(at: source.location(0)) }
        let segment = segments[index]
        if let literal = segment.literalStart {
            let position = literal + min(max(0, offset - segment.outputStart), segment.outputEnd - segment.outputStart)
            return source.range(position, position + (offset < segment.outputEnd ? 1 : 0))
        }
        return segment.producedBy ?? SourceRange(at: source.location(0))
    }

    /// Maps a range of the rendered text (by its byte offsets) to the template: from where its
    /// first byte came from to where its last byte came from; an empty range maps to a point or
    /// to the producing tag.
    ///
    /// - Parameter range: A range in the rendered text, such as a YAML finding's.
    /// - Returns: The range in the template file.
    public func templateRange(for range: SourceRange) -> SourceRange {
        let start = templateRange(forOutputOffset: range.start.offset)
        if range.end.offset <= range.start.offset {
            return start.isEmpty || start.end.offset - start.start.offset == 1 && isLiteral(range.start.offset)
                ? SourceRange(at: start.start) : start
        }
        let last = templateRange(forOutputOffset: range.end.offset - 1)
        return SourceRange(start: start.start, end: max(start.end, last.end))
    }

    /// The template range an output range maps to byte for byte: when it lies within one
    /// stretch of literal template text; `nil` otherwise (output an expression produced).
    ///
    /// - Parameter range: A range of output offsets (an insertion when empty).
    /// - Returns: The range in the template file, or `nil`.
    package func exactTemplateRange(forOutputRange range: Range<Int>) -> SourceRange? {
        guard let index = segmentIndex(containing: range.lowerBound) else { return nil }
        let segment = segments[index]
        guard let literal = segment.literalStart, range.lowerBound >= segment.outputStart,
            range.upperBound <= segment.outputEnd
        else { return nil }
        let start = literal + (range.lowerBound - segment.outputStart)
        let mapped = source.range(start, start + range.count)
        // A CR LF that Jinja read as LF makes the file range longer than the output range.
        guard mapped.end.offset - mapped.start.offset == range.count else { return nil }
        return mapped
    }

    private func isLiteral(_ offset: Int) -> Bool {
        guard let index = segmentIndex(containing: offset) else { return false }
        return segments[index].isLiteral
    }
}
