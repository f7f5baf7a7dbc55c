/// A set of a profile's top-level parts (``ProfileDecoder/ParameterUnit``) as bits: the fleet
/// paths ask, for every host, which parts it took from its template, and bits answer without
/// hashing.
struct ParameterUnits: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The set of one part.
    init(_ unit: ProfileDecoder.ParameterUnit) { rawValue = 1 << UInt16(unit.rawValue) }

    /// The set of some parts.
    init(_ units: some Sequence<ProfileDecoder.ParameterUnit>) {
        self.init(rawValue: units.reduce(0) { $0 | 1 << UInt16($1.rawValue) })
    }

    /// Every part.
    static let all = ParameterUnits(ProfileDecoder.ParameterUnit.allCases)

    static let identity = ParameterUnits(.identity)
    static let admin = ParameterUnits(.admin)
    static let users = ParameterUnits(.users)
    static let groups = ParameterUnits(.groups)
    static let packages = ParameterUnits(.packages)
    static let packageUpgrade = ParameterUnits(.packageUpgrade)
    static let files = ParameterUnits(.files)
    static let commands = ParameterUnits(.commands)
    static let storage = ParameterUnits(.storage)
    static let timezone = ParameterUnits(.timezone)
    static let locale = ParameterUnits(.locale)
    static let ntp = ParameterUnits(.ntp)
    static let parts = ParameterUnits(.parts)
}
