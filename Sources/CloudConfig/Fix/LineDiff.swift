/// The lines two texts share and the lines that differ, as an edit script: Myers' O(ND)
/// algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986) on lines compared as
/// bytes, after the common first and last lines are set aside.
///
/// A line is its bytes up to and including its `\n`; a carriage return stays part of the line,
/// and the last line may lack the `\n`, so `a` and `a\n` differ, as they do to `diff`. When more
/// than ``maxDifferences`` lines differ (thousands of fixes in one file), the texts are first cut
/// at the lines that occur once in each, in the same order (as patience diff does), and each
/// stretch between them is compared on its own; a stretch that still differs too much is
/// replaced whole: still correct, only less precise.
struct LineDiff: Sendable {
    /// One step of the script.
    enum Operation: Sendable, Hashable {
        /// A line of both texts: the old line at the first index, the new at the second.
        case equal(Int, Int)
        /// An old line that is not in the new text.
        case delete(Int)
        /// A new line that is not in the old text.
        case insert(Int)
    }

    /// The most differing lines the search looks for before it falls back to one replacement;
    /// its memory grows with the square of this number.
    static let maxDifferences = 2000

    /// The lines of the old text.
    let old: [ArraySlice<UInt8>]
    /// The lines of the new text.
    let new: [ArraySlice<UInt8>]
    /// The script, in order: every old line once (equal or deleted), every new line once (equal
    /// or inserted); within a run of changes, deletions come before insertions.
    let operations: [Operation]

    /// Compares two texts line by line.
    ///
    /// - Parameters:
    ///   - old: The text before.
    ///   - new: The text after.
    init(old: [UInt8], new: [UInt8]) {
        self.old = Self.lines(old)
        self.new = Self.lines(new)
        operations = Self.script(self.old, self.new)
    }

    /// The lines of a text, each with its `\n`; the last one without it when the text does not
    /// end with one. An empty text has no lines.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// The edit script between two lists of lines.
    private static func script(_ old: [ArraySlice<UInt8>], _ new: [ArraySlice<UInt8>]) -> [Operation] {
        // Lines become numbers, so that the search compares integers.
        var numbers: [ArraySlice<UInt8>: Int32] = [:]
        func number(_ line: ArraySlice<UInt8>) -> Int32 {
            if let known = numbers[line] { return known }
            let next = Int32(numbers.count)
            numbers[line] = next
            return next
        }
        let a = old.map(number)
        let b = new.map(number)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var operations: [Operation] = (0..<prefix).map { .equal($0, $0) }
        middle(a, prefix..<(a.count - suffix), b, prefix..<(b.count - suffix), depth: 0, into: &operations)
        operations += (0..<suffix).map { .equal(a.count - suffix + $0, b.count - suffix + $0) }
        return deletionsFirst(operations)
    }

    /// How many times the texts are cut at unique lines, within one another, at most.
    private static let maxAnchorDepth = 4

    /// The script for two stretches whose first and last lines differ: Myers' search, or, when
    /// they differ too much, the stretches cut at their unique common lines, or replaced whole.
    private static func middle(
        _ a: [Int32], _ rangeA: Range<Int>, _ b: [Int32], _ rangeB: Range<Int>, depth: Int,
        into operations: inout [Operation]
    ) {
        let sliceA = Array(a[rangeA])
        let sliceB = Array(b[rangeB])
        let found = abs(sliceA.count - sliceB.count) <= maxDifferences ? myers(sliceA, sliceB) : nil
        if let found {
            operations += found.map { operation in
                switch operation {
                case .equal(let i, let j): .equal(i + rangeA.lowerBound, j + rangeB.lowerBound)
                case .delete(let i): .delete(i + rangeA.lowerBound)
                case .insert(let j): .insert(j + rangeB.lowerBound)
                }
            }
            return
        }
        let anchors = depth < maxAnchorDepth ? uniqueCommonLines(a, rangeA, b, rangeB) : []
        guard !anchors.isEmpty else {
            operations += rangeA.map { .delete($0) } + rangeB.map { .insert($0) }
            return
        }
        var (i, j) = (rangeA.lowerBound, rangeB.lowerBound)
        for (anchorA, anchorB) in anchors + [(rangeA.upperBound, rangeB.upperBound)] {
            // The stretch before the anchor, without the lines it shares at either end.
            var (startA, startB) = (i, j)
            while startA < anchorA, startB < anchorB, a[startA] == b[startB] {
                operations.append(.equal(startA, startB))
                startA += 1
                startB += 1
            }
            var (endA, endB) = (anchorA, anchorB)
            while endA > startA, endB > startB, a[endA - 1] == b[endB - 1] {
                endA -= 1
                endB -= 1
            }
            if startA < endA || startB < endB {
                middle(a, startA..<endA, b, startB..<endB, depth: depth + 1, into: &operations)
            }
            operations += (0..<(anchorA - endA)).map { .equal(endA + $0, endB + $0) }
            if anchorA < rangeA.upperBound { operations.append(.equal(anchorA, anchorB)) }
            (i, j) = (anchorA + 1, anchorB + 1)
        }
    }

