/// An Azure Linux Agent (WALinuxAgent) release number such as `2.7.3.0` or `2.15.0.1`.
///
/// The catalog describes two releases in detail (``AgentRelease``): Debian 12's 2.7.3 and the
/// current 2.15. Any other version is read with the semantics of the newest described release
/// at or below it (``release``), with 2.7.3 as the floor.
public struct AgentVersion: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The numeric components; `2.15.0.1` is `[2, 15, 0, 1]`.
    public let components: [Int]

    /// The version of the Debian 12 package (`waagent 2.7.3.0-4.1`).
    public static let debian12: AgentVersion = "2.7.3"
    /// The newest version the catalog describes, and the default target.
    public static let newest: AgentVersion = "2.15"

    /// Parses `MAJOR.MINOR[.PATCH[.BUILD]]`.
    ///
    /// - Parameter text: The version text, such as `2.15.0.1`.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...4).contains(parts.count) else { return nil }
        var components: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 9, part.allSatisfy(\.isASCIIDigit), let number = Int(part) else {
                return nil
            }
            components.append(number)
        }
        self.components = components
    }

    /// Creates a version from a literal; the literal must be a valid version.
    ///
    /// - Parameter value: The version text, such as `"2.15"`.
    public init(stringLiteral value: String) {
        guard let version = AgentVersion(value) else {
            preconditionFailure("invalid agent version literal \(value)")
        }
        self = version
    }

    /// The version as written, `2.15.0.1`.
    public var description: String { components.map(String.init).joined(separator: ".") }

    /// The described release whose reading of waagent.conf applies to this version: 2.15 from
    /// 2.15 on, 2.7.3 below it.
    public var release: AgentRelease {
        self >= AgentRelease.agent215.version ? .agent215 : .agent273
    }

    /// Whether the left version is older; missing components count as zero.
    public static func < (lhs: AgentVersion, rhs: AgentVersion) -> Bool {
        let count = max(lhs.components.count, rhs.components.count)
        for index in 0..<count {
            let a = index < lhs.components.count ? lhs.components[index] : 0
            let b = index < rhs.components.count ? rhs.components[index] : 0
            if a != b { return a < b }
        }
        return false
    }

    /// Whether two versions are the same release; missing components count as zero.
    public static func == (lhs: AgentVersion, rhs: AgentVersion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    /// Hashes the version without trailing zero components, consistently with equality.
    public func hash(into hasher: inout Hasher) {
        var trimmed = components
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }
}

/// A release of the agent whose `azurelinuxagent/common/conf.py` the catalog describes key by key.
public enum AgentRelease: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// 2.7.3, Debian 12's `waagent 2.7.3.0-4.1`, the agent the tests ask at test time.
    case agent273 = "2.7.3"
    /// 2.15.0.1, upstream's current release, recorded as fixtures.
    case agent215 = "2.15"

    /// The release's version.
    public var version: AgentVersion {
        switch self {
        case .agent273: .debian12
        case .agent215: .newest
        }
    }

    /// The release as written, `2.7.3`.
    public var description: String { rawValue }

    /// Whether the left release is older.
    public static func < (lhs: AgentRelease, rhs: AgentRelease) -> Bool { lhs.version < rhs.version }
}
