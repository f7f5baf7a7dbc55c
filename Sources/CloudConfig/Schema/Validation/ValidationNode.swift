import Synchronization

/// A catalog node compiled for validation against one target release: its older forms applied
/// once, its checks in the form the validator tests them (a type bitmask, the release findings
/// decided, declared keys by name) and its children compiled on first use and kept, so that
/// validating a document visits shared objects instead of copying `Schema` values at every node.
///
/// A linter compiles its catalog's root once; the nodes a document reaches are compiled by the
/// first document that reaches them, and every later one reuses them (from any thread).
package final class ValidationNode: Sendable {
    /// The node as the target reads it; findings carry it.
    let schema: Schema
    /// The release the node is compiled for.
    let target: CloudInitVersion
    /// The types a value may have (integers included where numbers are); `nil` allows any.
    let accepted: JSONTypeMask?
    /// The release that introduces the node, when the target is older.
    let unavailableUntil: VersionBound?
    /// The release that dropped the node, when the target has reached it.
    let removedIn: VersionBound?
    /// Whether the node has checks on strings (a pattern or a format).
    let checksStrings: Bool
    /// Whether the node has bounds on numbers.
    let checksNumbers: Bool
    /// Whether the node checks lists: item counts, distinct items, or schemas for items.
    let checksArrays: Bool
    /// Whether the node has `allOf`, `anyOf`, `oneOf` or `not`.
    let hasCombinators: Bool
    /// The compiled children, published once by the first validation that needs them: the address
    /// of a retained ``ValidationChildren`` (0 until then), so that later reads are one atomic
    /// load. (`AtomicLazyReference` costs a generic call of hundreds of instructions per read.)
    private let children = Atomic<UInt>(0)

    /// Compiles a node (not its children, which are compiled when first needed).
    ///
    /// - Parameters:
    ///   - schema: The node, older forms not yet applied.
    ///   - target: The release to validate for.
    package init(_ schema: Schema, target: CloudInitVersion) {
        let resolved = schema.applyingOlderForms(for: target)
        self.schema = resolved
        self.target = target
        accepted = resolved.types.map(JSONTypeMask.init(accepting:))
        if let introduced = resolved.availability.introduced, !introduced.isReached(by: target) {
            unavailableUntil = introduced
        } else {
            unavailableUntil = nil
        }
        if let removed = resolved.availability.removed, removed.isReached(by: target) {
            removedIn = removed
        } else {
            removedIn = nil
        }
        checksStrings = resolved.pattern != nil || resolved.format != nil
        checksNumbers = resolved.minimum != nil || resolved.maximum != nil
        checksArrays =
            resolved.minItems != nil || resolved.maxItems != nil || resolved.requiresUniqueItems
            || resolved.items != nil || resolved.tupleItems != nil
        hasCombinators =
            !resolved.allOf.isEmpty || !resolved.anyOf.isEmpty || !resolved.oneOf.isEmpty || resolved.not != nil
    }

    deinit {
        let stored = children.load(ordering: .acquiring)
        if let address = UnsafeRawPointer(bitPattern: stored) {
            Unmanaged<ValidationChildren>.fromOpaque(address).release()
        }
    }

    /// The compiled children: built by the first validation that needs them, then shared.
    /// Two threads may both compile them; the first to publish wins and the other's copy is
    /// dropped, so every reader sees the same children.
    var compiled: ValidationChildren {
        if let address = UnsafeRawPointer(bitPattern: children.load(ordering: .acquiring)) {
            return Unmanaged<ValidationChildren>.fromOpaque(address).takeUnretainedValue()
        }
        let made = Unmanaged.passRetained(ValidationChildren(schema, target: target))
        let madeAddress = UInt(bitPattern: made.toOpaque())
        let (exchanged, stored) = children.compareExchange(
            expected: 0, desired: madeAddress, successOrdering: .acquiringAndReleasing, failureOrdering: .acquiring)
        if exchanged { return made.takeUnretainedValue() }
        // Another thread published first: use its children and drop these.
        made.release()
        guard let address = UnsafeRawPointer(bitPattern: stored) else { return self.compiled }
        return Unmanaged<ValidationChildren>.fromOpaque(address).takeUnretainedValue()
    }
}

