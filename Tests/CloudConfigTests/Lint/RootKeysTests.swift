import Testing

@testable import CloudConfig

/// Top-level keys are looked up in the list ``RootKeys`` makes once per input: a lookup must find
/// what scanning the root finds (the document's own `value(forKey:in:)`), for every kind of key.
@Suite struct RootKeysTests {
    static let text = """
        #cloud-config
        base: &base {runcmd: [merged], packages: [vim]}
        <<: *base
        users: [default]
        "quoted": 1
        'runcmd': [ls]
        caf\u{E9}: 2
        cafe\u{301}: 3
        1: int
        null: none
        ? [a, b]
        : complex
        "": empty
        x: 1
        users: [second]
        """

    static let names = [
        "base", "runcmd", "packages", "users", "quoted", "caf\u{E9}", "cafe\u{301}", "1", "null", "", "x", "y",
        "user", "usersx",
    ]

    @Test(arguments: names)
    func findsWhatTheScanFinds(name: String) throws {
        let context = Linter().makeContext(SourceFile(path: "u", text: Self.text))
        let document = try #require(context.document)
        let root = try #require(context.root)
        #expect(context.rootKeys?.keys != nil)
        #expect(context.value(name, in: root) == document.value(forKey: name, in: root))
        let scanned = document.entries(of: root).filter { document.isStringKey($0.key, equalTo: name) }
        // A pattern splits on dots: the empty name is not one.
        if !name.isEmpty { #expect(context.matches(name).map(\.node) == scanned.map(\.value)) }
    }

    @Test func aLargeRootIsScanned() throws {
        let keys = (0..<(RootKeys.limit + 1)).map { "k\($0): \($0)" }.joined(separator: "\n")
        let context = Linter().makeContext(SourceFile(path: "u", text: "#cloud-config\n" + keys + "\n"))
        let document = try #require(context.document)
        let root = try #require(context.root)
        #expect(context.rootKeys?.keys == nil)
        for name in ["k0", "k256", "k257"] {
            #expect(context.value(name, in: root) == document.value(forKey: name, in: root))
        }
    }
}
