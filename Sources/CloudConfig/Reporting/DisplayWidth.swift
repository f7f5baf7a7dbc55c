/// How many terminal columns a Unicode scalar takes, for aligning carets under source text.
///
/// East Asian wide and fullwidth characters (CJK ideographs, kana, Hangul syllables, fullwidth
/// forms) and emoji shown as emoji take 2 columns; combining marks (`e` + U+0301), enclosing
/// marks, format characters (zero width joiner, zero width space) and Hangul vowel and final
/// jamo take 0; everything else takes 1. Control characters take 0 here: renderers replace them
/// with visible text first. The ranges follow Unicode's East Asian Width property (values `W`
/// and `F`) for the blocks that occur in practice; terminals disagree among themselves on the
/// rest (ambiguous-width characters count 1, as in most terminals outside East Asian locales).
enum DisplayWidth {
    /// The columns one scalar takes: 0, 1 or 2.
    ///
    /// - Parameter scalar: A Unicode scalar.
    /// - Returns: Its width in terminal columns.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        // Latin-1 and the Latin extensions, spacing modifiers included (a soft hyphen shows as one).
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The columns a string takes: the sum of its scalars' widths.
    ///
    /// - Parameter text: Text without control characters.
    /// - Returns: Its width in terminal columns.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// East Asian wide (`W`) and fullwidth (`F`) ranges, sorted, outside the emoji that
    /// `isEmojiPresentation` already covers.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo, initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400...0x4DBF,  // CJK unified ideographs extension A
        0x4DC0...0x4DFF,  // Yijing hexagram symbols
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi syllables and radicals
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols and punctuation
        0x16FF0...0x16FF1,
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D08,
        0x1AFF0...0x1B2FF,  // Kana extended, Nushu
        0x1F004...0x1F004,  // mahjong tile red dragon
        0x1F0CF...0x1F0CF,  // playing card black joker
        0x1F18E...0x1F18E,
        0x1F191...0x1F19A,  // squared latin words
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK unified ideographs extensions B to F, compatibility supplement
        0x30000...0x3FFFD,  // CJK unified ideographs extensions G and H
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
