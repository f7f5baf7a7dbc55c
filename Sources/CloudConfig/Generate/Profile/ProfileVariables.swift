/// Variables in profile values: `${{ name }}` refers to the variable `name`; `$${{` writes
/// `${{` itself.
///
/// The syntax collides with neither shell nor Jinja user-data: `${` followed by `{` is not
/// valid shell, and the leading `$` keeps a Jinja `{{ v1.local_hostname }}` in a file's content
/// what it is. A value that is exactly one reference takes the variable's value with its type
/// (a list of SSH keys, a number); a reference inside other text takes the variable's text.
enum ProfileVariables {
    /// One piece of a value: literal text or a reference.
    enum Piece: Equatable {
        case text(String)
        case reference(name: String, offset: Int, length: Int)
    }

    /// Why a value's references cannot be read.
    struct SyntaxError: Error {
        let message: String
        /// The offset of the problem, in Unicode scalars from the value's start.
        let offset: Int
    }

    /// Whether text has a reference or an escaped one to handle.
    static func containsReference(_ text: String) -> Bool { text.contains("${{") }

    /// A variable name: a letter or `_`, then letters, digits, `_` and `-`.
    static func isName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_"
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
    }

    /// Splits a value into literal text and references.
    ///
    /// - Parameter text: The value.
    /// - Returns: The pieces, adjacent literal text joined.
    /// - Throws: ``SyntaxError`` for an unclosed reference or one without a valid name.
    static func pieces(_ text: String) throws(SyntaxError) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var index = 0
        func matches(_ needle: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + needle.count <= scalars.count else { return false }
            for offset in needle.indices where scalars[position + offset] != needle[offset] { return false }
            return true
        }
        let escaped: [Unicode.Scalar] = ["$", "$", "{", "{"]
        let opening: [Unicode.Scalar] = ["$", "{", "{"]
        let closing: [Unicode.Scalar] = ["}", "}"]
        while index < scalars.count {
            // Every reference starts with `$`; other characters are literal text.
            if scalars[index] == "$", matches(escaped, at: index) {
                literal.append(contentsOf: "${{".unicodeScalars)
                index += 4
                continue
            }
            guard scalars[index] == "$", matches(opening, at: index) else {
                literal.append(scalars[index])
                index += 1
                continue
            }
            var end = index + 3
            while end < scalars.count, !matches(closing, at: end) { end += 1 }
            guard end < scalars.count else {
                throw SyntaxError(message: "'${{' has no closing '}}'; write '$${{' for the text itself", offset: index)
            }
            let inner = String(String.UnicodeScalarView(scalars[(index + 3)..<end]))
            let name = inner.trimmingCharacters(in: " \t")
            guard isName(Substring(name)) else {
                throw SyntaxError(
                    message: "'\(name)' is not a variable name: a letter or '_', then letters, digits, '_' or '-'",
                    offset: index)
            }
            if !literal.isEmpty {
                pieces.append(.text(String(literal)))
                literal = String.UnicodeScalarView()
            }
            pieces.append(.reference(name: name, offset: index, length: end + 2 - index))
            index = end + 2
        }
        if !literal.isEmpty { pieces.append(.text(String(literal))) }
        return pieces
    }

    /// The range of a part of a scalar's value in the file: exact for a plain scalar on one line,
    /// the whole scalar otherwise.
    static func range(of offset: Int, length: Int, in scalar: ProfileScalar, source: SourceFile) -> SourceRange {
        guard scalar.exactText else { return scalar.range }
        let start = scalar.range.start
        let text = Array(source.text(of: scalar.range).unicodeScalars)
        let before = String(String.UnicodeScalarView(text.prefix(offset))).utf8.count
        let inside = String(String.UnicodeScalarView(text.dropFirst(offset).prefix(length))).utf8.count
        return SourceRange(
            start: SourceLocation(line: start.line, column: start.column + offset, offset: start.offset + before),
            end: SourceLocation(
                line: start.line, column: start.column + offset + length, offset: start.offset + before + inside))
    }
}

extension String {
    /// The text without leading and trailing characters of a set.
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

/// Substitutes variables in a profile tree.
struct ProfileSubstitution {
    /// What a variable holds: a value, or nothing yet (declared `null`, given per host).
    let values: [String: ProfileNode?]
    /// The file, for positions inside scalars.
    let source: SourceFile
    /// Whether a variable without a value leaves its value out silently (linting, where an
    /// inventory gives it later) rather than being reported.
    let lenient: Bool
    /// A prefix for findings about a host's values, such as `host 'web-07': `.
    let context: String
    /// Values already split into pieces (``ProfileVariables/pieces(_:)``), by their text: a
    /// fleet's hosts share the profile's values, which are then split once rather than per host.
    let knownPieces: [String: [ProfileVariables.Piece]]
    var diagnostics: [Diagnostic] = []

