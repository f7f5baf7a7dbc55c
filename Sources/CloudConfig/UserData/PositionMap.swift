/// Maps byte offsets in a part's payload (the bytes cloud-init's handler receives) to positions
/// in the text they came from: the file as given, or a decoded text named by its envelope path.
///
/// Most bytes map one to one. Where decoding turned several source bytes into one payload byte
/// (quoted-printable `=3D`) or one source character into several payload bytes (the escapes
/// Python's email parser writes for non-ASCII text under 7bit), the payload bytes all map to the
/// start of that source text and a range ending inside them ends after it.
///
/// - 7bit, 8bit and unencoded MIME parts map into the file's own lines (or the decoded text the
///   MIME is in).
/// - Quoted-printable parts map byte by byte into the file's own lines: `=XX` to its three
///   characters, soft line breaks dropped, so the payload is exact but not contiguous.
/// - base64 parts, gzip parts and the outer base64 and gzip layers map into the decoded text,
///   which ``text`` names by its envelope path.
/// - Archive items map line by line into a literal block (`content: |`); any other scalar style
///   maps every byte to the whole scalar.
/// - uuencoded parts are not decoded (cloud-init decodes them): positions are of the encoded text.
public struct PositionMap: Sendable {
    /// A stretch of payload bytes and the source bytes it came from.
    struct Run: Sendable {
        /// The first payload offset of the run.
        var payloadStart: Int
        /// The number of payload bytes.
        var length: Int
        /// The first source offset.
        var sourceStart: Int
        /// The source offset just after the run.
        var sourceEnd: Int
        /// Whether payload and source bytes correspond one to one.
        var isExact: Bool
    }

    /// The text positions are in.
    public let text: EnvelopeText
    /// The payload's length in bytes.
    public let payloadLength: Int
    /// The stretches, in payload order.
    let runs: [Run]

    /// Creates a map from runs.
    init(text: EnvelopeText, payloadLength: Int, runs: [Run]) {
        self.text = text
        self.payloadLength = payloadLength
        self.runs = runs
    }

    /// The map of a payload that is the whole of a text.
    ///
    /// - Parameter text: The text, which is the payload.
    /// - Returns: The identity map.
    public static func identity(of text: EnvelopeText) -> PositionMap {
        let count = text.source.bytes.count
        return PositionMap(
            text: text, payloadLength: count,
            runs: count == 0
                ? [] : [Run(payloadStart: 0, length: count, sourceStart: 0, sourceEnd: count, isExact: true)])
    }

    /// Whether every payload byte maps to one source byte of its own (decoding may still have
    /// dropped source bytes between them, as quoted-printable soft line breaks are dropped).
    public var isExact: Bool { runs.allSatisfy(\.isExact) }

    /// Whether the payload is a contiguous slice of the text.
    public var isContiguous: Bool { runs.count <= 1 && isExact }

    /// The envelope path of the text positions are in.
    public var envelope: EnvelopePath { text.path }

    /// The source offset a payload offset maps to.
    ///
    /// - Parameter offset: A payload offset, clamped to the payload; the payload's length maps
    ///   to the end of the last source byte.
    /// - Returns: An offset in ``text``.
    public func sourceOffset(ofPayloadOffset offset: Int) -> Int {
        guard let run = run(containing: offset) else { return runs.first?.sourceStart ?? 0 }
        if offset >= run.payloadStart + run.length { return run.sourceEnd }
        return run.isExact ? run.sourceStart + (offset - run.payloadStart) : run.sourceStart
    }

    /// The position a payload offset maps to.
    ///
    /// - Parameter offset: A payload offset.
    /// - Returns: The line, column and offset in ``text``.
    public func location(ofPayloadOffset offset: Int) -> SourceLocation {
        text.source.location(atOffset: sourceOffset(ofPayloadOffset: offset))
    }

    /// The range a payload range maps to; a range ending inside bytes decoded from a longer
    /// source ends after that source.
    ///
    /// - Parameter range: A range of payload offsets.
    /// - Returns: The range in ``text``.
    public func range(ofPayloadRange range: Range<Int>) -> SourceRange {
        let start = sourceOffset(ofPayloadOffset: range.lowerBound)
        var end = start
        if range.upperBound > range.lowerBound, let run = run(containing: range.upperBound - 1) {
            let last = range.upperBound - 1
            end = run.isExact ? run.sourceStart + (last - run.payloadStart) + 1 : run.sourceEnd
        }
        return SourceRange(
            start: text.source.location(atOffset: start), end: text.source.location(atOffset: max(start, end)))
    }