    /// The lines that occur exactly once in each stretch, as pairs of positions, the longest
    /// series of them in the same order in both (patience sorting).
    private static func uniqueCommonLines(
        _ a: [Int32], _ rangeA: Range<Int>, _ b: [Int32], _ rangeB: Range<Int>
    ) -> [(Int, Int)] {
        var seen: [Int32: (countA: Int, countB: Int, positionA: Int, positionB: Int)] = [:]
        for index in rangeA { seen[a[index], default: (0, 0, index, 0)].countA += 1 }
        for index in rangeB {
            guard var entry = seen[b[index]] else { continue }
            entry.countB += 1
            entry.positionB = index
            seen[b[index]] = entry
        }
        let pairs = seen.values.filter { $0.countA == 1 && $0.countB == 1 }.map { ($0.positionA, $0.positionB) }
            .sorted { $0.0 < $1.0 }
        // The longest increasing series of positions in b: piles of tails, with links back.
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var series: [(Int, Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            series.append(pairs[index])
            index = previous[index]
        }
        return series.reversed()
    }

    /// Myers' greedy search for the shortest script, or `nil` when it needs more than
    /// ``maxDifferences`` insertions and deletions.
    private static func myers(_ a: [Int32], _ b: [Int32]) -> [Operation]? {
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return a.indices.map { .delete($0) } + b.indices.map { .insert($0) } }
        let limit = min(n + m, maxDifferences)
        let offset = limit + 1
        var frontier = [Int32](repeating: 0, count: 2 * limit + 3)
        // The frontier after each step d, diagonals -d...d, for the way back.
        var trace: [[Int32]] = []
        for d in 0...limit {
            var x = 0
            for k in stride(from: -d, through: d, by: 2) {
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = Int(frontier[offset + k + 1])
                } else {
                    x = Int(frontier[offset + k - 1]) + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = Int32(x)
                if x >= n, y >= m {
                    trace.append(Array(frontier[(offset - d)...(offset + d)]))
                    return backtrack(trace, n: n, m: m)
                }
            }
            trace.append(Array(frontier[(offset - d)...(offset + d)]))
        }
        return nil
    }

    /// The script read back from the frontiers of a finished search.
    private static func backtrack(_ trace: [[Int32]], n: Int, m: Int) -> [Operation] {
        var operations: [Operation] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let k = x - y
            // The frontier of step d - 1, indexed from diagonal -(d - 1).
            func previous(_ diagonal: Int) -> Int { Int(trace[d - 1][diagonal + d - 1]) }
            if d == 0 {
                while x > 0 && y > 0 {
                    x -= 1
                    y -= 1
                    operations.append(.equal(x, y))
                }
                break
            }
            let down = k == -d || (k != d && previous(k - 1) < previous(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = previous(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1
                y -= 1
                operations.append(.equal(x, y))
            }
            if down {
                y -= 1
                operations.append(.insert(y))
            } else {
                x -= 1
                operations.append(.delete(x))
            }
        }
        return operations.reversed()
    }

    /// The script with each run of changes reordered: its deletions, then its insertions, as
    /// `diff` prints them.
    private static func deletionsFirst(_ operations: [Operation]) -> [Operation] {
        var result: [Operation] = []
        result.reserveCapacity(operations.count)
        var deletions: [Operation] = []
        var insertions: [Operation] = []
        func flush() {
            result += deletions
            result += insertions
            deletions.removeAll()
            insertions.removeAll()
        }
        for operation in operations {
            switch operation {
            case .equal:
                flush()
                result.append(operation)
            case .delete: deletions.append(operation)
            case .insert: insertions.append(operation)
            }
        }
        flush()
        return result
    }
}
