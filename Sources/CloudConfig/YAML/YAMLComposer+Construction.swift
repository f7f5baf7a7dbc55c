/// PyYAML's SafeConstructor, applied as nodes arrive: the tag each node constructs as, the value
/// of each scalar, and the errors construction raises. Errors that depend on how the document
/// uses a collection wait in ``YAMLComposer/deferred`` until the document is complete.
extension YAMLComposer {
    /// An error PyYAML raises only if a collection is used a certain way. PyYAML never constructs
    /// the mapping or list given to a merge key (`<<: !!foo {a: 1}` is fine: only its entries
    /// are used), nor the one-entry mappings of an `!!omap` or `!!pairs` (whose keys are not
    /// hashed), so errors about those nodes depend on how the document uses them.
    struct Deferred {
        var node: Int
        var use: Use
        var error: YAMLError
    }

    /// How PyYAML's constructor uses a collection.
    struct Use: OptionSet {
        let rawValue: UInt8
        /// Constructed as a value according to its tag.
        static let constructed = Use(rawValue: 1)
        /// A mapping whose entries are put in a Python `dict` (constructed, or merged into one).
        static let flattened = Use(rawValue: 2)
        /// A one-entry mapping read as an item of an `!!omap` or `!!pairs`.
        static let pairItem = Use(rawValue: 4)
    }

    // MARK: - Scalars

    /// A scalar's tag, resolved as PyYAML resolves it, and its value; records the error when the
    /// value cannot be constructed. A `str` scalar's value is its text, which is not returned
    /// (`nil`): the node keeps it as its text.
    mutating func construct(
        tag explicitTag: String?, value bytes: UnsafeBufferPointer<UInt8>, plainImplicit: Bool, at range: SourceRange
    ) -> (YAMLTag, YAMLScalar?) {
        let tag: YAMLTag
        if explicitTag == nil || explicitTag == "!" {
            // PyYAML resolves a `!`-tagged scalar implicitly even when it is quoted.
            tag = plainImplicit || explicitTag == "!" ? YAMLResolver.implicitTag(bytes: bytes) : .str
        } else {
            tag = YAMLTag(uri: explicitTag ?? "")
        }
        // Most scalars are strings, whose value is their text: the node stores no value for
        // them (see `YAMLNode.valueIsText`), so none is built here, nor a string.
        if case .str = tag { return (.str, nil) }
        let text = String(decoding: bytes, as: UTF8.self)
        var value: YAMLScalar?
        switch YAMLScalarConstructor.construct(tag, text) {
        case .success(let constructed):
            value = constructed
        case .failure where tag == .merge || tag == .value:
            // Valid as mapping keys only; checked where the node is used.
            break
        case .failure(let failure):
            if case .other = tag {
                errors.append(YAMLError(.unknownTag, failure.message, at: range))
            } else {
                errors.append(YAMLError(.invalidValue, failure.message, at: range))
            }
        }
        if tag == .merge || tag == .value { valueIndicators += 1 }
        return (tag, value)
    }

    // MARK: - Collections

    /// The tag a collection constructs as, deferring an error for a tag SafeLoader cannot use on
    /// it until the document shows that the collection is constructed.
    mutating func collectionTag(_ collection: OpenCollection, range: SourceRange) -> YAMLTag {
        let isSequence = collection.kind == .sequence
        let fallback: YAMLTag = isSequence ? .seq : .map
        guard let uri = collection.tag, uri != "!" else { return fallback }
        let tag = YAMLTag(uri: uri)
        let kindName = isSequence ? "sequence" : "mapping"
        let error: YAMLError
        switch tag {
        case .seq where isSequence, .omap where isSequence, .pairs where isSequence:
            return tag
        case .map where !isSequence, .set where !isSequence:
            return tag
        case .other:
            error = .noConstructor(for: uri, at: range)
        case .seq, .omap, .pairs:
            error = .tag(tag, needs: "a sequence", found: kindName, at: range)
        case .map, .set:
            error = .tag(tag, needs: "a mapping", found: kindName, at: range)
        default:
            error = .tag(tag, needs: "a scalar", found: kindName, at: range)
        }
        deferred.append(Deferred(node: collection.id, use: .constructed, error: error))
        return fallback
    }

