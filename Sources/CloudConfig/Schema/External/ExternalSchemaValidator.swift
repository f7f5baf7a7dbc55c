import BigInt

/// Validates a YAML document against a cloud-init schema file as cloud-init's validator does:
/// `jsonschema`'s draft-04 keywords, created with `jsonschema.validators.create` (so every keyword
/// next to a `$ref` is evaluated), Python's types (bytes are strings, `bool` is no number, dates
/// are nothing), and cloud-init's own keywords: `deprecated` and `changed` give deprecations,
/// `oneOf` and `anyOf` count a branch whose only problems are deprecations as matching and keep
/// the deprecations of the branch that matched only.
///
/// Where cloud-init reports one error for a value none of the alternatives fit, the errors of the
/// alternatives that got deepest into the value are reported (as cloud-init 23.4 and later do),
/// at their own, more precise, key paths; an unexpected key is reported at its own path too.
struct ExternalSchemaValidator {
    /// A schema and where it is: the document (`nil` for the schema file itself) and the JSON
    /// pointer, for resolving `$ref`s and for telling a `$ref` cycle.
    struct Location {
        var value: JSONValue
        var document: String?
        var pointer: String
    }

    let schema: ExternalSchema
    let document: YAMLDocument
    /// The `$ref` targets being validated against each node, to stop a cycle of references that
    /// does not descend into the value.
    private var active: Set<String> = []

    init(schema: ExternalSchema, document: YAMLDocument) {
        self.schema = schema
        self.document = document
    }

