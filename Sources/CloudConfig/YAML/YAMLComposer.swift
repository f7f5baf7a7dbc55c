/// Builds documents from libyaml's events without recursion, enforcing the limits as events
/// arrive, and derives what PyYAML's composer and SafeConstructor derive: tags, scalar values,
/// alias targets, merged mappings and the errors Python would raise.
struct YAMLComposer {
    private let source: SourceFile
    private let limits: YAMLLimits
    private let aliasBudget: Int
    private var marks: MarkConverter

    private(set) var documents: [YAMLDocument] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Byte ranges of scalar content, in order, where a `#` does not start a comment.
    private(set) var scalarSpans: [Range<Int>] = []

    // The document being built.
    private var nodes: [YAMLNode] = []
    private var children: [YAMLNodeID] = []
    private var pending: [YAMLNodeID] = []
    private var open: [OpenCollection] = []
    private var anchors: [String: Int] = [:]
    private var isComplete: [Bool] = []
    private var subtreeSize: [Int] = []
    private var subtreeDepth: [Int] = []
    private var duplicateKeys: [YAMLDuplicateKey] = []
    private var effectiveEntries: [Int: [YAMLPair]] = [:]
    private var mergeKeys: [Int: [YAMLNodeID]] = [:]
    private var documentStart = SourceLocation(line: 1, column: 1, offset: 0)
    private var documentExplicit = false
    private var aliasExpansion = 0

    private struct OpenCollection {
        var id: Int
        var kind: YAMLNode.Kind
        var pendingStart: Int
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var style: YAMLCollectionStyle
    }

    /// Thrown internally to stop at a limit.
    private struct Stop: Error {}

