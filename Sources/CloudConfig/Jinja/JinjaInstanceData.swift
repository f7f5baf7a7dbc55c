/// The variables a template sees: instance data converted as cloud-init's
/// `convert_jinja_instance_data(..., include_key_aliases=True)` converts it.
///
/// Keys are processed in sorted order; the children of a `vN` object are copied into the object
/// that holds it; a key with Jinja operator characters (`-`, `.`, `/`, `:`, ...) gets an alias
/// with each operator replaced by `_` (`local-hostname` → `local_hostname`); paths listed under
/// `base64-encoded-keys` (hyphenated, as cloud-init looks them up) are decoded.
enum JinjaInstanceData {
    /// The top-level variables.
    static func variables(from instanceData: JSONValue) throws(JinjaRenderError) -> [String: JinjaValue] {
        guard case .object(let members) = instanceData else {
            throw .type("instance data must be a JSON object")
        }
        var decodePaths: Set<String> = []
        if case .array(let paths)? = members.last(where: { $0.0 == "base64-encoded-keys" })?.1 {
            for case .string(let path) in paths { decodePaths.insert(path.replacing("-", with: "_")) }
        }
        let converted = try convert(members, prefix: "", decodePaths: decodePaths, depth: 0)
        var variables: [String: JinjaValue] = [:]
        for (key, value) in converted.entries {
            if case .string(let name) = key { variables[name] = value }
        }
        return variables
    }

    private static func convert(_ members: [(String, JSONValue)], prefix: String, decodePaths: Set<String>, depth: Int)
        throws(JinjaRenderError) -> JinjaDict
    {
        guard depth < 256 else { throw .limit("instance data nests too deeply") }
        var last: [String: JSONValue] = [:]
        for (key, value) in members { last[key] = value }
        let keys = last.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var result = JinjaDict()
        for key in keys {
            guard var value = last[key] else { continue }
            let path = prefix.isEmpty ? key : prefix + "/" + key
            if decodePaths.contains(path) { value = try decode(value) }
            if case .object(let children) = value {
                let child = try convert(children, prefix: path, decodePaths: decodePaths, depth: depth + 1)
                result.set(key, .dict(child))
                if isVersionKey(key) {
                    for (subkey, subvalue) in child.entries { result.set(subkey, subvalue) }
                }
            } else {
                result.set(key, try jinjaValue(value, depth: depth + 1))
            }
            if let alias = alias(key), let value = result[key] { result.set(alias, value) }
        }
        return result
    }

    /// Whether a key is `v` followed by digits.
    static func isVersionKey(_ key: String) -> Bool {
        key.count > 1 && key.hasPrefix("v") && key.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// cloud-init's `get_jinja_variable_alias`: each Jinja operator token becomes `_`.
    static func alias(_ key: String) -> String? {
        var result = String.UnicodeScalarView()
        var scalars = Array(key.unicodeScalars)[...]
        var changed = false
        let single: Set<Unicode.Scalar> = [
            "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}", ">", "<", "=", ".", ":", "|", ",", ";",
        ]
        while let scalar = scalars.popFirst() {
            if let next = scalars.first,
                ["//", "**", "==", "!=", ">=", "<="].contains(String(scalar) + String(next))
            {
                scalars = scalars.dropFirst()
                result.append("_")
                changed = true
            } else if single.contains(scalar) {
                result.append("_")
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : nil
    }

    private static func decode(_ value: JSONValue) throws(JinjaRenderError) -> JSONValue {
        guard case .string(let text) = value, case .success(let bytes) = Base64.decodeLikePython(Array(text.utf8)),
            let decoded = String(validating: bytes, as: UTF8.self)
        else {
            throw .unsupported("a base64-encoded-keys value that does not decode to UTF-8 text is not supported")
        }
        return .string(decoded)
    }

    /// A JSON value as Python's `json.loads` gives it.
    static func jinjaValue(_ value: JSONValue, depth: Int) throws(JinjaRenderError) -> JinjaValue {
        guard depth < 256 else { throw .limit("instance data nests too deeply") }
        switch value {
        case .null: return .none
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .number(let text):
            switch text {
            case "NaN": return .float(.nan)
            case "Infinity": return .float(.infinity)
            case "-Infinity": return .float(-.infinity)
            default: break
            }
            if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                guard let number = Double(text) else { throw .unsupported("the number \(text) is not supported") }
                return .float(number)
            }
            guard let number = Int(text) else { throw .unsupported("integers beyond 64 bits are not supported") }
            return .int(number)
        case .array(let items):
            var values: [JinjaValue] = []
            for item in items { values.append(try jinjaValue(item, depth: depth + 1)) }
            return .list(values)
        case .object(let members):
            var dict = JinjaDict()
            for (key, item) in members { dict.set(key, try jinjaValue(item, depth: depth + 1)) }
            return .dict(dict)
        }
    }
}
