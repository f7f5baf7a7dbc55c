/// A mapping entry with its key as cloud-init reads it.
struct NamedEntry {
    /// The key as written (a string).
    let name: String
    /// The key node.
    let key: YAMLNodeID
    /// The value node.
    let value: YAMLNodeID
}

extension LintContext {
    /// The kind of a node, through an alias.
    func kind(of node: YAMLNodeID) -> YAMLNode.Kind? {
        self.node(resolved(node))?.kind
    }

    /// The string-keyed entries of a mapping as cloud-init sees them (merge keys applied, later
    /// duplicates winning); empty for other nodes.
    func namedEntries(of node: YAMLNodeID) -> [NamedEntry] {
        guard let document, kind(of: node) == .mapping else { return [] }
        var named: [NamedEntry] = []
        named.reserveCapacity(Int(document.nodes[document.resolved(node).index].childCount) / 2)
        document.forEachEntry(of: node) { entry in
            guard let name = document.keyString(entry.key) else { return }
            named.append(NamedEntry(name: name, key: entry.key, value: entry.value))
        }
        return named
    }

    /// The entry of a user-style mapping whose key, after cloud-init's rewriting of `-` to `_`
    /// and trimming, is `name`; the last such entry wins, as in cloud-init's dictionary.
    func normalizedEntry(_ name: String, in node: YAMLNodeID) -> NamedEntry? {
        Self.normalizedEntry(name, in: namedEntries(of: node))
    }

    /// ``normalizedEntry(_:in:)`` among entries already read, for callers that look up several
    /// keys of one mapping.
    static func normalizedEntry(_ name: String, in entries: [NamedEntry]) -> NamedEntry? {
        entries.last { entry in
            // Most keys are written as cloud-init reads them; compare without rewriting those. A
            // hyphen is looked for byte by byte: a key with none has nothing to rewrite.
            if entry.name == name { return true }
            guard
                entry.name.utf8.contains(UInt8(ascii: "-"))
                    || entry.name.unicodeScalars.contains(where: \.isPythonWhitespace)
            else {
                return false
            }
            return entry.name.replacing("-", with: "_").pythonStripped == name
        }
    }

    /// The value of a top-level key.
    func topLevel(_ key: String) -> YAMLNodeID? {
        guard let root, kind(of: root) == .mapping else { return nil }
        return value(key, in: root)
    }

    /// Whether Python's `if value:` takes the node as true.
    func isTruthy(_ node: YAMLNodeID) -> Bool {
        switch kind(of: node) {
        case .sequence: return !items(resolved(node)).isEmpty
        case .mapping: return !(document?.entries(of: node).isEmpty ?? true)
        case .scalar, .alias, nil: break
        }
        switch scalar(node) {
        case .null, nil: return false
        case .bool(let flag): return flag
        case .int(let value): return value.description != "0"
        case .float(let value): return value != 0
        case .string(let text): return !text.isEmpty
        case .binary(let bytes): return !bytes.isEmpty
        case .date, .dateTime: return true
        }
    }

    /// cloud-init's `util.is_true`: the boolean true, or a value whose text is `true`, `1`, `on`
    /// or `yes` in any case.
    func isTrue(_ node: YAMLNodeID) -> Bool {
        guard let value = scalar(node) else { return false }
        if case .bool(let flag) = value { return flag }
        let text = value.pythonStr.lowercased().pythonStripped
        return ["true", "1", "on", "yes"].contains(text)
    }

    /// cloud-init's `util.translate_bool`, as `get_cfg_option_bool` applies it to a present key.
    func translatesToTrue(_ node: YAMLNodeID) -> Bool {
        isTruthy(node) && isTrue(node)
    }

    /// The source text of a node as written.
    func sourceText(of node: YAMLNodeID) -> String {
        source.text(of: range(node))
    }
}

extension String {
    /// The text as Python's `str.strip()` leaves it: without leading and trailing whitespace.
    var pythonStripped: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            first.isPythonWhitespace || last.isPythonWhitespace
        else { return self }
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start].isPythonWhitespace { start += 1 }
        while end > start, scalars[end - 1].isPythonWhitespace { end -= 1 }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }
}

extension Unicode.Scalar {
    /// Whether Python's `str.isspace()` is true for the character.
    var isPythonWhitespace: Bool {
        // ASCII first: the Unicode property lookup is slow and almost every character is ASCII.
        if value < 0x80 { return (0x09...0x0D).contains(value) || (0x1C...0x20).contains(value) }
        switch value {
        case 0x85, 0xA0: return true
        default: return properties.isWhitespace
        }
    }
}

extension LintContext {
    /// Where a piece of a scalar's value is written, when the piece appears verbatim in the
    /// scalar's source text (it does unless it spans a fold or contains escapes).
    ///
    /// - Parameters:
    ///   - piece: Text from the scalar's value.
    ///   - node: The scalar.
    ///   - offset: The byte offset to search from; the node's start when `nil`.
    /// - Returns: The range of the first occurrence, or `nil`.
    func range(of piece: String, in node: YAMLNodeID, from offset: Int? = nil) -> SourceRange? {
        let whole = range(node)
        let needle = Array(piece.utf8)
        guard !needle.isEmpty else { return nil }
        let start = max(offset ?? whole.start.offset, whole.start.offset)
        let end = min(whole.end.offset, source.bytes.count)
        guard start + needle.count <= end else { return nil }
        var index = start
        while index + needle.count <= end {
            if source.bytes[index..<index + needle.count].elementsEqual(needle) {
                return SourceRange(
                    start: source.location(atOffset: index), end: source.location(atOffset: index + needle.count))
            }
            index += 1
        }
        return nil
    }

    /// Where one line of a multi-line scalar's value is written: the first source line inside the
    /// scalar, at or after an offset, whose text without surrounding blanks is the line's.
    ///
    /// - Parameters:
    ///   - line: A line of the scalar's value.
    ///   - node: The scalar.
    ///   - offset: The byte offset to search from.
    /// - Returns: The range from the line's first non-blank character to its end, or `nil`.
    func range(ofLine line: String, in node: YAMLNodeID, from offset: Int) -> SourceRange? {
        let whole = range(node)
        let wanted = line.pythonStripped
        guard !wanted.isEmpty else { return nil }
        for number in whole.start.line...max(whole.start.line, whole.end.line) {
            let text = source.lineText(number)
            guard text.pythonStripped == wanted else { continue }
            let indent = text.unicodeScalars.prefix { $0.isPythonWhitespace }.count
            let start = source.location(line: number, column: indent + 1)
            guard start.offset >= offset else { continue }
            return SourceRange(start: start, end: source.location(atOffset: source.contentEnd(ofLine: number)))
        }
        return nil
    }
}
