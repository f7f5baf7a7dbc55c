/// A Python `dict`: insertion-ordered, keys compared as Python compares them (`1 == 1.0 ==
/// True`, strings by code points).
struct JinjaDict: Sendable {
    /// The keys in insertion order.
    private(set) var keys: [JinjaValue] = []
    /// The values, parallel to ``keys``.
    private(set) var values: [JinjaValue] = []
    private var index: [HashKey: Int] = [:]

    /// An empty dictionary.
    init() {}

    /// The number of entries.
    var count: Int { keys.count }

    /// Whether the dictionary has no entries.
    var isEmpty: Bool { keys.isEmpty }

    /// The entries in order.
    var entries: Zip2Sequence<[JinjaValue], [JinjaValue]> { zip(keys, values) }

    /// The value for a key, if present.
    func value(for key: JinjaValue) -> JinjaValue? {
        guard let hashKey = HashKey(key), let position = index[hashKey] else { return nil }
        return values[position]
    }

    /// The value for a string key, if present.
    subscript(key: String) -> JinjaValue? {
        guard let position = index[.string(Array(key.utf8))] else { return nil }
        return values[position]
    }

    /// Sets a key: replaces the value in place when the key is present (keeping its position,
    /// as Python does), appends otherwise.
    ///
    /// - Returns: `false` when the key cannot be hashed (a list or a dict, as in Python).
    @discardableResult
    mutating func set(_ key: JinjaValue, _ value: JinjaValue) -> Bool {
        guard let hashKey = HashKey(key) else { return false }
        if let position = index[hashKey] {
            values[position] = value
        } else {
            index[hashKey] = keys.count
            keys.append(key)
            values.append(value)
        }
        return true
    }

    /// Sets a string key.
    mutating func set(_ key: String, _ value: JinjaValue) {
        set(.string(key), value)
    }

    /// Whether a value can be a key (is hashable in Python).
    static func isHashable(_ value: JinjaValue) -> Bool { HashKey(value) != nil }

    /// A key under Python's hashing: equal numbers of any type hash alike.
    private indirect enum HashKey: Hashable {
        case string([UInt8])
        case integer(Int)
        case float(UInt64)
        case none
        case tuple([HashKey])

        init?(_ value: JinjaValue) {
            switch value {
            case .string(let text): self = .string(Array(text.utf8))
            case .int(let number): self = .integer(number)
            case .bool(let flag): self = .integer(flag ? 1 : 0)
            case .float(let number):
                if number.rounded() == number, abs(number) < 9.2e18 {
                    self = .integer(Int(number))
                } else {
                    self = .float((number == 0 ? 0 : number).bitPattern)
                }
            case .none: self = .none
            case .tuple(let items):
                var keys: [HashKey] = []
                for item in items {
                    guard let key = HashKey(item) else { return nil }
                    keys.append(key)
                }
                self = .tuple(keys)
            case .undefined, .list, .dict, .callable, .loop, .namespace, .view: return nil
            }
        }
    }
}
