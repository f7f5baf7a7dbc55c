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
        let run = Run(document: document, validator: self)
        return run.validate(node, schema, path: .root, key: nil)
    }

    /// The kind of value a node holds, for type checks.
    enum ValueKind: Equatable {
        case json(JSONType)
        /// A date, a set or a tuple: no JSON type matches it.
        case other
        /// A scalar the loader could not construct (already an error); never checked.
        case unknown
    }

    /// One validation, holding the document.
    private struct Run {
        let document: YAMLDocument
        let validator: SchemaValidator

        func validate(_ id: YAMLNodeID, _ schema: Schema, path: KeyPath, key: YAMLNodeID?)
            -> [SchemaFinding]
        {
            // A node without older forms (nearly all, and a root resolved beforehand, as the
            // linter passes it) is checked as it is, without a copy.
            guard schema.olderForms.isEmpty else {
                return check(id, schema.applyingOlderForms(for: validator.target), path: path, key: key)
            }
            return check(id, schema, path: path, key: key)
        }

        private func check(_ id: YAMLNodeID, _ schema: Schema, path: KeyPath, key: YAMLNodeID?)
            -> [SchemaFinding]
        {
            let node = document.resolved(id)
            var findings: [SchemaFinding] = []
            func add(_ kind: SchemaFinding.Kind, at where: YAMLNodeID = id) {
                findings.append(SchemaFinding(kind: kind, node: `where`, path: path, schema: schema))
            }
            let kind = valueKind(node)
            if kind == .unknown { return [] }

            // Release findings come with the shape findings, so that a form that is both dropped and
            // malformed is not mistaken for one that is only dropped.
            if let introduced = schema.availability.introduced, !introduced.isReached(by: validator.target) {
                add(.unavailable(introduced), at: key ?? id)
            }
            if let removed = schema.availability.removed, removed.isReached(by: validator.target) {
                add(.removed(removed), at: key ?? id)
            }
            // A key the target does not have is not also deprecated there.
            if findings.isEmpty {
                if let deprecation = schema.deprecation { add(.deprecatedKey(deprecation), at: key ?? id) }
                if let change = schema.change { add(.deprecatedValue(change)) }
            }

            if let types = schema.types, !matches(kind, types) {
                add(.typeMismatch(expected: types.sorted()))
                return findings
            }
            if let allowed = schema.allowedValues,
                !allowed.contains(where: { PythonEquality.equals(node, $0, in: document) })
            {
                add(.notAllowed(allowed))
            }
            if case .json(.string) = kind, case .string(let text) = document[node].value {
                if let pattern = schema.pattern, !validator.formats.search(pattern, in: text) {
                    add(.patternMismatch(pattern))
                }
                if let format = schema.format, !validator.formats.check(format, text) {
                    add(.formatMismatch(format))
                }
            }
            if case .json(let type) = kind, type == .integer || type == .number,
                let number = numericValue(node)
            {
                if let minimum = schema.minimum, number < minimum { add(.belowMinimum(minimum)) }
                if let maximum = schema.maximum, number > maximum { add(.aboveMaximum(maximum)) }
            }
            if kind == .json(.array) {
                findings += validateArray(node, schema, path: path, at: id)
            }
            if kind == .json(.object) {
                findings += validateObject(node, schema, path: path, at: id)
            }
            for part in schema.allOf {
                findings += validate(id, part, path: path, key: key)
            }
            if !schema.anyOf.isEmpty {
                findings += alternatives(id, schema.anyOf, exactlyOne: false, path: path, key: key, parent: schema)
            }
            if !schema.oneOf.isEmpty {
                findings += alternatives(id, schema.oneOf, exactlyOne: true, path: path, key: key, parent: schema)
            }
            if let forbidden = schema.not,
                !validate(id, forbidden, path: path, key: key).contains(where: \.isError)
            {
                add(.forbidden)
            }
            return findings
        }

        private func validateArray(_ node: YAMLNodeID, _ schema: Schema, path: KeyPath, at id: YAMLNodeID)
            -> [SchemaFinding]
        {
            var findings: [SchemaFinding] = []
            let items = Array(document.items(of: node))
            if let minimum = schema.minItems, items.count < minimum {
                findings.append(SchemaFinding(kind: .tooFewItems(minimum), node: id, path: path, schema: schema))
            }
            if let maximum = schema.maxItems, items.count > maximum {
                findings.append(SchemaFinding(kind: .tooManyItems(maximum), node: id, path: path, schema: schema))
            }
            if schema.requiresUniqueItems {
                for (index, first) in PythonEquality.duplicates(items, in: document) {
                    findings.append(
                        SchemaFinding(
                            kind: .duplicateItem(firstIndex: first), node: items[index],
                            path: path.appending(index: index), schema: schema))
                }
            }
            if let tuple = schema.tupleItems {
                for (index, item) in items.enumerated() {
                    if index < tuple.count {
                        findings += validate(item, tuple[index], path: path.appending(index: index), key: nil)
                    } else if !schema.additionalItemsAllowed {
                        findings.append(
                            SchemaFinding(
                                kind: .tooManyItems(tuple.count), node: item, path: path.appending(index: index),
                                schema: schema))
                    }
                }
            } else if let itemSchema = schema.items {
                for (index, item) in items.enumerated() {
                    findings += validate(item, itemSchema, path: path.appending(index: index), key: nil)
                }
            }
            return findings
        }

        private func validateObject(
            _ node: YAMLNodeID, _ schema: Schema, path: KeyPath, at id: YAMLNodeID
        ) -> [SchemaFinding] {
            var findings: [SchemaFinding] = []
            let entries = document.entries(of: node)
            if let minimum = schema.minProperties, entries.count < minimum {
                findings.append(SchemaFinding(kind: .tooFewKeys(minimum), node: id, path: path, schema: schema))
            }
            // The keys present matter only to a mapping that requires some.
            let checksRequired = !schema.requiredKeys.isEmpty
            var present = Set<String>()
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
                let childPath = path.appending(key: keyText)
                var matched = false
                // The declared property by index, so that its schema is passed on without a copy.
                if isStringKey, let index = schema.propertyPosition(keyText) {
                    matched = true
                    if case .ignored = schema.additionalProperties,
                        let missing = availabilityFinding(
                            schema.properties[index].schema, node: entry.key, path: childPath)
                    {
                        // The target does not know the key and lets unknown keys pass: what is inside
                        // does not matter to it.
                        findings.append(missing)
                    } else {
                        findings += validate(
                            entry.value, schema.properties[index].schema, path: childPath, key: entry.key)
                    }
                }
                if isStringKey {
                    for index in schema.patternProperties.indices
                    where validator.formats.search(schema.patternProperties[index].pattern, in: keyText) {
                        matched = true
                        findings += validate(
                            entry.value, schema.patternProperties[index].schema, path: childPath, key: entry.key)
                    }
                }
                if !matched {
                    switch schema.additionalProperties {
                    case .allowed:
                        break
                    case .forbidden:
                        findings.append(
                            SchemaFinding(
                                kind: .unknownKey(keyText, known: schema.properties.map(\.name)), node: entry.key,
                                path: childPath, schema: schema))
                    case .ignored:
                        findings.append(
                            SchemaFinding(
                                kind: .ignoredKey(keyText, known: schema.properties.map(\.name)), node: entry.key,
                                path: childPath, schema: schema))
                    case .schema(let additional):
                        findings += validate(entry.value, additional, path: childPath, key: entry.key)
                    }
                }
            }
            for required in schema.requiredKeys where !present.contains(required) {
                findings.append(SchemaFinding(kind: .missingKey(required), node: id, path: path, schema: schema))
            }
            return findings
        }

        /// The finding that a key is not in the target release (not yet, or no longer), if so.
        private func availabilityFinding(_ schema: Schema, node: YAMLNodeID, path: KeyPath) -> SchemaFinding? {
            guard schema.olderForms.isEmpty else {
                return availabilityFinding(schema.applyingOlderForms(for: validator.target), node: node, path: path)
            }
            if let introduced = schema.availability.introduced, !introduced.isReached(by: validator.target) {
                return SchemaFinding(kind: .unavailable(introduced), node: node, path: path, schema: schema)
            }
            if let removed = schema.availability.removed, removed.isReached(by: validator.target) {
                return SchemaFinding(kind: .removed(removed), node: node, path: path, schema: schema)
            }
            return nil
        }

        /// cloud-init's `anyOf` and `oneOf`: a branch matches when its only findings are
        /// deprecations, and only a matching branch's deprecations are reported.
        private func alternatives(
            _ id: YAMLNodeID, _ branches: [Schema], exactlyOne: Bool, path: KeyPath, key: YAMLNodeID?,
            parent: Schema
        ) -> [SchemaFinding] {
            var results: [[SchemaFinding]] = []
            var firstMatch: Int?
            for index in branches.indices {
                let findings = validate(id, branches[index], path: path, key: key)
                results.append(findings)
                if !findings.contains(where: \.isError) {
                    firstMatch = index
                    if !exactlyOne { break }
                    // oneOf checks the remaining branches for a second match.
                    let others = branches.indices[(index + 1)...].filter {
                        !validate(id, branches[$0], path: path, key: key).contains(where: \.isError)
                    }
                    if !others.isEmpty {
                        return [
                            SchemaFinding(
                                kind: .ambiguousAlternatives(others.count + 1), node: id, path: path, schema: parent)
                        ]
                    }
                    break
                }
            }
            if let firstMatch { return results[firstMatch] }
            return explainNoMatch(id, branches, results, path: path, parent: parent)
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
