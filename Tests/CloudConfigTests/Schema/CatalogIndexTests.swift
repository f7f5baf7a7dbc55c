import Testing

@testable import CloudConfig

/// The catalog's mappings look their keys up by an index built when their keys are assigned:
/// the index must find the first declaration of every key, in every release's form.
@Suite struct CatalogIndexTests {
    static func checkIndex(_ schema: Schema, path: String) {
        for (position, property) in schema.properties.enumerated() {
            let first = schema.properties.firstIndex { $0.name == property.name }
            #expect(schema.propertyPosition(property.name) == first, "\(path).\(property.name)")
            if first == position { checkIndex(property.schema, path: "\(path).\(property.name)") }
        }
        #expect(schema.propertyPosition("no-such-key-\(path)") == nil)
    }

    @Test func everyKeyIsFoundAtItsFirstDeclaration() {
        Self.checkIndex(Catalog.cloudConfig.root, path: "")
        for target in [CloudInitVersion.debian12, .newest] {
            Self.checkIndex(Catalog.cloudConfig.root.applyingOlderForms(for: target), path: "\(target)")
        }
    }

    /// Before 23.4 the root also declares the legacy apt keys, each once.
    @Test func theOlderRootDeclaresTheLegacyAptKeysOnce() {
        let old = Catalog.cloudConfig.root.applyingOlderForms(for: .debian12)
        for (key, _) in CatalogModule.legacyAptKeys {
            #expect(old.properties.filter { $0.name == key }.count == 1, "\(key)")
            #expect(old.property(key) != nil, "\(key)")
        }
    }
}
