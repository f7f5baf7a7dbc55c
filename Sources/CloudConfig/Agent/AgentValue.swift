/// A value as the agent uses it after reading waagent.conf: what its `get_switch`, `get_int` and
/// `get` accessors return.
public enum AgentValue: Sendable, Hashable, CustomStringConvertible {
    /// A switch (`y` / `n`), Python `True` / `False`.
    case bool(Bool)
    /// An integer; Python's are unbounded, so this one is too.
    case integer(YAMLInteger)
    /// A string, exactly as the agent keeps it.
    case string(String)
    /// No value (Python `None`): the key is unset and its code default is `None`.
    case null

    /// An integer value from a machine integer.
    ///
    /// - Parameter value: The integer.
    /// - Returns: The value.
    public static func int(_ value: Int) -> AgentValue { .integer(YAMLInteger(value)) }

    /// The value in the `show --format json` contract: booleans, integers as numbers, strings,
    /// `null`.
    public var json: JSONValue {
        switch self {
        case .bool(let value): .bool(value)
        case .integer(let value): .number(value.description)
        case .string(let value): .string(value)
        case .null: .null
        }
    }

    /// The text to write in waagent.conf for this value: `y` / `n`, a decimal integer, the
    /// string, or `nil` for no value (the key is left out).
    public var fileText: String? {
        switch self {
        case .bool(let value): value ? "y" : "n"
        case .integer(let value): value.description
        case .string(let value): value
        case .null: nil
        }
    }

    /// The value as waagent.conf would spell it, or `None`.
    public var description: String { fileText ?? "None" }

    /// The integer, when the value is one that fits a machine integer.
    public var intValue: Int? {
        guard case .integer(let value) = self else { return nil }
        return value.intValue
    }
}
