/// A cloud-init schema file, such as the one an image's cloud-init ships
/// (`cloudinit/config/schemas/schema-cloud-config-v1.json`), to validate cloud-config against as
/// cloud-init's own validator does: JSON Schema draft-04 as cloud-init configures `jsonschema`
/// (keywords next to `$ref` evaluated, bytes counted as strings, `deprecated` and `changed`
/// reported as deprecations, its own `oneOf` and `anyOf` in which a branch failing only on
/// deprecations matches, unknown keywords such as `label`, `hidden` and `prefixItems` ignored, and
/// the formats Debian's validator checks: `date`, `uri`, `ipv4`, `ipv6`, `email`, `uuid`).
///
/// `$ref`s are JSON pointers into the file, or URLs of other schema documents given to
/// ``init(json:path:documents:)`` (the versioned wrapper SchemaStore publishes refers to the v1
/// schema by URL).
public struct ExternalSchema: Sendable {
    /// Why a schema file cannot be used.
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        /// What is wrong, lower-case.
        public var description: String
    }

    /// The path the schema was read from, for messages.
    public let path: String
    /// The schema.
    public let root: JSONValue
    /// Other schema documents by URL (without fragment), for `$ref`s to them.
    let documents: [String: JSONValue]

    /// Reads a schema.
    ///
    /// - Parameters:
    ///   - bytes: The schema file, JSON.
    ///   - path: Where it was read from.
    ///   - documents: Other schema documents by the URL `$ref`s name them with.
    /// - Throws: ``LoadError`` when the file is not JSON or not a JSON object.
    public init(json bytes: [UInt8], path: String, documents: [String: JSONValue] = [:]) throws(LoadError) {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes, maximumDepth: 512)
        } catch {
            throw LoadError(description: "\(path) is not JSON: \(error)")
        }
        guard case .object = value else { throw LoadError(description: "\(path) is not a JSON schema (an object)") }
        self.path = path
        self.root = value
        self.documents = documents
    }

    /// The URLs of the `$ref`s that are not JSON pointers into the file itself, so that a caller
    /// can give those documents.
    public var externalReferences: [String] {
        var found: Set<String> = []
        var stack = [root]
        while let value = stack.popLast() {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if key == "$ref", case .string(let reference) = member, !reference.hasPrefix("#") {
                        found.insert(String(reference.prefix { $0 != "#" }))
                    } else {
                        stack.append(member)
                    }
                }
            case .array(let items):
                stack += items
            default:
                break
            }
        }
        return found.sorted()
    }

    /// Validates a node of a document against the schema.
    ///
    /// - Parameters:
    ///   - node: The node, usually the document's root.
    ///   - document: The document.
    /// - Returns: The errors and deprecations, in document order.
    package func validate(_ node: YAMLNodeID, in document: YAMLDocument) -> [ExternalSchemaFinding] {
        var validator = ExternalSchemaValidator(schema: self, document: document)
        let findings = validator.validate(node, .init(value: root, document: nil, pointer: "#"), path: .root, key: nil)
        return findings.sorted { document[$0.node].range.start < document[$1.node].range.start }
    }
}