    /// The errors and deprecations of a node against a schema.
    mutating func validate(_ id: YAMLNodeID, _ location: Location, path: KeyPath, key: YAMLNodeID?)
        -> [ExternalSchemaFinding]
    {
        let node = document.resolved(id)
        let anchor = key ?? id
        var findings: [ExternalSchemaFinding] = []
        // A value's own problems are at the value; what a mapping lacks, or that a key is
        // deprecated, at its key.
        func error(_ keyword: String, _ message: String, at target: YAMLNodeID = id, path target2: KeyPath? = nil) {
            findings.append(
                ExternalSchemaFinding(
                    isDeprecation: false, message: message, node: target, path: target2 ?? path, keyword: keyword))
        }
        switch location.value {
        case .bool(false):
            error("false", "no value is allowed here")
            return findings
        case .object:
            break
        default:
            return findings
        }
        guard case .object(let members) = location.value else { return findings }
        let kind = Self.kind(of: node, in: document)
        if kind == .unknown { return [] }
        func member(_ name: String) -> JSONValue? { members.first { $0.0 == name }?.1 }
        for (keyword, value) in members {
            switch keyword {
            case "$ref":
                guard case .string(let reference) = value, let target = resolve(reference, from: location) else {
                    continue
                }
                let mark = "\(target.document ?? "")\(target.pointer)@\(node.index)"
                guard !active.contains(mark) else { continue }
                active.insert(mark)
                findings += validate(id, target, path: path, key: key)
                active.remove(mark)
            case "type":
                let names = Self.strings(value)
                if !names.contains(where: { Self.matches(kind, $0) }) {
                    error(
                        keyword, "\(describe(node)) is not of type \(names.map { "'\($0)'" }.joined(separator: ", "))")
                }
            case "enum":
                guard case .array(let options) = value else { continue }
                if !options.contains(where: { equals(node, $0) }) {
                    error(
                        keyword,
                        "\(describe(node)) is not one of \(options.map(Self.pythonRepr).joined(separator: ", "))")
                }
            case "format":
                guard case .string(let format) = value, case .string(let text)? = document[node].value else { continue }
                if !Self.hasFormat(format, text) { error(keyword, "\(describe(node)) is not a '\(format)'") }
            case "pattern":
                guard case .string(let pattern) = value, case .string(let text)? = document[node].value else {
                    continue
                }
                if !FormatChecker.shared.search(pattern, in: text) {
                    error(keyword, "\(describe(node)) does not match \(Self.pythonRepr(value))")
                }
            case "minLength", "maxLength":
                guard let bound = Self.integer(value), let length = stringLength(node) else { continue }
                if keyword == "minLength" ? length < bound : length > bound {
                    error(keyword, "\(describe(node)) is too \(keyword == "minLength" ? "short" : "long")")
                }
            case "minimum", "maximum":
                guard let bound = Self.number(value), let number = numericValue(node) else { continue }
                let exclusive = member(keyword == "minimum" ? "exclusiveMinimum" : "exclusiveMaximum") == .bool(true)
                let fails =
                    keyword == "minimum"
                    ? (exclusive ? number <= bound : number < bound) : (exclusive ? number >= bound : number > bound)
                if fails {
                    error(
                        keyword,
                        "\(describe(node)) is \(keyword == "minimum" ? "less" : "greater") than \(exclusive ? "or equal to " : "")"
                            + "the \(keyword) of \(Self.pythonRepr(value))")
                }
            case "multipleOf":
                guard let divisor = Self.number(value), divisor != 0, let number = numericValue(node) else { continue }
                let quotient = number / divisor
                if quotient.isFinite, quotient.rounded(.towardZero) != quotient {
                    error(keyword, "\(describe(node)) is not a multiple of \(Self.pythonRepr(value))")
                }
            case "items":
                guard kind == .array else { continue }
                let items = Array(document.items(of: node))
                switch value {
                case .object, .bool:
                    for (index, item) in items.enumerated() {
                        findings += validate(
                            item,
                            Location(value: value, document: location.document, pointer: location.pointer + "/items"),
                            path: path.appending(index: index), key: nil)
                    }
                case .array(let schemas):
                    for (index, (item, itemSchema)) in zip(items, schemas).enumerated() {
                        findings += validate(
                            item,
                            Location(
                                value: itemSchema, document: location.document,
                                pointer: location.pointer + "/items/\(index)"),
                            path: path.appending(index: index), key: nil)
                    }
                default:
                    continue
                }
            case "additionalItems":
                guard kind == .array, case .array(let tuple)? = member("items") else { continue }
                let items = Array(document.items(of: node))
                guard items.count > tuple.count else { continue }
                if case .object = value {
                    for index in tuple.count..<items.count {
                        findings += validate(
                            items[index],
                            Location(
                                value: value, document: location.document,
                                pointer: location.pointer + "/additionalItems"),
                            path: path.appending(index: index), key: nil)
                    }
                } else if value == .bool(false) {
                    for index in tuple.count..<items.count {
                        error(
                            keyword, "additional items are not allowed: the list takes \(tuple.count)",
                            at: items[index], path: path.appending(index: index))
                    }
                }
            case "minItems", "maxItems":
                guard kind == .array, let bound = Self.integer(value) else { continue }
                let count = document.items(of: node).count
                if keyword == "minItems" ? count < bound : count > bound {
                    error(
                        keyword,
                        "\(describe(node)) is too \(keyword == "minItems" ? "short" : "long") "
                            + "(\(keyword == "minItems" ? "at least" : "at most") \(bound) \(bound == 1 ? "item" : "items"))"
                    )
                }
            case "uniqueItems":
                guard kind == .array, value == .bool(true) else { continue }
                let items = Array(document.items(of: node))
                for (index, item) in items.enumerated()
                where items[..<index].contains(where: { PythonEquality.equals($0, item, in: document) }) {
                    error(
                        keyword, "\(describe(document.resolved(item))) is repeated; the items must be unique", at: item,
                        path: path.appending(index: index))
                }
            case "properties":
                guard kind == .object, case .object(let properties) = value else { continue }
                let entries = document.entries(of: node)
                for (name, propertySchema) in properties {
                    guard let entry = entries.last(where: { stringKey($0.key) == name }) else { continue }
                    findings += validate(
                        entry.value,
                        Location(
                            value: propertySchema, document: location.document,
                            pointer: location.pointer + "/properties/" + Self.escape(name)),
                        path: path.appending(key: name), key: entry.key)
                }
            case "patternProperties":
                guard kind == .object, case .object(let patterns) = value else { continue }
                for (pattern, patternSchema) in patterns {
                    for entry in document.entries(of: node) {
                        guard let name = stringKey(entry.key), FormatChecker.shared.search(pattern, in: name) else {
                            continue
                        }
                        findings += validate(
                            entry.value,
                            Location(
                                value: patternSchema, document: location.document,
                                pointer: location.pointer + "/patternProperties/" + Self.escape(pattern)),
                            path: path.appending(key: name), key: entry.key)
                    }
                }
            case "additionalProperties":
                guard kind == .object else { continue }
                let extras = additionalProperties(node, members)
                if case .object = value {
                    for entry in extras {
                        findings += validate(
                            entry.value,
                            Location(
                                value: value, document: location.document,
                                pointer: location.pointer + "/additionalProperties"),
                            path: path.appending(key: keyText(entry.key)), key: entry.key)
                    }
                } else if value == .bool(false) {
                    let patterns = member("patternProperties").map { Self.keys($0) } ?? []
                    for entry in extras {
                        let name = keyText(entry.key)
                        let message =
                            patterns.isEmpty
                            ? "'\(name)' is not allowed here: no additional properties are"
                            : "'\(name)' does not match any of the regexes "
                                + patterns.map { Self.pythonRepr(.string($0)) }.joined(separator: ", ")
                        error(keyword, message, at: entry.key, path: path.appending(key: name))
                    }
                }
            case "required":
                guard kind == .object else { continue }
                let present = Set(document.entries(of: node).compactMap { stringKey($0.key) })
                for name in Self.strings(value) where !present.contains(name) {
                    error(keyword, "the required property '\(name)' is missing", at: anchor)
                }
            case "minProperties", "maxProperties":
                guard kind == .object, let bound = Self.integer(value) else { continue }
                let count = document.entries(of: node).count
                if keyword == "minProperties" ? count < bound : count > bound {
                    error(
                        keyword,
                        "\(describe(node)) has too \(keyword == "minProperties" ? "few" : "many") properties "
                            + "(\(keyword == "minProperties" ? "at least" : "at most") \(bound))")
                }
            case "dependencies":
                guard kind == .object, case .object(let dependencies) = value else { continue }
                let present = Set(document.entries(of: node).compactMap { stringKey($0.key) })
                for (property, dependency) in dependencies where present.contains(property) {
                    if case .array = dependency {
                        for needed in Self.strings(dependency) where !present.contains(needed) {
                            error(keyword, "'\(needed)' is a dependency of '\(property)'")
                        }
                    } else {
                        findings += validate(
                            id,
                            Location(
                                value: dependency, document: location.document,
                                pointer: location.pointer + "/dependencies/" + Self.escape(property)),
                            path: path, key: key)
                    }
                }
            case "allOf":
                guard case .array(let branches) = value else { continue }
                for (index, branch) in branches.enumerated() {
                    findings += validate(
                        id,
                        Location(
                            value: branch, document: location.document, pointer: location.pointer + "/allOf/\(index)"),
                        path: path, key: key)
                }
            case "anyOf", "oneOf":
                guard case .array(let branches) = value else { continue }
                let located = branches.enumerated().map { index, branch in
                    Location(
                        value: branch, document: location.document, pointer: location.pointer + "/\(keyword)/\(index)")
                }
                findings += alternatives(id, located, exactlyOne: keyword == "oneOf", path: path, key: key)
            case "not":
                let forbidden = Location(value: value, document: location.document, pointer: location.pointer + "/not")
                if isValid(id, forbidden, path: path, key: key) {
                    error(keyword, "\(describe(node)) must not be valid under \(Self.pythonRepr(value))")
                }
            case "deprecated", "changed":
                guard value == .bool(true) else { continue }
                findings.append(
                    ExternalSchemaFinding(
                        isDeprecation: true, message: Self.deprecation(keyword, members), node: anchor, path: path,
                        keyword: keyword))
            default:
                // `label`, `hidden`, `prefixItems`, `description`, `default`, `const` (draft 6) and
                // any other keyword draft-04 does not have: ignored, as cloud-init's validator does.
                continue
            }
        }
        return findings
    }

