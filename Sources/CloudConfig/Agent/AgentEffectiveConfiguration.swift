/// The value of every key an agent version knows, as that agent will use it after reading a
/// file: what its `get_*` accessors return (`null` where the value is unset and the default is
/// `None`).
///
/// Keys a version lists in its option tables without reading them
/// (`Debug.AutoUpdateHotfixFrequency` in 2.15) have the value `-show-configuration` prints.
public struct AgentEffectiveConfiguration: Sendable, Hashable {
    /// The agent version whose reading applies.
    public let version: AgentVersion
    /// Each key the version knows with its value, in catalog order.
    public let values: [AgentEffectiveValue]

    /// Computes the values for a file.
    ///
    /// - Parameters:
    ///   - configuration: The parsed file; an unreadable file (empty, not UTF-8, too large)
    ///     yields the defaults, so check ``AgentConfiguration/isReadable`` first.
    ///   - version: The agent version.
    ///   - catalog: The catalog.
    public init(_ configuration: AgentConfiguration, version: AgentVersion = .newest, catalog: AgentCatalog = .agent) {
        self.init(values: configuration.values, version: version, catalog: catalog)
    }

    /// Computes the values for the agent's `values` dictionary.
    ///
    /// - Parameters:
    ///   - values: Each key with its stored value (`nil` for `None`).
    ///   - version: The agent version.
    ///   - catalog: The catalog.
    public init(values: [String: String?], version: AgentVersion = .newest, catalog: AgentCatalog = .agent) {
        self.version = version
        var resolver = Resolver(stored: values, version: version, catalog: catalog)
        self.values = catalog.options(for: version).map { option in
            AgentEffectiveValue(
                key: option.key, value: resolver.value(of: option.key), source: resolver.source(of: option.key))
        }
    }

    /// The value of a key.
    ///
    /// - Parameter key: A key, case-sensitive.
    /// - Returns: The value, or `nil` when the version does not know the key.
    public subscript(key: String) -> AgentValue? { values.first { $0.key == key }?.value }

    /// The `show --format json` object: every key with its value, in catalog order (sort the
    /// keys when writing for a deterministic contract).
    public var json: JSONValue { .object(values.map { ($0.key, $0.value.json) }) }
}

/// One key's effective value and where it comes from.
public struct AgentEffectiveValue: Sendable, Hashable {
    /// Where a value comes from.
    public enum Source: String, Sendable, Hashable {
        /// The file sets a value the accessor accepts.
        case file
        /// The key is absent or `None`: the default applies.
        case unset
        /// The file sets a value the accessor does not accept (a switch that is not `y`/`n`, an
        /// integer Python's `int()` refuses): the default applies silently.
        case ignored
    }

    /// The key.
    public let key: String
    /// The value the agent uses.
    public let value: AgentValue
    /// Where it comes from.
    public let source: Source
}

extension AgentEffectiveConfiguration {
    /// Applies the accessors' logic, following defaults that name another key.
    struct Resolver {
        let stored: [String: String?]
        let version: AgentVersion
        let catalog: AgentCatalog

        /// Reads a key with a method and a default, as `get_switch`, `get_int` and `get` do.
        static func read(_ stored: String??, method: AgentReading.Method) -> AgentValue? {
            guard case .some(.some(let text)) = stored else { return nil }
            switch method {
            case .switch:
                if text == "y" || text == "Y" { return .bool(true) }
                if text == "n" || text == "N" { return .bool(false) }
                return nil
            case .integer:
                return PythonText.int(text).map { .integer(YAMLInteger($0)) }
            case .string:
                return .string(text)
            }
        }

        mutating func value(of key: String, depth: Int = 0) -> AgentValue {
            guard let reading = catalog.option(key)?.reading(for: version) else { return .null }
            var result: AgentValue
            if let read = Self.read(stored[key], method: reading.method) {
                result = read
            } else {
                switch reading.fallback {
                case .value(let value): result = value
                case .option(let other): result = depth < 4 ? value(of: other, depth: depth + 1) : .null
                }
            }
            if !reading.orSwitches.isEmpty, result != .bool(true) {
                for other in reading.orSwitches where Self.read(stored[other], method: .switch) == .bool(true) {
                    result = .bool(true)
                }
            }
            return result
        }

        func source(of key: String) -> AgentEffectiveValue.Source {
            guard let reading = catalog.option(key)?.reading(for: version),
                case .some(.some) = stored[key]
            else { return .unset }
            return Self.read(stored[key], method: reading.method) == nil ? .ignored : .file
        }
    }
}

extension AgentConfiguration {
    /// The value of every key an agent version knows, as that agent will use it.
    ///
    /// - Parameter version: The agent version.
    /// - Returns: The values, or `nil` when the agent refuses the file (empty, not UTF-8) or it
    ///   is too large to read.
    public func effectiveConfiguration(for version: AgentVersion = .newest) -> AgentEffectiveConfiguration? {
        guard isReadable else { return nil }
        return AgentEffectiveConfiguration(self, version: version)
    }
}
