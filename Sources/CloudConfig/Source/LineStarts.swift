/// The byte offset at which each line of an input starts, four bytes a line.
///
/// Inputs are at most 1 GiB, so every offset fits 32 bits; a large input has millions of lines,
/// and the index lives as long as its ``SourceFile``.
public struct LineStarts: RandomAccessCollection, Sendable, Equatable {
    private var offsets: [UInt32] = [0]

    /// The index of the first line: 0.
    public var startIndex: Int { 0 }
    /// The number of lines.
    public var endIndex: Int { offsets.count }

    /// The byte offset at which a 0-based line starts.
    public subscript(position: Int) -> Int { Int(offsets[position]) }

    /// Records the start of the next line.
    mutating func append(_ offset: Int) {
        offsets.append(UInt32(truncatingIfNeeded: offset))
    }
}