    /// Whether a node is valid against a schema: no errors (deprecations do not count).
    private mutating func isValid(_ id: YAMLNodeID, _ location: Location, path: KeyPath, key: YAMLNodeID?) -> Bool {
        !validate(id, location, path: path, key: key).contains { !$0.isDeprecation }
    }

    /// cloud-init's `oneOf` and `anyOf`.
    private mutating func alternatives(
        _ id: YAMLNodeID, _ branches: [Location], exactlyOne: Bool, path: KeyPath, key: YAMLNodeID?
    ) -> [ExternalSchemaFinding] {
        var errors: [ExternalSchemaFinding] = []
        for (index, branch) in branches.enumerated() {
            let findings = validate(id, branch, path: path, key: key)
            let failures = findings.filter { !$0.isDeprecation }
            guard failures.isEmpty else {
                errors += failures
                continue
            }
            if exactlyOne, branches[(index + 1)...].contains(where: { isValid(id, $0, path: path, key: key) }) {
                return [
                    ExternalSchemaFinding(
                        isDeprecation: false,
                        message: "\(describe(document.resolved(id))) is valid under more than one of the alternatives",
                        node: key ?? id, path: path, keyword: "oneOf")
                ]
            }
            return findings.filter(\.isDeprecation)
        }
        // None matches: the errors that got deepest into the value say most.
        let depth = errors.map(\.path.components.count).max() ?? 0
        if depth > path.components.count {
            var seen: Set<String> = []
            return errors.filter {
                $0.path.components.count == depth && seen.insert("\($0.node.index)|\($0.message)").inserted
            }
        }
        var reasons: [String] = []
        for error in errors where !reasons.contains(error.message) { reasons.append(error.message) }
        return [
            ExternalSchemaFinding(
                isDeprecation: false,
                message: "\(describe(document.resolved(id))) is not valid under any of the alternatives ("
                    + reasons.prefix(4).joined(separator: "; ") + (reasons.count > 4 ? "; ..." : "") + ")",
                node: key ?? id, path: path, keyword: exactlyOne ? "oneOf" : "anyOf")
        ]
    }

