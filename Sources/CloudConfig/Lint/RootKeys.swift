/// The string keys of a document's root mapping, each with its byte count and first and last
/// bytes, listed once per input: most rules look up a few top-level keys (`users`, `runcmd`,
/// `write_files`), and scanning the root's keys for each lookup compared every key's bytes with
/// the name again.
///
/// The shapes only filter: a key whose shape is the name's is still compared on its bytes
/// (``YAMLDocument/isStringKey(_:equalTo:)``) as the scan compares it, so a lookup finds the
/// entries the scan finds, in the same order. No string is made and nothing is hashed.
struct RootKeys: Sendable {
    /// The most root entries listed: a larger root (a generated file of thousands of keys) is
    /// scanned as before rather than listed.
    static let limit = 256

    /// One string key of the root: the shape of its bytes, and its entry.
    struct Key: Sendable {
        let count: Int
        let first: UInt8
        let last: UInt8
        let entry: YAMLPair

        init(_ bytes: UnsafeBufferPointer<UInt8>, entry: YAMLPair) {
            count = bytes.count
            first = bytes.first ?? 0
            last = bytes.last ?? 0
            self.entry = entry
        }

        /// Whether the key's bytes may be `name`'s (whose count, first and last bytes are given).
        func mayBe(count: Int, first: UInt8, last: UInt8) -> Bool {
            self.count == count && self.first == first && self.last == last
        }
    }

    /// The root's string keys in the order of its entries; `nil` when the root is not a
    /// mapping or has more than ``limit`` entries.
    let keys: [Key]?

    /// Lists the string keys of a document's root, as ``LintContext/entry(_:in:)`` sees its
    /// entries (merge keys applied).
    ///
    /// - Parameters:
    ///   - root: The document's root node.
    ///   - document: The document.
    init(root: YAMLNodeID, in document: YAMLDocument) {
        let mapping = document.resolved(root)
        guard document.nodes[mapping.index].kind == .mapping else {
            keys = nil
            return
        }
        var keys: [Key] = []
        keys.reserveCapacity(min(Self.limit, Int(document.nodes[mapping.index].childCount) / 2))
        var entries = 0
        document.forEachEntry(of: mapping) { entry in
            entries += 1
            guard entries <= Self.limit else { return }
            // The bytes `isStringKey` compares: the text of a key whose value is its text, else
            // the string it constructs to.
            let index = document.resolved(entry.key).index
            if document.nodes[index].valueIsText {
                keys.append(document.nodes[index].withTextUTF8 { Key($0, entry: entry) })
            } else if case .string(var text) = document.nodes[index].value {
                keys.append(text.withUTF8 { Key($0, entry: entry) })
            }
        }
        self.keys = entries <= Self.limit ? keys : nil
    }

    /// Calls `body` with each entry whose key has the bytes of `name`, in order (at most one,
    /// unless the root has duplicate keys cloud-init's loader keeps apart).
    ///
    /// - Parameters:
    ///   - name: The key.
    ///   - keys: The listed keys.
    ///   - document: The document.
    ///   - reversed: Whether to go from the last entry to the first.
    ///   - body: Called with each entry; returns whether to go on.
    static func forEachEntry(
        named name: String, in keys: [Key], of document: YAMLDocument, reversed: Bool = false,
        _ body: (YAMLPair) -> Bool
    ) {
        let utf8 = name.utf8
        let count = utf8.count
        let first = utf8.first ?? 0
        let last = utf8.last ?? 0
        keys.withUnsafeBufferPointer { keys in
            for offset in keys.indices {
                let key = keys[reversed ? keys.count - 1 - offset : offset]
                guard key.mayBe(count: count, first: first, last: last),
                    document.isStringKey(key.entry.key, equalTo: name)
                else { continue }
                if !body(key.entry) { return }
            }
        }
    }
}

extension LintContext {
    /// The root mapping's string keys, listed on first use; `nil` without a document.
    var rootKeys: RootKeys? {
        guard let document, let root else { return nil }
        return cache.value({ $0.rootKeys }, { $0.rootKeys = $1 }, make: { RootKeys(root: root, in: document) })
    }
}
