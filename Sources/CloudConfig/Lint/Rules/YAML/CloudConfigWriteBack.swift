/// How deep a cloud-config may nest for cloud-init to write it back at boot.
///
/// After merging the cloud-config parts of the user-data, `cloud-init init` writes the result to
/// the instance's cloud-config.txt with PyYAML's dumper (`safeyaml.dumps`), and the later stages
/// read their configuration from that file. The dumper's representer recurses three Python frames
/// per level, so, deep in `cloud-init init`'s stack, Python's recursion limit (1000) stops it long
/// before the loader: the handler's failure is logged, no cloud-config.txt is written, and none of
/// the user-data's cloud-config is applied. `scripts/dev/measure-nesting-limits.py` measures it
/// (`NestingLimitOracleTests` checks it against 22.4.2): 22.4.2 writes 326 levels and fails at
/// 327; 26.2, whose `dumps` has one more frame (a timing decorator), writes 325 and fails at 326.
enum CloudConfigWriteBack {
    /// The deepest nesting (the top-level mapping counts as 1) the target release writes back.
    /// Releases between 22.4.2 and 26.2 are not measured and get 26.2's, the lower.
    ///
    /// - Parameter target: The cloud-init release.
    /// - Returns: The depth.
    static func deepest(for target: CloudInitVersion) -> Int {
        target <= .debian12 ? 326 : 325
    }

    /// The first collection, in document order, nested deeper than a limit; aliases count as
    /// written (PyYAML's dumper writes a repeated value as an alias, without descending again).
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - limit: The deepest nesting allowed.
    /// - Returns: The collection and its depth, or `nil`.
    static func firstCollection(in document: YAMLDocument, deeperThan limit: Int) -> (YAMLNodeID, Int)? {
        // A collection at depth d has d - 1 collections above it, so a document of at most
        // `limit` nodes (almost every file) has none deeper, and is not walked.
        guard let root = document.root, document.nodes.count > limit else { return nil }
        // Nodes are stored in the order their events arrived, so a parent comes before its
        // children and a walk down the children, depth first, meets the nodes in the order of
        // their indices. Only the collections from the root down to the current one are kept
        // (at most `limit` of them), not a depth for every node of a large document.
        var path: [(node: Int, next: Int, end: Int)] = []
        func enter(_ index: Int) {
            let start = Int(document.nodes[index].childStart)
            path.append((index, start, start + Int(document.nodes[index].childCount)))
        }
        guard document.nodes[root.index].kind == .sequence || document.nodes[root.index].kind == .mapping else {
            return nil
        }
        if limit < 1 { return (root, 1) }
        enter(root.index)
        while let top = path.last {
            guard top.next < top.end else {
                path.removeLast()
                continue
            }
            path[path.count - 1].next += 1
            let child = document.children[top.next].index
            let kind = document.nodes[child].kind
            guard kind == .sequence || kind == .mapping else { continue }
            let depth = path.count + 1
            if depth > limit { return (YAMLNodeID(child), depth) }
            enter(child)
        }
        return nil
    }
}

extension ParseErrorRule {
    /// The `nesting-too-deep` finding for a cloud-config that cloud-init reads but cannot write
    /// back at boot.
    ///
    /// - Parameter context: The input.
    /// - Returns: The finding, if any.
    func writeBackDiagnostic(_ context: LintContext) -> Diagnostic? {
        guard context.isCloudConfig, let document = context.document,
            context.stream?.errors.contains(where: { $0.code == .nestingTooDeep }) == false
        else { return nil }
        let deepest = CloudConfigWriteBack.deepest(for: context.target)
        guard let (node, depth) = CloudConfigWriteBack.firstCollection(in: document, deeperThan: deepest) else {
            return nil
        }
        return diagnostic(
            .cannotWriteBack(depth: depth, deepest: deepest, target: context.target),
            at: SourceRange(at: document[node].range.start))
    }
}

extension Diagnostic.Message {
    fileprivate static func cannotWriteBack(depth: Int, deepest: Int, target: CloudInitVersion) -> Self {
        Self(
            "collections nest \(depth) levels deep here: cloud-init \(target) reads the file, but writing the "
                + "merged cloud-config (cloud-config.txt) fails beyond \(deepest) levels (PyYAML's dumper reaches "
                + "Python's recursion limit), so none of this cloud-config is applied at boot")
    }
}