    // MARK: - References

    /// The schema a `$ref` names: a JSON pointer into the current document, or a URL of another
    /// document (with an optional pointer).
    private func resolve(_ reference: String, from location: Location) -> Location? {
        let hash = reference.firstIndex(of: "#") ?? reference.endIndex
        let url = String(reference[..<hash])
        let fragment = hash < reference.endIndex ? String(reference[reference.index(after: hash)...]) : ""
        var base: JSONValue
        var documentName = location.document
        if url.isEmpty {
            base = location.document.flatMap { schema.documents[$0] } ?? schema.root
        } else {
            guard let other = schema.documents[url] else { return nil }
            base = other
            documentName = url
        }
        for part in fragment.split(separator: "/", omittingEmptySubsequences: true) {
            let name = Self.unescape(String(part))
            switch base {
            case .object(let members):
                guard let next = members.first(where: { $0.0 == name })?.1 else { return nil }
                base = next
            case .array(let items):
                guard let index = Int(name), items.indices.contains(index) else { return nil }
                base = items[index]
            default:
                return nil
            }
        }
        return Location(value: base, document: documentName, pointer: "#" + fragment)
    }

    /// A JSON pointer token unescaped (`~1` is `/`, `~0` is `~`) and percent-decoded.
    private static func unescape(_ token: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(token.utf8)[...]
        while let first = utf8.first {
            if first == UInt8(ascii: "%"), utf8.count >= 3,
                let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(first)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self).replacing("~1", with: "/").replacing("~0", with: "~")
    }