/// The children of a ``ValidationNode``, compiled together when the node is first visited.
final class ValidationChildren: Sendable {
    /// What a mapping accepts besides its declared keys, with the schema compiled.
    enum Additional: Sendable {
        case allowed
        case forbidden
        case ignored
        case schema(ValidationNode)
    }

    /// The declared keys' nodes, in ``Schema/properties`` order.
    let properties: [ValidationNode]
    /// The declared keys' names, in the same order, for mappings scanned rather than looked up.
    let names: [String]
    /// The position of each declared key (the first, when a name repeats), for mappings with
    /// enough keys that a scan would cost more than a lookup.
    let index: [String: Int]?
    /// The same positions in an open-addressing table hashed on a key's length and end bytes,
    /// cheaper than hashing the whole string; built with ``index`` when every declared key is
    /// ASCII.
    private let asciiIndex: ASCIIKeyTable?
    /// Schemas for keys matching regular expressions, in order.
    let patternProperties: [(pattern: String, node: ValidationNode)]
    /// What the mapping accepts besides its declared keys.
    let additional: Additional
    /// The schema of every item.
    let items: ValidationNode?
    /// The schemas of the first items, by position.
    let tupleItems: [ValidationNode]?
    /// `allOf`, `anyOf` and `oneOf`.
    let allOf: [ValidationNode]
    let anyOf: [ValidationNode]
    let oneOf: [ValidationNode]
    /// `not`.
    let not: ValidationNode?

    /// For each declared key, the required keys it is, as bits by their position in
    /// ``Schema/requiredKeys`` (the first 64 of them), so that a mapping notes the required keys
    /// it has without collecting its keys' names.
    let requiredAt: [UInt64]
    /// For each required key, whether ``requiredAt`` tracks it (it is declared and among the first
    /// 64); an untracked one is looked for among the mapping's keys.
    let tracksRequired: [Bool]

    /// Whether every declared name is ASCII, so that an ASCII key is found by its bytes (an
    /// ASCII string equals another exactly when their bytes are equal).
    private let namesAreASCII: Bool
    /// The declared names' bytes end to end, and where each starts (the last offset is the end),
    /// so that a key's bytes are compared without reaching into a string.
    private let nameBytes: [UInt8]
    private let nameStarts: [Int]

    /// Mappings with at least this many declared keys look them up by name.
    private static let indexedPropertyCount = 8

    init(_ schema: Schema, target: CloudInitVersion) {
        func node(_ child: Schema) -> ValidationNode { ValidationNode(child, target: target) }
        properties = schema.properties.map { node($0.schema) }
        names = schema.properties.map(\.name)
        namesAreASCII = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        var nameBytes: [UInt8] = []
        var nameStarts: [Int] = []
        for name in names {
            nameStarts.append(nameBytes.count)
            nameBytes += name.utf8
        }
        nameStarts.append(nameBytes.count)
        self.nameBytes = nameBytes
        self.nameStarts = nameStarts
        if names.count >= Self.indexedPropertyCount {
            var index: [String: Int] = [:]
            index.reserveCapacity(names.count)
            for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
            self.index = index
            asciiIndex = ASCIIKeyTable(names)
        } else {
            index = nil
            asciiIndex = nil
        }
        patternProperties = schema.patternProperties.map { ($0.pattern, node($0.schema)) }
        switch schema.additionalProperties {
        case .allowed: additional = .allowed
        case .forbidden: additional = .forbidden
        case .ignored: additional = .ignored
        case .schema(let child): additional = .schema(node(child))
        }
        items = schema.items.map(node)
        tupleItems = schema.tupleItems.map { $0.map(node) }
        allOf = schema.allOf.map(node)
        anyOf = schema.anyOf.map(node)
        oneOf = schema.oneOf.map(node)
        not = schema.not.map(node)
        var requiredAt = [UInt64](repeating: 0, count: names.count)
        var tracksRequired: [Bool] = []
        for (position, required) in schema.requiredKeys.enumerated() {
            let declared = position < 64 ? Self.position(of: required, in: names, index: index) : nil
            if let declared { requiredAt[declared] |= 1 << position }
            tracksRequired.append(declared != nil)
        }
        self.requiredAt = requiredAt
        self.tracksRequired = tracksRequired
    }

