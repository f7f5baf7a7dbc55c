extension JSONValue {
    /// Writes the value as JSON text.
    ///
    /// - Parameters:
    ///   - pretty: Whether to indent by two spaces with one member per line.
    ///   - sortKeys: Whether to write object members sorted by key (by Unicode scalars).
    /// - Returns: The JSON text, UTF-8, slashes not escaped, without a final line break.
    public func serialized(pretty: Bool = true, sortKeys: Bool = false) -> String {
        var output = ""
        // An explicit stack instead of recursion, so that no nesting depth overflows the call
        // stack: a collection pushes its closing text, then its members in reverse order.
        var steps: [WriteStep] = [.value(self, indent: 0)]
        while let step = steps.popLast() {
            switch step {
            case .text(let text):
                output += text
            case .value(let value, let indent):
                switch value {
                case .null: output += "null"
                case .bool(let value): output += value ? "true" : "false"
                case .number(let value): output += value
                case .string(let value): Self.writeString(value, to: &output)
                case .array(let items):
                    guard !items.isEmpty else {
                        output += "[]"
                        continue
                    }
                    output += "["
                    steps.append(.text(Self.closing("]", pretty: pretty, indent: indent)))
                    for (index, item) in items.enumerated().reversed() {
                        steps.append(.value(item, indent: indent + 1))
                        steps.append(.text(Self.separator(first: index == 0, pretty: pretty, indent: indent + 1)))
                    }
                case .object(var members):
                    guard !members.isEmpty else {
                        output += "{}"
                        continue
                    }
                    if sortKeys {
                        members.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
                    }
                    output += "{"
                    steps.append(.text(Self.closing("}", pretty: pretty, indent: indent)))
                    for (index, (key, value)) in members.enumerated().reversed() {
                        steps.append(.value(value, indent: indent + 1))
                        var text = Self.separator(first: index == 0, pretty: pretty, indent: indent + 1)
                        Self.writeString(key, to: &text)
                        text += pretty ? ": " : ":"
                        steps.append(.text(text))
                    }
                }
            }
        }
        return output
    }

    /// A step of writing: a value, or text between values.
    private enum WriteStep {
        case value(JSONValue, indent: Int)
        case text(String)
    }

    private static func separator(first: Bool, pretty: Bool, indent: Int) -> String {
        var text = first ? "" : ","
        if pretty { newline(&text, indent) }
        return text
    }

    private static func closing(_ bracket: String, pretty: Bool, indent: Int) -> String {
        var text = ""
        if pretty { newline(&text, indent) }
        return text + bracket
    }

    private static func newline(_ output: inout String, _ indent: Int) {
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    output += "\\u" + PythonFormat.hex(scalar.value, width: 4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
