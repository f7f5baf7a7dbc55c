import Testing

@testable import CloudConfig

@Suite struct YAMLAliasTests {
    @Test func aliasesShareTheAnchoredValue() {
        #expect(YAMLTest.json("a: &x [1, {b: 2}]\nc: *x") == "{\"a\":[1,{\"b\":2}],\"c\":[1,{\"b\":2}]}")
        #expect(YAMLTest.json("&k key: *k") == "{\"key\":\"key\"}")
        #expect(YAMLTest.json("a: &x 0644\nb: *x") == "{\"a\":420,\"b\":420}")
    }

    @Test func aliasTargetAndResolution() throws {
        let document = try #require(YAMLTest.document("a: &x {k: v}\nb: *x\n"))
        let root = try #require(document.root)
        let a = try #require(document.value(forKey: "a", in: root))
        let b = try #require(document.value(forKey: "b", in: root))
        #expect(document.target(of: b) == a)
        #expect(document.resolved(b) == a)
        #expect(document.target(of: a) == nil)
        #expect(document.value(forKey: "k", in: b).map { document[$0].text } == "v")
        #expect(document.entries(of: b).count == 1)
    }

    @Test func anchorsCanBeRedefinedOnlyAcrossDocuments() {
        #expect(YAMLTest.errorCodes("a: &x 1\nb: &x 2\n") == [.duplicateAnchor])
        let stream = YAMLStream.parse("a: &x 1\n---\nb: &x 2\nc: *x\n")
        #expect(!stream.hasErrors)
        #expect(stream.documents.count == 2)
    }

    @Test func undefinedAliases() throws {
        let stream = YAMLStream.parse("a: *nowhere\n")
        let error = try #require(stream.errors.first)
        #expect(error.code == .undefinedAlias)
        #expect(error.range.description == "1:4-1:12")
        // An anchor defined later is undefined at the alias, as in PyYAML.
        #expect(YAMLTest.errorCodes("a: *x\nb: &x 1\n") == [.undefinedAlias])
        // Anchors do not carry over to the next document.
        #expect(YAMLTest.errorCodes("a: &x 1\n---\nb: *x\n") == [.undefinedAlias])
    }

    @Test func recursiveAliasesAreRefused() throws {
        let stream = YAMLStream.parse("a: &x [1, *x]\n")
        let error = try #require(stream.errors.first)
        #expect(error.code == .recursiveAlias)
        #expect(error.notes.first?.range?.start.description == "1:4")
        #expect(YAMLTest.errorCodes("a: &x {b: *x}") == [.recursiveAlias])
    }

    @Test func aliasesToScalarsAndCollectionsKeepTheirKind() throws {
        let document = try #require(YAMLTest.document("a: &s x\nb: &l [1]\nc: *s\nd: *l\n"))
        let root = try #require(document.root)
        let c = try #require(document.value(forKey: "c", in: root))
        let d = try #require(document.value(forKey: "d", in: root))
        #expect(document[c].kind == .alias)
        #expect(document[c].value == .string("x"))
        #expect(document[c].tag == .str)
        #expect(document.items(of: d).count == 1)
    }
}
