#if canImport(Glibc)
    import Glibc
#endif

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
    /// Byte ranges, in order, where PyYAML's scanner accepts a tab: inside quotes and in the
    /// lines of block scalars.
    private(set) var tabSpans: [Range<Int>] = []
    /// The byte offset at which reading stopped early (a syntax error or a limit), if it did;
    /// the text after it was never scanned.
    private(set) var stopOffset: Int?

    // The document being built.
    private var nodes: [YAMLNode] = []
    private var children: [YAMLNodeID] = []
    private var pending: [YAMLNodeID] = []
    private var open: [OpenCollection] = []
    private var anchors: [String: Int] = [:]
    /// The size and depth, aliases expanded, of the subtrees aliases refer to.
    private var measured: [Int: Measure] = [:]
    private var duplicateKeys: [YAMLDuplicateKey] = []
    private var effectiveEntries: [Int: [YAMLPair]] = [:]
    private var mergeKeys: [Int: [YAMLNodeID]] = [:]
    private var documentStart = SourceLocation(line: 1, column: 1, offset: 0)
    private var documentExplicit = false
    private var documentDiagnosticsStart = 0
    /// How many scalars of the document resolve to `<<` or `=`; the checks for them are skipped
    /// while there are none.
    private var valueIndicators = 0
    /// How many of the open collections are flow collections.
    private var flowDepth = 0
    private var aliasExpansion = 0
    /// Errors PyYAML raises only when it constructs a node a certain way; see ``Deferred``.
    private var deferred: [Deferred] = []

    /// A subtree's node count and nesting depth with its aliases expanded.
    private struct Measure {
        var size: Int
        var depth: Int
    }

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

    /// An error PyYAML raises only if a collection is used a certain way. PyYAML never constructs
    /// the mapping or list given to a merge key (`<<: !!foo {a: 1}` is fine: only its entries
    /// are used), nor the one-entry mappings of an `!!omap` or `!!pairs` (whose keys are not
    /// hashed), so errors about those nodes depend on how the document uses them.
    private struct Deferred {
        var node: Int
        var use: Use
        var diagnostic: Diagnostic
    }

    /// How PyYAML's constructor uses a collection.
    private struct Use: OptionSet {
        let rawValue: UInt8
        /// Constructed as a value according to its tag.
        static let constructed = Use(rawValue: 1)
        /// A mapping whose entries are put in a Python `dict` (constructed, or merged into one).
        static let flattened = Use(rawValue: 2)
        /// A one-entry mapping read as an item of an `!!omap` or `!!pairs`.
        static let pairItem = Use(rawValue: 4)
    }

    /// Whether to record the span of every scalar, not only of those with a `#` (needed to
    /// place byte order marks); and whether to record where tabs are allowed.
    private let recordsAllSpans: Bool
    private let recordsTabSpans: Bool

    /// Creates a composer.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - limits: Bounds on nesting and alias expansion.
    ///   - hasTabs: Whether the input has a tab, so the spans where PyYAML allows one are needed.
    ///   - hasInnerByteOrderMarks: Whether the input has a U+FEFF after its start.
    init(source: SourceFile, limits: YAMLLimits, hasTabs: Bool = true, hasInnerByteOrderMarks: Bool = true) {
        self.source = source
        self.limits = limits
        self.recordsAllSpans = hasInnerByteOrderMarks
        self.recordsTabSpans = hasTabs
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
            if stopOffset == nil { stopOffset = diagnostics.last?.range.start.offset ?? 0 }
        }
    }

    // MARK: - Events

    private mutating func handle(_ event: borrowing YAMLEvent) throws {
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
        // Room for the nodes the rest of the input can hold (about one per 12 bytes in typical
        // cloud-config), so that large inputs do not copy the arrays as they grow.
        let estimate = min(max(16, (source.bytes.count - location.offset) / 12), 1 << 24)
        nodes = []
        nodes.reserveCapacity(estimate)
        Self.adviseHugePages(&nodes)
        children = []
        children.reserveCapacity(estimate)
        Self.adviseHugePages(&children)
        pending = []
        open = []
        anchors = [:]
        measured = [:]
        duplicateKeys = []
        effectiveEntries = [:]
        mergeKeys = [:]
        deferred = []
        valueIndicators = 0
        flowDepth = 0
        documentStart = location
        documentExplicit = explicit
        documentDiagnosticsStart = diagnostics.count
    }

    private mutating func finishDocument(end: SourceLocation) {
        if !nodes.isEmpty, valueIndicators > 0 { checkValueUse(YAMLNodeID(0)) }
        if !deferred.isEmpty, !nodes.isEmpty {
            reportDeferred()
        }
        let document = YAMLDocument(
            nodes: nodes, children: children, root: nodes.isEmpty ? nil : YAMLNodeID(0),
            range: SourceRange(start: documentStart, end: max(end, documentStart)),
            hasExplicitStart: documentExplicit, duplicateKeys: duplicateKeys,
            effectiveEntries: effectiveEntries, mergeKeys: mergeKeys)
        documents.append(document)
    }

    /// Whether a string's UTF-8 has a byte, without iterating the string view byte by byte.
    private static func contains(_ byte: UInt8, in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ $0.contains(byte) }) { return found }
        return text.utf8.contains(byte)
    }

    /// Asks the kernel to back a large array's reserved storage with huge pages: for a large
    /// input, faulting in the node array 4 KiB at a time costs as much as reading half the
    /// events. Only a hint; nothing changes if the kernel declines.
    private static func adviseHugePages<Element>(_ array: inout [Element]) {
        #if canImport(Glibc)
            let hugePage = 2 << 20
            let bytes = array.capacity * MemoryLayout<Element>.stride
            guard bytes >= 4 * hugePage else { return }
            array.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
                let end = (Int(bitPattern: base) + bytes) & ~(hugePage - 1)
                guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
                _ = madvise(pointer, end - start, MADV_HUGEPAGE)
            }
        #endif
    }

    // MARK: - Nodes

    /// Appends a finished node and makes it a child of the innermost open collection.
    private mutating func append(_ node: consuming YAMLNode) -> Int {
        let id = nodes.count
        nodes.append(node)
        pending.append(YAMLNodeID(id))
        return id
    }

    /// The size and depth of a complete node's subtree with aliases expanded, computed when an
    /// alias first refers to it (with an explicit stack, and remembered).
    private mutating func measure(_ root: Int) -> Measure {
        if let known = measured[root] { return known }
        var stack = [root]
        while let id = stack.last {
            if measured[id] != nil {
                stack.removeLast()
                continue
            }
            switch nodes[id].kind {
            case .scalar:
                measured[id] = Measure(size: 1, depth: 0)
                stack.removeLast()
            case .alias:
                guard nodes[id].childCount == 1 else {
                    measured[id] = Measure(size: 1, depth: 0)
                    stack.removeLast()
                    continue
                }
                let target = Int(nodes[id].childStart)
                if let known = measured[target] {
                    measured[id] = known
                    stack.removeLast()
                } else {
                    stack.append(target)
                }
            case .sequence, .mapping:
                let first = Int(nodes[id].childStart)
                let range = first..<(first + Int(nodes[id].childCount))
                let missing = children[range].filter { measured[$0.index] == nil }
                if !missing.isEmpty {
                    stack.append(contentsOf: missing.map(\.index))
                    continue
                }
                var total = Measure(size: 1, depth: 0)
                for child in children[range] {
                    let known = measured[child.index] ?? Measure(size: 1, depth: 0)
                    total.size = total.size &+ known.size
                    total.depth = max(total.depth, known.depth)
                }
                total.depth += 1
                measured[id] = total
                stack.removeLast()
            }
        }
        return measured[root] ?? Measure(size: 1, depth: 0)
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

    private mutating func addScalar(_ event: borrowing YAMLEvent) {
        let start = marks.location(event.start)
        var end = marks.location(event.end)
        let isBlock = event.scalarStyle == .literal || event.scalarStyle == .folded
        if isBlock {
            // libyaml ends a block scalar at the start of the next line; end it on its last line.
            if end.column == 1, end.line > start.line {
                end = source.location(atOffset: source.contentEnd(ofLine: end.line - 1), onLine: end.line - 1)
            }
            let indicator = contentOffset(from: start.offset, before: end.offset)
            checkBlockScalarHeader(at: indicator)
            let indicatorLine =
                start.line < source.lineStarts.count && source.lineStarts[start.line] <= indicator
                ? source.lineIndex(containing: indicator) : start.line - 1
            let contentStart =
                indicatorLine + 1 < source.lineStarts.count ? source.lineStarts[indicatorLine + 1] : end.offset
            if contentStart < end.offset {
                if recordsAllSpans || Self.contains(UInt8(ascii: "#"), in: event.value) {
                    scalarSpans.append(contentStart..<end.offset)
                }
                if recordsTabSpans { tabSpans.append(contentStart..<end.offset) }
            }
        } else if start.offset < end.offset {
            // A `#` in a scalar's text is in its value too; only those spans hide comments.
            if recordsAllSpans || Self.contains(UInt8(ascii: "#"), in: event.value) {
                scalarSpans.append(start.offset..<end.offset)
            }
            if recordsTabSpans, event.scalarStyle != .plain {
                tabSpans.append(contentOffset(from: start.offset, before: end.offset)..<end.offset)
            }
        }
        if event.scalarStyle == .plain, flowDepth > 0, Self.contains(UInt8(ascii: "?"), in: event.value) {
            reportQuestionMarkInFlowScalar(event.value, start: start, end: end)
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
        switch tag == .str ? .success(.string(event.value)) : YAMLScalarConstructor.construct(tag, event.value) {
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
        if tag == .merge || tag == .value { valueIndicators += 1 }
        let node = YAMLNode(
            kind: .scalar, text: event.value, scalarStyle: event.scalarStyle,
            collectionStyle: .block, tag: tag, value: value,
            start: PackedLocation(start), end: PackedLocation(end),
            properties: Self.properties(tag: event.tag, anchor: event.anchor),
            childStart: 0, childCount: 0, valueIsText: tag == .str || tag == .pythonUnicode)
        let id = append(node)
        register(anchor: event.anchor, for: id, at: range)
    }

    private mutating func addAlias(_ event: borrowing YAMLEvent) throws {
        let range = SourceRange(start: marks.location(event.start), end: marks.location(event.end))
        let name = event.anchor ?? ""
        var target: Int?
        if let anchored = anchors[name] {
            if !open.contains(where: { $0.id == anchored }) {
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
        if let target {
            let expanded = measure(target)
            aliasExpansion += expanded.size
            if aliasExpansion > aliasBudget {
                diagnostics.append(
                    Diagnostic(
                        "alias-expansion-limit", .error,
                        "aliases expand to more than \(aliasBudget) nodes; refusing the input as an "
                            + "alias bomb", at: range))
                throw Stop()
            }
            if open.count + expanded.depth > limits.depthLimit {
                diagnostics.append(
                    Diagnostic(
                        "nesting-too-deep", .error,
                        "aliases nest collections deeper than \(limits.depthLimit) levels", at: range))
                throw Stop()
            }
        }
        let node = YAMLNode(
            kind: .alias, text: name, scalarStyle: .plain, collectionStyle: .block,
            tag: target.map { nodes[$0].tag } ?? .null, value: target.flatMap { nodes[$0].value },
            start: PackedLocation(range.start), end: PackedLocation(range.end), properties: nil,
            childStart: Int32(target ?? 0), childCount: target == nil ? 0 : 1)
        _ = append(node)
    }

    private mutating func startCollection(_ event: borrowing YAMLEvent) throws {
        let start = marks.location(event.start)
        if open.count >= limits.depthLimit {
            diagnostics.append(
                Diagnostic(
                    "nesting-too-deep", .error,
                    "collections nest deeper than \(limits.depthLimit) levels; cloud-init's YAML loader "
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
        if event.collectionStyle == .flow { flowDepth += 1 }
        open.append(
            OpenCollection(
                id: id, kind: kind, pendingStart: pending.count, start: start, tag: event.tag,
                anchor: event.anchor, style: event.collectionStyle))
        register(anchor: event.anchor, for: id, at: SourceRange(at: start))
    }

    private mutating func endCollection(_ event: borrowing YAMLEvent) throws {
        guard let collection = open.popLast() else { return }
        if collection.style == .flow { flowDepth -= 1 }
        // Move the children out of `pending` first: a slice of it kept alive across the removal
        // would copy the whole array (the root's children) at every collection end.
        let childStart = children.count
        children.append(contentsOf: pending[collection.pendingStart...])
        pending.removeLast(pending.count - collection.pendingStart)
        let childEnd = children.count
        var end = marks.location(event.end)
        if collection.style == .block {
            end = childEnd > childStart ? nodes[children[childEnd - 1].index].range.end : collection.start
        }
        let range = SourceRange(start: collection.start, end: max(end, collection.start))
        let tag = collectionTag(collection, range: range)
        if valueIndicators > 0 {
            for position in childStart..<childEnd {
                let child = children[position]
                if collection.kind == .sequence || (position - childStart) % 2 == 1 {
                    checkValueUse(child)
                } else if nodes[child.index].kind == .scalar, nodes[child.index].tag == .value {
                    // PyYAML turns a `=` key into the string key '='.
                    nodes[child.index].value = .string(nodes[child.index].text)
                }
            }
        }
        let childCount = childEnd - childStart
        var nodeTag = tag
        var scalarValue: YAMLScalar?
        if collection.kind == .mapping, let uri = collection.tag, Self.readsValueKey(YAMLTag(uri: uri)),
            let text = valueKeyText(start: childStart, count: childCount)
        {
            // `!!str {=: foo}` is 'foo' in PyYAML: the tag's constructor reads the `=` entry.
            let scalarTag = YAMLTag(uri: uri)
            deferred.removeAll { $0.node == collection.id && $0.use == .constructed }
            switch YAMLScalarConstructor.construct(scalarTag, text) {
            case .success(let constructed):
                nodeTag = scalarTag
                scalarValue = constructed
            case .failure(let failure):
                deferred.append(
                    Deferred(
                        node: collection.id, use: .constructed,
                        diagnostic: Diagnostic("invalid-value", .error, failure.message, at: range)))
            }
        }
        nodes[collection.id] = YAMLNode(
            kind: collection.kind, text: "", scalarStyle: .plain,
            collectionStyle: collection.style, tag: nodeTag, value: scalarValue,
            start: PackedLocation(range.start), end: PackedLocation(range.end),
            properties: Self.properties(tag: collection.tag, anchor: collection.anchor),
            childStart: Int32(childStart), childCount: Int32(childCount))
        pending.append(YAMLNodeID(collection.id))
        if collection.kind == .mapping { try finishMapping(collection.id, range: range) }
        if tag == .omap || tag == .pairs { checkPairs(collection.id, tag: tag) }
    }

    /// The tag a collection constructs as, deferring an error for a tag SafeLoader cannot use on
    /// it until the document shows that the collection is constructed.
    private mutating func collectionTag(_ collection: OpenCollection, range: SourceRange) -> YAMLTag {
        let isSequence = collection.kind == .sequence
        let fallback: YAMLTag = isSequence ? .seq : .map
        guard let uri = collection.tag, uri != "!" else { return fallback }
        let tag = YAMLTag(uri: uri)
        let kindName = isSequence ? "sequence" : "mapping"
        let diagnostic: Diagnostic
        switch tag {
        case .seq where isSequence, .omap where isSequence, .pairs where isSequence:
            return tag
        case .map where !isSequence, .set where !isSequence:
            return tag
        case .other:
            diagnostic = Diagnostic(
                "unknown-tag", .error, "could not determine a constructor for the tag '\(uri)'", at: range)
        case .seq, .omap, .pairs:
            diagnostic = Diagnostic(
                "invalid-value", .error, "\(tag) needs a sequence, but found a \(kindName)", at: range)
        case .map, .set:
            diagnostic = Diagnostic(
                "invalid-value", .error, "\(tag) needs a mapping, but found a \(kindName)", at: range)
        default:
            diagnostic = Diagnostic(
                "invalid-value", .error, "\(tag) needs a scalar, but found a \(kindName)", at: range)
        }
        deferred.append(Deferred(node: collection.id, use: .constructed, diagnostic: diagnostic))
        return fallback
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
    private mutating func checkPairs(_ id: Int, tag: YAMLTag) {
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
                    diagnostic: Diagnostic("invalid-value", .error, problem, at: nodes[item.index].range)))
        }
    }

    /// Reports a `<<` or `=` scalar used where a value is constructed, which SafeLoader refuses.
    private mutating func checkValueUse(_ id: YAMLNodeID) {
        let target = resolve(id.index)
        guard nodes[target].kind == .scalar, nodes[target].tag == .merge || nodes[target].tag == .value else { return }
        let node = nodes[target]
        let what = node.tag == .merge ? "a merge key (<<)" : "a plain '='"
        diagnostics.append(
            Diagnostic(
                "invalid-value", .error,
                "\(what) is not a value; cloud-init's YAML loader refuses the file (quote it: '\(node.text)')",
                at: nodes[id.index].range))
    }

    private func resolve(_ index: Int) -> Int {
        if nodes[index].kind == .alias, nodes[index].childCount == 1 { return Int(nodes[index].childStart) }
        return index
    }

    // MARK: - Mappings

    /// Applies merge keys, finds duplicate keys and unhashable keys, and records the entries
    /// PyYAML's `dict` would hold when they differ from the pairs as written.
    private mutating func finishMapping(_ id: Int, range: SourceRange) throws {
        let start = Int(nodes[id].childStart)
        let count = Int(nodes[id].childCount) / 2
        guard count > 0 else { return }
        if !needsFullMappingCheck(id, start: start, count: count) { return }
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
                deferred.append(
                    Deferred(
                        node: id, use: .flattened,
                        diagnostic: Diagnostic(
                            "unhashable-key", .error,
                            "a \(key.kind == .sequence ? "sequence" : "mapping") cannot be a mapping key; "
                                + "cloud-init's YAML loader refuses the file", at: nodes[pair.key.index].range)))
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

    /// The common case, quickly: whether a mapping has a merge key, a key that is a collection,
    /// or two equal keys, any of which needs the full check.
    private func needsFullMappingCheck(_ id: Int, start: Int, count: Int) -> Bool {
        if count <= 8, let answer = smallStringKeysDiffer(start: start, count: count) { return !answer }
        var keys: [PythonKey] = []
        keys.reserveCapacity(count)
        for index in 0..<count {
            let key = resolve(children[start + 2 * index].index)
            guard nodes[key].kind == .scalar, nodes[key].tag != .merge else { return true }
            keys.append(pythonKey(key))
        }
        if count <= 8 {
            for first in 0..<count {
                for second in (first + 1)..<count where keys[first] == keys[second] { return true }
            }
            return false
        }
        var seen = Set<PythonKey>(minimumCapacity: count)
        for key in keys where !seen.insert(key).inserted { return true }
        return false
    }

    /// For a small mapping whose keys are all strings written as such, whether the keys are
    /// all different; `nil` when some key is not a plain string.
    private func smallStringKeysDiffer(start: Int, count: Int) -> Bool? {
        for index in 0..<count {
            let key = children[start + 2 * index].index
            guard nodes[key].kind == .scalar, nodes[key].valueIsText else { return nil }
        }
        for first in 0..<count {
            let firstText = nodes[children[start + 2 * first].index].text
            for second in (first + 1)..<count {
                let secondText = nodes[children[start + 2 * second].index].text
                if firstText.utf8.count == secondText.utf8.count, firstText.utf8.elementsEqual(secondText.utf8) {
                    return false
                }
            }
        }
        return true
    }

    /// The entries a `<<` key brings in, in PyYAML's order: for a list of mappings, later
    /// mappings first, so that earlier ones win.
    private mutating func mergeSources(_ pair: YAMLPair) -> [YAMLPair] {
        let value = resolve(pair.value.index)
        let valueNode = nodes[value]
        switch valueNode.kind {
        case .mapping:
            return entries(of: value)
        case .sequence:
            var sources: [[YAMLPair]] = []
            for offset in 0..<Int(valueNode.childCount) {
                let item = children[Int(valueNode.childStart) + offset]
                let mapping = resolve(item.index)
                guard nodes[mapping].kind == .mapping else {
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
        return PythonKey(value, node: resolved, text: nodes[resolved].text)
    }

    // MARK: - Deferred errors

    /// Reports the deferred errors whose collection the document uses as they require, walking
    /// the document from its root as PyYAML's constructor does, each node once per use.
    private mutating func reportDeferred() {
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
            diagnostics.append(item.diagnostic)
        }
        deferred = []
        // Keep the document's errors in source order.
        let documentErrors = diagnostics[documentDiagnosticsStart...].enumerated().sorted {
            ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset)
        }
        diagnostics.replaceSubrange(documentDiagnosticsStart..., with: documentErrors.map(\.element))
    }

    // MARK: - What PyYAML's scanner refuses and libyaml accepts

    /// The offset of a node's content after its properties (`!tag`, `&anchor`) and the blanks,
    /// line breaks and comments that may follow them.
    private func contentOffset(from start: Int, before end: Int) -> Int {
        let bytes = source.bytes
        var index = start
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "!"), UInt8(ascii: "&"):
                if index + 1 < end, bytes[index] == UInt8(ascii: "!"), bytes[index + 1] == UInt8(ascii: "<") {
                    while index < end, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                } else {
                    while index < end, !Self.isBlankOrBreak(bytes[index]) { index += 1 }
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "#"):
                while index < end, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                    index += 1
                }
            default:
                return index
            }
        }
        return min(index, end)
    }

    private static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// PyYAML requires a space or a line break after a block scalar's `|` or `>` and its
    /// indicators; libyaml also accepts a `#` there (and a tab, which the tab check reports).
    private mutating func checkBlockScalarHeader(at indicator: Int) {
        let bytes = source.bytes
        guard indicator < bytes.count,
            bytes[indicator] == UInt8(ascii: "|") || bytes[indicator] == UInt8(ascii: ">")
        else { return }
        var index = indicator + 1
        while index < bytes.count, index <= indicator + 2,
            bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") || YAMLResolver.isDigit(bytes[index])
        {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { return }
        let location = source.location(atOffset: index)
        diagnostics.append(
            Diagnostic(
                "yaml-syntax", .error,
                "expected a space or a line break after the block scalar indicator, but found '#'; "
                    + "cloud-init's YAML loader refuses the file",
                at: SourceRange(start: location, end: source.location(atOffset: index + 1))))
    }

    /// PyYAML ends a plain scalar at a `?` inside `[...]` or `{...}` and then fails to parse
    /// the `?`; libyaml reads `a?b` as one scalar.
    private mutating func reportQuestionMarkInFlowScalar(_ text: String, start: SourceLocation, end: SourceLocation) {
        let bytes = source.bytes
        var index = contentOffset(from: start.offset, before: end.offset)
        while index < end.offset, bytes[index] != UInt8(ascii: "?") { index += 1 }
        let location = index < end.offset ? source.location(atOffset: index) : start
        diagnostics.append(
            Diagnostic(
                "yaml-syntax", .error,
                "'?' inside an unquoted scalar in brackets or braces; cloud-init's YAML loader ends the "
                    + "scalar there and refuses the file (quote it: \(PythonFormat.stringRepr(text)))",
                at: SourceRange(start: location, end: source.location(atOffset: min(index + 1, end.offset)))))
    }

    // MARK: - Errors

    private mutating func report(_ error: YAMLSyntaxError) {
        let location: SourceLocation
        if error.mark.line < 0 {
            location = source.location(atOffset: source.byteOrderMarkLength + error.mark.index)
        } else {
            location = marks.location(error.mark)
        }
        stopOffset = location.offset
        var message = error.problem
        var notes: [Note] = []
        if let context = error.context {
            message += " (\(context))"
            if let contextMark = error.contextMark {
                let contextLocation = marks.location(contextMark)
                if contextLocation != location {
                    let started = context.replacingPrefix("while parsing", with: "started")
                        .replacingPrefix("while scanning", with: "started")
                    notes.append(Note(started + " here", at: SourceRange(at: contextLocation)))
                }
            }
        }
        if let difference = Self.pyyamlAccepts(error) { notes.append(Note(difference)) }
        diagnostics.append(Diagnostic("yaml-syntax", .error, message, at: SourceRange(at: location), notes: notes))
    }

    /// For the errors of libyaml that PyYAML does not raise, what cloud-init's loader does
    /// instead; cloudcfg cannot read such input, so it says how the two differ.
    private static func pyyamlAccepts(_ error: YAMLSyntaxError) -> String? {
        switch error.problem {
        case "found incompatible YAML document":
            "cloud-init's YAML loader (PyYAML) accepts any %YAML 1.x directive; cloudcfg's parser "
                + "(libyaml) accepts only 1.1 and 1.2"
        case "found unknown directive name":
            "cloud-init's YAML loader (PyYAML) ignores directives other than %YAML and %TAG; cloudcfg's "
                + "parser (libyaml) refuses them"
        case "found invalid Unicode character escape code":
            "cloud-init's YAML loader (PyYAML) accepts an escaped surrogate (\\uD800 to \\uDFFF) and "
                + "builds text that is not valid Unicode; cloudcfg refuses it"
        case "found a tab character where an indentation space is expected"
        where error.context == "while scanning a block scalar":
            "cloud-init's YAML loader (PyYAML) reads a tab after the indentation of a block scalar's "
                + "first line as text; cloudcfg's parser (libyaml) refuses it"
        default:
            nil
        }
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
