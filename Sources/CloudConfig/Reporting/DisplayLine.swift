/// One line of source text as a terminal shows it: one cell per Unicode scalar, with the text
/// the cell prints and the columns it takes, so that carets line up under any input.
///
/// Tabs expand to the next multiple of ``tabWidth`` columns. Characters that would act on the
/// terminal instead of showing are made visible: C0 controls and DEL as their Unicode control
/// pictures (`␛` for ESC), C1 controls, bidirectional overrides and isolates (which could make a
/// line read differently from what it is) and a byte order mark as `\u{…}` escapes. Wide and
/// zero-width characters take the columns ``DisplayWidth`` gives them.
struct DisplayLine {
    /// One scalar of the line.
    struct Cell {
        /// What is printed for it.
        var text: String
        /// The columns it takes.
        var width: Int
    }

    /// The columns between tab stops.
    static let tabWidth = 4

    /// The width of the ellipsis that marks text cut off by a window.
    static let ellipsis = "…"

    /// The cells, one per Unicode scalar of the line.
    let cells: [Cell]
    /// The display column (0-based) at which each cell starts, and after them the line's width.
    let starts: [Int]

    /// The line's width in columns.
    var width: Int { starts[cells.count] }

    /// Whether the line goes on before the first cell (the cells are an excerpt of a longer line).
    let truncatedBefore: Bool
    /// Whether the line goes on after the last cell.
    let truncatedAfter: Bool

    /// Lays out a line.
    ///
    /// - Parameter text: The line, without its line break.
    init(_ text: String) {
        self.init(Array(text.unicodeScalars))
    }

    /// Lays out a line, or an excerpt of one.
    ///
    /// - Parameters:
    ///   - scalars: The line's scalars, without its line break.
    ///   - truncatedBefore: Whether the scalars are an excerpt that starts after the line's start.
    ///   - truncatedAfter: Whether the scalars are an excerpt that ends before the line's end.
    init(_ scalars: [Unicode.Scalar], truncatedBefore: Bool = false, truncatedAfter: Bool = false) {
        var cells: [Cell] = []
        cells.reserveCapacity(scalars.count)
        var starts: [Int] = [0]
        starts.reserveCapacity(scalars.count + 1)
        var column = 0
        for scalar in scalars {
            let cell: Cell
            if scalar == "\t" {
                let width = Self.tabWidth - column % Self.tabWidth
                cell = Cell(text: String(repeating: " ", count: width), width: width)
            } else if let visible = Self.visible(scalar) {
                cell = Cell(text: visible, width: DisplayWidth.of(visible))
            } else {
                cell = Cell(text: String(scalar), width: DisplayWidth.of(scalar))
            }
            cells.append(cell)
            column += cell.width
            starts.append(column)
        }
        self.cells = cells
        self.starts = starts
        self.truncatedBefore = truncatedBefore
        self.truncatedAfter = truncatedAfter
    }

    /// The display column (0-based) of a 1-based column counted in Unicode scalars; a column
    /// past the end of the line lies that many columns after it.
    ///
    /// - Parameter column: A 1-based column in Unicode scalars.
    /// - Returns: The 0-based display column.
    func displayColumn(ofScalarColumn column: Int) -> Int {
        let index = max(0, column - 1)
        if index <= cells.count { return starts[index] }
        return width + (index - cells.count)
    }

    /// The visible text for a scalar a terminal would act on or not show, or `nil` when the
    /// scalar shows as itself.
    static func visible(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20:
            return String(Unicode.Scalar(0x2400 + value) ?? "?")
        case 0x7F:
            return "\u{2421}"
        case 0x80..<0xA0, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x2028, 0x2029:
            return "\\u{" + PythonFormat.hex(value, width: 4) + "}"
        default:
            return nil
        }
    }

    /// The part of the line a window of at most `maxWidth` columns shows so that the columns
    /// `focus` are in view, preferring the start of the focus and some text before it.
    ///
    /// - Parameters:
    ///   - focus: The display columns to show (a caret may lie past the end of the line).
    ///   - maxWidth: The most columns the window may take, ellipses included.
    /// - Returns: The window.
    func window(showing focus: Range<Int>, maxWidth: Int) -> Window {
        let total = max(width, focus.upperBound)
        guard total > maxWidth else {
            return Window(start: 0, end: total, cutsStart: truncatedBefore, cutsEnd: truncatedAfter)
        }
        // Room for the text between the two ellipses.
        let room = max(1, maxWidth - 2)
        let context = min(16, room / 4)
        var start = max(0, focus.lowerBound - context)
        start = min(start, max(0, total - room))
        var end = min(total, start + room)
        // Whole cells only: a wide character or a tab cut by the window is left out.
        if let first = cells.indices.first(where: { starts[$0] >= start && cells[$0].width > 0 }), starts[first] < end {
            start = starts[first]
        } else {
            start = min(start, width)
        }
        if end < width, let last = cells.indices.last(where: { starts[$0] + cells[$0].width <= end }) {
            end = max(start, starts[last] + cells[last].width)
        }
        return Window(
            start: start, end: end, cutsStart: start > 0 || truncatedBefore, cutsEnd: end < total || truncatedAfter)
    }

    /// The text a window shows, with an ellipsis where it cuts the line.
    ///
    /// - Parameter window: The window.
    /// - Returns: The visible text.
    func text(in window: Window) -> String {
        var output = window.cutsStart ? Self.ellipsis : ""
        for (index, cell) in cells.enumerated() {
            let start = starts[index]
            let inside =
                cell.width == 0
                ? (start > window.start && start <= window.end) || (start == 0 && window.start == 0)
                : (start >= window.start && start + cell.width <= window.end)
            if inside { output += cell.text }
        }
        if window.cutsEnd { output += Self.ellipsis }
        return output
    }

    /// The columns of a window of a line: what part of the line is shown.
    struct Window: Equatable {
        /// The first display column shown.
        var start: Int
        /// The display column after the last one shown.
        var end: Int
        /// Whether text before the window is cut off (an ellipsis is shown first).
        var cutsStart: Bool
        /// Whether text after the window is cut off (an ellipsis is shown last).
        var cutsEnd: Bool

        /// Where a display column of the line is printed: its offset after the gutter, counting
        /// the leading ellipsis; `nil` when the column is outside the window.
        ///
        /// - Parameter column: A 0-based display column of the line.
        /// - Returns: The 0-based offset in the printed text.
        func offset(of column: Int) -> Int? {
            guard column >= start, column < end || (column == end && !cutsEnd) else { return nil }
            return column - start + (cutsStart ? 1 : 0)
        }
    }

    /// A line of markers (`^~~~`, `---`, `+++`) under the shown text: each run of display
    /// columns gets its marker characters, clipped to the window.
    ///
    /// - Parameters:
    ///   - runs: Display-column ranges with the character for their first column and for the rest.
    ///   - window: The window the text is shown in.
    /// - Returns: The markers, without trailing spaces.
    static func markers(_ runs: [(columns: Range<Int>, first: Character, rest: Character)], in window: Window) -> String
    {
        var line: [Character] = []
        for run in runs {
            for column in run.columns {
                guard let offset = window.offset(of: column) else { continue }
                while line.count <= offset { line.append(" ") }
                line[offset] = column == run.columns.lowerBound ? run.first : run.rest
            }
        }
        return String(line)
    }
}
