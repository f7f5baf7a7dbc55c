import Testing

@testable import CloudConfig

/// One release's view of the catalog: what `explain --cloud-init` and `schema --cloud-init` show.
@Suite struct SchemaVersionViewTests {
    static let catalog = Catalog.cloudConfig

    @Test func keysOfLaterReleasesAreNotInAnEarlierOne() {
        let old = Self.catalog.root(for: "22.4.2")
        #expect(old.property("ubuntu_pro") == nil)
        #expect(old.property("ubuntu_advantage") != nil)
        let newest = Self.catalog.root(for: .newest)
        #expect(newest.property("ubuntu_pro") != nil)
        #expect(Self.catalog.schema(at: "ubuntu_pro")?.isAvailable(in: "24.1") == true)
        #expect(Self.catalog.schema(at: "ubuntu_pro")?.isAvailable(in: "23.4") == false)
    }

    @Test func droppedKeysAndFormsAreNotInALaterRelease() throws {
        let newest = Self.catalog.root(for: .newest)
        let apt = try #require(newest.property("apt"))
        #expect(apt.property("generate_mirrorlists") == nil)
        #expect(Self.catalog.root(for: "22.4.2").property("apt")?.property("generate_mirrorlists") != nil)
        // The DSA key type, a value form, is dropped from the list of allowed types.
        let keyTypes = try #require(newest.property("ssh_genkeytypes"))
        #expect(keyTypes.shapeDescription == "a list of values from: ecdsa, ed25519, rsa")
        #expect(
            Self.catalog.root(for: "22.4.2").property("ssh_genkeytypes")?.shapeDescription
                == "a list of values from: ecdsa, ed25519, rsa, dsa")
    }

    @Test func onlyTheDeprecationsAReleaseHasMadeAreMarked() throws {
        #expect(Self.catalog.root(for: "23.4").property("ubuntu_advantage")?.deprecation == nil)
        let deprecated = try #require(Self.catalog.root(for: "24.1").property("ubuntu_advantage")?.deprecation)
        #expect(deprecated.replacementKey == "ubuntu_pro")
    }

    @Test func theExportedSchemaIsTheRelease() throws {
        guard case .object(let old) = Self.catalog.jsonSchema(for: "22.4.2"),
            case .object(let newest) = Self.catalog.jsonSchema
        else {
            Issue.record("the schema is not an object")
            return
        }
        #expect(old.first { $0.0 == "title" }?.1 == .string("cloud-config (cloud-init 22.4.2)"))
        #expect(newest.first { $0.0 == "title" }?.1 == .string("cloud-config (cloud-init \(CloudInitVersion.newest))"))
        guard case .object(let oldKeys) = old.first(where: { $0.0 == "properties" })?.1,
            case .object(let newKeys) = newest.first(where: { $0.0 == "properties" })?.1
        else {
            Issue.record("no properties")
            return
        }
        #expect(!oldKeys.contains { $0.0 == "ubuntu_pro" })
        #expect(newKeys.contains { $0.0 == "ubuntu_pro" })
    }
}
