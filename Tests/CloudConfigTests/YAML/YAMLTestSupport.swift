@testable import CloudConfig

/// Parsing helpers shared by the YAML suites.
enum YAMLTest {
    /// The value of the first document, or `nil` when reading found an error or no document.
    static func value(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLValue? {
        let stream = YAMLStream.parse(text, limits: limits)
        guard !stream.hasErrors, let document = stream.documents.first, let root = document.root else { return nil }
        return document.value(of: root)
    }

    /// The Show JSON of the first document without indentation, or `nil` on an error.
    static func json(_ text: String) -> String? {
        value(text)?.json.serialized(pretty: false)
    }

    /// The codes of the errors reading found, in order.
    static func errorCodes(_ text: String, limits: YAMLLimits = YAMLLimits()) -> [YAMLError.Code] {
        YAMLStream.parse(text, limits: limits).errors.map(\.code)
    }

    /// The first document, which must exist.
    static func document(_ text: String) -> YAMLDocument? {
        YAMLStream.parse(text).documents.first
    }

    /// The `line:column-line:column` range of the node for a key of the root mapping.
    static func range(ofValueFor key: String, in text: String) -> String? {
        guard let document = document(text), let root = document.root,
            let value = document.value(forKey: key, in: root)
        else { return nil }
        return document[value].range.description
    }
}
