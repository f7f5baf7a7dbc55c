import Synchronization

/// Values derived from one input that several rules need, computed once per input (the first
/// rule to ask builds it). Rules stay stateless; the cache lives only as long as its context.
final class LintCache: Sendable {
    private let storage = Mutex<[String: any Sendable]>([:])

    /// Creates an empty cache.
    init() {}

    /// The value stored under a key, built on first use.
    ///
    /// - Parameters:
    ///   - key: A name unique to the kind of value.
    ///   - make: Builds the value.
    /// - Returns: The value.
    func value<Value: Sendable>(_ key: String, _ make: () -> Value) -> Value {
        // Unwrap the stored value before casting: cast directly, a missing entry would pass as a
        // cached `nil` when `Value` is itself optional.
        if let stored = storage.withLock({ $0[key] }), let cached = stored as? Value { return cached }
        let value = make()
        storage.withLock { $0[key] = value }
        return value
    }
}
