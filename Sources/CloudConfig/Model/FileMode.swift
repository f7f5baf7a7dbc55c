internal import BigInt

/// The permission bits of a file, as `write_files`' `permissions` sets them: read, write and
/// execute for the owner, the group and others, and the set-user-ID, set-group-ID and sticky
/// bits (the twelve bits `chmod` takes).
///
/// Write a mode with an octal literal or by combining its bits:
///
/// ```swift
/// let config: FileMode = [.ownerReadWrite, .groupRead, .otherRead]  // 0o644
/// let script = FileMode(rawValue: 0o755)
/// script.cloudConfigValue  // "0755": the string cloud-init's schema requires
/// ```
///
/// cloud-init reads `permissions` with its own rules (see ``init(cloudInitValue:)``): an integer
/// is applied as it is, and a string is read as octal, so YAML's unquoted `644` (the decimal
/// 644, mode 0o1204) is a different mode from the string `'644'`.
public struct FileMode: OptionSet, Sendable, Hashable, CustomStringConvertible {
    /// The mode as a number; `chmod` keeps only the low twelve bits.
    public let rawValue: Int

    /// Creates a mode from its bits.
    ///
    /// - Parameter rawValue: The bits, usually an octal literal such as `0o644`.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The owner may read.
    public static let ownerRead = FileMode(rawValue: 0o400)
    /// The owner may write.
    public static let ownerWrite = FileMode(rawValue: 0o200)
    /// The owner may execute (or search a directory).
    public static let ownerExecute = FileMode(rawValue: 0o100)
    /// The owner may read and write.
    public static let ownerReadWrite: FileMode = [.ownerRead, .ownerWrite]
    /// The owner may read, write and execute.
    public static let ownerReadWriteExecute: FileMode = [.ownerRead, .ownerWrite, .ownerExecute]
    /// The group may read.
    public static let groupRead = FileMode(rawValue: 0o040)
    /// The group may write.
    public static let groupWrite = FileMode(rawValue: 0o020)
    /// The group may execute.
    public static let groupExecute = FileMode(rawValue: 0o010)
    /// Others may read.
    public static let otherRead = FileMode(rawValue: 0o004)
    /// Others may write.
    public static let otherWrite = FileMode(rawValue: 0o002)
    /// Others may execute.
    public static let otherExecute = FileMode(rawValue: 0o001)
    /// Executing the file runs it as its owner.
    public static let setUserID = FileMode(rawValue: 0o4000)
    /// Executing the file runs it with its group.
    public static let setGroupID = FileMode(rawValue: 0o2000)
    /// The sticky bit (meaningful for directories only).
    public static let sticky = FileMode(rawValue: 0o1000)

    /// The mode `write_files` uses when `permissions` is absent or cannot be read: 0o644.
    public static let writeFilesDefault = FileMode(rawValue: 0o644)

    // MARK: - Reading cloud-init's representations

    /// The mode cloud-init's `write_files` applies for a `permissions` value, when it applies
    /// the value as given.
    ///
    /// `decode_perms` applies an integer as it is and reads anything else with Python's
    /// `int(str(value), 8)`: `'0644'`, `'644'`, `'0o644'` and `' 0644 '` are all 0o644, and the
    /// integer 420 (YAML's unquoted `0644`) is 0o644 too.
    ///
    /// - Parameter value: The value YAML gives for `permissions`.
    /// - Returns: The mode, or `nil` when cloud-init would not apply the value as given: text that
    ///   is not octal (it falls back to 0o644), zero (it skips `chmod`), a negative number, or
    ///   one above 0o7777 (the kernel drops the extra bits).
    public init?(cloudInitValue value: YAMLScalar) {
        let number: YAMLInteger
        switch value {
        case .int(let integer): number = integer
        case .string(let text):
            guard let parsed = Self.pythonOctal(text) else { return nil }
            number = parsed
        default: return nil
        }
        guard let exact = number.intValue, exact > 0, exact <= 0o7777 else { return nil }
        self.init(rawValue: exact)
    }

    /// The mode written in octal, as cloud-init reads a string: an optional `0o` prefix and
    /// octal digits, blanks around allowed (`'0644'`, `'644'`, `'0o644'`).
    ///
    /// - Parameter text: The text.
    /// - Returns: The mode, or `nil` when the text is not octal or not a mode from 0o1 to 0o7777.
    public init?(octal text: String) {
        self.init(cloudInitValue: .string(text))
    }

    /// An `ls -l` style mode: `rw-r--r--`, optionally with a leading file type character such as
    /// `-`, with `s`, `S`, `t` and `T` for the special bits.
    ///
    /// - Parameter text: The text.
    /// - Returns: The mode, or `nil` when the text is not such a mode.
    public init?(symbolic text: String) {
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
        self.init(rawValue: mode)
    }

