/// The input nodes are read from, shared by every node of a stream: it gives most scalars
/// their text and every node its line and column.
final class NodeInput: Sendable {
    let file: SourceFile
    let bytes: [UInt8]
    let lineStarts: LineStarts
    private let isASCII: Bool
    private let contentStart: Int

    /// How far into a line of non-ASCII text a column is worked out by counting characters;
    /// a position further along keeps its column, so that no lookup scans a long line.
    static let columnScanLimit = 4096

    init(_ file: SourceFile) {
        self.file = file
        bytes = file.bytes
        lineStarts = file.lineStarts
        isASCII = file.isASCII
        contentStart = file.contentStart
    }

    /// What ``SourceFile/location(atOffset:)`` gives, searching for the line from `first`, a
    /// line that starts at or before the offset (such as a node's start line for its end).
    func location(atOffset offset: Int, fromLine first: Int = 0) -> SourceLocation {
        SourceFile.location(
            atOffset: offset, fromLine: first, bytes: bytes, lineStarts: lineStarts, isASCII: isASCII,
            contentStart: contentStart)
    }

    /// Whether ``SourceFile/location(atOffset:)`` gives back `location` from its offset,
    /// checked on the location's own line without searching (and without counting past
    /// ``columnScanLimit`` bytes).
    func derives(_ location: SourceLocation) -> Bool {
        let index = location.line - 1
        let offset = location.offset
        guard index >= 0, index < lineStarts.count, offset >= 0, offset <= bytes.count, offset <= Int(Int32.max),
            lineStarts[index] <= offset, index + 1 == lineStarts.count || offset < lineStarts[index + 1]
        else { return false }
        var start = lineStarts[index]
        if index == 0 { start = min(max(start, contentStart), offset) }
        if isASCII { return location.column == offset - start + 1 }
        guard offset - start <= Self.columnScanLimit else { return false }
        return location.column == SourceFile.scalarCount(bytes, from: start, to: offset) + 1
    }
}
