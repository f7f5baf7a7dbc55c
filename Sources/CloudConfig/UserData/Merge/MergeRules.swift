/// How cloud-init merges one cloud-config part into the configuration gathered so far
/// (`cloudinit/mergers`): a chain of mergers, each a type (`dict`, `list`, `str`) with options,
/// written `dict(replace)+list(append)+str()` in a `Merge-Type` header or a `merge_how` key.
public struct MergeRules: Sendable, Hashable, CustomStringConvertible {
    /// One merger of the chain.
    public struct Merger: Sendable, Hashable, CustomStringConvertible {
        /// The options, as cloud-init tests them with Python's `in`.
        public enum Options: Sendable, Hashable {
            /// A list of options: an option is set when it is one of the strings.
            case list([String])
            /// A single string (a `settings:` string in `merge_how`): an option is set when it
            /// occurs anywhere in it, so `no_replace` also sets `replace`.
            case text(String)

            /// Whether an option is set.
            public func contains(_ option: String) -> Bool {
                switch self {
                case .list(let options): options.contains(option)
                case .text(let text): text.contains(option)
                }
            }
        }

        /// The merger's name after cloud-init's normalisation (`dict`, `list`, `str`; `m_dict`
        /// also works).
        public var name: String
        /// The options.
        public var options: Options

        /// Creates a merger.
        ///
        /// - Parameters:
        ///   - name: `dict`, `list` or `str`.
        ///   - options: The options.
        public init(name: String, options: Options) {
            self.name = name
            self.options = options
        }

        /// The module cloud-init imports for the merger: `m_` and the name, unless the name
        /// already starts with `m_`.
        var module: String { name.hasPrefix("m_") ? name : "m_" + name }

        /// `dict(replace,recurse_list)`.
        public var description: String {
            switch options {
            case .list(let options): "\(name)(\(options.joined(separator: ",")))"
            case .text(let text): "\(name)(\(text))"
            }
        }
    }

