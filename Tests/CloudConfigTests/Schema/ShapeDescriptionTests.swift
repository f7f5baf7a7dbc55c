import Foundation
import Testing

@testable import CloudConfig

/// `cloudcfg explain` describes shapes in English: alternatives joined as `a, b or c`, list
/// items in the plural, no `string,s`.
@Suite struct ShapeDescriptionTests {
    static func shape(_ path: String) -> String? {
        Catalog.cloudConfig.schema(at: path)?.shapeDescription
    }

    @Test(arguments: [
        ("hostname", "a string"),
        ("packages", "a list of mappings, strings or lists of strings"),
        ("runcmd", "a list of strings, nulls or lists of strings"),
        ("bootcmd", "a list of strings or lists of strings"),
        ("users", "a string, a mapping or a list of strings, mappings or lists of strings"),
        ("users.groups", "a string, a mapping or a list of strings"),
        ("users.sudo", "null, a string, a boolean or a list of nulls or strings"),
        ("ssh_genkeytypes", "a list of values from: ecdsa, ed25519, rsa, dsa"),
        ("power_state.mode", "one of: poweroff, reboot, halt"),
        ("power_state.delay", "an integer, a string or 'now'"),
        ("write_files", "a list of mappings"),
    ])
    func keys(_ path: String, _ expected: String) {
        #expect(Self.shape(path) == expected)
    }

    /// Every key of the catalog, at every depth.
    static func allPaths() -> [String] {
        var paths: [String] = []
        var pending = Catalog.cloudConfig.root.declaredKeys
        while let path = pending.popLast(), paths.count < 5000 {
            paths.append(path)
            guard let schema = Catalog.cloudConfig.schema(at: path) else { continue }
            pending += (schema.items ?? schema).declaredKeys.map { path + "." + $0 }
        }
        return paths
    }

    @Test func everyKeyReadsAsEnglish() {
        let paths = Self.allPaths()
        #expect(paths.count > 300)
        for path in paths {
            guard let shape = Self.shape(path) else { continue }
            // The part before an enumeration of values is prose.
            let prose = shape.components(separatedBy: "one of:")[0].components(separatedBy: "values from:")[0]
            #expect(!prose.contains(",s") && !prose.contains(" ,"), "\(path): \(shape)")
            #expect(!prose.contains("any value or") && !prose.contains("or any value"), "\(path): \(shape)")
            #expect(!prose.contains("list of a ") && !prose.contains("list of an "), "\(path): \(shape)")
            #expect(!prose.contains("of keys"), "\(path): \(shape)")
            // Alternatives are not repeated: `a mapping or a mapping`.
            let alternatives = prose.split(separator: " or ").flatMap { $0.split(separator: ", ") }
            #expect(Set(alternatives).count == alternatives.count, "\(path): \(shape)")
        }
    }

    @Test func openPhrasesComeLastAndASecondIsParenthesised() {
        let two = Schema.oneOf(Schema.array(Schema.types(.string, .integer)), Schema.string(oneOf: "a", "b"))
        #expect(two.shapeDescription == "(a list of integers or strings) or one of: a, b")
        #expect(Schema.any.shapeDescription == "any value")
        #expect(Schema.tuple(Schema.string, Schema.integer).shapeDescription == "a list of 2 items")
    }
}
