#if canImport(Glibc)
    import Glibc
#endif

/// Builds documents from libyaml's events without recursion, enforcing the limits as events
/// arrive, and derives what PyYAML's composer and SafeConstructor derive: tags, scalar values,
/// alias targets, merged mappings and the errors Python would raise.
///
/// The work is split by concern:
///
/// - this file builds the tree: nodes, children, anchors and aliases, as events arrive;
/// - `YAMLComposer+Construction.swift` and `YAMLComposer+Mappings.swift` apply PyYAML's
///   construction: tags, scalar values, merge keys, duplicate and unhashable keys, and the
///   errors that depend on how a document uses a node;
/// - `YAMLComposer+Limits.swift` enforces the nesting and alias-expansion limits;
/// - `YAMLComposer+Spans.swift` records where scalars are in the bytes (for comments and
///   PyYAML's tab and byte order mark rules) and checks what PyYAML's scanner refuses there;
/// - `YAMLComposer+SyntaxErrors.swift` turns libyaml's errors into ``YAMLError``s.
struct YAMLComposer {
    let source: SourceFile
    let limits: YAMLLimits
    let aliasBudget: Int
    var marks: MarkConverter
    /// The input as every node refers to it.
    let input: NodeInput

    /// The documents completed so far.
    var documents: [YAMLDocument] = []
    /// The errors found so far, in source order within each document.
    var errors: [YAMLError] = []
    /// Byte ranges of scalar content, in order, where a `#` does not start a comment.
    var scalarSpans: [Range<Int>] = []
    /// Byte ranges, in order, where PyYAML's scanner accepts a tab: inside quotes and in the
    /// lines of block scalars.
    var tabSpans: [Range<Int>] = []
    /// The byte offset at which reading stopped early (a syntax error or a limit), if it did;
    /// the text after it was never scanned.
    var stopOffset: Int?

    /// Whether to record the span of every scalar, not only of those with a `#` (needed to
    /// place byte order marks); and whether to record where tabs are allowed.
    let recordsAllSpans: Bool
    let recordsTabSpans: Bool

    // The document being built.
    var nodes: [YAMLNode] = []
    var children: [YAMLNodeID] = []
    var pending: [YAMLNodeID] = []
    var open: [OpenCollection] = []
    var anchors: [String: Int] = [:]
    /// The size and depth, aliases expanded, of the subtrees aliases refer to.
    var measured: [Int: Measure] = [:]
    var duplicateKeys: [YAMLDuplicateKey] = []
    var effectiveEntries: [Int: [YAMLPair]] = [:]
    var mergeKeys: [Int: [YAMLNodeID]] = [:]
    var documentStart = SourceLocation(line: 1, column: 1, offset: 0)
    var documentExplicit = false
    var documentErrorsStart = 0
    /// How many scalars of the document resolve to `<<` or `=`; the checks for them are skipped
    /// while there are none.
    var valueIndicators = 0
    /// How many of the open collections are flow collections.
    var flowDepth = 0
    var aliasExpansion = 0
    /// Errors PyYAML raises only when it constructs a node a certain way; see ``Deferred``.
    var deferred: [Deferred] = []

