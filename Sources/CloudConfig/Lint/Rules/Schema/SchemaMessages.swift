/// The words schema findings are explained in, shared by the rules that report them.
enum SchemaMessages {
    /// A value as messages name it: `the integer 420`, `the boolean true`, `null`.
    static func describe(_ scalar: YAMLScalar) -> String {
        switch scalar {
        case .null: "null"
        case .bool(let value): "the boolean \(value)"
        case .int(let value): "the integer \(value)"
        case .float(let value): "the number \(PythonFormat.floatRepr(value))"
        case .string(let value): "the string \(PythonFormat.stringRepr(value))"
        case .binary: "binary data"
        case .date(let value): "the date \(value)"
        case .dateTime(let value): "the date and time \(value)"
        }
    }

    /// A node as messages name it.
    static func describe(_ node: YAMLNodeID, in document: YAMLDocument) -> String {
        let resolved = document[document.resolved(node)]
        switch resolved.kind {
        case .scalar, .alias: return resolved.value.map(describe) ?? "a value"
        case .sequence: return resolved.tag == .seq ? "a list" : "an ordered mapping (\(resolved.tag))"
        case .mapping: return resolved.tag == .set ? "a set (!!set)" : "a mapping"
        }
    }

    /// Types joined for messages: `a string`, `a string or a list`, `a string, a list or null`.
    static func expected(_ types: [JSONType]) -> String {
        joined(expectedPhrases(types), conjunction: "or")
    }

    /// The phrases for types, `number` absorbing `integer`.
    static func expectedPhrases(_ types: [JSONType]) -> [String] {
        var types = types
        if types.contains(.integer), types.contains(.number) { types.removeAll { $0 == .integer } }
        return types.map(\.phrase)
    }

    /// Phrases joined with commas and a final conjunction.
    static func joined(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return "nothing"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
        }
    }

    /// Allowed values for messages, shortened when the list is long.
    static func list(_ values: [SchemaLiteral], limit: Int = 10) -> String {
        let shown = values.prefix(limit).map(\.description)
        let text = shown.joined(separator: ", ")
        return values.count > limit ? text + ", … (\(values.count) values)" : text
    }

    /// How YAML 1.1 typed an unquoted scalar, when that is the likely surprise: `the unquoted 0644 is
    /// the octal integer 420 in YAML 1.1`.
    static func yaml11Explanation(_ node: YAMLNodeID, in document: YAMLDocument) -> String? {
        let written = document[node]
        guard written.kind == .scalar, written.scalarStyle == .plain, written.explicitTag == nil,
            let value = written.value
        else { return nil }
        let text = written.text
        switch value {
        case .string:
            return nil
        case .null:
            return text.isEmpty ? "the value is empty, which YAML reads as null" : "YAML reads \(text) as null"
        case .int(let number) where text.contains(":"):
            return "YAML 1.1 reads the unquoted \(text) as the base-60 number \(number)"
        case .int(let number) where Self.isOctal(text):
            return "YAML 1.1 reads the unquoted \(text) as the octal number \(number)"
        case .bool(let flag) where !["true", "false"].contains(text.lowercased()):
            return "YAML 1.1 reads the unquoted \(text) as the boolean \(flag)"
        case .float(let number) where text != PythonFormat.floatRepr(number):
            return "YAML reads the unquoted \(text) as the number \(PythonFormat.floatRepr(number))"
        case .date, .dateTime:
            return "YAML reads the unquoted \(text) as a date, not a string"
        default:
            return nil
        }
    }

    /// Whether integer text has an octal leading zero.
    static func isOctal(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return digits.count > 1 && digits.first == "0" && !digits.hasPrefix("0x") && !digits.hasPrefix("0b")
    }
}
