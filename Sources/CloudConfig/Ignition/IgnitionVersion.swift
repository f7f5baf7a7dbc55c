/// An Ignition config specification version, written in `ignition.version`.
///
/// cloudcfg writes the stable 3.x versions whose fields it uses (all present since 3.0.0);
/// 3.3.0 is the default: Butane's `flatcar` 1.0.0 variant emits it, and it is the newest stable
/// version Debian 12's `ignition-validate` (2.14) accepts.
public struct IgnitionVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The major, minor and patch numbers.
    public let components: [Int]
    /// A pre-release suffix such as `experimental`, or `nil`.
    public let prerelease: String?

    /// Spec 3.0.0, the first version Flatcar (3185.0.0) reads.
    public static let v300 = IgnitionVersion(major: 3, minor: 0)
    /// Spec 3.1.0.
    public static let v310 = IgnitionVersion(major: 3, minor: 1)
    /// Spec 3.2.0.
    public static let v320 = IgnitionVersion(major: 3, minor: 2)
    /// Spec 3.3.0, the default.
    public static let v330 = IgnitionVersion(major: 3, minor: 3)

    /// The versions cloudcfg writes and accepts.
    public static let supported: [IgnitionVersion] = [v300, v310, v320, v330]

    private init(major: Int, minor: Int) {
        components = [major, minor, 0]
        prerelease = nil
    }

    /// Parses `MAJOR.MINOR.PATCH[-PRERELEASE]`.
    ///
    /// - Parameter text: The version text, such as `3.3.0`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let numbers = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3 else { return nil }
        var components: [Int] = []
        for number in numbers {
            guard !number.isEmpty, number.count <= 9, number.allSatisfy(\.isASCIIDigit), let value = Int(number) else {
                return nil
            }
            components.append(value)
        }
        if parts.count == 2, parts[1].isEmpty { return nil }
        self.components = components
        prerelease = parts.count == 2 ? String(parts[1]) : nil
    }

    /// Whether cloudcfg writes this version.
    public var isSupported: Bool { Self.supported.contains(self) }

    /// The version as written, `3.3.0`.
    public var description: String {
        components.map(String.init).joined(separator: ".") + (prerelease.map { "-" + $0 } ?? "")
    }

    /// Orders by number; a pre-release sorts before its release.
    public static func < (lhs: IgnitionVersion, rhs: IgnitionVersion) -> Bool {
        if lhs.components != rhs.components { return lhs.components.lexicographicallyPrecedes(rhs.components) }
        switch (lhs.prerelease, rhs.prerelease) {
        case (.some, .none): return true
        case (.some(let a), .some(let b)): return a < b
        default: return false
        }
    }
}
