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
        /// The plain scalars YAML 1.1 types (``YAML11Scalars/values(in:)``).
        var yaml11Scalars: [YAML11Scalars.Entry]?
        /// The `write_files` entries (``LintContext/writeFilesEntries``).
        var writeFilesEntries: [PathMatch]?
        /// Their `permissions` (``LintContext/writeFilesPermissions``).
        var writeFilesPermissions: [PathMatch]?
    }

    private let storage = Mutex(Slots())

    /// Creates an empty cache.
    init() {}

    /// The value stored in a slot, built on first use.
    ///
    /// - Parameters:
    ///   - slot: The slot for the kind of value.
    ///   - make: Builds the value.
    /// - Returns: The value.
    func value<Value: Sendable>(_ slot: WritableKeyPath<Slots, Value?>, _ make: () -> Value) -> Value {
        if let cached = storage.withLock({ $0[keyPath: slot] }) { return cached }
        let value = make()
        storage.withLock { $0[keyPath: slot] = value }
        return value
    }
}
