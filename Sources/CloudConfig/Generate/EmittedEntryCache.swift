import Synchronization

/// The YAML text of top-level cloud-config entries already written, so that a fleet's hosts,
/// whose user-data differs in a few entries (`hostname`, a file naming the host), have libyaml
/// write only those.
///
/// An entry is found again only when its value is *identical* to one written before: the same
/// shape, the same counts and, for each scalar, the same case and the same bytes (``identical(_:_:)``),
/// so the same input reaches libyaml and the cache cannot change a byte of the output. A top-level
/// sequence (`write_files`, `users`) is kept item by item: libyaml writes each item of a
/// block sequence from the same column and state, so the entry's text is `key:` and a line break,
/// then its items' texts, each as libyaml writes it in a one-item sequence under the same key; a
/// host whose one file names it has that item written, not the whole list.
///
/// Shared by the workers of a fleet, so guarded by a lock; bounded by count and bytes, it starts
/// over when full.
final class EmittedEntryCache: Sendable {
    /// A value written before and its text.
    private struct Written: Sendable {
        var value: YAMLValue
        var text: String
    }

    /// The stored texts, by top-level key, most recently used first, and what they hold.
    private struct Storage {
        /// Whole entries' values and texts.
        var entries: [String: [Written]] = [:]
        /// Items of top-level sequences and their texts (without the key's line).
        var items: [String: [Written]] = [:]
        var count = 0
        var bytes = 0
    }

    /// How many values are kept for one key (the host's own ones come and go; the shared ones,
    /// used by every host, stay in front).
    static let valuesPerKey = 8

    /// How many entries are kept at most.
    let maximumCount: Int
    /// How many bytes of texts are kept at most.
    let maximumBytes: Int
    private let storage = Mutex(Storage())

    /// Creates an empty cache.
    ///
    /// - Parameters:
    ///   - maximumCount: How many entries are kept at most.
    ///   - maximumBytes: How many bytes of texts are kept at most.
    init(maximumCount: Int = 1_024, maximumBytes: Int = 8 << 20) {
        self.maximumCount = maximumCount
        self.maximumBytes = maximumBytes
    }

    /// The text of one top-level entry as the root mapping's block writes it: `key: value`
    /// lines, ending with a line break; `nil` when the entry's text cannot stand alone in a
    /// document (it would end or start one), and the whole document must be written at once.
    ///
    /// - Parameter entry: The entry.
    /// - Throws: `YAMLEmitterError` if libyaml refuses the entry.
    func text(of entry: YAMLValue.Entry) throws(YAMLEmitterError) -> String? {
        guard case .scalar(.string(let key)) = entry.key else {
            let text = try YAMLEmitter.emit(.mapping([entry]))
            return Self.standsAlone(text) ? text : nil
        }
        if case .sequence(let items) = entry.value, !items.isEmpty, Self.isPlainKey(key) {
            // Item by item: the items are what hosts share or not.
            return try itemsText(items, key: key)
        }
        if let text = find(entry.value, key: key, in: \.entries) { return text }
        let text = try YAMLEmitter.emit(.mapping([entry]))
        guard Self.standsAlone(text) else { return nil }
        keep(entry.value, text, key: key, in: \.entries)
        return text
    }

    /// A top-level sequence's text, item by item; `nil` when an item's text cannot stand alone.
    private func itemsText(_ items: [YAMLValue], key: String) throws(YAMLEmitterError) -> String? {
        let header = key + ":\n"
        let headerCount = header.utf8.count
        var text = header
        for item in items {
            if let part = find(item, key: key, in: \.items) {
                text += part
                continue
            }
            let alone = try YAMLEmitter.emit(
                .mapping([YAMLValue.Entry(key: .scalar(.string(key)), value: .sequence([item]))]))
            // The key's own line, then a block sequence's first item.
            guard Self.standsAlone(alone), alone.utf8.starts(with: (header + "- ").utf8) else { return nil }
            let part = String(decoding: alone.utf8.dropFirst(headerCount), as: UTF8.self)
            keep(item, part, key: key, in: \.items)
            text += part
        }
        return text
    }

