/// cloud-init's mergers (`cloudinit/mergers/m_dict.py`, `m_list.py`, `m_str.py` behind a
/// `LookupMerger`), applied to loaded YAML values exactly as Python applies them to the
/// objects PyYAML built.
///
/// Dispatch is by the type of the value merged into: a `dict` goes to the first `dict` merger
/// of the chain, a `list` (or tuple) to the first `list` merger, a `str` to the first `str`
/// merger; any other type, or a type without a merger in the chain, keeps the old value.
struct CloudConfigMerger {
    /// A Python exception raised while merging (a `TypeError` or `KeyError`): cloud-init skips
    /// the part.
    struct Failure: Error, Sendable, Hashable {
        var message: String
    }

    private struct DictMerger {
        var replace: Bool
        var recurseString: Bool
        var recurseList: Bool
        var allowDelete: Bool
    }

    private enum ListMethod { case append, prepend, replace, noReplace }

    private struct ListMerger {
        var method: ListMethod
        var recurseString: Bool
        var recurseDict: Bool
        var recurseList: Bool
    }

    private var dict: DictMerger?
    private var list: ListMerger?
    private var str: Bool?

    /// Builds the chain; the rules must have been validated.
    init(_ rules: MergeRules) {
        for merger in rules.mergers {
            let options = merger.options
            switch merger.module {
            case "m_dict" where dict == nil:
                dict = DictMerger(
                    replace: options.contains("replace"), recurseString: options.contains("recurse_str"),
                    recurseList: options.contains("recurse_array") || options.contains("recurse_list"),
                    allowDelete: options.contains("allow_delete"))
            case "m_list" where list == nil:
                let method: ListMethod =
                    options.contains("append")
                    ? .append
                    : options.contains("prepend")
                        ? .prepend
                        : options.contains("replace")
                            ? .replace
                            : options.contains("no_replace") ? .noReplace : .replace
                list = ListMerger(
                    method: method, recurseString: options.contains("recurse_str"),
                    recurseDict: options.contains("recurse_dict"),
                    recurseList: options.contains("recurse_array") || options.contains("recurse_list"))
            case "m_str" where str == nil:
                str = options.contains("append")
            default:
                break
            }
        }
    }

    /// `merger.merge(value, merge_with)`.
    func merge(_ value: YAMLValue, _ mergeWith: YAMLValue) throws(Failure) -> YAMLValue {
        switch value {
        case .mapping(let entries):
            guard let dict else { return value }
            return try merge(entries, mergeWith, dict)
        case .sequence(let items):
            guard let list else { return value }
            return try merge(items, mergeWith, list)
        case .pairs(let entries):
            guard let list else { return value }
            return try merge(entries.map(Self.tuple), mergeWith, list)
        case .scalar(.string(let text)):
            guard let append = str else { return value }
            guard append else { return mergeWith }
            guard case .scalar(.string(let other)) = mergeWith else {
                throw Failure(message: "can only concatenate str (not \"\(Self.typeName(mergeWith))\") to str")
            }
            return .scalar(.string(text + other))
        case .scalar, .set:
            return value
        }
    }

    /// `m_dict.Merger._on_dict`.
    private func merge(_ entries: [YAMLValue.Entry], _ mergeWith: YAMLValue, _ merger: DictMerger) throws(Failure)
        -> YAMLValue
    {
        guard case .mapping(let new) = mergeWith else { return .mapping(entries) }
        var result = entries
        var keys = Self.keyIndex(result)
        for entry in new {
            let key = Self.key(entry.key)
            if let index = keys[key] {
                if case .scalar(.null) = entry.value, merger.allowDelete {
                    result.remove(at: index)
                    keys = Self.keyIndex(result)
                } else {
                    result[index].value = try mergeSameKey(result[index].value, entry.value, merger)
                }
            } else {
                keys[key] = result.count
                result.append(entry)
            }
        }
        return .mapping(result)
    }

    private func mergeSameKey(_ old: YAMLValue, _ new: YAMLValue, _ merger: DictMerger) throws(Failure) -> YAMLValue {
        if merger.replace { return new }
        switch new {
        case .sequence, .pairs: if merger.recurseList { return try merge(old, new) }
        case .scalar(.string): if merger.recurseString { return try merge(old, new) }
        case .mapping: return try merge(old, new)
        default: break
        }
        return old
    }

