import Testing

@testable import CloudConfig

@Suite struct YAMLMergeKeyTests {
    @Test func explicitKeysOverrideMergedOnes() {
        #expect(
            YAMLTest.json("base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  b: 3")
                == "{\"base\":{\"a\":1,\"b\":2},\"m\":{\"a\":1,\"b\":3}}")
        // Merged keys come first, in the source mapping's order, even when `<<` is written last.
        #expect(YAMLTest.json("b: &b {x: 1}\nm: {y: 2, <<: *b}") == "{\"b\":{\"x\":1},\"m\":{\"x\":1,\"y\":2}}")
    }

    @Test func earlierMappingsInAListWin() {
        #expect(YAMLTest.json("<<: [{a: 1}, {a: 2, b: 3}]") == "{\"a\":1,\"b\":3}")
        #expect(YAMLTest.json("<<: [{a: 1, c: 0}, {a: 2, b: 3}]") == "{\"a\":1,\"b\":3,\"c\":0}")
    }

    @Test func laterMergeKeysWin() {
        #expect(YAMLTest.json("<<: {a: 1}\n<<: {a: 2}") == "{\"a\":2}")
    }

    @Test func mergesAreFlattenedRecursively() {
        #expect(YAMLTest.json("<<: {<<: {a: 1}, b: 2}\nc: 3") == "{\"a\":1,\"b\":2,\"c\":3}")
    }

    @Test func mergeKeyNodesAreRecorded() throws {
        let document = try #require(YAMLTest.document("b: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n"))
        let root = try #require(document.root)
        let m = try #require(document.value(forKey: "m", in: root))
        #expect(document.mergeKeys(of: m).map { document[$0].range.description } == ["3:3-3:5"])
        #expect(document.pairs(of: m).count == 2)
        #expect(document.entries(of: m).map { document[document.resolved($0.key)].text } == ["x", "y"])
        #expect(document.value(forKey: "x", in: m).map { document[$0].text } == "1")
    }

    @Test func explicitMergeTag() {
        #expect(YAMLTest.json("!!merge x: {a: 1}\nb: 2") == "{\"a\":1,\"b\":2}")
        #expect(YAMLTest.json("'<<': {a: 1}") == "{\"<<\":{\"a\":1}}")
    }

    @Test(arguments: ["<<: 1", "<<: [1]", "<<: [[a]]", "<<: *missing", "<<: [{a: 1}, x]"])
    func invalidMergeValues(_ text: String) {
        #expect(YAMLTest.errorCodes(text).contains { $0 == .invalidMerge || $0 == .undefinedAlias }, "\(text)")
    }

    @Test func theMergedCollectionItselfIsNeverConstructed() {
        // PyYAML only reads the entries of a merge value, so its tag is never used.
        #expect(YAMLTest.json("<<: !!omap {a: 1}") == "{\"a\":1}")
        #expect(YAMLTest.json("<<: !!map []") == "{}")
        #expect(YAMLTest.json("<<: [!!unknown {a: 1}, {b: 2}]") == "{\"b\":2,\"a\":1}")
        // ...unless the same node is also used as a value.
        #expect(YAMLTest.errorCodes("a: &x !!unknown {a: 1}\n<<: *x") == [.unknownTag])
        #expect(YAMLTest.errorCodes("<<: &x !!unknown {a: 1}\nb: *x") == [.unknownTag])
        // Unhashable keys inside a merged mapping are hashed in the merging one.
        #expect(YAMLTest.errorCodes("<<: {[a]: 1}") == [.unhashableKey])
    }

    @Test func mergeBombIsRefused() {
        var text = "a0: &a0 {k0: 0, k1: 1, k2: 2, k3: 3}\n"
        for level in 1...12 {
            text +=
                "a\(level): &a\(level) {<<: [" + Array(repeating: "*a\(level - 1)", count: 8).joined(separator: ", ")
            text += "], x\(level): 1}\n"
        }
        #expect(YAMLTest.errorCodes(text).contains(.aliasExpansionLimit))
    }
}
