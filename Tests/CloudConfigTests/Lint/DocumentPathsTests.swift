import Testing

@testable import CloudConfig

/// `DocumentPaths` records links only and spells a path out when asked: the paths must be those
/// cloud-init prints (`users.1.groups.0`), for values, keys and items at any depth.
@Suite struct DocumentPathsTests {
    static let text = """
        users:
          - default
          - name: ada
            groups: [adm, wheel]
        1: one
        true: [a, {b: [c]}]
        base: &base {x: 1}
        copy: *base
        """

    /// Each written scalar's text with its path, in document order.
    @Test func pathsOfEveryScalar() throws {
        let document = try #require(YAMLStream.parse(Self.text).documents.first)
        let paths = DocumentPaths(document)
        var found: [String] = []
        for index in document.nodes.indices where document.nodes[index].kind == .scalar {
            let path = paths[YAMLNodeID(index)]
            found.append("\(document.nodes[index].text)=\(path.map(\.description) ?? "nil")")
        }
        #expect(
            found == [
                "users=users", "default=users.0", "name=users.1.name", "ada=users.1.name", "groups=users.1.groups",
                "adm=users.1.groups.0", "wheel=users.1.groups.1", "1=1", "one=1", "true=True", "a=True.0", "b=True.1.b",
                "c=True.1.b.0", "base=base", "x=base.x", "1=base.x", "copy=copy",
            ])
        #expect(paths[try #require(document.root)] == .root)
        #expect(paths[YAMLNodeID(document.nodes.count)] == nil)
    }

    /// The same paths as the ones built step by step while walking the document.
    @Test func pathsMatchThoseBuiltByWalking() throws {
        let context = Linter().makeContext(SourceFile(path: "u", text: "#cloud-config\n" + Self.text))
        let paths = try #require(context.paths)
        for pattern in ["users.*", "users.*.groups.*", "base.x", "copy"] {
            let matches = context.matches(pattern)
            #expect(!matches.isEmpty)
            for match in matches {
                #expect(paths[match.node] == match.path)
            }
        }
    }
}
