import Testing

@testable import CloudConfig

/// How a schema node reads for an older target (``Schema/olderForm(through:_:)``) and what a
/// release's own schema would state (``Schema/filtered(for:)``).
struct SchemaTargetTests {
    @Test func olderFormsApplyUpToTheirRelease() {
        let schema = Schema.types(.array).minItems(0)
            .olderForm(through: "22.4.2") { $0.minItems = 1 }
            .olderForm(before: "23.4") { $0.maxItems = 9 }
        #expect(schema.applyingOlderForms(for: "22.4.2").minItems == 1)
        #expect(schema.applyingOlderForms(for: "22.4.2").maxItems == 9)
        #expect(schema.applyingOlderForms(for: "23.1").minItems == 0)
        #expect(schema.applyingOlderForms(for: "23.3").maxItems == 9)
        #expect(schema.applyingOlderForms(for: "23.4").maxItems == nil)
        #expect(schema.applyingOlderForms(for: "26.2").minItems == 0)
    }

    @Test func filteringLeavesOutWhatTheReleaseLacksAndFoldsWhatRemains() throws {
        let schema = Schema.object([
            "old": Schema.string.removed(after: "22.4.2"),
            "new": Schema.string.since("24.1"),
            "kept": Schema.oneOf(Schema.boolean.since(after: "22.4.2"), Schema.string),
            "values": Schema.string.oneOf(
                Schema.oneOfValues("a", "b"), Schema.oneOfValues("c").removed(after: "22.4.2"), Schema.oneOfValues("d")),
            "deprecated": Schema.string.deprecated("24.2", "stop"),
        ])
        let old = try #require(schema.filtered(for: "22.4.2"))
        #expect(old.properties.map(\.name) == ["old", "kept", "values", "deprecated"])
        // One alternative left: stated as that alternative.
        #expect(old.property("kept")?.types == [.string] && old.property("kept")?.oneOf.isEmpty == true)
        // Value lists that are alternatives: one list.
        #expect(old.property("values")?.allowedValues == ["a", "b", "c", "d"])
        #expect(old.property("deprecated")?.deprecation == nil)
        let new = try #require(schema.filtered(for: "26.2"))
        #expect(new.properties.map(\.name) == ["new", "kept", "values", "deprecated"])
        #expect(new.property("kept")?.oneOf.count == 2)
        #expect(new.property("values")?.allowedValues == ["a", "b", "d"])
        #expect(new.property("deprecated")?.deprecation != nil)
    }

    /// The catalog for 22.4.2 states what 22.4.2's schema states, where the versions differ.
    @Test func theCatalogFor22() throws {
        let old = try #require(Catalog.cloudConfig.root.filtered(for: .debian12))
        if case .ignored = old.additionalProperties {} else { Issue.record("22.4.2 let unknown top-level keys pass") }
        #expect(old.property("ubuntu_pro") == nil && old.property("ubuntu_advantage") != nil)
        #expect(old.property("users")?.minItems == 1)
        #expect(old.property("locale")?.types == [.string])
        #expect(old.property("migrate")?.types == [.boolean])
        #expect(old.property("apt_proxy")?.deprecation?.version == .exactly("22.1"))
        let modules = try #require(old.property("cloud_final_modules")?.items?.oneOf.first?.allowedValues)
        #expect(modules.contains("rightscale_userdata") && modules.contains("migrator"))
        #expect(!modules.contains("ubuntu_pro") && !modules.contains("raspberry_pi"))

        let new = try #require(Catalog.cloudConfig.root.filtered(for: .newest))
        if case .forbidden = new.additionalProperties {} else { Issue.record("26.2 rejects unknown top-level keys") }
        #expect(new.property("apt_proxy") == nil && new.property("users")?.minItems == nil)
        let newModules = try #require(new.property("cloud_final_modules")?.items?.oneOf.first?.allowedValues)
        #expect(newModules.contains("ubuntu_pro") && !newModules.contains("migrator"))
    }
}
