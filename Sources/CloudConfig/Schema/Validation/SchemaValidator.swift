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
    ///
    /// Alternatives (`anyOf`, `oneOf`) and `not` are tried in a mode that stops at the first error:
    /// a branch that fails costs only the checks up to its first error, and no finding of it is
    /// spelt out. Only when no branch matches are the branches validated again in full, to explain
    /// the failure.
    private struct Run {
        let document: YAMLDocument
        let formats: FormatChecker
        private var steps: [Step] = []
        /// Set while trying an alternative (or a `not`): the first error decides, so the run stops
        /// there. Deprecations are still recorded, for the alternative that matches.
        private var stopsAtError = false
        /// Whether a run that stops at errors has met one; never set otherwise.
        private var failed = false

        init(document: YAMLDocument, formats: FormatChecker) {
            self.document = document
            self.formats = formats
        }

        /// One step of ``path``: a component, or a string key's node, whose text is made only
        /// when a finding spells out the path.
        private enum Step {
            case component(KeyPath.Component)
            case key(YAMLNodeID)
        }

        /// The path of the node being checked.
        var path: KeyPath {
            KeyPath(
                components: steps.map { step in
                    switch step {
                    case .component(let component): component
                    case .key(let key): .key(document.keyString(key) ?? "")
                    }
                })
        }

        /// Called where an error is found: in a run that stops at errors, notes the failure and
        /// returns `true` (the caller returns at once); otherwise returns `false` (the caller
        /// records the error and goes on).
        @inline(__always)
        private mutating func stops() -> Bool {
            if stopsAtError { failed = true }
            return stopsAtError
        }

        /// Validates a node and tells whether it has no error, stopping at the first one. Findings
        /// of a node without errors (its deprecations) are appended to `findings`; a node with an
        /// error may leave some there too, which the caller removes.
        private mutating func passes(
            _ id: YAMLNodeID, _ node: ValidationNode, key: YAMLNodeID?, into findings: inout [SchemaFinding]
        ) -> Bool {
            let (outerStops, outerFailed) = (stopsAtError, failed)
            stopsAtError = true
            failed = false
            validate(id, node, key: key, into: &findings)
            let passed = !failed
            (stopsAtError, failed) = (outerStops, outerFailed)
            return passed
        }

        /// Validates a node one step further down (an index or a key).
        private mutating func validate(
            _ id: YAMLNodeID, _ node: ValidationNode, step: KeyPath.Component, key: YAMLNodeID?,
            into findings: inout [SchemaFinding]
        ) {
            steps.append(.component(step))
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
            // Release findings come with the shape findings, so that a form that is both dropped and
            // malformed is not mistaken for one that is only dropped.
            var releaseFinding = false
            if let introduced = node.unavailableUntil {
                if stops() { return }
                findings.append(
                    SchemaFinding(kind: .unavailable(introduced), node: key ?? id, path: path, schema: node.schema))
                releaseFinding = true
            }
            if let removed = node.removedIn {
                if stops() { return }
                findings.append(
                    SchemaFinding(kind: .removed(removed), node: key ?? id, path: path, schema: node.schema))
                releaseFinding = true
            }
            // A key the target does not have is not also deprecated there.
            if !releaseFinding {
                if let deprecation = node.schema.deprecation {
                    findings.append(
                        SchemaFinding(
                            kind: .deprecatedKey(deprecation), node: key ?? id, path: path, schema: node.schema))
                }
                if let change = node.schema.change {
                    findings.append(
                        SchemaFinding(kind: .deprecatedValue(change), node: id, path: path, schema: node.schema))
                }
            }

            if let accepted = node.accepted, !matches(kind, accepted), let types = node.schema.types {
                if stops() { return }
                findings.append(
                    SchemaFinding(
                        kind: .typeMismatch(expected: types.sorted()), node: id, path: path, schema: node.schema))
                return
            }
            if let allowed = node.schema.allowedValues,
                !allowed.contains(where: { PythonEquality.equals(value, $0, in: document) })
            {
                if stops() { return }
                findings.append(SchemaFinding(kind: .notAllowed(allowed), node: id, path: path, schema: node.schema))
            }
            if node.checksStrings, case .json(.string) = kind, let text = document.keyString(value) {
                if let pattern = node.schema.pattern, !search(pattern, in: text) {
                    if stops() { return }
                    findings.append(
                        SchemaFinding(kind: .patternMismatch(pattern), node: id, path: path, schema: node.schema))
                }
                if let format = node.schema.format, !formats.check(format, text) {
                    if stops() { return }
                    findings.append(
                        SchemaFinding(kind: .formatMismatch(format), node: id, path: path, schema: node.schema))
                }
            }
            if node.checksNumbers, case .json(let type) = kind, type == .integer || type == .number,
                let number = numericValue(value)
            {
                if let minimum = node.schema.minimum, number < minimum {
                    if stops() { return }
                    findings.append(
                        SchemaFinding(kind: .belowMinimum(minimum), node: id, path: path, schema: node.schema))
                }
                if let maximum = node.schema.maximum, number > maximum {
                    if stops() { return }
                    findings.append(
                        SchemaFinding(kind: .aboveMaximum(maximum), node: id, path: path, schema: node.schema))
                }
            }
            if kind == .json(.array), node.checksArrays {
                validateArray(value, node, at: id, into: &findings)
                if failed { return }
            }
            if kind == .json(.object) {
                validateObject(value, node, at: id, into: &findings)
                if failed { return }
            }
            guard node.hasCombinators else { return }
            let children = node.compiled
            for part in children.allOf {
                validate(id, part, key: key, into: &findings)
                if failed { return }
            }
            if !children.anyOf.isEmpty {
                alternatives(id, children.anyOf, exactlyOne: false, key: key, parent: node, into: &findings)
                if failed { return }
            }
            if !children.oneOf.isEmpty {
                alternatives(id, children.oneOf, exactlyOne: true, key: key, parent: node, into: &findings)
                if failed { return }
            }
            if let forbidden = children.not {
                var ignored: [SchemaFinding] = []
                if passes(id, forbidden, key: key, into: &ignored) {
                    if stops() { return }
                    findings.append(SchemaFinding(kind: .forbidden, node: id, path: path, schema: node.schema))
                }
            }
        }

        private mutating func validateArray(
            _ value: YAMLNodeID, _ node: ValidationNode, at id: YAMLNodeID, into findings: inout [SchemaFinding]
        ) {
            let items = document.items(of: value)
            if let minimum = node.schema.minItems, items.count < minimum {
                if stops() { return }
                findings.append(SchemaFinding(kind: .tooFewItems(minimum), node: id, path: path, schema: node.schema))
            }
            if let maximum = node.schema.maxItems, items.count > maximum {
                if stops() { return }
                findings.append(SchemaFinding(kind: .tooManyItems(maximum), node: id, path: path, schema: node.schema))
            }
            if node.schema.requiresUniqueItems {
                let list = Array(items)
                for (index, first) in PythonEquality.duplicates(list, in: document) {
                    if stops() { return }
                    findings.append(
                        SchemaFinding(
                            kind: .duplicateItem(firstIndex: first), node: list[index],
                            path: path.appending(index: index), schema: node.schema))
                }
            }
            guard node.schema.tupleItems != nil || node.schema.items != nil else { return }
            let children = node.compiled
            if let tuple = children.tupleItems {
                for (index, item) in items.enumerated() {
                    if index < tuple.count {
                        validate(item, tuple[index], step: .index(index), key: nil, into: &findings)
                        if failed { return }
                    } else if !node.schema.additionalItemsAllowed {
                        if stops() { return }
                        findings.append(
                            SchemaFinding(
                                kind: .tooManyItems(tuple.count), node: item, path: path.appending(index: index),
                                schema: node.schema))
                    }
                }
            } else if let itemNode = children.items {
                for (index, item) in items.enumerated() {
                    validate(item, itemNode, step: .index(index), key: nil, into: &findings)
                    if failed { return }
                }
            }
        }

        private mutating func validateObject(
            _ value: YAMLNodeID, _ node: ValidationNode, at id: YAMLNodeID, into findings: inout [SchemaFinding]
        ) {
            let entries = MappingEntries(value, in: document)
            if let minimum = node.schema.minProperties, entries.count < minimum {
                if stops() { return }
                findings.append(SchemaFinding(kind: .tooFewKeys(minimum), node: id, path: path, schema: node.schema))
            }
            // Trying an alternative, a missing required key decides it before any value is visited.
            if stopsAtError, node.schema.requiredKeys.contains(where: { !hasStringKey($0, in: entries) }) {
                failed = true
                return
            }
            let children = node.compiled
            // The required keys met, as bits by their position in `requiredKeys`.
            var present: UInt64 = 0
            for entry in entries {
                // A plain string key is looked up on its bytes, read in place: its text is made
                // only for a finding or a pattern. Another key's node is copied.
                var lookup = KeyLookup.unknown
                let keyIndex = document.resolved(entry.key).index
                if document.nodes[keyIndex].valueIsText {
                    lookup = document.nodes[keyIndex].withTextUTF8 { children.position(ofUTF8: $0) }
                }
                let keyText: String?
                let isStringKey: Bool
                if case .unknown = lookup {
                    if let text = document.keyString(entry.key) {
                        keyText = text
                        isStringKey = true
                        lookup = children.position(of: text).map { .found($0) } ?? .absent
                    } else {
                        let keyNode = document[document.resolved(entry.key)]
                        keyText = keyNode.value?.pythonStr ?? keyNode.text
                        isStringKey = false
                    }
                } else {
                    keyText = nil
                    isStringKey = true
                }
                let key = entry.key
                func text() -> String { keyText ?? document.keyString(key) ?? "" }
                steps.append(keyText.map { .component(.key($0)) } ?? .key(entry.key))
                defer { steps.removeLast() }
                var matched = false
                if isStringKey, case .found(let index) = lookup {
                    matched = true
                    present |= children.requiredAt[index]
                    let property = children.properties[index]
                    if case .ignored = children.additional, let missing = availabilityFinding(property, node: entry.key)
                    {
                        // The target does not know the key and lets unknown keys pass: what is inside
                        // does not matter to it.
                        if stops() { return }
                        findings.append(missing)
                    } else {
                        validate(entry.value, property, key: entry.key, into: &findings)
                        if failed { return }
                    }
                }
                if isStringKey, !children.patternProperties.isEmpty {
                    let keyText = text()
                    for (pattern, patternNode) in children.patternProperties where search(pattern, in: keyText) {
                        matched = true
                        validate(entry.value, patternNode, key: entry.key, into: &findings)
                        if failed { return }
                    }
                }
                if !matched {
                    switch children.additional {
                    case .allowed:
                        break
                    case .forbidden:
                        if stops() { return }
                        findings.append(
                            SchemaFinding(
                                kind: .unknownKey(text(), known: children.names), node: entry.key, path: path,
                                schema: node.schema))
                    case .ignored:
                        findings.append(
                            SchemaFinding(
                                kind: .ignoredKey(text(), known: children.names), node: entry.key, path: path,
                                schema: node.schema))
                    case .schema(let additional):
                        validate(entry.value, additional, key: entry.key, into: &findings)
                        if failed { return }
                    }
                }
            }
            for (position, required) in node.schema.requiredKeys.enumerated() {
                let isPresent =
                    children.tracksRequired[position]
                    ? present & (1 << position) != 0 : hasStringKey(required, in: entries)
                if isPresent { continue }
                if stops() { return }
                findings.append(SchemaFinding(kind: .missingKey(required), node: id, path: path, schema: node.schema))
            }
        }

        /// Whether a mapping has a string key equal to `name`, for a required key the bits of
        /// ``ValidationChildren/requiredAt`` do not track.
        private func hasStringKey(_ name: String, in entries: MappingEntries) -> Bool {
            entries.contains { entry in isStringKey(entry.key, equalTo: name) }
        }

        /// Whether a node is a string key equal to `name` (as Swift compares strings): a plain
        /// key is compared on its bytes when they decide (equal, or different and both ASCII).
        private func isStringKey(_ key: YAMLNodeID, equalTo name: String) -> Bool {
            let index = document.resolved(key).index
            if document.nodes[index].valueIsText {
                let decided = document.nodes[index].withTextUTF8 { bytes -> Bool? in
                    name.utf8.withContiguousStorageIfAvailable { wanted -> Bool? in
                        if bytes.elementsEqual(wanted) { return true }
                        return bytes.allSatisfy({ $0 < 0x80 }) && wanted.allSatisfy({ $0 < 0x80 }) ? false : nil
                    } ?? nil
                }
                if let decided { return decided }
            }
            return document.keyString(key).map { $0 == name } ?? false
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
            // Each branch is tried in place; what a failing one left is rolled back to here.
            let mark = findings.count
            let kind = valueKind(document.resolved(id))
            for index in branches.indices {
                // A branch that does not take the value's type fails at its type check: skip it.
                if let accepted = branches[index].accepted, !matches(kind, accepted) { continue }
                guard passes(id, branches[index], key: key, into: &findings) else {
                    findings.removeSubrange(mark...)
                    continue
                }
                guard exactlyOne else { return }
                // oneOf checks the remaining branches for a second match.
                var others = 0
                var scratch: [SchemaFinding] = []
                for other in branches.indices[(index + 1)...] {
                    if let accepted = branches[other].accepted, !matches(kind, accepted) { continue }
                    if passes(id, branches[other], key: key, into: &scratch) { others += 1 }
                    scratch.removeAll(keepingCapacity: true)
                }
                if others > 0 {
                    findings.removeSubrange(mark...)
                    if stops() { return }
                    findings.append(
                        SchemaFinding(
                            kind: .ambiguousAlternatives(others + 1), node: id, path: path, schema: parent.schema))
                }
                return
            }
            // No branch matches: an error, explained by the findings of every branch in full.
            if stops() { return }
            var results: [[SchemaFinding]] = []
            results.reserveCapacity(branches.count)
            for branch in branches {
                var branchFindings: [SchemaFinding] = []
                validate(id, branch, key: key, into: &branchFindings)
                results.append(branchFindings)
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
            // The node's fields are read in place: copying the node would retain its text.
            switch document.nodes[node.index].kind {
            case .scalar, .alias:
                // A string is known without making it (most scalars are strings).
                if document.nodes[node.index].isString { return .json(.string) }
                switch document.nodes[node.index].value {
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
                return document.nodes[node.index].tag == .set ? .other : .json(.object)
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

        /// Whether a regular expression finds a match in a text. The catalog's commonest pattern,
        /// `^.+$` (any key, any line), matches a non-empty line of printable ASCII in every
        /// dialect: that is decided without the regular expression engine.
        func search(_ pattern: String, in text: String) -> Bool {
            if pattern == "^.+$", !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
            return formats.search(pattern, in: text)
        }

        func numericValue(_ node: YAMLNodeID) -> Double? {
            switch document.nodes[node.index].value {
            case .int(let value): value.doubleValue
            case .float(let value): value
            default: nil
            }
        }
    }
}

/// A mapping's entries as ``YAMLDocument/entries(of:)`` gives them, read in place from the
/// document's children rather than copied into an array of pairs, unless merge keys or a
/// repeated key made the loader's entries differ from what is written.
private enum MappingEntries: RandomAccessCollection {
    /// The loader's entries, where they differ from the written pairs.
    case effective([YAMLPair])
    /// The mapping's children as written: keys and values in turn.
    case written(ArraySlice<YAMLNodeID>)

    /// The entries of a mapping (through an alias); none for other nodes.
    init(_ id: YAMLNodeID, in document: YAMLDocument) {
        let mapping = document.resolved(id)
        if let entries = document.effectiveEntries[mapping.index] {
            self = .effective(entries)
        } else if document.nodes[mapping.index].kind == .mapping {
            let start = Int(document.nodes[mapping.index].childStart)
            self = .written(document.children[start..<(start + Int(document.nodes[mapping.index].childCount))])
        } else {
            self = .effective([])
        }
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        switch self {
        case .effective(let entries): entries.count
        case .written(let children): children.count / 2
        }
    }

    subscript(position: Int) -> YAMLPair {
        switch self {
        case .effective(let entries):
            return entries[position]
        case .written(let children):
            let key = children.startIndex + 2 * position
            return YAMLPair(key: children[key], value: children[key + 1])
        }
    }
}