    /// A JSON pointer token escaped.
    private static func escape(_ token: String) -> String {
        token.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    // MARK: - Values as Python sees them

    /// The JSON Schema type of a value as Python's `jsonschema` decides it.
    enum Kind: Equatable {
        case null, boolean, integer, number, string, array, object
        /// A date, a set: no JSON Schema type.
        case other
        /// A scalar the loader could not construct (already an error); never checked.
        case unknown
    }

    static func kind(of node: YAMLNodeID, in document: YAMLDocument) -> Kind {
        let value = document[node]
        switch value.kind {
        case .scalar, .alias:
            switch value.value {
            case nil: return .unknown
            case .null: return .null
            case .bool: return .boolean
            case .int: return .integer
            case .float: return .number
            case .string, .binary: return .string
            case .date, .dateTime: return .other
            }
        case .sequence:
            return .array
        case .mapping:
            return value.tag == .set ? .other : .object
        }
    }

    /// Whether a kind has a type name: `bool` is no number, an integer is a number.
    static func matches(_ kind: Kind, _ name: String) -> Bool {
        switch name {
        case "null": kind == .null
        case "boolean": kind == .boolean
        case "integer": kind == .integer
        case "number": kind == .integer || kind == .number
        case "string": kind == .string
        case "array": kind == .array
        case "object": kind == .object
        default: false
        }
    }

    /// A value as a message shows it.
    private func describe(_ node: YAMLNodeID) -> String {
        let value = document[node]
        switch value.kind {
        case .scalar, .alias:
            guard let scalar = value.value else { return "the value" }
            let repr = scalar.pythonRepr
            return repr.count > 60 ? String(repr.prefix(57)) + "..." : repr
        case .sequence:
            return "the list"
        case .mapping:
            return value.tag == .set ? "the set" : "the mapping"
        }
    }

    /// A key's text, as cloud-init's path prints it (`str(key)`).
    private func keyText(_ key: YAMLNodeID) -> String {
        let node = document[document.resolved(key)]
        return node.value?.pythonStr ?? node.text
    }

    /// A key that is a string.
    private func stringKey(_ key: YAMLNodeID) -> String? {
        if case .string(let text)? = document[document.resolved(key)].value { return text }
        return nil
    }

    /// The entries `find_additional_properties` yields: keys not in `properties` that match no
    /// `patternProperties` pattern.
    private func additionalProperties(_ node: YAMLNodeID, _ members: [(String, JSONValue)]) -> [YAMLPair] {
        let properties = Set(members.first { $0.0 == "properties" }.map { Self.keys($0.1) } ?? [])
        let patterns = members.first { $0.0 == "patternProperties" }.map { Self.keys($0.1) } ?? []
        let joined = patterns.joined(separator: "|")
        return document.entries(of: node).filter { entry in
            guard let name = stringKey(entry.key) else { return true }
            if properties.contains(name) { return false }
            return joined.isEmpty || !FormatChecker.shared.search(joined, in: name)
        }
    }

    /// The length Python gives a string (code points) or bytes.
    private func stringLength(_ node: YAMLNodeID) -> Int? {
        switch document[node].value {
        case .string(let text)?: text.unicodeScalars.count
        case .binary(let bytes)?: bytes.count
        default: nil
        }
    }

    /// A number that is not a boolean.
    private func numericValue(_ node: YAMLNodeID) -> Double? {
        switch document[node].value {
        case .int(let value)?: value.doubleValue
        case .float(let value)?: value
        default: nil
        }
    }

    /// Python's `==` between a loaded value and a schema literal, with `jsonschema`'s `enum`
    /// rule that booleans never equal numbers.
    private func equals(_ id: YAMLNodeID, _ literal: JSONValue) -> Bool {
        let node = document.resolved(id)
        let value = document[node]
        switch (value.kind, literal) {
        case (.sequence, .array(let items)):
            let nodes = Array(document.items(of: node))
            return nodes.count == items.count && zip(nodes, items).allSatisfy { equals($0, $1) }
        case (.mapping, .object(let members)):
            let entries = document.entries(of: node)
            return entries.count == members.count
                && members.allSatisfy { name, member in
                    entries.contains { stringKey($0.key) == name && equals($0.value, member) }
                }
        case (.scalar, _), (.alias, _):
            switch (value.value, literal) {
            case (.null?, .null): return true
            case (.bool(let a)?, .bool(let b)): return a == b
            case (.string(let a)?, .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
            case (.int(let a)?, .number(let text)):
                if let exact = BigInt(text) { return a == YAMLInteger(exact) }
                return Double(text).map { a.doubleValue == $0 } ?? false
            case (.float(let a)?, .number(let text)):
                return Double(text).map { a == $0 } ?? false
            default:
                return false
            }
        default:
            return false
        }
    }

    // MARK: - Schema literals

    private static func strings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): [text]
        case .array(let items):
            items.compactMap {
                if case .string(let text) = $0 { return text }
                return nil
            }
        default: []
        }
    }

    private static func keys(_ value: JSONValue) -> [String] {
        guard case .object(let members) = value else { return [] }
        return members.map(\.0)
    }

    private static func integer(_ value: JSONValue) -> Int? {
        guard case .number(let text) = value else { return nil }
        return Int(text) ?? Double(text).flatMap { $0.rounded() == $0 ? Int(exactly: $0) : nil }
    }

    private static func number(_ value: JSONValue) -> Double? {
        guard case .number(let text) = value else { return nil }
        return Double(text)
    }

    /// A schema literal as Python's `repr` writes it.
    static func pythonRepr(_ value: JSONValue) -> String {
        switch value {
        case .null: "None"
        case .bool(let flag): flag ? "True" : "False"
        case .number(let text): text
        case .string(let text): PythonFormat.stringRepr(text)
        case .array(let items): "[" + items.map(pythonRepr).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { PythonFormat.stringRepr($0.0) + ": " + pythonRepr($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// The message of a `deprecated` or `changed` marker: its version and description (26.2's
    /// `deprecated_version` and `deprecated_description`), else the schema's description (22.4.2).
    private static func deprecation(_ keyword: String, _ members: [(String, JSONValue)]) -> String {
        func text(_ name: String) -> String? {
            guard case .string(let value)? = members.first(where: { $0.0 == name })?.1 else { return nil }
            let trimmed = PythonText.strip(value)
            return trimmed.isEmpty ? nil : trimmed
        }
        var message = keyword == "changed" ? "changed" : "deprecated"
        if let version = text("\(keyword)_version") { message += " in cloud-init \(version)" }
        if let description = text("\(keyword)_description") ?? text("description") {
            message += ": " + description
        }
        return message
    }

    // MARK: - Formats

    /// The formats Debian's `jsonschema` checks (with python3-rfc3987 for `uri`); `hostname`
    /// needs a module Debian lacks, so cloud-init does not check it, and neither does this.
    static func hasFormat(_ format: String, _ text: String) -> Bool {
        switch format {
        case "date": FormatChecker.isISODate(text)
        case "uri": FormatChecker.isURI(text)
        case "email": text.contains("@")
        case "ipv4": isIPv4(text)
        case "ipv6": isIPv6(text)
        case "uuid": isUUID(text)
        default: true
        }
    }

    /// `ipaddress.IPv4Address`: four decimal octets, no leading zeros.
    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                    let value = Int(part)
                else { return false }
                return value <= 255 && (part.count == 1 || part.first != "0")
            }
    }

    /// `ipaddress.IPv6Address`: eight groups of up to four hex digits, one `::`, an optional
    /// IPv4 tail.
    static func isIPv6(_ text: String) -> Bool {
        guard !text.isEmpty, text.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            var parts = half.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            if index == halves.count - 1, let last = parts.last, last.contains(".") {
                guard isIPv4(last) else { return false }
                parts.removeLast()
                groups += 2
            }
            guard parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isHexDigit) }) else { return false }
            groups += parts.count
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    /// `jsonschema`'s `uuid`: `uuid.UUID(text)` succeeds and the dashes are where a UUID has them.
    static func isUUID(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 36 else { return false }
        for (index, scalar) in scalars.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard scalar == "-" else { return false }
            } else {
                guard scalar.properties.isASCIIHexDigit else { return false }
            }
        }
        return true
    }
}

extension String {
    /// The text split at each occurrence of a separator.
    fileprivate func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