    /// For a mapping given a scalar tag (`!!str {=: foo}`), the tag and value PyYAML constructs
    /// from its `=` entry; `nil` when the collection is not read as a scalar or the value cannot
    /// be built (an error deferred until the document shows the mapping is constructed).
    mutating func scalarReading(
        _ collection: OpenCollection, children range: Range<Int>, range sourceRange: SourceRange
    )
        -> (tag: YAMLTag, value: YAMLScalar)?
    {
        guard collection.kind == .mapping, let uri = collection.tag, Self.readsValueKey(YAMLTag(uri: uri)),
            let text = valueKeyText(start: range.lowerBound, count: range.count)
        else { return nil }
        // `!!str {=: foo}` is 'foo' in PyYAML: the tag's constructor reads the `=` entry.
        let scalarTag = YAMLTag(uri: uri)
        deferred.removeAll { $0.node == collection.id && $0.use == .constructed }
        switch YAMLScalarConstructor.construct(scalarTag, text) {
        case .success(let constructed):
            return (scalarTag, constructed)
        case .failure(let failure):
            deferred.append(
                Deferred(
                    node: collection.id, use: .constructed,
                    error: YAMLError(.invalidValue, failure.message, at: sourceRange)))
            return nil
        }
    }

    /// Whether PyYAML's constructor for a tag reads a mapping's `=` entry (through
    /// `construct_scalar`): the scalar tags, except `!!timestamp`, which then fails.
    private static func readsValueKey(_ tag: YAMLTag) -> Bool {
        switch tag {
        case .str, .int, .float, .bool, .null, .binary, .pythonUnicode: true
        default: false
        }
    }

    /// The text of the value of a mapping's first `=` key (YAML 1.1's value key), following
    /// nested mappings as PyYAML's `construct_scalar` does; `nil` when there is none or it is
    /// a sequence.
    private func valueKeyText(start: Int, count: Int) -> String? {
        var start = start
        var count = count
        for _ in 0..<limits.depthLimit {
            let pairs = stride(from: start, to: start + count, by: 2)
            guard
                let pair = pairs.first(where: {
                    let key = resolve(children[$0].index)
                    return nodes[key].kind == .scalar && nodes[key].tag == .value
                })
            else { return nil }
            let value = resolve(children[pair + 1].index)
            switch nodes[value].kind {
            case .scalar:
                return nodes[value].text
            case .mapping:
                start = Int(nodes[value].childStart)
                count = Int(nodes[value].childCount)
            default:
                return nil
            }
        }
        return nil
    }

    /// Checks that every item of an `!!omap` or `!!pairs` sequence is a one-entry mapping whose
    /// key can be constructed, as PyYAML does when it constructs the sequence.
    mutating func checkPairs(_ id: Int, tag: YAMLTag) {
        let node = nodes[id]
        for offset in 0..<Int(node.childCount) {
            let item = children[Int(node.childStart) + offset]
            let resolved = resolve(item.index)
            let itemNode = nodes[resolved]
            let problem: String
            if itemNode.kind != .mapping {
                problem = "\(tag) items must be mappings of one entry"
            } else if itemNode.childCount != 2 {
                problem = "\(tag) items must be mappings of one entry, but this one has \(itemNode.childCount / 2)"
            } else {
                let key = nodes[resolve(children[Int(itemNode.childStart)].index)]
                guard key.kind == .scalar, key.tag == .merge || key.tag == .value else { continue }
                problem =
                    "could not determine a constructor for the tag '\(key.tag.uri)' (\(tag) keys are not "
                    + "merged; quote it: '\(key.text)')"
            }
            deferred.append(
                Deferred(
                    node: id, use: .constructed,
                    error: YAMLError(.invalidValue, problem, at: nodes[item.index].range)))
        }
    }

