/// A value of a profile as written — a scalar, a list or a mapping — with where it is, aliases
/// and merge keys resolved. Variables are substituted and overrides merged on this tree, so that
/// every value keeps the position a finding about it points at.
indirect enum ProfileNode: Sendable {
    /// A scalar.
    case scalar(ProfileScalar)
    /// A list.
    case sequence([ProfileNode], SourceRange)
    /// A mapping with string keys, in order.
    case mapping([ProfileEntry], SourceRange)

    /// Where the value is.
    var range: SourceRange {
        switch self {
        case .scalar(let scalar): scalar.range
        case .sequence(_, let range), .mapping(_, let range): range
        }
    }

    /// The entries, when the value is a mapping.
    var entries: [ProfileEntry]? {
        if case .mapping(let entries, _) = self { return entries }
        return nil
    }

    /// Whether the value is YAML's null.
    var isNull: Bool {
        if case .scalar(let scalar) = self, scalar.value == .null { return true }
        return false
    }

    /// The entry for a key.
    func entry(_ key: String) -> ProfileEntry? { entries?.last { $0.key == key } }

    /// What the value is, for messages: `a list`, `the string 'yes'`, `the integer 420`.
    var phrase: String {
        switch self {
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: "null"
            case .bool(let value): "the boolean \(value)"
            case .int(let value): "the integer \(value)"
            case .float(let value): "the number \(YAMLScalar.float(value).pythonStr)"
            case .string(let text):
                "the string " + PythonFormat.stringRepr(text.count > 40 ? text.prefix(40) + "…" : text)
            default: "a \(scalar.value.pythonTypeName) value"
            }
        }
    }

    /// The same value at another place (a variable's value where it is referred to).
    func moved(to range: SourceRange, variable: String) -> ProfileNode {
        switch self {
        case .scalar(var scalar):
            scalar.range = range
            scalar.exactText = false
            scalar.variable = variable
            scalar.hasReferences = false
            return .scalar(scalar)
        case .sequence(let items, _): return .sequence(items.map { $0.moved(to: range, variable: variable) }, range)
        case .mapping(let entries, _):
            return .mapping(
                entries.map {
                    ProfileEntry(key: $0.key, keyRange: range, value: $0.value.moved(to: range, variable: variable))
                }, range)
        }
    }
}

/// A scalar of a profile.
struct ProfileScalar: Sendable {
    /// The value as YAML types it.
    var value: YAMLScalar
    /// Where it is.
    var range: SourceRange
    /// Whether the source text at ``range`` is the value's text exactly (a plain scalar on one
    /// line), so that a position inside the value is a position in the file.
    var exactText: Bool
    /// The variable the value came from, when it is a variable's value.
    var variable: String?
    /// Whether the value still has `${{ }}` references to substitute.
    var hasReferences: Bool
}

/// A key of a profile mapping and its value.
struct ProfileEntry: Sendable {
    /// The key.
    var key: String
    /// Where the key is.
    var keyRange: SourceRange
    /// The value.
    var value: ProfileNode
}

extension ProfileNode {
    /// The most values a profile may expand to, aliases included (a profile has hundreds).
    static let maximumNodes = 200_000

    /// Builds the tree of a YAML document.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - source: The file.
    ///   - diagnostics: Where findings about keys go (not strings, written twice).
    /// - Returns: The tree, or `nil` when the document is empty or expands to too many values.
    static func build(_ document: YAMLDocument, source: SourceFile, diagnostics: inout [Diagnostic]) -> ProfileNode? {
        guard let root = document.root else { return nil }
        var builder = Builder(document: document, source: source)
        let node = builder.node(root, path: [], depth: 0)
        diagnostics += builder.diagnostics
        return builder.exceeded ? nil : node
    }

    private struct Builder {
        let document: YAMLDocument
        let source: SourceFile
        var diagnostics: [Diagnostic] = []
        var count = 0
        var exceeded = false

        mutating func node(_ id: YAMLNodeID, path: [String], depth: Int) -> ProfileNode {
            count += 1
            let resolved = document.resolved(id)
            let yamlNode = document[resolved]
            let range = document[id].range
            if count > ProfileNode.maximumNodes || depth > 64 {
                if !exceeded {
                    diagnostics.append(
                        ProfileInvalidValueRule().finding(
                            "the profile is nested more than 64 deep or expands to more than "
                                + "\(ProfileNode.maximumNodes) values", at: range, keyPath: nil))
                }
                exceeded = true
                return .scalar(ProfileScalar(value: .null, range: range, exactText: false, hasReferences: false))
            }
            switch yamlNode.kind {
            case .sequence:
                let items = document.items(of: resolved).enumerated().map { index, item in
                    node(item, path: path + [String(index)], depth: depth + 1)
                }
                return .sequence(items, yamlNode.range)
            case .mapping:
                var entries: [ProfileEntry] = []
                for pair in document.entries(of: resolved) {
                    let keyNode = document[document.resolved(pair.key)]
                    let keyRange = document[pair.key].range
                    guard case .string(let key)? = keyNode.value else {
                        diagnostics.append(
                            ProfileTypeMismatchRule().finding(
                                "key", expected: "a string",
                                actual: ProfileNode.scalar(
                                    ProfileScalar(
                                        value: keyNode.value ?? .null, range: keyRange, exactText: false,
                                        hasReferences: false)
                                ).phrase, at: keyRange, keyPath: path.joined(separator: ".")))
                        continue
                    }
                    let value = node(pair.value, path: path + [key], depth: depth + 1)
                    entries.append(ProfileEntry(key: key, keyRange: keyRange, value: value))
                }
                return .mapping(entries, yamlNode.range)
            case .scalar, .alias:
                let value = yamlNode.value ?? .null
                let written = yamlNode.range
                let exact =
                    yamlNode.scalarStyle == .plain && written.start.line == written.end.line
                    && source.text(of: written) == yamlNode.text
                let references = value.string.map(ProfileVariables.containsReference) ?? false
                return .scalar(
                    ProfileScalar(
                        value: value, range: range, exactText: exact && id == resolved, hasReferences: references))
            }
        }
    }
}
