import Synchronization

/// What ``ArtifactChecker`` found in artifacts it has checked, by what decides the findings: the
/// artifact's kind, its file name and its bytes (the checker's distribution options are fixed
/// for the checker that owns the cache). Linting is deterministic, so an artifact checked again —
/// the waagent.conf, drop-ins and script every image shares, or user-data no host variable
/// changes — gets exactly the findings a new lint would give, without the lint.
///
/// Shared by the workers that check a fleet's hosts, so guarded by a lock; bounded by the number
/// of artifacts and their bytes: when a new one would exceed either bound, the cache starts over.
final class ArtifactVerdictCache: Sendable {
    /// What a verdict is looked up by.
    struct Key: Hashable, Sendable {
        var kind: ArtifactKind
        var file: String
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(file)
            // The bytes as one block: an array hashes element by element otherwise.
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The stored verdicts and the bytes their keys hold.
    private struct Storage {
        var verdicts: [Key: [ArtifactFinding]] = [:]
        var bytes = 0
        /// For each kind, how many of its artifacts were stored and how many found again.
        var stored: [ArtifactKind: Int] = [:]
        var found: [ArtifactKind: Int] = [:]
    }

    /// How many artifacts of a kind are stored without one being found again before the kind
    /// is no longer looked up (a fleet whose user-data differs for every host): hashing and
    /// keeping each host's bytes would cost without sparing a lint. Only time is at stake:
    /// an artifact that is not looked up is linted.
    let trialCount: Int

    /// How many artifacts are kept at most.
    let maximumCount: Int
    /// How many bytes of artifacts are kept at most; a larger artifact is not kept at all.
    let maximumBytes: Int
    private let storage = Mutex(Storage())

    /// Creates an empty cache.
    ///
    /// - Parameters:
    ///   - maximumCount: How many artifacts are kept at most.
    ///   - maximumBytes: How many bytes of artifacts are kept at most.
    ///   - trialCount: How many artifacts of a kind are stored without a repeat before the
    ///     kind is no longer cached.
    init(maximumCount: Int = 4_096, maximumBytes: Int = 16 << 20, trialCount: Int = 64) {
        self.maximumCount = maximumCount
        self.maximumBytes = maximumBytes
        self.trialCount = trialCount
    }

    /// Whether artifacts of a kind are still looked up.
    func caches(_ kind: ArtifactKind) -> Bool {
        storage.withLock { ($0.stored[kind] ?? 0) < trialCount || ($0.found[kind] ?? 0) > 0 }
    }

    /// The findings stored for an artifact, if it was checked before.
    func findings(for key: Key) -> [ArtifactFinding]? {
        storage.withLock { storage in
            let findings = storage.verdicts[key]
            if findings != nil { storage.found[key.kind, default: 0] += 1 }
            return findings
        }
    }

    /// Stores the findings for an artifact.
    func store(_ findings: [ArtifactFinding], for key: Key) {
        let size = key.bytes.count + key.file.utf8.count
        guard size <= maximumBytes else { return }
        storage.withLock { storage in
            guard storage.verdicts[key] == nil else { return }
            if storage.verdicts.count >= maximumCount || storage.bytes + size > maximumBytes {
                storage.verdicts = [:]
                storage.bytes = 0
            }
            storage.verdicts[key] = findings
            storage.bytes += size
            storage.stored[key.kind, default: 0] += 1
        }
    }

    /// How many verdicts are stored.
    var count: Int { storage.withLock { $0.verdicts.count } }
}
