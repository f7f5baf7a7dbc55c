/// A cloud-init release number such as `22.4.2` or `26.2`.
public struct CloudInitVersion: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The numeric components; `22.4.2` is `[22, 4, 2]`.
    public let components: [Int]

    /// The version of the Debian 12 package, the oldest cloudcfg knows in detail.
    public static let debian12: CloudInitVersion = "22.4.2"
    /// The newest version the catalog describes, and the default target.
    public static let newest: CloudInitVersion = "26.2"

    /// Parses `MAJOR.MINOR[.PATCH]`.
    ///
    /// - Parameter text: The version text.
    public init?(_ text: String) {
        // One pass over the bytes rather than splitting into substrings: the catalog parses a
        // hundred version literals at every start-up.
        var components: [Int] = []
        components.reserveCapacity(4)
        var number = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, components.count < 3 else { return nil }
                components.append(number)
                number = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let (tens, overflowed) = number.multipliedReportingOverflow(by: 10)
                let (sum, carried) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                guard !overflowed, !carried else { return nil }
                number = sum
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        components.append(number)
        self.components = components
    }

    /// Creates a version from a literal; the literal must be a valid version.
    ///
    /// - Parameter value: The version text, such as `"24.2"`.
    public init(stringLiteral value: String) {
        guard let version = CloudInitVersion(value) else {
            preconditionFailure("invalid cloud-init version literal \(value)")
        }
        self = version
    }

    /// The version as written, `22.4.2`.
    public var description: String { components.map(String.init).joined(separator: ".") }

    /// Whether the left version is older; missing components count as zero.
    public static func < (lhs: CloudInitVersion, rhs: CloudInitVersion) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for index in 0..<count {
            let a = index < lhs.components.count ? lhs.components[index] : 0
            let b = index < rhs.components.count ? rhs.components[index] : 0
            if a != b { return a < b }
        }
        return false
    }

    /// Whether two versions are the same release; missing components count as zero.
    public static func == (lhs: CloudInitVersion, rhs: CloudInitVersion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    /// Hashes the version without trailing zero components, consistently with equality.
    public func hash(into hasher: inout Hasher) {
        var trimmed = components
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }
}
