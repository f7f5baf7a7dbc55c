import CloudConfig
import Foundation

/// YAML files of the repository (hook definitions, workflow examples) read with cloudcfg's own
/// YAML layer, as PyYAML would load them.
enum YAMLFile {
    /// Why a file could not be loaded.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The value of a file's only document.
    static func load(_ url: URL) throws -> YAMLValue {
        let source = SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url)))
        let stream = YAMLStream.parse(source)
        guard stream.errors.isEmpty, let document = stream.documents.first, let root = document.root else {
            throw Failure(description: "\(url.path) is not valid YAML: \(stream.errors)")
        }
        return document.value(of: root)
    }
}

extension YAMLValue {
    /// The value under a string key of a mapping.
    subscript(key: String) -> YAMLValue? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key.string == key }?.value
    }

    /// The items of a sequence, or nothing.
    var items: [YAMLValue] {
        if case .sequence(let items) = self { return items }
        return []
    }

    /// The entries of a mapping, or nothing.
    var entries: [Entry] {
        if case .mapping(let entries) = self { return entries }
        return []
    }
}
