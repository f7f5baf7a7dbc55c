import Testing

@testable import CloudConfig

/// A schema keeps its fields in storage shared by copies until one changes: copies must still
/// behave as independent values, and changing a mapping's keys in place must index them again.
@Suite struct SchemaValueSemanticsTests {
    @Test func changingACopyLeavesTheOriginal() {
        let original = Schema.object(["name": Schema.string.required, "size": .integer]).doc("A thing.")
        var copy = original
        copy.summary = "Changed."
        copy.properties.append((name: "extra", schema: Schema.boolean))
        copy.requiredKeys.append("size")
        copy.properties[0].schema.types = [.integer]
        copy.oneOf.append(Schema.null)

        #expect(original.summary == "A thing.")
        #expect(original.properties.map(\.name) == ["name", "size"])
        #expect(original.requiredKeys == ["name"])
        #expect(original.properties[0].schema.types == [.string])
        #expect(original.oneOf.isEmpty)
        #expect(copy.summary == "Changed.")
        #expect(copy.properties.map(\.name) == ["name", "size", "extra"])
        #expect(copy.requiredKeys == ["name", "size"])
        #expect(copy.properties[0].schema.types == [.integer])
        #expect(copy.oneOf.count == 1)
    }

    @Test func aModifierLeavesTheNodeItWasCalledOn() {
        let base = Schema.string
        let documented = base.doc("A name.").pattern("^a$").since("23.1")
        #expect(base.summary == nil)
        #expect(base.pattern == nil)
        #expect(base.availability.introduced == nil)
        #expect(documented.summary == "A name.")
        #expect(documented.pattern == "^a$")
        #expect(documented.availability.introduced == .exactly("23.1"))
        #expect(documented.types == [.string])
    }

    /// Large mappings look keys up by an index: an append in place, or to a copy, indexes the
    /// keys again, and a repeated name still finds its first declaration.
    @Test func changingTheKeysOfALargeMappingIndexesThemAgain() {
        var schema = Schema.types(.object)
        schema.properties = (0..<40).map { (name: "key\($0)", schema: Schema.string) }
        let before = schema
        schema.properties.append((name: "late", schema: Schema.integer))
        schema.properties.append((name: "key3", schema: Schema.boolean))

        #expect(schema.propertyPosition("late") == 40)
        #expect(schema.property("late")?.types == [.integer])
        #expect(schema.propertyPosition("key3") == 3)
        #expect(schema.property("key3")?.types == [.string])
        #expect(before.propertyPosition("late") == nil)
        #expect(before.property("late") == nil)
        #expect(before.propertyPosition("key39") == 39)
    }
}
