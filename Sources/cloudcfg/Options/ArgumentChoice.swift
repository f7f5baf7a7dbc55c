import ArgumentParser

/// An option's closed set of values, each written as its raw value.
///
/// ArgumentParser's defaults for such enums list the values through a key path and look for
/// descriptions that differ from the raw values; every run that builds the options (several
/// times per parse) pays for that. The values are the raw values and no description differs,
/// so both are given directly: the help, completions and man page are the same.
protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentChoice {
    /// Every value, in declaration order: the raw values.
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }

    /// No value has a description other than its raw value.
    static var allValueDescriptions: [String: String] { [:] }
}
