import BigInt

/// A `#cloud-config-jsonp` part applied as cloud-init applies it: the text after the header read
/// by Python's `json`, then the `jsonpatch` library's RFC 6902 operations (`add`, `remove`,
/// `replace`, `move`, `copy`, `test`) with `jsonpointer` paths, on a copy of the configuration.
enum JSONPatch {
    /// Why the patch fails: cloud-init skips the part.
    struct Failure: Error {
        var message: String
    }

    /// `CloudConfigPartHandler._merge_patch`.
    ///
    /// - Parameters:
    ///   - payload: The part's payload.
    ///   - document: The configuration so far.
    /// - Returns: The patched configuration.
    static func apply(_ payload: [UInt8], to document: YAMLValue) -> Result<YAMLValue, Failure> {
        var start = 0
        while start < payload.count, let (scalar, length) = UserDataContentType.decodeScalar(payload, at: start),
            PythonText.isWhitespace(scalar)
        {
            start += length
        }
        var text = Array(payload[start...])
        let prefix = Array("#cloud-config-jsonp".utf8)
        if text.starts(with: prefix) { text.removeFirst(prefix.count) }
        do {
            let patch = try PythonJSON.parse(text)
            guard case .sequence(let operations) = patch else {
                throw Failure(message: "a JSON patch is a list of operations")
            }
            let parsed = try operations.map(Operation.init)
            var value = document
            for operation in parsed { try operation.apply(to: &value) }
            return .success(value)
        } catch let failure as Failure {
            return .failure(failure)
        } catch let failure as PythonJSON.Failure {
            return .failure(Failure(message: failure.message))
        } catch {
            return .failure(Failure(message: "\(error)"))
        }
    }

    /// Why cloud-init cannot read a `#cloud-config-jsonp` part as a patch at all (not JSON, not a
    /// list of operations, an operation without `op` or `path`), whatever it is applied to; `nil`
    /// when it reads it. Whether the operations apply depends on the parts before it.
    ///
    /// - Parameter payload: The part's payload.
    /// - Returns: cloud-init's reason, or `nil`.
    static func problem(_ payload: [UInt8]) -> String? {
        var start = 0
        while start < payload.count, let (scalar, length) = UserDataContentType.decodeScalar(payload, at: start),
            PythonText.isWhitespace(scalar)
        {
            start += length
        }
        var text = Array(payload[start...])
        let prefix = Array("#cloud-config-jsonp".utf8)
        if text.starts(with: prefix) { text.removeFirst(prefix.count) }
        do {
            let patch = try PythonJSON.parse(text)
            guard case .sequence(let operations) = patch else { return "a JSON patch is a list of operations" }
            for operation in operations { _ = try Operation(operation) }
            return nil
        } catch let failure as Failure {
            return failure.message
        } catch let failure as PythonJSON.Failure {
            return failure.message
        } catch {
            return "\(error)"
        }
    }

    /// A JSON pointer: `/a/0/b~1c`, its parts unescaped (`~1` is `/`, `~0` is `~`).
    struct Pointer: Equatable {
        var parts: [String]

        init(_ value: YAMLValue) throws(Failure) {
            guard let text = value.string else { throw Failure(message: "Invalid 'path'") }
            guard text.isEmpty || text.hasPrefix("/") else { throw Failure(message: "Location must start with /") }
            parts = try text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
                part throws(Failure) in
                var scalars = Array(part.unicodeScalars)
                var index = 0
                while index < scalars.count {
                    if scalars[index] == "~" {
                        guard index + 1 < scalars.count, scalars[index + 1] == "0" || scalars[index + 1] == "1" else {
                            throw Failure(message: "Found invalid escape")
                        }
                        scalars.replaceSubrange(index...(index + 1), with: [scalars[index + 1] == "1" ? "/" : "~"])
                    }
                    index += 1
                }
                return String(String.UnicodeScalarView(scalars))
            }
        }

