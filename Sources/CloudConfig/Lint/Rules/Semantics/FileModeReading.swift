import BigInt

/// How cloud-init's `write_files` turns a `permissions` value into a mode, and how a mode reads.
///
/// `decode_perms` applies an integer as it is and parses anything else with Python's
/// `int(str(value), 8)`; when that fails it logs a warning and uses the default 0o644.
/// `util.chmod` then skips a zero mode, and `os.chmod` passes the value to the kernel as a C int,
/// of which the kernel keeps the low 12 bits.
enum FileModeReading {
    /// The default mode `write_files` uses.
    static let defaultMode = 0o644

    /// Python's `int(text, 8)`: blanks around, an optional sign, an optional `0o` prefix, and
    /// octal digits (any Unicode decimal digit below 8) with single underscores between them.
    ///
    /// - Parameter text: The text.
    /// - Returns: The value, or `nil` when Python raises `ValueError`.
    static func parseOctal(_ text: String) -> BigInt? {
        var scalars = Substring(text.pythonStripped).unicodeScalars[...]
        var negative = false
        if let sign = scalars.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            scalars = scalars.dropFirst()
        }
        var underscoreAllowed = false
        if scalars.count >= 2, scalars.first == "0",
            let letter = scalars.dropFirst().first, letter == "o" || letter == "O"
        {
            scalars = scalars.dropFirst(2)
            underscoreAllowed = true
        }
        var value = BigInt(0)
        var digits = 0
        var previousUnderscore = false
        for scalar in scalars {
            if scalar == "_" {
                guard underscoreAllowed, !previousUnderscore else { return nil }
                previousUnderscore = true
                continue
            }
            guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue,
                number >= 0, number < 8
            else { return nil }
            value = value * 8 + BigInt(Int(number))
            digits += 1
            previousUnderscore = false
            underscoreAllowed = true
        }
        guard digits > 0, !previousUnderscore else { return nil }
        return negative ? -value : value
    }

    /// What the kernel applies for a mode `os.chmod` accepts, or `nil` when Python raises
    /// `OverflowError` (the value does not fit a C int).
    static func appliedMode(_ value: BigInt) -> Int? {
        guard let small = Int32(exactly: value) else { return nil }
        return Int(UInt32(bitPattern: small) & 0o7777)
    }

    /// A mode in octal with Python's `0o` prefix: `0o1204`.
    static func octal(_ mode: Int) -> String { "0o" + String(mode, radix: 8) }

    /// A mode as four octal digits, as `write_files` examples write it: `0644`, `4755`.
    static func leadingZeroOctal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A mode as `ls -l` shows it: `rw-r--r--`, with `s`, `S`, `t` and `T` for the special bits.
    static func symbolic(_ mode: Int) -> String {
        var text = ""
        let special = [(0o4000, "s"), (0o2000, "s"), (0o1000, "t")]
        for (index, shift) in [6, 3, 0].enumerated() {
            let bits = (mode >> shift) & 7
            text += bits & 4 != 0 ? "r" : "-"
            text += bits & 2 != 0 ? "w" : "-"
            let (flag, letter) = special[index]
            switch (bits & 1 != 0, mode & flag != 0) {
            case (true, true): text += letter
            case (false, true): text += letter.uppercased()
            case (true, false): text += "x"
            case (false, false): text += "-"
            }
        }
        return text
    }

    /// Parses an `ls -l` style mode (`rw-r--r--`, optionally with a leading file type character
    /// such as `-`), the form people write when they mean an octal mode.
    static func parseSymbolic(_ text: String) -> Int? {
        var characters = Array(text.pythonStripped)
        if characters.count == 10, "-dl".contains(characters[0]) { characters.removeFirst() }
        guard characters.count == 9 else { return nil }
        var mode = 0
        let special = [(0o4000, "sS"), (0o2000, "sS"), (0o1000, "tT")]
        for index in 0..<3 {
            let triad = characters[index * 3..<index * 3 + 3].map { $0 }
            let shift = 6 - index * 3
            switch triad[0] {
            case "r": mode |= 4 << shift
            case "-": break
            default: return nil
            }
            switch triad[1] {
            case "w": mode |= 2 << shift
            case "-": break
            default: return nil
            }
            let (flag, letters) = special[index]
            switch triad[2] {
            case "x": mode |= 1 << shift
            case "-": break
            case let letter where letters.contains(letter):
                mode |= flag
                if letter.isLowercase { mode |= 1 << shift }
            default: return nil
            }
        }
        return mode
    }

    /// Whether a file mode looks like one people choose: nothing above 0o7777, no sticky bit,
    /// set-user-ID and set-group-ID only with the matching execute bit, every class that has any
    /// permission able to read, and no class with a permission its owner class lacks (owner ⊇
    /// group ⊇ others).
    ///
    /// Butane uses the same idea to tell a mode written in decimal by mistake: 644 read as decimal
    /// is 0o1204, which fails these tests, while 0o644 passes them.
    static func isTypical(_ mode: Int) -> Bool {
        guard mode >= 0, mode <= 0o7777, mode & 0o1000 == 0 else { return false }
        if mode & 0o4000 != 0, mode & 0o100 == 0 { return false }
        if mode & 0o2000 != 0, mode & 0o010 == 0 { return false }
        let owner = (mode >> 6) & 7
        let group = (mode >> 3) & 7
        let others = mode & 7
        for bits in [owner, group, others] where bits != 0 && bits & 4 == 0 { return false }
        return group & ~owner == 0 && others & ~group == 0
    }

    /// The decimal digits of a number read as octal digits (644 → 0o644), or `nil` when a digit
    /// is 8 or 9 or the number is negative.
    static func digitsAsOctal(_ value: Int) -> Int? {
        guard value >= 0 else { return nil }
        return Int(String(value), radix: 8)
    }
}
