import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

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

    /// Where a text goes: a top-level key's whole entry, or one item of its sequence.
    private struct Slot: Hashable {
        var key: String
        /// The item's place in the sequence; `nil` for the whole entry.
        var item: Int?
    }

    /// The last value written in each slot, with its text: a fleet's hosts share most slots'
    /// values, and a host's own values (its name, its file) replace each other.
    private struct Storage {
        var written: [Slot: Written] = [:]
        var bytes = 0
        /// Texts of a fleet template's parts, which hosts taking the parts unchanged reuse.
        var shared: [SharedSlot: String] = [:]
        var sharedBytes = 0
    }

    /// Where the text of a template's part goes (``PlanSharing``): the part's entries, or one
    /// item of its sequence.
    private struct SharedSlot: Hashable {
        var template: Int
        var part: String
        /// The template's item; `nil` for the whole part.
        var item: Int?
    }

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
        let slot = Slot(key: key, item: nil)
        if let text = find(entry.value, in: slot) { return text }
        let text = try YAMLEmitter.emit(.mapping([entry]))
        guard Self.standsAlone(text) else { return nil }
        keep(entry.value, text, in: slot)
        return text
    }

    /// A top-level sequence's text, item by item; `nil` when an item's text cannot stand alone.
    private func itemsText(_ items: [YAMLValue], key: String) throws(YAMLEmitterError) -> String? {
        var text = key + ":\n"
        for (index, item) in items.enumerated() {
            guard let part = try itemText(item, key: key, index: index) else { return nil }
            text += part
        }
        return text
    }

    /// The text of one item of a top-level block sequence under a plain key (``isPlainKey(_:)``),
    /// as it follows the key's line; `nil` when it cannot stand alone.
    ///
    /// - Parameters:
    ///   - item: The item.
    ///   - key: The sequence's key.
    ///   - index: The item's place in the sequence.
    func itemText(_ item: YAMLValue, key: String, index: Int) throws(YAMLEmitterError) -> String? {
        let slot = Slot(key: key, item: index)
        if let part = find(item, in: slot) { return part }
        let header = key + ":\n"
        let alone = try YAMLEmitter.emit(
            .mapping([YAMLValue.Entry(key: .scalar(.string(key)), value: .sequence([item]))]))
        // The key's own line, then a block sequence's first item.
        guard Self.standsAlone(alone), alone.utf8.starts(with: (header + "- ").utf8) else { return nil }
        let part = String(decoding: alone.utf8.dropFirst(header.utf8.count), as: UTF8.self)
        keep(item, part, in: slot)
        return part
    }

    /// The text kept for a fleet template's part (``PlanSharing``), or one item of it.
    ///
    /// - Parameters:
    ///   - template: The template's number.
    ///   - part: The part's name.
    ///   - item: The template's item, for one item of a sequence.
    func sharedText(template: Int, part: String, item: Int? = nil) -> String? {
        storage.withLock { $0.shared[SharedSlot(template: template, part: part, item: item)] }
    }

    /// Keeps the text of a fleet template's part, written for a host that took the part unchanged.
    func keepShared(_ text: String, template: Int, part: String, item: Int? = nil) {
        storage.withLock { storage in
            insert(
                text, text: text, at: SharedSlot(template: template, part: part, item: item), in: &storage.shared,
                bytes: &storage.sharedBytes, text: { $0 })
        }
    }

    /// The text stored in a slot, when its value is identical to `value`.
    private func find(_ value: YAMLValue, in slot: Slot) -> String? {
        // Compared outside the lock: the other workers need not wait for it.
        guard let written = storage.withLock({ $0.written[slot] }), Self.identical(written.value, value) else {
            return nil
        }
        return written.text
    }

    /// Stores a value's text in a slot, in place of the slot's last one; everything is dropped
    /// when the cache is full.
    private func keep(_ value: YAMLValue, _ text: String, in slot: Slot) {
        storage.withLock { storage in
            insert(
                Written(value: value, text: text), text: text, at: slot, in: &storage.written, bytes: &storage.bytes,
                text: \.text)
        }
    }

    /// Stores an entry in one of the cache's tables within its bounds: a table that would hold
    /// more than `maximumCount` entries or `maximumBytes` bytes of text starts again empty. A text
    /// over `maximumBytes` alone is not kept.
    private func insert<Key: Hashable, Entry>(
        _ entry: Entry, text: String, at key: Key, in table: inout [Key: Entry], bytes: inout Int,
        text textOf: (Entry) -> String
    ) {
        let size = text.utf8.count
        guard size <= maximumBytes else { return }
        let replaced = table[key].map { textOf($0).utf8.count }
        if (replaced == nil && table.count >= maximumCount) || bytes - (replaced ?? 0) + size > maximumBytes {
            table = [:]
            bytes = 0
        }
        bytes -= table.updateValue(entry, forKey: key).map { textOf($0).utf8.count } ?? 0
        bytes += size
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
    ///
    /// Values nested deeper than 64 levels are taken as different (written again), which the
    /// renderer's values never are.
    static func identical(_ left: YAMLValue, _ right: YAMLValue, depth: Int = 0) -> Bool {
        guard depth < 64 else { return false }
        switch (left, right) {
        case (.scalar(let left), .scalar(let right)):
            return identical(left, right)
        case (.sequence(let left), .sequence(let right)), (.set(let left), .set(let right)):
            guard left.count == right.count else { return false }
            for index in left.indices where !identical(left[index], right[index], depth: depth + 1) { return false }
            return true
        case (.mapping(let left), .mapping(let right)), (.pairs(let left), .pairs(let right)):
            guard left.count == right.count else { return false }
            for index in left.indices {
                guard identical(left[index].key, right[index].key, depth: depth + 1),
                    identical(left[index].value, right[index].value, depth: depth + 1)
                else { return false }
            }
            return true
        default:
            return false
        }
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
        // Contiguous UTF-8 (native strings, which the renderer's are) compared by memcmp rather
        // than byte by byte through the generic sequence comparison.
        var left = left
        var right = right
        return left.withUTF8 { left in
            right.withUTF8 { right in
                #if canImport(Glibc)
                    guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else {
                        return left.count == right.count
                    }
                    return left.count == right.count && memcmp(leftBase, rightBase, left.count) == 0
                #else
                    return left.elementsEqual(right)
                #endif
            }
        }
    }

    /// How many texts are stored.
    var count: Int { storage.withLock { $0.written.count } }

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