    /// The range a range in the payload maps to, for diagnostics computed on the payload as a
    /// ``SourceFile`` of its own.
    ///
    /// - Parameter range: A range whose offsets are payload offsets.
    /// - Returns: The range in ``text``.
    public func range(_ range: SourceRange) -> SourceRange {
        self.range(ofPayloadRange: range.start.offset..<max(range.start.offset, range.end.offset))
    }

    /// The source range a payload range maps to byte for byte, when it lies within one stretch
    /// of payload bytes that are the source bytes; `nil` otherwise (decoded bytes, or a range
    /// across a dropped line break), so that an edit is only ever applied where it means the same.
    ///
    /// - Parameter range: A range of payload offsets (an insertion when empty).
    /// - Returns: The range of source offsets in ``text``, or `nil`.
    package func exactSourceRange(ofPayloadRange range: Range<Int>) -> Range<Int>? {
        guard let index = runIndex(containing: range.lowerBound) else {
            return range.isEmpty && range.lowerBound == 0 && payloadLength == 0 ? 0..<0 : nil
        }
        let run = runs[index]
        guard run.isExact, range.lowerBound >= run.payloadStart, range.upperBound <= run.payloadStart + run.length
        else { return nil }
        let start = run.sourceStart + (range.lowerBound - run.payloadStart)
        return start..<(start + range.count)
    }

    /// This map continued through another: this map's source offsets are payload offsets of
    /// `outer`, whose text the result maps into.
    ///
    /// - Parameter outer: The map of the text this map's offsets refer to.
    /// - Returns: The composed map.
    func composed(through outer: PositionMap) -> PositionMap {
        var builder = Builder()
        for run in runs {
            if run.isExact {
                builder.append(through: outer, payloadRange: run.sourceStart..<run.sourceEnd)
            } else {
                let range = outer.range(ofPayloadRange: run.sourceStart..<run.sourceEnd)
                builder.appendDecoded(count: run.length, source: range.start.offset..<range.end.offset)
            }
        }
        return builder.build(text: outer.text)
    }

    /// The last run starting at or before an offset.
    private func run(containing offset: Int) -> Run? {
        runIndex(containing: offset).map { runs[$0] }
    }

    /// The index of the last run starting at or before an offset (the first run for offsets
    /// before it).
    func runIndex(containing offset: Int) -> Int? {
        guard !runs.isEmpty else { return nil }
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].payloadStart <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension PositionMap {
    /// Builds a map byte by byte or stretch by stretch, merging stretches that continue each other.
    struct Builder {
        private(set) var runs: [Run] = []
        private(set) var length = 0

        /// Adds payload bytes that are the source bytes `sourceStart..<sourceStart + count`.
        mutating func appendExact(count: Int, sourceStart: Int) {
            guard count > 0 else { return }
            if let last = runs.last, last.isExact, last.sourceEnd == sourceStart {
                runs[runs.count - 1].length += count
                runs[runs.count - 1].sourceEnd += count
            } else {
                runs.append(
                    Run(
                        payloadStart: length, length: count, sourceStart: sourceStart, sourceEnd: sourceStart + count,
                        isExact: true))
            }
            length += count
        }

        /// Adds payload bytes that all come from the source bytes `source`.
        mutating func appendDecoded(count: Int, source: Range<Int>) {
            guard count > 0 else { return }
            if count == source.count {
                appendExact(count: count, sourceStart: source.lowerBound)
                return
            }
            runs.append(
                Run(
                    payloadStart: length, length: count, sourceStart: source.lowerBound, sourceEnd: source.upperBound,
                    isExact: false))
            length += count
        }

        /// Adds payload bytes mapped through another map: payload offsets `inner` of that map.
        mutating func append(through map: PositionMap, payloadRange inner: Range<Int>) {
            guard !inner.isEmpty else { return }
            guard var index = map.runIndex(containing: inner.lowerBound) else {
                appendDecoded(count: inner.count, source: 0..<0)
                return
            }
            var offset = inner.lowerBound
            while offset < inner.upperBound {
                let run = map.runs[index]
                let runEnd = min(inner.upperBound, run.payloadStart + run.length)
                guard runEnd > offset else {
                    appendDecoded(count: inner.upperBound - offset, source: run.sourceEnd..<run.sourceEnd)
                    return
                }
                if run.isExact {
                    appendExact(count: runEnd - offset, sourceStart: run.sourceStart + (offset - run.payloadStart))
                } else {
                    appendDecoded(count: runEnd - offset, source: run.sourceStart..<run.sourceEnd)
                }
                offset = runEnd
                if index + 1 < map.runs.count { index += 1 }
            }
        }

        /// The finished map.
        func build(text: EnvelopeText) -> PositionMap {
            PositionMap(text: text, payloadLength: length, runs: runs)
        }
    }
}