    /// The text stored for a value identical to `value` under a key, moved to the front.
    private func find(
        _ value: YAMLValue, key: String, in table: WritableKeyPath<Storage, [String: [Written]]>
    ) -> String? {
        storage.withLock { storage in
            guard let written = storage[keyPath: table][key],
                let index = written.firstIndex(where: { Self.identical($0.value, value) })
            else { return nil }
            if index > 0 {
                var reordered = written
                reordered.insert(reordered.remove(at: index), at: 0)
                storage[keyPath: table][key] = reordered
            }
            return written[index].text
        }
    }

    /// Stores a value's text in front of its key's, dropping the least recently used beyond
    /// ``valuesPerKey``; everything is dropped when the cache is full.
    private func keep(
        _ value: YAMLValue, _ text: String, key: String, in table: WritableKeyPath<Storage, [String: [Written]]>
    ) {
        let size = text.utf8.count
        guard size <= maximumBytes else { return }
        storage.withLock { storage in
            if storage.count >= maximumCount || storage.bytes + size > maximumBytes { storage = Storage() }
            var written = storage[keyPath: table][key] ?? []
            written.insert(Written(value: value, text: text), at: 0)
            storage.count += 1
            storage.bytes += size
            if written.count > Self.valuesPerKey, let dropped = written.popLast() {
                storage.count -= 1
                storage.bytes -= dropped.text.utf8.count
            }
            storage[keyPath: table][key] = written
        }
    }

    /// Whether a key is written plain on its own line before a block sequence: lower-case ASCII
    /// letters, digits and `_`, as cloud-config's keys are.
    static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.count <= 64
            && key.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "_")
            }
            && key.utf8.first.map { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } == true
    }

    /// Whether two values give libyaml the same input: the same cases and counts, and scalars of
    /// the same case with the same bytes (strings byte for byte, not by Unicode equivalence;
    /// numbers, dates and bytes by the text ``YAMLEmitter`` writes for them, floats by their bits).
    static func identical(_ left: YAMLValue, _ right: YAMLValue) -> Bool {
        var stack: [(YAMLValue, YAMLValue)] = [(left, right)]
        while let (left, right) = stack.popLast() {
            switch (left, right) {
            case (.scalar(let left), .scalar(let right)):
                guard identical(left, right) else { return false }
            // Pushed last first, so that values are compared in their order.
            case (.sequence(let left), .sequence(let right)), (.set(let left), .set(let right)):
                guard left.count == right.count else { return false }
                for index in left.indices.reversed() { stack.append((left[index], right[index])) }
            case (.mapping(let left), .mapping(let right)), (.pairs(let left), .pairs(let right)):
                guard left.count == right.count else { return false }
                for index in left.indices.reversed() {
                    stack.append((left[index].value, right[index].value))
                    stack.append((left[index].key, right[index].key))
                }
            default: return false
            }
        }
        return true
    }

    private static func identical(_ left: YAMLScalar, _ right: YAMLScalar) -> Bool {
        switch (left, right) {
        case (.string(let left), .string(let right)): sameBytes(left, right)
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.int(let left), .int(let right)): sameBytes(left.description, right.description)
        case (.float(let left), .float(let right)): left.bitPattern == right.bitPattern
        case (.date(let left), .date(let right)): sameBytes(left.description, right.description)
        case (.dateTime(let left), .dateTime(let right)):
            sameBytes(left.isoformat(separator: " "), right.isoformat(separator: " "))
        case (.binary(let left), .binary(let right)): left == right
        default: false
        }
    }

    /// Whether two strings have the same UTF-8 bytes.
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        var left = left
        var right = right
        return left.withUTF8 { left in right.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// How many texts are stored.
    var count: Int { storage.withLock { $0.count } }

    /// Whether a one-entry document's text is that entry's part of a larger document: it has
    /// no document marker (libyaml ends a document with `...` after a block scalar that keeps
    /// its final line breaks) and is a block mapping's entry.
    static func standsAlone(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let last = bytes.last, last == UInt8(ascii: "\n"), let first = bytes.first,
                first != UInt8(ascii: "{")
            else { return false }
            // A marker is three dots or dashes at the start of a line.
            var lineStart = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if lineStart, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"), index + 2 < bytes.count,
                    bytes[index + 1] == byte, bytes[index + 2] == byte
                {
                    return false
                }
                lineStart = byte == UInt8(ascii: "\n")
                index += 1
            }
            return true
        }
    }
}