    init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
        self.aliasBudget = limits.aliasBudget(inputBytes: source.bytes.count)
        self.marks = MarkConverter(source: source)
    }

    /// Reads every event of the source and builds its documents.
    mutating func compose() {
        var reader = YAMLEventReader(bytes: source.bytes[source.byteOrderMarkLength...])
        do {
            while let event = try reader.next() {
                try handle(event)
            }
        } catch let error as YAMLSyntaxError {
            report(error)
        } catch {
            // A limit was reached; its diagnostic is already recorded.
        }
    }

    // MARK: - Events

    private mutating func handle(_ event: YAMLEvent) throws {
        switch event.kind {
        case .streamStart, .streamEnd:
            break
        case .documentStart(let implicit):
            startDocument(at: marks.location(event.start), explicit: !implicit)
        case .documentEnd:
            finishDocument(end: marks.location(event.end))
        case .scalar:
            addScalar(event)
        case .alias:
            try addAlias(event)
        case .sequenceStart, .mappingStart:
            try startCollection(event)
        case .sequenceEnd, .mappingEnd:
            try endCollection(event)
        }
    }

    private mutating func startDocument(at location: SourceLocation, explicit: Bool) {
        nodes = []
        children = []
        pending = []
        open = []
        anchors = [:]
        isComplete = []
        subtreeSize = []
        subtreeDepth = []
        duplicateKeys = []
        effectiveEntries = [:]
        mergeKeys = [:]
        documentStart = location
        documentExplicit = explicit
    }

    private mutating func finishDocument(end: SourceLocation) {
        if !nodes.isEmpty { checkValueUse(YAMLNodeID(0)) }
        let document = YAMLDocument(
            nodes: nodes, children: children, root: nodes.isEmpty ? nil : YAMLNodeID(0),
            range: SourceRange(start: documentStart, end: max(end, documentStart)),
            hasExplicitStart: documentExplicit, duplicateKeys: duplicateKeys,
            effectiveEntries: effectiveEntries, mergeKeys: mergeKeys)
        documents.append(document)
    }

    // MARK: - Nodes

    /// Appends a finished node and makes it a child of the innermost open collection.
    private mutating func append(_ node: YAMLNode, size: Int, depth: Int) -> Int {
        let id = nodes.count
        nodes.append(node)
        isComplete.append(true)
        subtreeSize.append(size)
        subtreeDepth.append(depth)
        pending.append(YAMLNodeID(id))
        return id
    }

    private mutating func register(anchor: String?, for id: Int, at range: SourceRange) {
        guard let anchor else { return }
        if let first = anchors[anchor] {
            diagnostics.append(
                Diagnostic(
                    "duplicate-anchor", .error,
                    "anchor '&\(anchor)' is defined twice; cloud-init's YAML loader refuses the file",
                    at: range, notes: [Note("first defined here", at: nodes[first].range)]))
        }
        anchors[anchor] = id
    }

    private mutating func addScalar(_ event: YAMLEvent) {
        let start = marks.location(event.start)
        var end = marks.location(event.end)
        let isBlock = event.scalarStyle == .literal || event.scalarStyle == .folded
        if isBlock {
            // libyaml ends a block scalar at the start of the next line; end it on its last line.
            if end.column == 1, end.line > start.line {
                end = source.location(atOffset: source.contentEnd(ofLine: end.line - 1))
            }
            let contentStart =
                start.line < source.lineStarts.count ? source.lineStarts[start.line] : end.offset
            if contentStart < end.offset { scalarSpans.append(contentStart..<end.offset) }
        } else if start.offset < end.offset {
            scalarSpans.append(start.offset..<end.offset)
        }
        let tag: YAMLTag
        if event.tag == nil || event.tag == "!" {
            // PyYAML resolves a `!`-tagged scalar implicitly even when it is quoted.
            tag = event.plainImplicit || event.tag == "!" ? YAMLResolver.implicitTag(event.value) : .str
        } else {
            tag = YAMLTag(uri: event.tag ?? "")
        }
        let range = SourceRange(start: start, end: end)
        var value: YAMLScalar?
        switch YAMLScalarConstructor.construct(tag, event.value) {
        case .success(let constructed):
            value = constructed
        case .failure where tag == .merge || tag == .value:
            // Valid as mapping keys only; checked where the node is used.
            break
        case .failure(let failure):
            if case .other = tag {
                diagnostics.append(Diagnostic("unknown-tag", .error, failure.message, at: range))
            } else {
                diagnostics.append(Diagnostic("invalid-value", .error, failure.message, at: range))
            }
        }
        let node = YAMLNode(
            kind: .scalar, text: event.value, scalarStyle: event.scalarStyle,
            collectionStyle: .block, tag: tag, value: value,
            start: PackedLocation(start), end: PackedLocation(end),
            properties: Self.properties(tag: event.tag, anchor: event.anchor),
            childStart: 0, childCount: 0)
        let id = append(node, size: 1, depth: 0)
        register(anchor: event.anchor, for: id, at: range)
    }

    private mutating func addAlias(_ event: YAMLEvent) throws {
        let range = SourceRange(start: marks.location(event.start), end: marks.location(event.end))
        let name = event.anchor ?? ""
        var target: Int?
        if let anchored = anchors[name] {
            if isComplete[anchored] {
                target = anchored
            } else {
                diagnostics.append(
                    Diagnostic(
                        "recursive-alias", .error,
                        "alias '*\(name)' refers to a collection that contains it; cloud-init cannot "
                            + "validate or use a recursive structure",
                        at: range, notes: [Note("anchor defined here", at: nodes[anchored].range)]))
            }
        } else {
            diagnostics.append(
                Diagnostic(
                    "undefined-alias", .error,
                    "alias '*\(name)' refers to no anchor defined before it; cloud-init's YAML loader "
                        + "refuses the file", at: range))
        }
        var size = 1
        var depth = 0
        if let target {
            size = subtreeSize[target]
            depth = subtreeDepth[target]
            aliasExpansion += size
            if aliasExpansion > aliasBudget {
                diagnostics.append(
                    Diagnostic(
                        "alias-expansion-limit", .error,
                        "aliases expand to more than \(aliasBudget) nodes; refusing the input as an "
                            + "alias bomb", at: range))
                throw Stop()
            }
        }
        let node = YAMLNode(
            kind: .alias, text: name, scalarStyle: .plain, collectionStyle: .block,
            tag: target.map { nodes[$0].tag } ?? .null, value: target.flatMap { nodes[$0].value },
            start: PackedLocation(range.start), end: PackedLocation(range.end), properties: nil,
            childStart: Int32(target ?? 0), childCount: target == nil ? 0 : 1)
        _ = append(node, size: size, depth: depth)
    }

    private mutating func startCollection(_ event: YAMLEvent) throws {
        let start = marks.location(event.start)
        if open.count >= limits.maxDepth {
            diagnostics.append(
                Diagnostic(
                    "nesting-too-deep", .error,
                    "collections nest deeper than \(limits.maxDepth) levels; cloud-init's YAML loader "
                        + "gives up near 490", at: SourceRange(at: start)))
            throw Stop()
        }
        let id = nodes.count
        let kind: YAMLNode.Kind = event.kind == .sequenceStart ? .sequence : .mapping
        // A placeholder until the end event; aliases inside may refer to it by anchor.
        nodes.append(
            YAMLNode(
                kind: kind, text: "", scalarStyle: .plain, collectionStyle: event.collectionStyle,
                tag: kind == .sequence ? .seq : .map, value: nil, start: PackedLocation(start),
                end: PackedLocation(start), properties: nil, childStart: 0, childCount: 0))
        isComplete.append(false)
        subtreeSize.append(1)
        subtreeDepth.append(1)
        open.append(
            OpenCollection(
                id: id, kind: kind, pendingStart: pending.count, start: start, tag: event.tag,
                anchor: event.anchor, style: event.collectionStyle))
        register(anchor: event.anchor, for: id, at: SourceRange(at: start))
    }

    private mutating func endCollection(_ event: YAMLEvent) throws {
        guard let collection = open.popLast() else { return }
        let childIDs = pending[collection.pendingStart...]
        var end = marks.location(event.end)
        if collection.style == .block {
            end = childIDs.last.map { nodes[$0.index].range.end } ?? collection.start
        }
        let range = SourceRange(start: collection.start, end: max(end, collection.start))
        var size = 1
        var depth = 0
        for child in childIDs {
            size = size &+ subtreeSize[child.index]
            depth = max(depth, subtreeDepth[child.index])
        }
        depth += 1
        let childStart = children.count
        children.append(contentsOf: childIDs)
        pending.removeSubrange(collection.pendingStart...)
        let tag = collectionTag(collection, range: range)
        if collection.kind == .sequence {
            for child in childIDs { checkValueUse(child) }
        } else {
            for (offset, child) in childIDs.enumerated() {
                if offset % 2 == 1 {
                    checkValueUse(child)
                } else if nodes[child.index].kind == .scalar, nodes[child.index].tag == .value {
                    // PyYAML turns a `=` key into the string key '='.
                    nodes[child.index].value = .string(nodes[child.index].text)
                }
            }
        }
        nodes[collection.id] = YAMLNode(
            kind: collection.kind, text: "", scalarStyle: .plain,
            collectionStyle: collection.style, tag: tag, value: nil,
            start: PackedLocation(range.start), end: PackedLocation(range.end),
            properties: Self.properties(tag: collection.tag, anchor: collection.anchor),
            childStart: Int32(childStart), childCount: Int32(childIDs.count))
        isComplete[collection.id] = true
        subtreeSize[collection.id] = size
        subtreeDepth[collection.id] = depth
        pending.append(YAMLNodeID(collection.id))
        if depth > limits.maxDepth {
            diagnostics.append(
                Diagnostic(
                    "nesting-too-deep", .error,
                    "aliases nest collections deeper than \(limits.maxDepth) levels", at: range))
            throw Stop()
        }
        if collection.kind == .mapping { try finishMapping(collection.id, range: range) }
        if tag == .omap || tag == .pairs { checkPairs(collection.id, tag: tag) }
    }

    /// The tag a collection constructs as, reporting tags SafeLoader cannot use on it.
    private mutating func collectionTag(_ collection: OpenCollection, range: SourceRange) -> YAMLTag {
        let isSequence = collection.kind == .sequence
        let fallback: YAMLTag = isSequence ? .seq : .map
        guard let uri = collection.tag, uri != "!" else { return fallback }
        let tag = YAMLTag(uri: uri)
        let kindName = isSequence ? "sequence" : "mapping"
        switch tag {
        case .seq where isSequence, .omap where isSequence, .pairs where isSequence:
            return tag
        case .map where !isSequence, .set where !isSequence:
            return tag
        case .other:
            diagnostics.append(
                Diagnostic(
                    "unknown-tag", .error, "could not determine a constructor for the tag '\(uri)'",
                    at: range))
        case .seq, .omap, .pairs:
            diagnostics.append(
                Diagnostic("invalid-value", .error, "\(tag) needs a sequence, but found a \(kindName)", at: range))
        case .map, .set:
            diagnostics.append(
                Diagnostic("invalid-value", .error, "\(tag) needs a mapping, but found a \(kindName)", at: range))
        default:
            diagnostics.append(
                Diagnostic("invalid-value", .error, "\(tag) needs a scalar, but found a \(kindName)", at: range))
        }
        return fallback
    }

    /// Checks that every item of an `!!omap` or `!!pairs` sequence is a one-entry mapping.
    private mutating func checkPairs(_ id: Int, tag: YAMLTag) {
        let node = nodes[id]
        for offset in 0..<Int(node.childCount) {
            let item = children[Int(node.childStart) + offset]
            let resolved = resolve(item.index)
            let itemNode = nodes[resolved]
            if itemNode.kind != .mapping {
                diagnostics.append(
                    Diagnostic(
                        "invalid-value", .error, "\(tag) items must be mappings of one entry",
                        at: nodes[item.index].range))
            } else if itemNode.childCount != 2 {
                diagnostics.append(
                    Diagnostic(
                        "invalid-value", .error,
                        "\(tag) items must be mappings of one entry, but this one has \(itemNode.childCount / 2)",
                        at: nodes[item.index].range))
            }
        }
    }

    /// Reports a `<<` or `=` scalar used where a value is constructed, which SafeLoader refuses.
    private mutating func checkValueUse(_ id: YAMLNodeID) {
        let node = nodes[resolve(id.index)]
        guard node.kind == .scalar, node.tag == .merge || node.tag == .value else { return }
        let what = node.tag == .merge ? "a merge key (<<)" : "a plain '='"
        diagnostics.append(
            Diagnostic(
                "invalid-value", .error,
                "\(what) is not a value; cloud-init's YAML loader refuses the file (quote it: '\(node.text)')",
                at: nodes[id.index].range))
    }

    private func resolve(_ index: Int) -> Int {
        let node = nodes[index]
        if node.kind == .alias, node.childCount == 1 { return Int(node.childStart) }
        return index
    }

    // MARK: - Mappings

    /// Applies merge keys, finds duplicate keys and unhashable keys, and records the entries
    /// PyYAML's `dict` would hold when they differ from the pairs as written.
    private mutating func finishMapping(_ id: Int, range: SourceRange) throws {
        let node = nodes[id]
        let start = Int(node.childStart)
        let count = Int(node.childCount) / 2
        guard count > 0 else { return }
        var merged: [YAMLPair] = []
        var explicit: [YAMLPair] = []
        explicit.reserveCapacity(count)
        var merges: [YAMLNodeID] = []
        for index in 0..<count {
            let pair = YAMLPair(key: children[start + 2 * index], value: children[start + 2 * index + 1])
            let key = nodes[resolve(pair.key.index)]
            if key.kind == .scalar, key.tag == .merge {
                merges.append(pair.key)
                merged.append(contentsOf: mergeSources(pair))
                continue
            }
            if key.kind == .sequence || key.kind == .mapping {
                diagnostics.append(
                    Diagnostic(
                        "unhashable-key", .error,
                        "a \(key.kind == .sequence ? "sequence" : "mapping") cannot be a mapping key; "
                            + "cloud-init's YAML loader refuses the file", at: nodes[pair.key.index].range))
            }
            explicit.append(pair)
        }
        if !merges.isEmpty { mergeKeys[id] = merges }
        let all = merged + explicit
        var positions: [PythonKey: Int] = [:]
        positions.reserveCapacity(all.count)
        var result: [YAMLPair] = []
        result.reserveCapacity(all.count)
        var firstExplicit: [PythonKey: YAMLNodeID] = [:]
        var changed = !merges.isEmpty
        for (index, pair) in all.enumerated() {
            let key = pythonKey(pair.key.index)
            if let position = positions[key] {
                result[position] = YAMLPair(key: result[position].key, value: pair.value)
                changed = true
            } else {
                positions[key] = result.count
                result.append(pair)
            }
            if index >= merged.count {
                if let first = firstExplicit[key] {
                    duplicateKeys.append(YAMLDuplicateKey(mapping: YAMLNodeID(id), first: first, duplicate: pair.key))
                } else {
                    firstExplicit[key] = pair.key
                }
            }
        }
        if changed {
            aliasExpansion += merged.count
            if aliasExpansion > aliasBudget {
                diagnostics.append(
                    Diagnostic(
                        "alias-expansion-limit", .error,
                        "merge keys expand to more than \(aliasBudget) entries; refusing the input as an "
                            + "alias bomb", at: range))
                throw Stop()
            }
            effectiveEntries[id] = result
        }
    }

    /// The entries a `<<` key brings in, in PyYAML's order: for a list of mappings, later
    /// mappings first, so that earlier ones win.
    private mutating func mergeSources(_ pair: YAMLPair) -> [YAMLPair] {
        let value = resolve(pair.value.index)
        let valueNode = nodes[value]
        switch valueNode.kind {
        case .mapping where isComplete[value]:
            return entries(of: value)
        case .sequence where isComplete[value]:
            var sources: [[YAMLPair]] = []
            for offset in 0..<Int(valueNode.childCount) {
                let item = children[Int(valueNode.childStart) + offset]
                let mapping = resolve(item.index)
                guard nodes[mapping].kind == .mapping, isComplete[mapping] else {
                    diagnostics.append(
                        Diagnostic(
                            "invalid-merge", .error,
                            "a merge key (<<) list may hold only mappings; cloud-init's YAML loader "
                                + "refuses the file", at: nodes[item.index].range))
                    continue
                }
                sources.append(entries(of: mapping))
            }
            return sources.reversed().flatMap { $0 }
        default:
            diagnostics.append(
                Diagnostic(
                    "invalid-merge", .error,
                    "a merge key (<<) needs a mapping or a list of mappings; cloud-init's YAML loader "
                        + "refuses the file", at: nodes[pair.value.index].range))
            return []
        }
    }

    private func entries(of mapping: Int) -> [YAMLPair] {
        if let entries = effectiveEntries[mapping] { return entries }
        let node = nodes[mapping]
        let start = Int(node.childStart)
        return stride(from: start, to: start + Int(node.childCount), by: 2).map {
            YAMLPair(key: children[$0], value: children[$0 + 1])
        }
    }

    private func pythonKey(_ index: Int) -> PythonKey {
        let resolved = resolve(index)
        guard let value = nodes[resolved].value else { return .identity(resolved) }
        return PythonKey(value, node: resolved)
    }

    // MARK: - Errors

    private mutating func report(_ error: YAMLSyntaxError) {
        let location: SourceLocation
        if error.mark.line < 0 {
            location = source.location(atOffset: source.byteOrderMarkLength + error.mark.index)
        } else {
            location = marks.location(error.mark)
        }
        var message = error.problem
        var notes: [Note] = []
        if let context = error.context {
            message += " (\(context))"
            if let contextMark = error.contextMark {
                let contextLocation = marks.location(contextMark)
                if contextLocation != location {
                    notes.append(
                        Note(
                            context.replacingPrefix("while parsing", with: "started") + " here",
                            at: SourceRange(at: contextLocation)))
                }
            }
        }
        diagnostics.append(Diagnostic("yaml-syntax", .error, message, at: SourceRange(at: location), notes: notes))
    }

    private static func properties(tag: String?, anchor: String?) -> YAMLNode.Properties? {
        tag == nil && anchor == nil ? nil : YAMLNode.Properties(explicitTag: tag, anchor: anchor)
    }
}

extension String {
    /// The string with a leading prefix replaced, or unchanged when it does not start with it.
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
