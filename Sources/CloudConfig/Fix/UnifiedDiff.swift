/// The difference between two versions of a file in the unified format of `diff -u` and
/// `git diff`, which `patch -p1` applies: `--- a/path`, `+++ b/path`, then hunks of changed lines
/// with three lines of context.
///
/// Lines are compared and printed as bytes, so carriage returns, a byte order mark and text
/// that is not UTF-8 come out as they are; a last line without a line break is followed by
/// `\ No newline at end of file`, as `diff` writes it.
///
/// ```swift
/// let diff = UnifiedDiff(old: before.bytes, new: after.bytes, path: "user-data.yaml")
/// print(String(decoding: diff.bytes, as: UTF8.self))
/// ```
public struct UnifiedDiff: Sendable {
    /// One hunk: a stretch of the old file and what it becomes.
    public struct Hunk: Sendable, Hashable {
        /// The first old line shown (1-based), or the line before the hunk when it shows no old
        /// line (0 at the start of the file).
        public let oldStart: Int
        /// How many old lines it shows.
        public let oldCount: Int
        /// The first new line shown (1-based), or the line before when it shows none.
        public let newStart: Int
        /// How many new lines it shows.
        public let newCount: Int
        /// The lines, each starting with ` `, `-` or `+` and ending with a line break (followed by
        /// the `\ No newline at end of file` line where the file's last line has none).
        public let lines: [[UInt8]]
    }

    /// The lines of context around each change.
    public static let contextLines = 3

    /// The hunks, in file order; empty when the versions are the same.
    public let hunks: [Hunk]
    /// The label of the old version, such as `a/user-data.yaml`.
    public let oldLabel: String
    /// The label of the new version, such as `b/user-data.yaml`.
    public let newLabel: String

    /// Compares two versions of a file.
    ///
    /// - Parameters:
    ///   - old: The file before.
    ///   - new: The file after.
    ///   - path: The file's path as given; the labels are `a/` and `b/` followed by the path
    ///     without a leading `./` or `/`, as `patch -p1` expects.
    public init(old: [UInt8], new: [UInt8], path: String) {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        while relative.hasPrefix("/") { relative = relative.dropFirst() }
        self.init(old: old, new: new, oldLabel: "a/\(relative)", newLabel: "b/\(relative)")
    }

    /// Compares two versions of a file, with labels of your own.
    ///
    /// - Parameters:
    ///   - old: The file before.
    ///   - new: The file after.
    ///   - oldLabel: The name on the `---` line.
    ///   - newLabel: The name on the `+++` line.
    public init(old: [UInt8], new: [UInt8], oldLabel: String, newLabel: String) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        hunks = Self.hunks(LineDiff(old: old, new: new))
    }

    /// Whether the versions differ.
    public var isEmpty: Bool { hunks.isEmpty }

    /// The diff as `diff -u` prints it: nothing when the versions are the same.
    public var bytes: [UInt8] {
        guard !hunks.isEmpty else { return [] }
        var output = Array("--- \(oldLabel)\n+++ \(newLabel)\n".utf8)
        for hunk in hunks {
            output += Array(
                "@@ -\(Self.range(hunk.oldStart, hunk.oldCount)) +\(Self.range(hunk.newStart, hunk.newCount)) @@\n".utf8
            )
            for line in hunk.lines { output += line }
        }
        return output
    }

    /// `start,count`, or `start` alone for one line, as `diff -u` writes a hunk's range.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// The hunks of a line diff: each run of changes with up to three lines of context on either
    /// side, runs closer than twice that joined into one hunk.
    private static func hunks(_ diff: LineDiff) -> [Hunk] {
        let operations = diff.operations
        let changes = operations.indices.filter {
            if case .equal = operations[$0] { return false }
            return true
        }
        guard let first = changes.first else { return [] }
        // Stretches of the script, [start, end), each a hunk.
        var stretches: [Range<Int>] = []
        var start = max(0, first - contextLines)
        var end = min(operations.count, first + 1 + contextLines)
        for change in changes.dropFirst() {
            if change - contextLines <= end {
                end = min(operations.count, change + 1 + contextLines)
            } else {
                stretches.append(start..<end)
                start = change - contextLines
                end = min(operations.count, change + 1 + contextLines)
            }
        }
        stretches.append(start..<end)
        // The old and new lines before each stretch, counted in one pass.
        var hunks: [Hunk] = []
        var oldBefore = 0
        var newBefore = 0
        var position = 0
        for stretch in stretches {
            for operation in operations[position..<stretch.lowerBound] {
                switch operation {
                case .equal:
                    oldBefore += 1
                    newBefore += 1
                case .delete: oldBefore += 1
                case .insert: newBefore += 1
                }
            }
            position = stretch.lowerBound
            hunks.append(hunk(operations[stretch], diff: diff, oldBefore: oldBefore, newBefore: newBefore))
        }
        return hunks
    }

    /// One hunk from a stretch of the script, given how many old and new lines come before it.
    private static func hunk(
        _ stretch: ArraySlice<LineDiff.Operation>, diff: LineDiff, oldBefore: Int, newBefore: Int
    ) -> Hunk {
        var lines: [[UInt8]] = []
        var oldCount = 0
        var newCount = 0
        func append(_ marker: UInt8, _ line: ArraySlice<UInt8>) {
            var text = [marker] + line
            if line.last != 0x0A { text += Array("\n\\ No newline at end of file\n".utf8) }
            lines.append(text)
        }
        for operation in stretch {
            switch operation {
            case .equal(let i, _):
                append(UInt8(ascii: " "), diff.old[i])
                oldCount += 1
                newCount += 1
            case .delete(let i):
                append(UInt8(ascii: "-"), diff.old[i])
                oldCount += 1
            case .insert(let j):
                append(UInt8(ascii: "+"), diff.new[j])
                newCount += 1
            }
        }
        return Hunk(
            oldStart: oldCount == 0 ? oldBefore : oldBefore + 1, oldCount: oldCount,
            newStart: newCount == 0 ? newBefore : newBefore + 1, newCount: newCount, lines: lines)
    }
}