    /// Why merge rules are unusable: cloud-init fails merging the part (it is skipped).
    public struct Error: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// The problem, lower-case.
        public var message: String
        /// A human-readable form of the value.
        public var description: String { message }
    }

    /// The mergers in order; for each type the first merger of that type is used.
    public var mergers: [Merger]

    /// Creates rules.
    ///
    /// - Parameter mergers: The chain.
    public init(_ mergers: [Merger]) { self.mergers = mergers }

    /// The rules of a user-data cloud-config part without its own: `dict(replace)+list()+str()`.
    public static let userDataDefault = MergeRules([
        Merger(name: "dict", options: .list(["replace"])), Merger(name: "list", options: .list([])),
        Merger(name: "str", options: .list([])),
    ])

    /// cloud-init's library default, used for system configuration: `list()+dict()+str()`.
    public static let libraryDefault = MergeRules([
        Merger(name: "list", options: .list([])), Merger(name: "dict", options: .list([])),
        Merger(name: "str", options: .list([])),
    ])

    /// The merger names cloud-init has, and the options each understands.
    public static let knownOptions: [String: [String]] = [
        "dict": ["replace", "no_replace", "allow_delete", "recurse_str", "recurse_list", "recurse_array"],
        "list": [
            "append", "prepend", "replace", "no_replace", "recurse_dict", "recurse_list", "recurse_array",
            "recurse_str",
        ],
        "str": ["append"],
    ]

    /// The rules joined with `+`.
    public var description: String { mergers.map(\.description).joined(separator: "+") }

    /// Parses the string syntax as `mergers.string_extract_mergers` does: components split at
    /// `+`, lower-cased, trimmed, `-` turned into `_`; each must be `name(options)`.
    ///
    /// - Parameter text: A `Merge-Type` value or a `merge_how` string.
    /// - Returns: The rules (empty for empty text), or the error cloud-init raises.
    public static func parse(_ text: String) -> Result<MergeRules, Error> {
        var mergers: [Merger] = []
        for component in text.split(separator: "+", omittingEmptySubsequences: false) {
            let name = PythonText.strip(PythonText.lower(component)).replacing("-", with: "_")
            if name.isEmpty { continue }
            guard let (merger, options) = Self.match(name) else {
                return .failure(Error(message: "'\(name)' is not in the form name(options)"))
            }
            let list = options.split(separator: ",", omittingEmptySubsequences: false)
                .map { PythonText.strip($0).lowercased() }.filter { !$0.isEmpty }
            mergers.append(Merger(name: merger, options: .list(list)))
        }
        return .success(MergeRules(mergers))
    }

    /// `^[a-zA-Z_][A-Za-z0-9_]*\((.*?)\)$`: the name and the text between the parentheses.
    private static func match(_ text: String) -> (String, String)? {
        var scalars = Array(text.unicodeScalars)
        // Python's `$` also matches before a final line break.
        if scalars.last == "\n" { scalars.removeLast() }
        guard let open = scalars.firstIndex(of: "("), open > 0, scalars.last == ")" else { return nil }
        let name = scalars[..<open]
        guard let first = name.first, first.isASCII, first.properties.isAlphabetic || first == "_",
            name.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        else { return nil }
        let options = scalars[(open + 1)..<(scalars.count - 1)]
        // `.` does not match a line break.
        guard !options.contains("\n") else { return nil }
        return (String(String.UnicodeScalarView(name)), String(String.UnicodeScalarView(options)))
    }

    /// Reads the rules of a cloud-config part's `merge_how` (or, when that is absent or null,
    /// `merge_type`) value as `mergers.dict_extract_mergers` does: a string in the string syntax,
    /// or a list of `{name: ..., settings: [...]}` mappings or `[name, option, ...]` lists.
    ///
    /// - Parameter value: The key's value.
    /// - Returns: The rules, or the error cloud-init raises.
    public static func parse(_ value: YAMLValue) -> Result<MergeRules, Error> {
        if case .scalar(.string(let text)) = value { return parse(text) }
        let items: [YAMLValue]
        switch value {
        case .sequence(let list), .set(let list): items = list
        case .mapping(let entries): items = entries.map(\.key)
        case .pairs(let entries): items = entries.map { .sequence([$0.key, $0.value]) }
        case .scalar(.binary(let bytes)): items = bytes.map { .scalar(.int(YAMLInteger(Int($0)))) }
        case .scalar(let scalar): return .failure(Error(message: "a \(scalar.pythonTypeName) is not merge rules"))
        }
        var mergers: [Merger] = []
        for item in items {
            let name: String
            let options: Merger.Options
            switch item {
            case .mapping(let entries):
                guard let nameValue = PythonValue.get("name", in: entries) else {
                    return .failure(Error(message: "a merger mapping has no 'name'"))
                }
                guard let text = nameValue.string else {
                    return .failure(Error(message: "a merger name is not a string"))
                }
                name = PythonText.strip(text.replacing("-", with: "_"))
                guard let settings = PythonValue.get("settings", in: entries) else {
                    return .failure(Error(message: "the merger '\(name)' has no 'settings'"))
                }
                switch settings {
                case .scalar(.string(let text)): options = .text(text)
                case .sequence(let list), .set(let list): options = .list(list.compactMap(\.string))
                case .mapping(let entries): options = .list(entries.compactMap(\.key.string))
                default: return .failure(Error(message: "the settings of '\(name)' are not a list"))
                }
            case .sequence(let list):
                guard let first = list.first else { return .failure(Error(message: "a merger list is empty")) }
                guard let text = first.string else {
                    if PythonValue.isTruthy(first) { return .failure(Error(message: "a merger name is not a string")) }
                    continue
                }
                name = text
                options = .list(list.dropFirst().compactMap(\.string))
            case .scalar(.string(let text)):
                // Python indexes the string: the name is its first character.
                guard let first = text.unicodeScalars.first else {
                    return .failure(Error(message: "a merger name is empty"))
                }
                name = String(first)
                options = .text(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())))
            default:
                return .failure(Error(message: "\(PythonValue.repr(item)) is not a merger"))
            }
            if name.isEmpty { continue }
            mergers.append(Merger(name: name, options: options))
        }
        return .success(MergeRules(mergers))
    }

    /// Checks that cloud-init has every merger (`mergers.construct` imports each module).
    ///
    /// - Returns: The first merger cloud-init cannot find, as an error.
    public func validated() -> Result<MergeRules, Error> {
        for merger in mergers where !["m_dict", "m_list", "m_str"].contains(merger.module) {
            return .failure(Error(message: "cloud-init has no merger named '\(merger.name)'"))
        }
        return .success(self)
    }
}
