/// Writing CommonMark that both GitHub and DocC read the same way: prose with its special
/// characters escaped, and code blocks that show every character of an example.
package enum Markdown {
    /// Prose with the characters CommonMark would read as markup escaped, outside code spans
    /// (text between backticks stays as written, since escapes do not work there).
    ///
    /// `*`, `<`, `>`, `[`, `]`, `&` and `\` are always escaped; `_` only where it could start or
    /// end emphasis, so that `write_files` stays readable; `|` as well in a table cell.
    ///
    /// - Parameters:
    ///   - text: Plain text, where backticks mark code.
    ///   - inTable: Whether the text goes in a table cell.
    /// - Returns: The Markdown.
    package static func prose(_ text: String, inTable: Bool = false) -> String {
        var output = ""
        var inCode = false
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == "`" {
                inCode.toggle()
                output.append(character)
                continue
            }
            if inCode {
                output += character == "|" && inTable ? "\\|" : String(character)
                continue
            }
            switch character {
            case "*", "<", ">", "[", "]", "&", "\\":
                output += "\\" + String(character)
            case "|" where inTable:
                output += "\\|"
            case "_":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                let intraword = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
                output += intraword ? "_" : "\\_"
            case "\n":
                output += inTable ? " " : "\n"
            default:
                output.append(character)
            }
        }
        return output
    }

    /// Text without backticks as inline code; text with backticks as prose, since DocC reads a
    /// code span fenced by two or more backticks as a symbol link.
    ///
    /// - Parameter text: The text.
    /// - Returns: The code span, or the escaped text.
    package static func code(_ text: String) -> String {
        text.contains("`") || text.isEmpty ? prose(text) : "`" + text + "`"
    }

    /// A fenced code block that shows every character: a tab, a carriage return, other control
    /// characters and invisible format characters (a byte order mark, a bidirectional override)
    /// are replaced by visible stand-ins, and a sentence after the block says what each stands for.
    ///
    /// - Parameters:
    ///   - text: The text; a final line break is added when it has none.
    ///   - language: The language named after the opening fence, if any.
    /// - Returns: The block, ending with a line break.
    package static func codeBlock(_ text: String, language: String?) -> String {
        let (shown, standIns) = visible(text)
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: shown) + 1))
        var block = fence + (language ?? "") + "\n" + shown
        if !shown.isEmpty, !shown.hasSuffix("\n") { block += "\n" }
        block += fence + "\n"
        if !standIns.isEmpty {
            let list = standIns.map { "\($0.shown) stands for \($0.meaning)" }
            block += "\n" + prose("In this example, " + sentenceList(list) + ".") + "\n"
        }
        return block
    }

    /// Joins phrases as `a`, `a and b` or `a, b and c`.
    ///
    /// - Parameter items: The phrases.
    /// - Returns: The list.
    package static func sentenceList(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The text with invisible characters replaced, and what each replacement stands for, in
    /// order of first appearance.
    static func visible(_ text: String) -> (text: String, standIns: [(shown: String, meaning: String)]) {
        var output = ""
        var standIns: [(shown: String, meaning: String)] = []
        for scalar in text.unicodeScalars {
            guard let (shown, meaning) = standIn(for: scalar) else {
                output.unicodeScalars.append(scalar)
                continue
            }
            output += shown
            if !standIns.contains(where: { $0.shown == shown }) { standIns.append((shown, meaning)) }
        }
        return (output, standIns)
    }

    /// The visible stand-in for an invisible character, or `nil` for a character shown as it is
    /// (line feeds among them).
    private static func standIn(for scalar: Unicode.Scalar) -> (String, String)? {
        switch scalar.value {
        case 0x0A: return nil
        case 0x09: return ("␉", "a tab")
        case 0x0D: return ("␍", "a carriage return")
        case 0x00..<0x20:
            let picture = Unicode.Scalar(0x2400 + scalar.value).map { String(Character($0)) } ?? "?"
            return (picture, "the control character \(hex(scalar))")
        case 0x7F: return ("␡", "the control character U+007F")
        case 0xFEFF: return ("⟨U+FEFF⟩", "a byte order mark (U+FEFF)")
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            return ("⟨\(hex(scalar))⟩", "the invisible character \(hex(scalar))")
        default:
            return nil
        }
    }

    /// `U+` and at least four hexadecimal digits.
    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The length of the longest run of a character in a text.
    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for next in text {
            current = next == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