    /// Python's `int(text, 8)`: blanks around, an optional sign, an optional `0o` prefix, and
    /// octal digits (any Unicode decimal digit below 8) with single underscores between them.
    ///
    /// - Parameter text: The text.
    /// - Returns: The value, or `nil` when Python raises `ValueError`.
    static func pythonOctal(_ text: String) -> YAMLInteger? {
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
        // A machine word holds the value until it grows past 2^57; only longer numbers need BigInt.
        var small = 0
        var value: BigInt?
        var digits = 0
        var previousUnderscore = false
        for scalar in scalars {
            if scalar == "_" {
                guard underscoreAllowed, !previousUnderscore else { return nil }
                previousUnderscore = true
                continue
            }
            let digit: Int
            if scalar.isASCII {
                // ASCII first: the Unicode property lookup is slow, and modes are ASCII.
                guard ("0"..."7").contains(scalar) else { return nil }
                digit = Int(scalar.value) - 0x30
            } else {
                guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue,
                    number >= 0, number < 8
                else { return nil }
                digit = Int(number)
            }
            if let big = value {
                value = big * 8 + BigInt(digit)
            } else if small < 1 << 57 {
                small = small * 8 + digit
            } else {
                value = BigInt(small) * 8 + BigInt(digit)
            }
            digits += 1
            previousUnderscore = false
            underscoreAllowed = true
        }
        guard digits > 0, !previousUnderscore else { return nil }
        guard let value else { return YAMLInteger(negative ? -small : small) }
        return YAMLInteger(negative ? -value : value)
    }

    /// What the kernel applies for a number `os.chmod` accepts: its low twelve bits, a negative
    /// number taken as unsigned; `nil` when Python raises `OverflowError` (the number does not fit
    /// a C int).
    ///
    /// - Parameter value: The number cloud-init passes to `os.chmod`.
    /// - Returns: The mode the file gets.
    static func applied(_ value: YAMLInteger) -> FileMode? {
        guard let exact = value.intValue, let small = Int32(exactly: exact) else { return nil }
        return FileMode(rawValue: Int(UInt32(bitPattern: small) & 0o7777))
    }

    // MARK: - Writing

    /// The mode in octal with at least four digits, `0644` or `4755`: the string cloud-init's
    /// schema requires for `permissions`. ``YAMLEmitter`` quotes it (`'0644'`), as an unquoted
    /// `0644` would be the integer 420.
    public var cloudConfigValue: String {
        let digits = String(rawValue, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The value as written in YAML: ``cloudConfigValue`` in single quotes, `'0644'`.
    public var quoted: String { "'\(cloudConfigValue)'" }

    /// The mode in octal with Python's prefix, as cloud-init logs it: `0o644`, `0o1204`.
    public var description: String { "0o" + String(rawValue, radix: 8) }

    /// The mode as `ls -l` shows it: `rw-r--r--`, with `s`, `S`, `t` and `T` for the special bits.
    public var symbolic: String {
        var text = ""
        let special = [(0o4000, "s"), (0o2000, "s"), (0o1000, "t")]
        for (index, shift) in [6, 3, 0].enumerated() {
            let bits = (rawValue >> shift) & 7
            text += bits & 4 != 0 ? "r" : "-"
            text += bits & 2 != 0 ? "w" : "-"
            let (flag, letter) = special[index]
            switch (bits & 1 != 0, rawValue & flag != 0) {
            case (true, true): text += letter
            case (false, true): text += letter.uppercased()
            case (true, false): text += "x"
            case (false, false): text += "-"
            }
        }
        return text
    }

    /// Whether the mode looks like one people choose: nothing above 0o7777, no sticky bit,
    /// set-user-ID and set-group-ID only with the matching execute bit, every class that has any
    /// permission able to read, and no class with a permission its owner class lacks (owner ⊇
    /// group ⊇ others).
    ///
    /// Butane uses the same idea to tell a mode written in decimal by mistake: 644 read as decimal
    /// is 0o1204, which fails these tests, while 0o644 passes them.
    public var isTypical: Bool {
        let mode = rawValue
        guard mode >= 0, mode <= 0o7777, mode & 0o1000 == 0 else { return false }
        if mode & 0o4000 != 0, mode & 0o100 == 0 { return false }
        if mode & 0o2000 != 0, mode & 0o010 == 0 { return false }
        let owner = (mode >> 6) & 7
        let group = (mode >> 3) & 7
        let others = mode & 7
        for bits in [owner, group, others] where bits != 0 && bits & 4 == 0 { return false }
        return group & ~owner == 0 && others & ~group == 0
    }
}