    /// A collection whose end event has not arrived yet.
    struct OpenCollection {
        var id: Int
        var kind: YAMLNode.Kind
        var pendingStart: Int
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var style: YAMLCollectionStyle
    }

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
        self.input = NodeInput(source)
    }

    /// Reads every event of the source and builds its documents.
    mutating func compose() {
        // libyaml reads the source's bytes in place; the local copy of the array (a reference,
        // not the bytes) keeps them alive and unmoved while `self` changes.
        let bytes = source.bytes
        let start = source.byteOrderMarkLength
        bytes.withUnsafeBufferPointer { buffer in
            let input = UnsafeBufferPointer(rebasing: buffer[min(start, buffer.count)...])
            var reader = YAMLEventReader(bytes: input)
            do {
                while let event = try reader.next() {
                    try handle(event, reader: reader)
                }
            } catch let error as YAMLSyntaxError {
                report(error)
            } catch {
                // A limit was reached; its error is already recorded.
                if stopOffset == nil { stopOffset = errors.last?.range.start.offset ?? 0 }
            }
        }
    }

    // MARK: - Events

    private mutating func handle(_ event: YAMLEvent, reader: borrowing YAMLEventReader) throws {
        switch event.kind {
        case .streamStart, .streamEnd:
            break
        case .documentStart(let implicit):
            startDocument(at: marks.location(event.start), explicit: !implicit)
        case .documentEnd:
            finishDocument(end: marks.location(event.end))
        case .scalar:
            // The value's bytes stay libyaml's until the next event: most scalars are read
            // from the input, so no string is made for them.
            if reader.hasProperties {
                addScalar(event, value: reader.valueBytes, tag: reader.tag, anchor: reader.anchor)
            } else {
                addScalar(event, value: reader.valueBytes, tag: nil, anchor: nil)
            }
        case .alias:
            try addAlias(event, name: reader.anchor ?? "")
        case .sequenceStart, .mappingStart:
            if reader.hasProperties {
                try startCollection(event, tag: reader.tag, anchor: reader.anchor)
            } else {
                try startCollection(event, tag: nil, anchor: nil)
            }
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
        // The children of the open collections, and the open collections: small, but grown
        // from nothing at every document otherwise.
        pending = []
        pending.reserveCapacity(64)
        open = []
        open.reserveCapacity(16)
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
        documentErrorsStart = errors.count
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

    /// The node itself, or for an alias with a target the node it refers to.
    func resolve(_ index: Int) -> Int {
        if nodes[index].kind == .alias, nodes[index].childCount == 1 { return Int(nodes[index].childStart) }
        return index
    }

    private mutating func register(anchor: String?, for id: Int, at range: SourceRange) {
        guard let anchor else { return }
        if let first = anchors[anchor] {
            errors.append(.duplicateAnchor(anchor, at: range, first: nodes[first].range))
        }
        anchors[anchor] = id
    }

    private mutating func addScalar(
        _ event: YAMLEvent, value text: UnsafeBufferPointer<UInt8>, tag explicitTag: String?, anchor: String?
    ) {
        let start = marks.location(event.start)
        var end = marks.location(event.end)
        if event.scalarStyle == .literal || event.scalarStyle == .folded {
            // libyaml ends a block scalar at the start of the next line; end it on its last line.
            if end.column == 1, end.line > start.line {
                end = source.location(atOffset: source.contentEnd(ofLine: end.line - 1), onLine: end.line - 1)
            }
        }
        recordSpans(style: event.scalarStyle, value: text, start: start, end: end)
        let range = SourceRange(start: start, end: end)
        let (tag, value) = construct(
            tag: explicitTag, value: text, plainImplicit: event.plainImplicit, at: range)
        if explicitTag == nil, anchor == nil, case .str = tag,
            let node = YAMLNode(inputText: text, scalarStyle: event.scalarStyle, start: start, end: end, input: input)
        {
            _ = append(node)
            return
        }
        let id = append(
            YAMLNode(
                scalarText: text, scalarStyle: event.scalarStyle,
                tag: tag, value: value, start: start, end: end,
                properties: Self.properties(tag: explicitTag, anchor: anchor),
                valueIsText: tag == .str || tag == .pythonUnicode, input: input))
        register(anchor: anchor, for: id, at: range)
    }

    private mutating func addAlias(_ event: YAMLEvent, name: String) throws {
        let range = SourceRange(start: marks.location(event.start), end: marks.location(event.end))
        var target: Int?
        if let anchored = anchors[name] {
            if !open.contains(where: { $0.id == anchored }) {
                target = anchored
            } else {
                errors.append(.recursiveAlias(name, at: range, anchor: nodes[anchored].range))
            }
        } else {
            errors.append(.undefinedAlias(name, at: range))
        }
        if let target { try chargeAlias(to: target, at: range) }
        let node = YAMLNode(
            kind: .alias, text: name, scalarStyle: .plain, collectionStyle: .block,
            tag: target.map { nodes[$0].tag } ?? .null, value: target.flatMap { nodes[$0].value },
            start: range.start, end: range.end, properties: nil,
            childStart: Int32(target ?? 0), childCount: target == nil ? 0 : 1, input: input)
        _ = append(node)
    }

    private mutating func startCollection(_ event: YAMLEvent, tag: String?, anchor: String?) throws {
        let start = marks.location(event.start)
        try checkDepth(at: start)
        let id = nodes.count
        let kind: YAMLNode.Kind = event.kind == .sequenceStart ? .sequence : .mapping
        // A placeholder until the end event; aliases inside may refer to it by anchor.
        if let placeholder = YAMLNode(
            collection: kind, style: event.collectionStyle, start: start, end: start, childStart: 0, childCount: 0,
            input: input)
        {
            nodes.append(placeholder)
        } else {
            nodes.append(
                YAMLNode(
                    kind: kind, text: "", scalarStyle: .plain, collectionStyle: event.collectionStyle,
                    tag: kind == .sequence ? .seq : .map, value: nil, start: start,
                    end: start, properties: nil, childStart: 0, childCount: 0, input: input))
        }
        if event.collectionStyle == .flow { flowDepth += 1 }
        open.append(
            OpenCollection(
                id: id, kind: kind, pendingStart: pending.count, start: start, tag: tag,
                anchor: anchor, style: event.collectionStyle))
        register(anchor: anchor, for: id, at: SourceRange(at: start))
    }

    private mutating func endCollection(_ event: YAMLEvent) throws {
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
            end =
                childEnd > childStart
                ? nodes[children[childEnd - 1].index].end(fromLine: collection.start.line - 1)
                : collection.start
        }
        let range = SourceRange(start: collection.start, end: max(end, collection.start))
        let tag = collectionTag(collection, range: range)
        if valueIndicators > 0 { checkValueIndicators(of: collection.kind, children: childStart..<childEnd) }
        let scalar = scalarReading(collection, children: childStart..<childEnd, range: range)
        if collection.tag == nil, collection.anchor == nil, scalar == nil,
            let node = YAMLNode(
                collection: collection.kind, style: collection.style, start: range.start, end: range.end,
                childStart: Int32(childStart), childCount: Int32(childEnd - childStart), input: input)
        {
            nodes[collection.id] = node
        } else {
            nodes[collection.id] = YAMLNode(
                kind: collection.kind, text: "", scalarStyle: .plain,
                collectionStyle: collection.style, tag: scalar?.tag ?? tag, value: scalar?.value,
                start: range.start, end: range.end,
                properties: Self.properties(tag: collection.tag, anchor: collection.anchor),
                childStart: Int32(childStart), childCount: Int32(childEnd - childStart), input: input)
        }
        pending.append(YAMLNodeID(collection.id))
        if collection.kind == .mapping { try finishMapping(collection.id, range: range) }
        if tag == .omap || tag == .pairs { checkPairs(collection.id, tag: tag) }
    }

    private static func properties(tag: String?, anchor: String?) -> YAMLNode.Properties? {
        tag == nil && anchor == nil ? nil : YAMLNode.Properties(explicitTag: tag, anchor: anchor)
    }
}

extension YAMLError {
    fileprivate static func duplicateAnchor(_ anchor: String, at range: SourceRange, first: SourceRange) -> Self {
        YAMLError(
            .duplicateAnchor, "anchor '&\(anchor)' is defined twice; cloud-init's YAML loader refuses the file",
            at: range, notes: [Note("first defined here", at: first)])
    }

    fileprivate static func recursiveAlias(_ name: String, at range: SourceRange, anchor: SourceRange) -> Self {
        YAMLError(
            .recursiveAlias,
            "alias '*\(name)' refers to a collection that contains it; cloud-init cannot validate or use a "
                + "recursive structure", at: range, notes: [Note("anchor defined here", at: anchor)])
    }

    fileprivate static func undefinedAlias(_ name: String, at range: SourceRange) -> Self {
        YAMLError(
            .undefinedAlias,
            "alias '*\(name)' refers to no anchor defined before it; cloud-init's YAML loader refuses the file",
            at: range)
    }
}
