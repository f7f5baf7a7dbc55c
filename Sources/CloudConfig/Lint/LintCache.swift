import Synchronization

/// Values derived from one input that several rules need, computed once per input (the first
/// rule to ask builds it). Rules stay stateless; the cache lives only as long as its context.
///
/// Each value has its own typed slot, so that a lookup reads a stored property rather than
/// hashing a name and casting what it finds.
final class LintCache: Sendable {
    /// The slots, one per kind of value; `nil` until built.
    struct Slots: Sendable {
        /// The suppression comments (``LintContext/suppressions``).
        var suppressions: Suppressions?
        /// The accounts (``DocumentAccounts/of(_:)``).
        var accounts: DocumentAccounts?
        /// The passwords (``PasswordSetting/all(in:accounts:)``).
        var passwords: [PasswordSetting]?
        /// Which nodes are keys (``LintContext/keyNodeMask``).
        var keyNodeMask: [Bool]?
        /// The root mapping's string keys (``LintContext/rootKeys``).
        var rootKeys: RootKeys?
        /// The plain scalars YAML 1.1 types (``YAML11Scalars/values(in:)``).
        var yaml11Scalars = Shared<[YAML11Scalars.Entry]>()
        /// The `write_files` entries of a small document
        /// (``LintContext/compactMapWriteFilesEntries(_:)``).
        var writeFilesEntries = Shared<[PathMatch]>()
        /// Their `permissions` (``LintContext/compactMapWriteFilesPermissions(_:)``).
        var writeFilesPermissions = Shared<[PathMatch]>()
    }

    /// The most nodes a document may have for lists of its matches to be kept for several
    /// rules: a list holds at most one match (and a path step, ~80 bytes) per node, a few
    /// megabytes at most. A larger document's matches are visited again by each rule.
    static let listedNodeLimit = 1 << 16

    /// A value a known number of reads share: the last of them takes it out of the cache, so
    /// that it is not kept while the rules after its readers run.
    struct Shared<Value: Sendable>: Sendable {
        /// The value, until its last reader has read it.
        var value: Value?
        /// How many times it has been read.
        var reads = 0
    }

    private let storage = Mutex(Slots())

    /// Creates an empty cache.
    init() {}

    /// The value stored in a slot, built on first use.
    ///
    /// A slot is named by two closures rather than a key path: projecting through a key path
    /// took the runtime's generic key-path calls (and freed their steps) on every lookup, some
    /// 20K instructions per input over the rules' lookups.
    ///
    /// - Parameters:
    ///   - read: Reads the slot for the kind of value.
    ///   - write: Writes it.
    ///   - make: Builds the value.
    /// - Returns: The value.
    func value<Value: Sendable>(
        _ read: (Slots) -> Value?, _ write: (inout Slots, Value) -> Void, make: () -> Value
    ) -> Value {
        if let cached = storage.withLock({ read($0) }) { return cached }
        let value = make()
        storage.withLock { write(&$0, value) }
        return value
    }

    /// The value stored in a slot that `readers` reads share, built on first use and released
    /// by the last read. Should more reads come, the value is built again: the count only
    /// decides how long the value is kept, never what a reader gets.
    ///
    /// - Parameters:
    ///   - slot: Gives access to the slot for the kind of value.
    ///   - readers: How many reads share the value (one per rule that reads it).
    ///   - make: Builds the value.
    /// - Returns: The value.
    func value<Value: Sendable>(
        _ slot: (inout Slots, (inout Shared<Value>) -> Value?) -> Value?, readers: Int, make: () -> Value
    ) -> Value {
        let cached: Value? = storage.withLock { slots in
            slot(&slots) { shared in
                guard let value = shared.value else { return nil }
                shared.reads += 1
                if shared.reads >= readers { shared = Shared() }
                return value
            }
        }
        if let cached { return cached }
        let value = make()
        if readers > 1 {
            storage.withLock { slots in
                _ = slot(&slots) { shared in
                    shared = Shared(value: value, reads: 1)
                    return nil
                }
            }
        }
        return value
    }
}
