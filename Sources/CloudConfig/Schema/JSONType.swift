/// The JSON Schema (draft-04) types, as cloud-init's validator applies them to loaded YAML.
public enum JSONType: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `None`.
    case null
    /// `True` or `False` (never an integer).
    case boolean
    /// An `int` that is not a `bool`.
    case integer
    /// An `int` or a `float`, not a `bool`.
    case number
    /// A `str`, or `bytes` from `!!binary`, which cloud-init's validator accepts as strings.
    case string
    /// A `list`.
    case array
    /// A `dict`.
    case object

    /// The article and noun used in messages (`a string`, `an integer`).
    public var phrase: String {
        switch self {
        case .null: "null"
        case .boolean: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "a mapping"
        }
    }

    /// Orders types as they are listed in messages and exports.
    public static func < (lhs: JSONType, rhs: JSONType) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
