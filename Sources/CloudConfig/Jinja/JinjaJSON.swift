/// Jinja's `tojson`: Python's `json.dumps(value, sort_keys=True)` with `<`, `>`, `&` and `'`
/// escaped for HTML.
enum JinjaJSON {
    static func dumps(_ value: JinjaValue, indent: Int?) throws(JinjaRenderError) -> String {
        var output = ""
        try write(value, indent: indent, level: 0, to: &output)
        var escaped = ""
        escaped.reserveCapacity(output.utf8.count)
        for scalar in output.unicodeScalars {
            switch scalar {
            case "<": escaped += "\\u003c"
            case ">": escaped += "\\u003e"
            case "&": escaped += "\\u0026"
            case "'": escaped += "\\u0027"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func write(_ value: JinjaValue, indent: Int?, level: Int, to output: inout String)
        throws(JinjaRenderError)
    {
        guard level < 200 else { throw .limit("the value nests too deeply for tojson") }
        switch value {
        case .none: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .float(let number):
            if number.isNaN {
                output += "NaN"
            } else if number.isInfinite {
                output += number < 0 ? "-Infinity" : "Infinity"
            } else {
                output += PythonFormat.floatRepr(number)
            }
        case .string(let text): writeString(text, to: &output)
        case .list(let items), .tuple(let items):
            try writeSequence(items, open: "[", close: "]", indent: indent, level: level, to: &output) {
                item, output throws(JinjaRenderError) in
                try write(item, indent: indent, level: level + 1, to: &output)
            }
        case .dict(let dict):
            var entries: [(String, JinjaValue)] = []
            for (key, item) in dict.entries {
                guard case .string(let name) = key else {
                    throw .unsupported("tojson of a dict with non-string keys is not supported")
                }
                entries.append((name, item))
            }
            entries.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
            try writeSequence(entries, open: "{", close: "}", indent: indent, level: level, to: &output) {
                entry, output throws(JinjaRenderError) in
                writeString(entry.0, to: &output)
                output += ": "
                try write(entry.1, indent: indent, level: level + 1, to: &output)
            }
        case .undefined: throw .type("Object of type UndefinedJinjaVariable is not JSON serializable")
        default: throw .type("Object of type \(value.typeName) is not JSON serializable")
        }
    }

    private static func writeSequence<T>(
        _ items: [T], open: String, close: String, indent: Int?, level: Int, to output: inout String,
        item: (T, inout String) throws(JinjaRenderError) -> Void
    ) throws(JinjaRenderError) {
        guard !items.isEmpty else {
            output += open + close
            return
        }
        output += open
        for (index, element) in items.enumerated() {
            if let indent {
                output += (index == 0 ? "" : ",") + "\n" + String(repeating: " ", count: max(0, indent) * (level + 1))
            } else if index > 0 {
                output += ", "
            }
            try item(element, &output)
        }
        if let indent { output += "\n" + String(repeating: " ", count: max(0, indent) * level) }
        output += close
    }

    /// A JSON string with `ensure_ascii`: non-ASCII as `\uXXXX` (surrogate pairs above U+FFFF).
    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value > 0x7E {
                    if scalar.value > 0xFFFF {
                        let value = scalar.value - 0x10000
                        output += "\\u" + PythonFormat.hex(0xD800 + (value >> 10), width: 4)
                        output += "\\u" + PythonFormat.hex(0xDC00 + (value & 0x3FF), width: 4)
                    } else {
                        output += "\\u" + PythonFormat.hex(scalar.value, width: 4)
                    }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