    /// Checks the children of a collection that has just ended for `<<` and `=` used as values,
    /// and turns `=` keys into the string key '=', as PyYAML does.
    mutating func checkValueIndicators(of kind: YAMLNode.Kind, children range: Range<Int>) {
        for position in range {
            let child = children[position]
            if kind == .sequence || (position - range.lowerBound) % 2 == 1 {
                checkValueUse(child)
            } else if nodes[child.index].kind == .scalar, nodes[child.index].tag == .value {
                // PyYAML turns a `=` key into the string key '='.
                nodes[child.index].value = .string(nodes[child.index].text)
            }
        }
    }

    /// Reports a `<<` or `=` scalar used where a value is constructed, which SafeLoader refuses.
    mutating func checkValueUse(_ id: YAMLNodeID) {
        let target = resolve(id.index)
        guard nodes[target].kind == .scalar, nodes[target].tag == .merge || nodes[target].tag == .value else { return }
        let node = nodes[target]
        errors.append(.indicatorAsValue(isMerge: node.tag == .merge, text: node.text, at: nodes[id.index].range))
    }

    // MARK: - Deferred errors

    /// Reports the deferred errors whose collection the document uses as they require, walking
    /// the document from its root as PyYAML's constructor does, each node once per use.
    mutating func reportDeferred() {
        var uses = [Use](repeating: [], count: nodes.count)
        var work: [(index: Int, use: Use)] = [(0, .constructed)]
        while let (index, use) = work.popLast() {
            let id = resolve(index)
            guard !uses[id].contains(use) else { continue }
            uses[id].insert(use)
            let node = nodes[id]
            let start = Int(node.childStart)
            let end = start + Int(node.childCount)
            switch node.kind {
            case .sequence where use == .constructed:
                let itemUse: Use = node.tag == .omap || node.tag == .pairs ? .pairItem : .constructed
                for child in children[start..<end] { work.append((child.index, itemUse)) }
            case .mapping where use == .constructed:
                // A mapping read as a scalar (`!!str {=: x}`) is not constructed as a dict.
                if nodes[id].value == nil { work.append((id, .flattened)) }
            case .mapping where use == .flattened:
                for pair in stride(from: start, to: end, by: 2) {
                    let key = nodes[resolve(children[pair].index)]
                    guard key.kind == .scalar, key.tag == .merge else {
                        work.append((children[pair].index, .constructed))
                        work.append((children[pair + 1].index, .constructed))
                        continue
                    }
                    // A merge value is never constructed itself; its mappings are flattened.
                    let value = nodes[resolve(children[pair + 1].index)]
                    if value.kind == .sequence {
                        let items = Int(value.childStart)..<Int(value.childStart + value.childCount)
                        for item in children[items] { work.append((item.index, .flattened)) }
                    } else {
                        work.append((children[pair + 1].index, .flattened))
                    }
                }
            case .mapping where use == .pairItem && end - start == 2:
                work.append((children[start].index, .constructed))
                work.append((children[start + 1].index, .constructed))
            default:
                break
            }
        }
        for item in deferred where uses[item.node].contains(item.use) {
            errors.append(item.error)
        }
        deferred = []
        // Keep the document's errors in source order.
        let documentErrors = errors[documentErrorsStart...].enumerated().sorted {
            ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
        }
        errors.replaceSubrange(documentErrorsStart..., with: documentErrors.map(\.element))
    }
}

extension YAMLError {
    fileprivate static func noConstructor(for uri: String, at range: SourceRange) -> Self {
        YAMLError(.unknownTag, "could not determine a constructor for the tag '\(uri)'", at: range)
    }

    fileprivate static func tag(_ tag: YAMLTag, needs: String, found kind: String, at range: SourceRange) -> Self {
        YAMLError(.invalidValue, "\(tag) needs \(needs), but found a \(kind)", at: range)
    }

    fileprivate static func indicatorAsValue(isMerge: Bool, text: String, at range: SourceRange) -> Self {
        let what = isMerge ? "a merge key (<<)" : "a plain '='"
        return YAMLError(
            .invalidValue, "\(what) is not a value; cloud-init's YAML loader refuses the file (quote it: '\(text)')",
            at: range)
    }
}
