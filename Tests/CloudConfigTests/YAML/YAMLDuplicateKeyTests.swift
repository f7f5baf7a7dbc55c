import Testing

@testable import CloudConfig

@Suite struct YAMLDuplicateKeyTests {
    @Test func laterValueWinsInTheEarlierPosition() {
        #expect(YAMLTest.json("a: 1\nb: 2\na: 3") == "{\"a\":3,\"b\":2}")
    }

    @Test func duplicatesAreRecordedWithBothPositions() throws {
        let document = try #require(YAMLTest.document("a: 1\nb: 2\na: 3\nb: 4\na: 5\n"))
        let positions = document.duplicateKeys.map {
            "\(document[$0.first].range.start)->\(document[$0.duplicate].range.start)"
        }
        #expect(positions == ["1:1->3:1", "2:1->4:1", "1:1->5:1"])
        #expect(document.duplicateKeys.allSatisfy { $0.mapping == document.root })
        // Pairs stay as written; entries are what cloud-init sees.
        let root = try #require(document.root)
        #expect(document.pairs(of: root).count == 5)
        #expect(document.entries(of: root).count == 2)
        #expect(document.value(forKey: "a", in: root).map { document[$0].text } == "5")
    }

    @Test func duplicatesAreNotErrors() {
        let stream = YAMLStream.parse("a: 1\na: 2\n")
        #expect(!stream.hasErrors)
    }

    @Test func keysEqualAsPythonComparesThem() throws {
        let document = try #require(YAMLTest.document("1: a\n1.0: b\ntrue: c\n'1': d\n"))
        #expect(document.duplicateKeys.count == 2)
        #expect(YAMLTest.json("1: a\n1.0: b\ntrue: c\n'1': d\n") == "{\"1\":\"c\",\"1\":\"d\"}")
    }

    @Test func mergedKeysAreNotDuplicates() throws {
        let document = try #require(YAMLTest.document("b: &b {x: 1}\nm:\n  <<: *b\n  x: 2\n"))
        #expect(document.duplicateKeys.isEmpty)
    }

    @Test func duplicatesInNestedAndFlowMappings() throws {
        let document = try #require(YAMLTest.document("top:\n  k: {x: 1, x: 2}\n  k: 3\n"))
        #expect(document.duplicateKeys.count == 2)
        #expect(YAMLTest.json("top:\n  k: {x: 1, x: 2}\n  k: 3\n") == "{\"top\":{\"k\":3}}")
    }

    @Test(arguments: [3, 12, 16, 17, 40])
    func stringKeysOfAnyCountAreCompared(count: Int) throws {
        // Keys of one length that differ in one byte, then the first key again, spelt with an
        // escape (a key with a text of its own) or as written.
        let keys = (0..<count).map { "key" + String(repeating: "0", count: 3 - String($0).count) + String($0) }
        let distinct = keys.map { "\($0): 1\n" }.joined()
        let unique = try #require(YAMLTest.document(distinct))
        #expect(unique.duplicateKeys.isEmpty)
        for again in ["\"k\\x65y000\": 2\n", "key000: 2\n", "'key000': 2\n"] {
            let document = try #require(YAMLTest.document(distinct + again))
            let root = try #require(document.root)
            #expect(document.duplicateKeys.count == 1)
            #expect(document.duplicateKeys.first.map { document[$0.first].range.start.line } == 1)
            #expect(document.duplicateKeys.first.map { document[$0.duplicate].range.start.line } == count + 1)
            #expect(document.entries(of: root).count == count)
        }
    }
}