    init(
        values: [String: ProfileNode?], source: SourceFile, lenient: Bool, context: String = "",
        knownPieces: [String: [ProfileVariables.Piece]] = [:]
    ) {
        self.values = values
        self.source = source
        self.lenient = lenient
        self.context = context
        self.knownPieces = knownPieces
    }

    /// The tree with every reference replaced; a value whose variable has no value is left out
    /// (a mapping loses the key, a list the item).
    mutating func apply(_ node: ProfileNode, path: [String]) -> ProfileNode? {
        var path = path
        return substituted(node, path: &path)
    }

    /// ``apply(_:path:)`` with the path as a stack: a subtree without references is returned as
    /// it is, without rebuilding it, as most of a profile is the same for every host.
    private mutating func substituted(_ node: ProfileNode, path: inout [String]) -> ProfileNode? {
        switch node {
        case .sequence(let items, let range):
            guard node.containsReferences else { return node }
            var result: [ProfileNode] = []
            for (index, item) in items.enumerated() {
                path.append(String(index))
                if let substituted = substituted(item, path: &path) { result.append(substituted) }
                path.removeLast()
            }
            return .sequence(result, range)
        case .mapping(let entries, let range):
            guard node.containsReferences else { return node }
            var result: [ProfileEntry] = []
            for entry in entries {
                path.append(entry.key)
                defer { path.removeLast() }
                guard let value = substituted(entry.value, path: &path) else { continue }
                result.append(ProfileEntry(key: entry.key, keyRange: entry.keyRange, value: value))
            }
            return .mapping(result, range)
        case .scalar(let scalar):
            guard scalar.hasReferences, case .string(let text) = scalar.value else { return node }
            return substitute(text, in: scalar, path: path.joined(separator: "."))
        }
    }

    private mutating func substitute(_ text: String, in scalar: ProfileScalar, path: String) -> ProfileNode? {
        let pieces: [ProfileVariables.Piece]
        do throws(ProfileVariables.SyntaxError) {
            if let known = knownPieces[text] {
                pieces = known
            } else {
                pieces = try ProfileVariables.pieces(text)
            }
        } catch {
            let range = ProfileVariables.range(of: error.offset, length: 3, in: scalar, source: source)
            diagnostics.append(ProfileInvalidValueRule().finding(context + error.message, at: range, keyPath: path))
            return nil
        }
        if pieces.count == 1, case .reference(let name, let offset, let length) = pieces[0] {
            guard let value = lookUp(name, offset: offset, length: length, in: scalar, path: path) else { return nil }
            return value.moved(to: scalar.range, variable: name)
        }
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let literal): result += literal
            case .reference(let name, let offset, let length):
                guard let value = lookUp(name, offset: offset, length: length, in: scalar, path: path) else {
                    return nil
                }
                guard case .scalar(let inner) = value, inner.value != .null else {
                    let range = ProfileVariables.range(of: offset, length: length, in: scalar, source: source)
                    diagnostics.append(
                        ProfileTypeMismatchRule().finding(
                            name, expected: "a text, a number or a boolean inside other text", actual: value.phrase,
                            at: range, keyPath: path))
                    return nil
                }
                result += Self.text(of: inner.value)
            }
        }
        var substituted = scalar
        substituted.value = .string(result)
        substituted.hasReferences = false
        substituted.exactText = false
        return .scalar(substituted)
    }

    /// A scalar's text inside other text: a string as it is, a boolean as `true` or `false`, a
    /// number as Python writes it.
    static func text(of value: YAMLScalar) -> String {
        switch value {
        case .string(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: value.pythonStr
        }
    }

    private mutating func lookUp(
        _ name: String, offset: Int, length: Int, in scalar: ProfileScalar, path: String
    ) -> ProfileNode? {
        guard let declared = values[name] else {
            // Undeclared names are reported once, when the profile is read.
            return nil
        }
        guard let value = declared, !value.isNull else {
            if !lenient {
                let range = ProfileVariables.range(of: offset, length: length, in: scalar, source: source)
                var finding = ProfileUndefinedVariableRule().unset(name, at: range, keyPath: path)
                finding.message = context + finding.message
                diagnostics.append(finding)
            }
            return nil
        }
        return value
    }
}
