import Testing

@testable import CloudConfig

/// The terminal width of scalars, which aligns carets under source text.
@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("a", 1), ("~", 1), ("é", 1), ("ß", 1), ("Ω", 1), ("ж", 1), ("א", 1), ("\u{00AD}", 1),
            // East Asian wide and fullwidth.
            ("日", 2), ("本", 2), ("カ", 2), ("ひ", 2), ("한", 2), ("ㄱ", 2), ("、", 2), ("Ａ", 2), ("￥", 2),
            ("\u{20B9F}", 2), ("\u{3000}", 2),
            // Halfwidth forms stay narrow.
            ("ｱ", 1), ("ﾟ", 1),
            // Emoji shown as emoji.
            ("😀", 2), ("🎉", 2), ("⌚", 2), ("🚀", 2), ("🧪", 2),
            // Zero width: combining and enclosing marks, format characters, Hangul vowel jamo.
            ("\u{0301}", 0), ("\u{20DD}", 0), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{1160}", 0),
            ("\u{3099}", 0),
            // Controls are replaced before they are measured.
            ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0),
        ] as [(Unicode.Scalar, Int)])
    func scalarWidths(_ scalar: Unicode.Scalar, _ width: Int) {
        #expect(DisplayWidth.of(scalar) == width, "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }

    @Test func stringWidthsAddUp() {
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of("a😀b") == 4)
        #expect(DisplayWidth.of("") == 0)
    }

    /// Tabs go to the next multiple of 4 columns, counted from the start of the line, after wide
    /// characters too.
    @Test func tabStops() {
        #expect(DisplayLine("\tx").starts == [0, 4, 5])
        #expect(DisplayLine("ab\tx").starts == [0, 1, 2, 4, 5])
        #expect(DisplayLine("日\tx").starts == [0, 2, 4, 5])
        #expect(DisplayLine("日本\tx").starts == [0, 2, 4, 8, 9])
        #expect(DisplayLine("e\u{301}\t").starts == [0, 1, 1, 4])
    }

    @Test func scalarColumnsMapToDisplayColumns() {
        let line = DisplayLine("日\tx")
        #expect(line.displayColumn(ofScalarColumn: 1) == 0)
        #expect(line.displayColumn(ofScalarColumn: 2) == 2)
        #expect(line.displayColumn(ofScalarColumn: 3) == 4)
        #expect(line.displayColumn(ofScalarColumn: 4) == 5)
        #expect(line.displayColumn(ofScalarColumn: 6) == 7)
    }
}
