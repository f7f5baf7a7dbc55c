import Synchronization

/// The YAML text of top-level cloud-config entries already written, so that a fleet's hosts,
/// whose user-data differs in a few entries (`hostname`, a file naming the host), have libyaml
/// write only those.
///
/// An entry is looked up by its *emitter input*: the sequence of events and scalar texts
/// ``YAMLEmitter`` sends libyaml for it (see ``fingerprint(of:)``). Two entries with the same
/// input give the same text, so the cache cannot change a byte of the output. Shared by the
/// workers of a fleet, so guarded by a lock; bounded by count and bytes, it starts over when full.
final class EmittedEntryCache: Sendable {
    /// The stored texts and the bytes they and their keys hold.
    private struct Storage {
        var texts: [Fingerprint: String] = [:]
        var bytes = 0
    }

    /// How many entries are kept at most.
    let maximumCount: Int
    /// How many bytes of keys and texts are kept at most.
    let maximumBytes: Int
    private let storage = Mutex(Storage())

    /// Creates an empty cache.
    ///
    /// - Parameters:
    ///   - maximumCount: How many entries are kept at most.
    ///   - maximumBytes: How many bytes of keys and texts are kept at most.
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
        let key = Self.fingerprint(of: entry)
        if let text = storage.withLock({ $0.texts[key] }) { return text }
        let text = try YAMLEmitter.emit(.mapping([entry]))
        guard Self.standsAlone(text) else { return nil }
        let size = key.bytes.count + text.utf8.count
        if size <= maximumBytes {
            storage.withLock { storage in
                if storage.texts.count >= maximumCount || storage.bytes + size > maximumBytes { storage = Storage() }
                if storage.texts.updateValue(text, forKey: key) == nil { storage.bytes += size }
            }
        }
        return text
    }

    /// How many texts are stored.
    var count: Int { storage.withLock { $0.texts.count } }

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

    /// What ``YAMLEmitter`` sends libyaml for an entry, as bytes: a marker for each
    /// collection and its count and, for each scalar, how its style is chosen (a string's from
    /// its text and whether it is a key; any other is plain, with a `K` after a key; bytes carry
    /// a tag) and its text, length first, so that no two inputs share a fingerprint.
    static func fingerprint(of entry: YAMLValue.Entry) -> Fingerprint {
        var result: [UInt8] = []
        result.reserveCapacity(512)
        // A marker, then the count as LEB128 (prefix-free, so no two sequences read alike).
        func append(_ marker: UInt8, count: Int) {
            result.append(marker)
            var rest = UInt(count)
            while rest >= 0x80 {
                result.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            result.append(UInt8(rest))
        }
        func append(_ marker: UInt8, text: String) {
            var text = text
            text.withUTF8 { bytes in
                append(marker, count: bytes.count)
                result.append(contentsOf: bytes)
            }
        }
        var stack: [(value: YAMLValue, isKey: Bool)] = [(entry.value, false), (entry.key, true)]
        stack.reserveCapacity(64)
        while let (value, isKey) = stack.popLast() {
            switch value {
            case .scalar(.string(let string)):
                append(isKey ? UInt8(ascii: "k") : UInt8(ascii: "s"), text: string)
            case .scalar(let scalar):
                switch scalar {
                case .null: append(UInt8(ascii: "p"), text: "null")
                case .bool(let flag): append(UInt8(ascii: "p"), text: flag ? "true" : "false")
                case .int(let number): append(UInt8(ascii: "p"), text: number.description)
                case .float(let number): append(UInt8(ascii: "p"), text: YAMLEmitter.floatText(number))
                case .date(let date): append(UInt8(ascii: "p"), text: date.description)
                case .dateTime(let time): append(UInt8(ascii: "p"), text: time.isoformat(separator: " "))
                case .binary(let bytes): append(UInt8(ascii: "b"), text: Base64.encode(bytes))
                case .string(let string): append(UInt8(ascii: "s"), text: string)
                }
                if isKey { result.append(UInt8(ascii: "K")) }
            case .sequence(let items):
                append(UInt8(ascii: "["), count: items.count)
                for item in items.reversed() { stack.append((item, false)) }
            case .set(let members):
                append(UInt8(ascii: "{"), count: members.count)
                for member in members.reversed() {
                    stack.append((.scalar(.null), false))
                    stack.append((member, true))
                }
            case .mapping(let entries):
                append(UInt8(ascii: "("), count: entries.count)
                for entry in entries.reversed() {
                    stack.append((entry.value, false))
                    stack.append((entry.key, true))
                }
            case .pairs(let entries):
                append(UInt8(ascii: "!"), count: entries.count)
                for entry in entries.reversed() {
                    stack.append((entry.value, false))
                    stack.append((entry.key, true))
                }
            }
        }
        return Fingerprint(bytes: result)
    }

    /// An entry's fingerprint: its bytes, hashed as one block.
    struct Fingerprint: Hashable, Sendable {
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
