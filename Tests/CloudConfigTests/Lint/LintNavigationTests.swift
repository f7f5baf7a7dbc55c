import Testing

@testable import CloudConfig

/// The rules' navigation walks documents without listing them: `forEachMatch` must visit what
/// `matches` lists, in the same order, and the write-back depth walk must find the collection
/// a depth for every node finds.
@Suite struct LintNavigationTests {
    static let text = """
        #cloud-config
        base: &base {permissions: '0600', owner: root}
        write_files:
          - path: /a
            permissions: '0644'
          - <<: *base
            path: /b
          - path: /c
            permissions: '0640'
            permissions: '0600'
          - plain
        groups:
          admins: {members: [ada, bob]}
          ops: {members: [cy]}
        """

    /// Each match as `path=text`, as a rule reads it.
    static func described(_ matches: [PathMatch], in context: LintContext) -> [String] {
        matches.map { "\($0.path)=\(context.string($0.node) ?? "-")" }
    }

    @Test(arguments: [
        "write_files.*", "write_files.*.permissions", "groups.*.members.*", "groups.*", "base", "missing.*.x",
    ])
    func visitsWhatIsListed(pattern: String) throws {
        let context = Linter().makeContext(SourceFile(path: "u", text: Self.text))
        var visited: [PathMatch] = []
        context.forEachMatch(PathPattern(pattern)) { visited.append($0) }
        let listed = context.matches(pattern)
        #expect(Self.described(visited, in: context) == Self.described(listed, in: context))
        #expect(visited.map(\.node) == listed.map(\.node))
        #expect(visited.map(\.key) == listed.map(\.key))
    }

    @Test func patternsReachEveryLevel() throws {
        let context = Linter().makeContext(SourceFile(path: "u", text: Self.text))
        #expect(
            Self.described(context.matches("write_files.*.permissions"), in: context) == [
                // A merged mapping's value, and the last of duplicate keys, as cloud-init reads them.
                "write_files.0.permissions=0644", "write_files.1.permissions=0600", "write_files.2.permissions=0600",
            ])
        #expect(
            Self.described(context.matches("groups.*.members.*"), in: context) == [
                "groups.admins.members.0=ada", "groups.admins.members.1=bob", "groups.ops.members.0=cy",
            ])
        let kept = context.compactMapMatches("write_files.*.path") { context.string($0.node) }
        #expect(kept == ["/a", "/b", "/c"])
    }

    /// The depth of every node, as the walk once computed it: the reference for the walk that
    /// keeps only the path down to the current collection.
    static func referenceFirstCollection(in document: YAMLDocument, deeperThan limit: Int) -> (YAMLNodeID, Int)? {
        guard let root = document.root, document.nodes.count > limit else { return nil }
        var depths = [Int](repeating: 0, count: document.nodes.count)
        depths[root.index] = 1
        for index in root.index..<document.nodes.count {
            let node = document.nodes[index]
            guard node.kind == .sequence || node.kind == .mapping, depths[index] > 0 else { continue }
            if depths[index] > limit { return (YAMLNodeID(index), depths[index]) }
            let first = Int(node.childStart)
            for child in document.children[first..<(first + Int(node.childCount))] {
                depths[child.index] = depths[index] + 1
            }
        }
        return nil
    }

    @Test(arguments: [
        "a: [1, [2, [3]]]\nb: {c: {d: {e: [f]}}}\n",
        "- [[x]]\n- {k: [[[y]]]}\n- &a [[[[z]]]]\n- *a\n",
        "a: &m {x: {y: {z: 1}}}\nb:\n  <<: *m\n  w: [[[[[v]]]]]\n",
        "{}\n", "scalar\n", "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n",
    ])
    func writeBackWalkFindsTheFirstDeepCollection(text: String) throws {
        let document = try #require(YAMLStream.parse(text).documents.first)
        for limit in 0...6 {
            let found = CloudConfigWriteBack.firstCollection(in: document, deeperThan: limit)
            let reference = Self.referenceFirstCollection(in: document, deeperThan: limit)
            #expect(found?.0 == reference?.0 && found?.1 == reference?.1, "limit \(limit): \(text)")
        }
    }
}
