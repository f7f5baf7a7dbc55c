/// Writes a canonical waagent.conf: a distribution's shipped settings without its dead keys,
/// with overrides applied, `Provisioning.Agent` always explicit, switches as `y` / `n`, one key
/// per line in catalog order (grouped by section, as the shipped files are), no inline comments.
///
/// Every value is checked against what the agent would make of it, so that the file reads back
/// — through cloudcfg's parser and the agent's — to exactly the values asked for.
public struct AgentRenderer: Sendable {
    /// The agent version the file is for: keys it does not know are refused.
    public let version: AgentVersion
    /// The catalog.
    public let catalog: AgentCatalog

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - version: The agent version the file is for.
    ///   - catalog: The catalog.
    public init(version: AgentVersion = .newest, catalog: AgentCatalog = .agent) {
        self.version = version
        self.catalog = catalog
    }

    /// The settings the file will have: the baseline's keys the version reads (its `None` values
    /// left out), then the overrides, with `Provisioning.Agent` added when neither sets it; in
    /// catalog order. A ``AgentValue/null`` override removes the key.
    ///
    /// - Parameters:
    ///   - baseline: The shipped file to start from, or `nil` to start from nothing.
    ///   - overrides: Keys and values to set.
    /// - Returns: The settings in the order they are written.
    /// - Throws: ``AgentRenderError`` for an unknown key or a value the agent would misread.
    public func settings(baseline: AgentBaseline?, overrides: [AgentSetting]) throws(AgentRenderError) -> [AgentSetting]
    {
        var values: [String: AgentValue] = [:]
        for setting in baseline?.settings ?? []
        where setting.value != .null && catalog.option(setting.key)?.isRead(by: version) == true {
            values[setting.key] = setting.value
        }
        for setting in overrides {
            guard let option = catalog.option(setting.key), option.isKnown(by: version) else {
                throw AgentRenderError(.unknownOption, key: setting.key, message: Self.unknown(setting.key, version))
            }
            guard option.isRead(by: version) else {
                throw AgentRenderError(
                    .unknownOption, key: setting.key,
                    message: "agent \(version) lists '\(setting.key)' but reads "
                        + "'\(option.replacement ?? "another key")' instead")
            }
            if setting.value == .null {
                values[setting.key] = nil
            } else {
                try Self.check(setting, option: option, version: version)
                values[setting.key] = setting.value
            }
        }
        if values["Provisioning.Agent"] == nil {
            values["Provisioning.Agent"] =
                catalog.option("Provisioning.Agent")?.codeDefault(for: version) ?? .string("auto")
        }
        return catalog.options.compactMap { option in values[option.key].map { AgentSetting(option.key, $0) } }
    }

