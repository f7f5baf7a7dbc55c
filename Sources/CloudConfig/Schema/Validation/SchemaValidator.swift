/// Checks YAML values against the catalog as cloud-init's validator does (JSON Schema draft-04
/// with cloud-init's `deprecated` and `changed` keywords and its own `oneOf`/`anyOf`), with two
/// additions: the target release (keys and forms newer or older than it are findings) and, when
/// no alternative matches, the findings of the alternative the value was evidently meant for.
package struct SchemaValidator: Sendable {
    /// The cloud-init release the configuration is for.
    package let target: CloudInitVersion
    private let formats: FormatChecker

    /// Creates a validator.
    ///
    /// - Parameter target: The cloud-init release the configuration is for.
    package init(target: CloudInitVersion = .newest) {
        self.target = target
        self.formats = .shared
    }

    /// Validates a node of a document.
    ///
    /// - Parameters:
    ///   - node: The node, usually the document's root.
    ///   - document: The document.
    ///   - schema: The schema, usually `Catalog.cloudConfig.root`.
    /// - Returns: The findings, errors and deprecations, in document order.
    package func validate(_ node: YAMLNodeID, in document: YAMLDocument, against schema: Schema)
        -> [SchemaFinding]
    {
        validate(node, in: document, against: ValidationNode(schema, target: target))
    }

    /// Validates a node of a document against a compiled schema, which keeps what it compiles
    /// for the next document: a linter compiles its catalog once and validates every input with it.
    ///
    /// - Parameters:
    ///   - node: The node, usually the document's root.
    ///   - document: The document.
    ///   - program: The schema compiled for this validator's target.
    /// - Returns: The findings, errors and deprecations, in document order.
    package func validate(_ node: YAMLNodeID, in document: YAMLDocument, against program: ValidationNode)
        -> [SchemaFinding]
    {
        var run = Run(document: document, formats: formats)
        var findings: [SchemaFinding] = []
        run.validate(node, program, key: nil, into: &findings)
        return findings
    }

    /// The kind of value a node holds, for type checks.
    enum ValueKind: Equatable {
        case json(JSONType)
        /// A date, a set or a tuple: no JSON type matches it.
        case other
        /// A scalar the loader could not construct (already an error); never checked.
        case unknown
    }

    /// One validation, holding the document and the path to the node being checked. The path is
    /// kept as a stack of steps and spelt out as a ``KeyPath`` only for a finding, so that a
    /// document without findings allocates no path at all.
    private struct Run {
        let document: YAMLDocument
        let formats: FormatChecker
        private var steps: [KeyPath.Component] = []

        init(document: YAMLDocument, formats: FormatChecker) {
            self.document = document
            self.formats = formats
        }

        /// The path of the node being checked.
        var path: KeyPath { KeyPath(components: steps) }

        /// Validates a node one step further down (an index or a key).
        private mutating func validate(
            _ id: YAMLNodeID, _ node: ValidationNode, step: KeyPath.Component, key: YAMLNodeID?,
            into findings: inout [SchemaFinding]
        ) {
            steps.append(step)
            validate(id, node, key: key, into: &findings)
            steps.removeLast()
        }

        /// The findings of one node, appended in document order.
        mutating func validate(
            _ id: YAMLNodeID, _ node: ValidationNode, key: YAMLNodeID?, into findings: inout [SchemaFinding]
        ) {
            let value = document.resolved(id)
            let kind = valueKind(value)
            if kind == .unknown { return }
            let schema = node.schema
            // Release findings come with the shape findings, so that a form that is both dropped and
            // malformed is not mistaken for one that is only dropped.
            var releaseFinding = false
            if let introduced = node.unavailableUntil {
                findings.append(
                    SchemaFinding(kind: .unavailable(introduced), node: key ?? id, path: path, schema: schema))
                releaseFinding = true
            }
            if let removed = node.removedIn {
                findings.append(SchemaFinding(kind: .removed(removed), node: key ?? id, path: path, schema: schema))
                releaseFinding = true
            }
            // A key the target does not have is not also deprecated there.
            if !releaseFinding {
                if let deprecation = schema.deprecation {
                    findings.append(
                        SchemaFinding(kind: .deprecatedKey(deprecation), node: key ?? id, path: path, schema: schema))
                }
                if let change = schema.change {
                    findings.append(SchemaFinding(kind: .deprecatedValue(change), node: id, path: path, schema: schema))
                }
            }

            if let accepted = node.accepted, !matches(kind, accepted), let types = schema.types {
                findings.append(
                    SchemaFinding(kind: .typeMismatch(expected: types.sorted()), node: id, path: path, schema: schema))
                return
            }
            if let allowed = schema.allowedValues,
                !allowed.contains(where: { PythonEquality.equals(value, $0, in: document) })
            {
                findings.append(SchemaFinding(kind: .notAllowed(allowed), node: id, path: path, schema: schema))
            }
            if node.checksStrings, case .json(.string) = kind, case .string(let text) = document[value].value {
                if let pattern = schema.pattern, !formats.search(pattern, in: text) {
                    findings.append(
                        SchemaFinding(kind: .patternMismatch(pattern), node: id, path: path, schema: schema))
                }
                if let format = schema.format, !formats.check(format, text) {
                    findings.append(SchemaFinding(kind: .formatMismatch(format), node: id, path: path, schema: schema))
                }
            }
            if node.checksNumbers, case .json(let type) = kind, type == .integer || type == .number,
                let number = numericValue(value)
            {
                if let minimum = schema.minimum, number < minimum {
                    findings.append(SchemaFinding(kind: .belowMinimum(minimum), node: id, path: path, schema: schema))
                }
                if let maximum = schema.maximum, number > maximum {
                    findings.append(SchemaFinding(kind: .aboveMaximum(maximum), node: id, path: path, schema: schema))
                }
            }
            if kind == .json(.array) {
                validateArray(value, node, at: id, into: &findings)
            }
            if kind == .json(.object) {
                validateObject(value, node, at: id, into: &findings)
            }
            let hasCombinators = !schema.allOf.isEmpty || !schema.anyOf.isEmpty || !schema.oneOf.isEmpty
            guard hasCombinators || schema.not != nil else { return }
            let children = node.compiled
            for part in children.allOf {
                validate(id, part, key: key, into: &findings)
            }
            if !children.anyOf.isEmpty {
                alternatives(id, children.anyOf, exactlyOne: false, key: key, parent: node, into: &findings)
            }
            if !children.oneOf.isEmpty {
                alternatives(id, children.oneOf, exactlyOne: true, key: key, parent: node, into: &findings)
            }
            if let forbidden = children.not, !hasError(id, forbidden, key: key) {
                findings.append(SchemaFinding(kind: .forbidden, node: id, path: path, schema: schema))
            }
        }

        /// Whether a node fails a schema (deprecations aside).
        private mutating func hasError(_ id: YAMLNodeID, _ node: ValidationNode, key: YAMLNodeID?) -> Bool {
            var findings: [SchemaFinding] = []
            validate(id, node, key: key, into: &findings)
            return findings.contains(where: \.isError)
        }

        private mutating func validateArray(
            _ value: YAMLNodeID, _ node: ValidationNode, at id: YAMLNodeID, into findings: inout [SchemaFinding]
        ) {
            let schema = node.schema
            let items = document.items(of: value)
            if let minimum = schema.minItems, items.count < minimum {
                findings.append(SchemaFinding(kind: .tooFewItems(minimum), node: id, path: path, schema: schema))
            }
            if let maximum = schema.maxItems, items.count > maximum {
                findings.append(SchemaFinding(kind: .tooManyItems(maximum), node: id, path: path, schema: schema))
            }
            if schema.requiresUniqueItems {
                let list = Array(items)
                for (index, first) in PythonEquality.duplicates(list, in: document) {
                    findings.append(
                        SchemaFinding(
                            kind: .duplicateItem(firstIndex: first), node: list[index],
                            path: path.appending(index: index), schema: schema))
                }
            }
            guard schema.tupleItems != nil || schema.items != nil else { return }
            let children = node.compiled
            if let tuple = children.tupleItems {
                for (index, item) in items.enumerated() {
                    if index < tuple.count {
                        validate(item, tuple[index], step: .index(index), key: nil, into: &findings)
                    } else if !schema.additionalItemsAllowed {
                        findings.append(
                            SchemaFinding(
                                kind: .tooManyItems(tuple.count), node: item, path: path.appending(index: index),
                                schema: schema))
                    }
                }
            } else if let itemNode = children.items {
                for (index, item) in items.enumerated() {
                    validate(item, itemNode, step: .index(index), key: nil, into: &findings)
                }
            }
        }

        private mutating func validateObject(
            _ value: YAMLNodeID, _ node: ValidationNode, at id: YAMLNodeID, into findings: inout [SchemaFinding]
        ) {
            let schema = node.schema
            let entries = document.entries(of: value)
            if let minimum = schema.minProperties, entries.count < minimum {
                findings.append(SchemaFinding(kind: .tooFewKeys(minimum), node: id, path: path, schema: schema))
            }
            // The keys present matter only to a mapping that requires some.
            let checksRequired = !schema.requiredKeys.isEmpty
            var present = Set<String>()
            let children = node.compiled
            for entry in entries {
                let keyNode = document[document.resolved(entry.key)]
                let keyText: String
                var isStringKey = false
                if case .string(let text) = keyNode.value {
                    keyText = text
                    isStringKey = true
                } else {
                    keyText = keyNode.value?.pythonStr ?? keyNode.text
                }
                if isStringKey, checksRequired { present.insert(keyText) }
                steps.append(.key(keyText))
                defer { steps.removeLast() }
                var matched = false
                if isStringKey, let index = children.position(of: keyText) {
                    matched = true
                    let property = children.properties[index]
                    if case .ignored = children.additional, let missing = availabilityFinding(property, node: entry.key)
                    {
                        // The target does not know the key and lets unknown keys pass: what is inside
                        // does not matter to it.
                        findings.append(missing)
                    } else {
                        validate(entry.value, property, key: entry.key, into: &findings)
                    }
                }
                if isStringKey {
                    for (pattern, patternNode) in children.patternProperties where formats.search(pattern, in: keyText)
                    {
                        matched = true
                        validate(entry.value, patternNode, key: entry.key, into: &findings)
                    }
                }
                if !matched {
                    switch children.additional {
                    case .allowed:
                        break
                    case .forbidden:
                        findings.append(
                            SchemaFinding(
                                kind: .unknownKey(keyText, known: children.names), node: entry.key, path: path,
                                schema: schema))
                    case .ignored:
                        findings.append(
                            SchemaFinding(
                                kind: .ignoredKey(keyText, known: children.names), node: entry.key, path: path,
                                schema: schema))
                    case .schema(let additional):
                        validate(entry.value, additional, key: entry.key, into: &findings)
                    }
                }
            }
            for required in schema.requiredKeys where !present.contains(required) {
                findings.append(SchemaFinding(kind: .missingKey(required), node: id, path: path, schema: schema))
            }
        }

        /// The finding that a key is not in the target release (not yet, or no longer), if so.
        private func availabilityFinding(_ node: ValidationNode, node key: YAMLNodeID) -> SchemaFinding? {
            if let introduced = node.unavailableUntil {
                return SchemaFinding(kind: .unavailable(introduced), node: key, path: path, schema: node.schema)
            }
            if let removed = node.removedIn {
                return SchemaFinding(kind: .removed(removed), node: key, path: path, schema: node.schema)
            }
            return nil
        }

        /// cloud-init's `anyOf` and `oneOf`: a branch matches when its only findings are
        /// deprecations, and only a matching branch's deprecations are reported.
        private mutating func alternatives(
            _ id: YAMLNodeID, _ branches: [ValidationNode], exactlyOne: Bool, key: YAMLNodeID?,
            parent: ValidationNode, into findings: inout [SchemaFinding]
        ) {
            var results: [[SchemaFinding]] = []
            var firstMatch: Int?
            for index in branches.indices {
                var branchFindings: [SchemaFinding] = []
                validate(id, branches[index], key: key, into: &branchFindings)
                results.append(branchFindings)
                if !branchFindings.contains(where: \.isError) {
                    firstMatch = index
                    if !exactlyOne { break }
                    // oneOf checks the remaining branches for a second match.
                    var others = 0
                    for other in branches.indices[(index + 1)...] where !hasError(id, branches[other], key: key) {
                        others += 1
                    }
                    if others > 0 {
                        findings.append(
                            SchemaFinding(
                                kind: .ambiguousAlternatives(others + 1), node: id, path: path, schema: parent.schema))
                        return
                    }
                    break
                }
            }
            if let firstMatch {
                findings += results[firstMatch]
                return
            }
            findings += explainNoMatch(id, branches.map(\.schema), results, path: path, parent: parent.schema)
        }

        /// When no alternative matches, report the one the value was evidently meant for: the only
        /// alternative whose type fits, or among several the one that fails least near the top.
        private func explainNoMatch(
            _ id: YAMLNodeID, _ branches: [Schema], _ results: [[SchemaFinding]], path: KeyPath, parent: Schema
        ) -> [SchemaFinding] {
            let kind = valueKind(document.resolved(id))
            let fitting = branches.indices.filter { index in
                if let types = branches[index].types { return matches(kind, types) }
                // A list of values fits the value only if some value has its type.
                if let values = branches[index].allowedValues { return matches(kind, Set(values.map(\.jsonType))) }
                return true
            }
            // A branch that fails only because of the target release is the one meant; then a branch
            // that names the value's type is a better guess than one that does not.
            func rank(_ index: Int) -> (Int, Int, Int, Int) {
                let (shallow, total) = score(results[index], path: path)
                let versionOnly = results[index].filter(\.isError).allSatisfy(\.isAvailabilityFinding)
                return (versionOnly ? 0 : 1, branches[index].types == nil ? 1 : 0, shallow, total)
            }
            guard let best = fitting.min(by: { rank($0) < rank($1) }) else {
                let expected = Set(branches.compactMap(\.types).flatMap { $0 })
                return [
                    SchemaFinding(
                        kind: .typeMismatch(expected: expected.sorted()), node: id, path: path, schema: parent)
                ]
            }
            // The branch's own deprecation or change marker does not apply to a value that does not
            // match it (cloud-init drops it too); deprecated keys inside the value still do.
            return results[best].filter { $0.isError || $0.path != path }
        }

        /// Fewer errors at the value itself, then fewer errors overall, is a closer fit.
        private func score(_ findings: [SchemaFinding], path: KeyPath) -> (Int, Int) {
            let errors = findings.filter(\.isError)
            let shallow = errors.filter { $0.path == path && !isKeyFinding($0) }.count
            return (shallow, errors.count)
        }

        private func isKeyFinding(_ finding: SchemaFinding) -> Bool {
            if case .unknownKey = finding.kind { return true }
            return false
        }

        func matches(_ kind: ValueKind, _ accepted: JSONTypeMask) -> Bool {
            switch kind {
            case .unknown: true
            case .other: false
            case .json(let type): accepted.contains(JSONTypeMask(type))
            }
        }

        func valueKind(_ node: YAMLNodeID) -> ValueKind {
            let value = document[node]
            switch value.kind {
            case .scalar, .alias:
                switch value.value {
                case nil: return .unknown
                case .null: return .json(.null)
                case .bool: return .json(.boolean)
                case .int: return .json(.integer)
                case .float: return .json(.number)
                case .string, .binary: return .json(.string)
                case .date, .dateTime: return .other
                }
            case .sequence:
                return .json(.array)
            case .mapping:
                return value.tag == .set ? .other : .json(.object)
            }
        }

        func matches(_ kind: ValueKind, _ types: Set<JSONType>) -> Bool {
            switch kind {
            case .unknown: return true
            case .other: return false
            case .json(let type):
                return types.contains(type) || (type == .integer && types.contains(.number))
            }
        }

        func numericValue(_ node: YAMLNodeID) -> Double? {
            switch document[node].value {
            case .int(let value): value.doubleValue
            case .float(let value): value
            default: nil
            }
        }
    }
}
