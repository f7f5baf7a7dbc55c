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

    /// The 0-based index of the line containing a byte offset: the last line that starts at or
    /// before it (line 0 for an offset before the start).
    ///
    /// - Parameters:
    ///   - offset: A byte offset.
    ///   - first: A line known to start at or before `offset` (such as the line of a range's
    ///     start, when looking for its end): the search starts there, and a line that starts
    ///     after `offset` is ignored.
    /// - Returns: The line's index.
    func line(containing offset: Int, from first: Int = 0) -> Int {
        offsets.withUnsafeBufferPointer { starts in
            let count = starts.count
            var low = first >= 0 && first < count && Int(starts[first]) <= offset ? first : 0
            // Most ranges end on the line they start on, or on the next one.
            if low + 1 == count || Int(starts[low + 1]) > offset { return low }
            if low + 2 == count || Int(starts[low + 2]) > offset { return low + 1 }
            var high = count - 1
            low += 2
            while low < high {
                let mid = (low + high + 1) / 2
                if Int(starts[mid]) <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
    }

    /// Records the start of the next line.
    mutating func append(_ offset: Int) {
        offsets.append(UInt32(truncatingIfNeeded: offset))
    }
}