    /// Renders the file.
    ///
    /// - Parameters:
    ///   - baseline: The shipped file to start from, or `nil` to start from nothing.
    ///   - overrides: Keys and values to set; a ``AgentValue/null`` value removes the key.
    ///   - header: Comment lines written first, each as `# line` in column 1.
    /// - Returns: The file's text, ending with a line feed.
    /// - Throws: ``AgentRenderError`` for an unknown key or a value the agent would misread.
    public func render(baseline: AgentBaseline?, overrides: [AgentSetting] = [], header: [String] = [])
        throws(AgentRenderError) -> String
    {
        let settings = try settings(baseline: baseline, overrides: overrides)
        var text = ""
        for line in header {
            for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
                let clean = part.replacing("\r", with: "")
                text += clean.isEmpty ? "#\n" : "# \(clean)\n"
            }
        }
        var section: String?
        for setting in settings {
            guard let valueText = setting.value.fileText else { continue }
            let current = catalog.option(setting.key)?.section ?? setting.key
            if section != current, !text.isEmpty { text += "\n" }
            section = current
            text += "\(setting.key)=\(valueText)\n"
        }
        return text
    }

    private static func unknown(_ key: String, _ version: AgentVersion) -> String {
        if let obsolete = AgentCatalog.agent.obsoleteOption(key) {
            return "'\(key)' is obsolete: \(obsolete.note)"
        }
        return "agent \(version) does not read '\(key)'"
    }

    /// Refuses a value the agent would misread or act on differently than written.
    static func check(_ setting: AgentSetting, option: AgentOption, version: AgentVersion) throws(AgentRenderError) {
        let key = setting.key
        switch (option.reading(for: version)?.method ?? .string, setting.value) {
        case (.switch, .bool), (.integer, .integer), (.string, .string): break
        case (.string, .integer) where option.kind == .integer: break
        case (.switch, .integer) where option.kind == .integer:
            throw AgentRenderError(
                .valueIgnored, key: key, message: "agent \(version) reads '\(key)' as a switch and ignores a number")
        default:
            throw AgentRenderError(
                .wrongType, key: key, message: "'\(key)' takes \(Self.phrase(option.kind)), not \(setting.value)")
        }
        guard case .string(let text) = setting.value else { return }
        if text.isEmpty {
            throw AgentRenderError(.unsafeValue, key: key, message: "'\(key)' cannot be empty")
        }
        if text == "None" {
            throw AgentRenderError(.unsafeValue, key: key, message: "the agent reads 'None' as no value")
        }
        if text.unicodeScalars.contains(where: { $0 == "#" || $0 == "\n" || $0 == "\r" }) {
            throw AgentRenderError(
                .unsafeValue, key: key, message: "a value cannot contain '#' or a line break: the agent cuts it there")
        }
        let bytes = Array(text.utf8)
        let stripped = PythonText.strip(bytes, PythonText.stripQuotesAndSpaces(bytes, 0..<bytes.count).range)
        if stripped != 0..<bytes.count {
            throw AgentRenderError(
                .unsafeValue, key: key,
                message: "the agent strips surrounding spaces and double quotes from '\(text)'")
        }
        if !option.allowedValues.isEmpty, !option.allowedValues.contains(text) {
            throw AgentRenderError(
                .valueNotAllowed, key: key,
                message: "'\(key)' takes one of " + option.allowedValues.joined(separator: ", ") + ", not '\(text)'")
        }
    }

    static func phrase(_ kind: AgentOption.Kind) -> String {
        switch kind {
        case .switch: "y or n"
        case .integer: "an integer"
        case .string: "a string"
        case .enumeration: "one of a set of strings"
        }
    }
}

/// A setting the renderer will not write, because the agent would not read it as given.
public struct AgentRenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Storage: String, Sendable, Hashable {
            case unknownOption = "unknown-option"
            case wrongType = "wrong-type"
            case valueNotAllowed = "value-not-allowed"
            case valueIgnored = "value-ignored"
            case unsafeValue = "unsafe-value"
        }

        let storage: Storage

        init(_ storage: Storage) { self.storage = storage }

        /// The agent version does not read the key (unknown, obsolete or only listed).
        public static let unknownOption = Code(.unknownOption)
        /// The value's type is not the key's (a string for a switch).
        public static let wrongType = Code(.wrongType)
        /// The value is not one of the key's allowed values.
        public static let valueNotAllowed = Code(.valueNotAllowed)
        /// The agent reads the key in a way that ignores the value.
        public static let valueIgnored = Code(.valueIgnored)
        /// The agent would change the value: a `#`, a line break, surrounding spaces or quotes,
        /// `None`, or nothing at all.
        public static let unsafeValue = Code(.unsafeValue)

        /// The code as kebab-case text.
        public var description: String { storage.rawValue }
    }

    /// What is wrong.
    public let code: Code
    /// The key concerned.
    public let key: String
    /// What is wrong, lower-case, without a final period.
    public let message: String

    init(_ code: Code, key: String, message: String) {
        self.code = code
        self.key = key
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
