/// cloud-init's system configuration as it reads it at boot: `/etc/cloud/cloud.cfg` and the
/// `*.cfg` files of `/etc/cloud/cloud.cfg.d/`, merged as `cloudinit.util.read_conf_with_confd`
/// merges them.
///
/// The drop-ins are sorted by name and merged last first, each with the rules of its own
/// `merge_how` (or `merge_type`) key, which is removed, or cloud-init's library default
/// `list()+dict()+str()`: a mapping keeps the keys it has and takes the others, nested mappings
/// merge, and for any other value the drop-in whose name sorts last wins. The merged drop-ins
/// are then merged over `cloud.cfg` the same way. A `conf_d` in `cloud.cfg` that is empty stops
/// cloud-init from reading the drop-ins.
public struct SystemConfiguration: Sendable {
    /// `cloud.cfg`, if given.
    public let base: SystemConfigFile?
    /// The drop-ins cloud-init reads, in the order of their names.
    public let dropIns: [SystemConfigFile]
    /// What cloud-init reads: a mapping.
    public let value: YAMLValue
    /// Why cloud-init stops instead (an unknown merger, a merge of values that do not merge, a file
    /// it cannot decode, a `conf_d` that is not text), or `nil`.
    public let failure: String?

    /// Merges the files of an image.
    ///
    /// - Parameters:
    ///   - base: `/etc/cloud/cloud.cfg`, or `nil` when the image has none (cloud-init reads `{}`).
    ///   - dropIns: The files of `/etc/cloud/cloud.cfg.d/` whose names end in `.cfg`, in any order.
    public init(base: SystemConfigFile?, dropIns: [SystemConfigFile]) {
        self.base = base
        let sorted = dropIns.filter { $0.name.hasSuffix(".cfg") }.sorted {
            $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars)
        }
        var failure: String?
        for file in [base].compactMap({ $0 }) + sorted {
            if case .unreadable(let reason) = file.outcome { failure = failure ?? "\(file.path): \(reason)" }
        }
        var readsDropIns = true
        if case .mapping(let entries)? = base?.value, let confD = PythonValue.get("conf_d", in: entries) {
            // `conf_d` replaces the directory; an empty one means none.
            if !PythonValue.isTruthy(confD) {
                readsDropIns = false
            } else if confD.string == nil {
                failure = failure ?? "conf_d in \(base?.path ?? "cloud.cfg") is not text"
            }
        }
        self.dropIns = readsDropIns ? sorted : []
        var value = YAMLValue.mapping([])
        if failure == nil {
            switch Self.mergeMany(self.dropIns.reversed().map(\.value)) {
            case .success(let merged):
                switch Self.mergeMany([merged, base?.value ?? .mapping([])]) {
                case .success(let all): value = all
                case .failure(let error): failure = error.message
                }
            case .failure(let error): failure = error.message
            }
        }
        self.value = value
        self.failure = failure
    }

    /// `cloudinit.util.mergemanydict`: each non-empty mapping merged into what came before, with
    /// its own rules (its `merge_how` or `merge_type`, removed) or the library default.
    static func mergeMany(_ values: [YAMLValue]) -> Result<YAMLValue, MergeRules.Error> {
        var merged = YAMLValue.mapping([])
        for value in values {
            guard case .mapping(var entries) = value, !entries.isEmpty else { continue }
            var raw: YAMLValue?
            if let index = entries.firstIndex(where: { $0.key.string == "merge_how" }) {
                raw = entries.remove(at: index).value
            }
            if raw == nil || raw?.isNotNone == false,
                let index = entries.firstIndex(where: { $0.key.string == "merge_type" })
            {
                raw = entries.remove(at: index).value
            }
            var rules = MergeRules.libraryDefault
            if let raw, raw.isNotNone {
                switch MergeRules.parse(raw) {
                case .success(let parsed): if !parsed.mergers.isEmpty { rules = parsed }
                case .failure(let error): return .failure(error)
                }
            }
            switch CloudConfigMerge.merge(merged, .mapping(entries), rules: rules) {
            case .success(let result): merged = result
            case .failure(let error): return .failure(error)
            }
        }
        return .success(merged)
    }

    /// The file whose setting cloud-init uses at a key path, with the node it is written at: the
    /// drop-in whose name sorts last among those that set it, else `cloud.cfg`. (A drop-in with
    /// its own merge rules can make another file win; cloudcfg does not follow that here.)
    ///
    /// - Parameter path: Mapping keys from the top, such as `["datasource", "Azure", "data_dir"]`.
    /// - Returns: The file and the key node, or `nil` when no file sets the path.
    public func origin(of path: [String]) -> (file: SystemConfigFile, key: YAMLNodeID)? {
        for file in dropIns.reversed() + [base].compactMap({ $0 }) {
            guard case .loaded = file.outcome, let document = file.document, var node = document.root else { continue }
            var key: YAMLNodeID?
            for component in path {
                let mapping = document.resolved(node)
                guard
                    let pair = document.entries(of: mapping).last(where: { entry in
                        document[document.resolved(entry.key)].value?.string == component
                    })
                else {
                    key = nil
                    break
                }
                key = pair.key
                node = pair.value
            }
            if let key { return (file, key) }
        }
        return nil
    }
}