        /// `self.parts[:len(other.parts)] == other.parts`.
        func contains(_ other: Pointer) -> Bool { parts.starts(with: other.parts) }
    }

    /// One operation.
    struct Operation {
        enum Kind: String { case add, remove, replace, move, copy, test }

        var kind: Kind
        var path: Pointer
        var value: YAMLValue?
        var from: YAMLValue?

        init(_ item: YAMLValue) throws(Failure) {
            guard case .mapping(let entries) = item else {
                throw Failure(message: "Document is expected to be sequence of operations")
            }
            guard let op = PythonValue.get("op", in: entries) else {
                throw Failure(message: "Operation does not contain 'op' member")
            }
            guard let name = op.string else { throw Failure(message: "Operation must be a string") }
            guard let kind = Kind(rawValue: name) else { throw Failure(message: "Unknown operation '\(name)'") }
            guard let path = PythonValue.get("path", in: entries) else {
                throw Failure(message: "Operation must have a 'path' member")
            }
            self.kind = kind
            self.path = try Pointer(path)
            value = PythonValue.get("value", in: entries)
            from = PythonValue.get("from", in: entries)
        }

        func apply(to document: inout YAMLValue) throws(Failure) {
            switch kind {
            case .add:
                guard let value else { throw Failure(message: "The operation does not contain a 'value' member") }
                try JSONPatch.add(value, at: path, in: &document)
            case .remove:
                try JSONPatch.remove(at: path, in: &document)
            case .replace:
                guard let value else { throw Failure(message: "The operation does not contain a 'value' member") }
                try JSONPatch.replace(at: path, with: value, in: &document)
            case .move, .copy:
                guard let from else { throw Failure(message: "The operation does not contain a 'from' member") }
                let source = try Pointer(from)
                let (parent, part) = try JSONPatch.last(source, in: document)
                let moved = try JSONPatch.member(part, of: parent)
                if kind == .move {
                    if path == source { return }
                    if case .mapping = parent, path.contains(source) {
                        throw Failure(message: "Cannot move values into their own children")
                    }
                    try JSONPatch.remove(at: source, in: &document)
                }
                try JSONPatch.add(moved, at: path, in: &document)
            case .test:
                guard let expected = value else {
                    throw Failure(message: "The operation does not contain a 'value' member")
                }
                let (parent, part) = try JSONPatch.last(path, in: document)
                let actual = try part.map { part throws(Failure) in try JSONPatch.walk(parent, part) } ?? parent
                guard PythonValueEquality.equals(actual, expected) else { throw Failure(message: "test failed") }
            }
        }
    }

    /// A pointer part as `jsonpointer.get_part` reads it for a container: a key for a mapping,
    /// `-` or an index for a list (or a string, which Python also indexes).
    enum Part {
        case key(String)
        case end
        case index(Int)
    }

    private static func part(_ text: String, of container: YAMLValue) throws(Failure) -> Part {
        switch container {
        case .mapping: return .key(text)
        case .sequence, .pairs, .scalar(.string):
            if text == "-" { return .end }
            let scalars = Array(text.unicodeScalars)
            let valid =
                scalars.first == "0"
                || (scalars.first.map { ("1"..."9").contains($0) } ?? false)
                    && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
            guard valid, let number = PythonText.int(text), let index = Int(exactly: number) else {
                throw Failure(message: "'\(text)' is not a valid sequence index")
            }
            return .index(index)
        default:
            throw Failure(message: "Document does not support indexing")
        }
    }

    /// `JsonPointer.walk(doc, part)`.
    private static func walk(_ container: YAMLValue, _ part: Part) throws(Failure) -> YAMLValue {
        switch (container, part) {
        case (.mapping(let entries), .key(let key)):
            guard let value = PythonValue.get(key, in: entries) else {
                throw Failure(message: "member '\(key)' not found")
            }
            return value
        case (.sequence(let items), .index(let index)):
            guard index < items.count else { throw Failure(message: "index '\(index)' is out of bounds") }
            return items[index]
        case (.pairs(let entries), .index(let index)):
            guard index < entries.count else { throw Failure(message: "index '\(index)' is out of bounds") }
            return .sequence([entries[index].key, entries[index].value])
        case (.scalar(.string(let text)), .index(let index)):
            let scalars = Array(text.unicodeScalars)
            guard index < scalars.count else { throw Failure(message: "index '\(index)' is out of bounds") }
            return .scalar(.string(String(scalars[index])))
        default:
            throw Failure(message: "invalid document type")
        }
    }

    /// `JsonPointer.to_last(doc)`: the parent container and the last part (`nil` for the root).
    private static func last(_ pointer: Pointer, in document: YAMLValue) throws(Failure) -> (YAMLValue, Part?) {
        guard let lastPart = pointer.parts.last else { return (document, nil) }
        var current = document
        for text in pointer.parts.dropLast() { current = try walk(current, try part(text, of: current)) }
        return (current, try part(lastPart, of: current))
    }

    /// `subobj[part]` for `move` and `copy`.
    private static func member(_ part: Part?, of container: YAMLValue) throws(Failure) -> YAMLValue {
        guard let part else { throw Failure(message: "no member") }
        if case .end = part { throw Failure(message: "list indices must be integers") }
        return try walk(container, part)
    }

    /// Changes the container at the pointer's parent in place.
    private static func edit(
        _ pointer: Pointer, in document: inout YAMLValue,
        _ change: (inout YAMLValue, Part?) throws(Failure) -> YAMLValue?
    ) throws(Failure) {
        func descend(_ value: inout YAMLValue, _ remaining: ArraySlice<String>) throws(Failure) -> YAMLValue? {
            guard remaining.count > 1, let first = remaining.first else {
                let lastPart = try remaining.first.map { text throws(Failure) in try part(text, of: value) }
                return try change(&value, lastPart)
            }
            let step = try part(first, of: value)
            switch (value, step) {
            case (.mapping(var entries), .key(let key)):
                guard let index = entries.lastIndex(where: { $0.key.string == key }) else {
                    throw Failure(message: "member '\(key)' not found")
                }
                value = .scalar(.null)
                defer { value = .mapping(entries) }
                return try descend(&entries[index].value, remaining.dropFirst())
            case (.sequence(var items), .index(let index)):
                guard index < items.count else { throw Failure(message: "index '\(index)' is out of bounds") }
                value = .scalar(.null)
                defer { value = .sequence(items) }
                return try descend(&items[index], remaining.dropFirst())
            default:
                _ = try walk(value, step)
                throw Failure(message: "cannot change inside this value")
            }
        }
        if let replacement = try descend(&document, pointer.parts[...]) { document = replacement }
    }

    /// `AddOperation.apply`.
    static func add(_ value: YAMLValue, at pointer: Pointer, in document: inout YAMLValue) throws(Failure) {
        try edit(pointer, in: &document) { container, part throws(Failure) in
            switch (container, part) {
            case (.sequence(var items), .end?):
                items.append(value)
                container = .sequence(items)
            case (.sequence(var items), .index(let index)?):
                guard index <= items.count else { throw Failure(message: "can't insert outside of list") }
                items.insert(value, at: index)
                container = .sequence(items)
            case (.mapping, nil):
                return value
            case (.mapping(var entries), .key(let key)?):
                if let index = entries.lastIndex(where: { $0.key.string == key }) {
                    entries[index].value = value
                } else {
                    entries.append(YAMLValue.Entry(key: .scalar(.string(key)), value: value))
                }
                container = .mapping(entries)
            case (_, nil):
                throw Failure(message: "invalid document type")
            default:
                throw Failure(message: "unable to fully resolve json pointer")
            }
            return nil
        }
    }

    /// `RemoveOperation.apply`.
    static func remove(at pointer: Pointer, in document: inout YAMLValue) throws(Failure) {
        try edit(pointer, in: &document) { container, part throws(Failure) in
            switch (container, part) {
            case (.sequence(var items), .index(let index)?):
                guard index < items.count else { throw Failure(message: "can't remove a non-existent object") }
                items.remove(at: index)
                container = .sequence(items)
            case (.mapping(var entries), .key(let key)?):
                guard let index = entries.lastIndex(where: { $0.key.string == key }) else {
                    throw Failure(message: "can't remove a non-existent object '\(key)'")
                }
                entries.remove(at: index)
                container = .mapping(entries)
            default:
                throw Failure(message: "can't remove")
            }
            return nil
        }
    }

    /// `ReplaceOperation.apply`.
    static func replace(at pointer: Pointer, with value: YAMLValue, in document: inout YAMLValue) throws(Failure) {
        try edit(pointer, in: &document) { container, part throws(Failure) in
            switch (container, part) {
            case (_, nil):
                return value
            case (_, .end?):
                throw Failure(message: "'path' with '-' can't be applied to 'replace' operation")
            case (.sequence(var items), .index(let index)?):
                guard index < items.count else { throw Failure(message: "can't replace outside of list") }
                items[index] = value
                container = .sequence(items)
            case (.mapping(var entries), .key(let key)?):
                guard let index = entries.lastIndex(where: { $0.key.string == key }) else {
                    throw Failure(message: "can't replace a non-existent object '\(key)'")
                }
                entries[index].value = value
                container = .mapping(entries)
            default:
                throw Failure(message: "unable to fully resolve json pointer")
            }
            return nil
        }
    }
}

/// Python's `==` on loaded values: `True == 1 == 1.0`, mappings equal whatever their order,
/// sequences item by item.
enum PythonValueEquality {
    static func equals(_ lhs: YAMLValue, _ rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)):
            if let x = number(a), let y = number(b) { return x == y }
            return PythonEquality.equals(a, b)
        case (.sequence(let a), .sequence(let b)), (.set(let a), .set(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equals($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && a.allSatisfy { entry in b.contains { equals($0.key, entry.key) && equals($0.value, entry.value) } }
        case (.pairs(let a), .pairs(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equals($0.key, $1.key) && equals($0.value, $1.value) }
        default:
            return false
        }
    }

    /// A number as an exact rational-free comparison key: integers and booleans exactly, floats by
    /// value.
    private static func number(_ scalar: YAMLScalar) -> Double? {
        switch scalar {
        case .bool(let flag): flag ? 1 : 0
        case .int(let integer): integer.doubleValue
        case .float(let value): value
        default: nil
        }
    }
}