    /// Where a declared key is in ``properties``: by the index for large mappings, by a scan
    /// otherwise (as ``Schema/propertyPosition(_:)`` finds it).
    func position(of name: String) -> Int? {
        if let asciiIndex {
            switch asciiIndex.position(of: name, in: names) {
            case .found(let position): return position
            case .absent: return nil
            case .unknown: break
            }
        }
        return Self.position(of: name, in: names, index: index)
    }

    /// ``position(of:)`` for a key given as its UTF-8 bytes, read in place: ``KeyLookup/unknown``
    /// when the key or a declared name is not ASCII (only ``position(of:)`` can tell then).
    func position(ofUTF8 key: UnsafeBufferPointer<UInt8>) -> KeyLookup {
        guard namesAreASCII else { return .unknown }
        let found = nameBytes.withUnsafeBufferPointer { all -> Int? in
            func isKey(_ position: Int) -> Bool {
                let start = nameStarts[position]
                guard nameStarts[position + 1] - start == key.count else { return false }
                for offset in 0..<key.count where all[start + offset] != key[offset] { return false }
                return true
            }
            if let asciiIndex { return asciiIndex.position(ofUTF8: key, where: isKey) }
            for position in 0..<names.count where isKey(position) { return position }
            return nil
        }
        // A key with a name's bytes is ASCII, and equal to that name; a key with none is absent
        // when it is ASCII too.
        if let found { return .found(found) }
        return key.allSatisfy({ $0 < 0x80 }) ? .absent : .unknown
    }

    private static func position(of name: String, in names: [String], index: [String: Int]?) -> Int? {
        if let index { return index[name] }
        return names.firstIndex { $0 == name }
    }
}

/// What a look-up of a key among declared names found.
enum KeyLookup {
    /// The key's position.
    case found(Int)
    /// No declared name is the key.
    case absent
    /// The key is not ASCII and no name has its bytes: only a full comparison can tell.
    case unknown
}

/// Declared key names by position, looked up without hashing a whole string: a key is hashed on
/// its length and its first and last bytes, and compared with the few names there.
///
/// Swift compares strings by canonical equivalence, which for two ASCII strings is byte
/// equality; a key that is not ASCII may still equal an ASCII name (a Kelvin sign is a `K`), so
/// a lookup that finds no name for such a key is left to the dictionary.
private struct ASCIIKeyTable: Sendable {
    /// Each slot: a position in the names plus one, or 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    typealias Lookup = KeyLookup

    /// The table of a mapping's names; `nil` when a name is not ASCII.
    init?(_ names: [String]) {
        guard names.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        var capacity = 16
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (position, name) in names.enumerated() {
            var slot = Self.hash(name) & mask
            var repeated = false
            while slots[slot] != 0 {
                if names[Int(slots[slot]) - 1] == name {
                    repeated = true
                    break
                }
                slot = (slot + 1) & mask
            }
            // A repeated name keeps its first position.
            if !repeated { slots[slot] = Int32(position + 1) }
        }
        self.slots = slots
        self.mask = mask
    }

    private static func hash(_ name: String) -> Int {
        hash(count: name.utf8.count, first: name.utf8.first ?? 0, last: name.utf8.last ?? 0)
    }

    private static func hash(count: Int, first: UInt8, last: UInt8) -> Int {
        (count &* 31 &+ Int(first) &* 7 &+ Int(last) &* 131) ^ (count >> 2)
    }

    /// Where the key with these bytes is among the names the table was built from: the first
    /// position in the key's slot chain that `isKey` accepts (it compares the bytes).
    func position(ofUTF8 key: UnsafeBufferPointer<UInt8>, where isKey: (Int) -> Bool) -> Int? {
        var slot = Self.hash(count: key.count, first: key.first ?? 0, last: key.last ?? 0) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if isKey(position) { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Where `name` is among `names` (the names the table was built from).
    func position(of name: String, in names: [String]) -> Lookup {
        var slot = Self.hash(name) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if names[position] == name { return .found(position) }
            slot = (slot + 1) & mask
        }
        return name.utf8.allSatisfy({ $0 < 0x80 }) ? .absent : .unknown
    }
}