    /// `m_list.Merger._on_list`.
    private func merge(_ items: [YAMLValue], _ mergeWith: YAMLValue, _ merger: ListMerger) throws(Failure) -> YAMLValue
    {
        let isList: Bool
        switch mergeWith {
        case .sequence, .pairs: isList = true
        default: isList = false
        }
        if merger.method == .replace, !isList { return mergeWith }
        switch merger.method {
        case .prepend: return .sequence(try Self.iterate(mergeWith) + items)
        case .append: return .sequence(items + (try Self.iterate(mergeWith)))
        case .replace, .noReplace: break
        }
        var merged = items
        let common = min(merged.count, try Self.length(mergeWith))
        for index in 0..<common {
            let new = try Self.item(mergeWith, index)
            merged[index] = try mergeSameIndex(merged[index], new, merger)
        }
        return .sequence(merged)
    }

    private func mergeSameIndex(_ old: YAMLValue, _ new: YAMLValue, _ merger: ListMerger) throws(Failure) -> YAMLValue {
        if merger.method == .noReplace { return old }
        switch new {
        case .sequence, .pairs: if merger.recurseList { return try merge(old, new) }
        case .scalar(.string): if merger.recurseString { return try merge(old, new) }
        case .mapping: if merger.recurseDict { return try merge(old, new) }
        default: break
        }
        return new
    }

    // MARK: - Python semantics

    /// A `!!pairs` entry: a two-item tuple, merged like a list.
    private static func tuple(_ entry: YAMLValue.Entry) -> YAMLValue { .sequence([entry.key, entry.value]) }

    /// `list(value)` / `iter(value)`.
    private static func iterate(_ value: YAMLValue) throws(Failure) -> [YAMLValue] {
        switch value {
        case .sequence(let items), .set(let items): return items
        case .pairs(let entries): return entries.map(tuple)
        case .mapping(let entries): return entries.map(\.key)
        case .scalar(.string(let text)): return text.unicodeScalars.map { .scalar(.string(String($0))) }
        case .scalar(.binary(let bytes)): return bytes.map { .scalar(.int(YAMLInteger(Int($0)))) }
        case .scalar: throw Failure(message: "'\(typeName(value))' object is not iterable")
        }
    }

    /// `len(value)`.
    private static func length(_ value: YAMLValue) throws(Failure) -> Int {
        switch value {
        case .sequence(let items), .set(let items): return items.count
        case .pairs(let entries), .mapping(let entries): return entries.count
        case .scalar(.string(let text)): return text.unicodeScalars.count
        case .scalar(.binary(let bytes)): return bytes.count
        case .scalar: throw Failure(message: "object of type '\(typeName(value))' has no len()")
        }
    }

    /// `value[index]`.
    private static func item(_ value: YAMLValue, _ index: Int) throws(Failure) -> YAMLValue {
        switch value {
        case .sequence(let items): return items[index]
        case .pairs(let entries): return tuple(entries[index])
        case .scalar(.string(let text)):
            return .scalar(.string(String(Array(text.unicodeScalars)[index])))
        case .scalar(.binary(let bytes)): return .scalar(.int(YAMLInteger(Int(bytes[index]))))
        case .mapping(let entries):
            let wanted = key(.scalar(.int(YAMLInteger(index))))
            guard let entry = entries.last(where: { key($0.key) == wanted }) else {
                throw Failure(message: "KeyError: \(index)")
            }
            return entry.value
        case .set, .scalar: throw Failure(message: "'\(typeName(value))' object is not subscriptable")
        }
    }

    /// A mapping key as a Python `dict` compares keys.
    private static func key(_ value: YAMLValue) -> PythonKey {
        if case .scalar(let scalar) = value {
            return PythonKey(scalar, node: -1, text: scalar.pythonStr == "nan" ? ".nan" : "")
        }
        return .identity(Int(bitPattern: UInt(bitPattern: PythonValue.repr(value).hashValue)))
    }

    private static func keyIndex(_ entries: [YAMLValue.Entry]) -> [PythonKey: Int] {
        var index: [PythonKey: Int] = [:]
        for (offset, entry) in entries.enumerated() where index[key(entry.key)] == nil {
            index[key(entry.key)] = offset
        }
        return index
    }

    /// Python's type name of a value, as its error messages give it.
    static func typeName(_ value: YAMLValue) -> String {
        switch value {
        case .scalar(let scalar): scalar.pythonTypeName
        case .sequence, .pairs: "list"
        case .mapping: "dict"
        case .set: "set"
        }
    }
}
