/// Calls: Jinja's global functions and the Python methods templates commonly use.
extension JinjaRenderer {
    mutating func call(_ function: JinjaValue, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)])
        throws(JinjaRenderError) -> JinjaValue
    {
        switch function {
        case .undefined(let undefined): throw .undefined(undefined.message)
        case .callable(let callable):
            if let receiver = callable.receiver {
                return try method(callable.name, of: receiver, positional, keywords)
            }
            return try global(callable.name, positional, keywords)
        default:
            throw .type("'\(function.typeName)' object is not callable")
        }
    }

    private mutating func global(_ name: String, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)])
        throws(JinjaRenderError) -> JinjaValue
    {
        switch name {
        case "range":
            guard keywords.isEmpty else { throw .type("range() takes no keyword arguments") }
            var bounds: [Int] = []
            for argument in positional {
                switch argument {
                case .int(let value): bounds.append(value)
                case .bool(let flag): bounds.append(flag ? 1 : 0)
                case .undefined(let undefined): throw .undefined(undefined.message)
                default:
                    throw .type("'\(argument.typeName)' object cannot be interpreted as an integer")
                }
            }
            let (start, stop, step): (Int, Int, Int)
            switch bounds.count {
            case 1: (start, stop, step) = (0, bounds[0], 1)
            case 2: (start, stop, step) = (bounds[0], bounds[1], 1)
            case 3: (start, stop, step) = (bounds[0], bounds[1], bounds[2])
            default: throw .type("range expected at most 3 arguments, got \(bounds.count)")
            }
            guard step != 0 else { throw .other("range() arg 3 must not be zero") }
            let span = step > 0 ? max(0, stop - start) : max(0, start - stop)
            let count = (span + abs(step) - 1) / abs(step)
            guard count <= limits.maximumIterations else {
                throw .limit("range() would make \(count) items, more than \(limits.maximumIterations)")
            }
            let items = (0..<count).map { JinjaValue.int(start + $0 * step) }
            return .view(JinjaView(kind: .range(start, stop, step), items: items))
        case "dict":
            guard positional.isEmpty else { throw .unsupported("dict() with positional arguments is not supported") }
            var dict = JinjaDict()
            for (key, value) in keywords { dict.set(key, value) }
            return .dict(dict)
        case "namespace":
            guard positional.isEmpty else {
                throw .unsupported("namespace() with positional arguments is not supported")
            }
            var attributes = JinjaDict()
            for (key, value) in keywords { attributes.set(key, value) }
            namespaces.append(attributes)
            return .namespace(namespaces.count - 1)
        default:
            throw .unsupported("the global '\(name)' is not supported")
        }
    }

    /// One positional argument, or a default.
    private func argument(
        _ positional: [JinjaValue], _ index: Int, _ keywords: [(String, JinjaValue)],
        _ name: String
    ) -> JinjaValue? {
        if index < positional.count { return positional[index] }
        return keywords.first { $0.0 == name }?.1
    }

    private func string(_ value: JinjaValue?, method: String) throws(JinjaRenderError) -> String? {
        switch value {
        case nil, .none?: return nil
        case .string(let text)?: return text
        case .undefined(let undefined)?: throw .undefined(undefined.message)
        case let other?: throw .type("\(method) arg must be None or str, not \(other.typeName)")
        }
    }

    private func method(
        _ name: String, of receiver: JinjaValue, _ positional: [JinjaValue],
        _ keywords: [(String, JinjaValue)]
    ) throws(JinjaRenderError) -> JinjaValue {
        switch receiver {
        case .dict(let dict):
            switch name {
            case "get":
                guard let key = argument(positional, 0, [], "key") else {
                    throw .type("get expected at least 1 argument, got 0")
                }
                guard JinjaDict.isHashable(key) else { throw .type("unhashable type: '\(key.typeName)'") }
                return dict.value(for: key) ?? argument(positional, 1, [], "default") ?? .none
            case "keys": return .view(JinjaView(kind: .dictView("dict_keys"), items: dict.keys))
            case "values": return .view(JinjaView(kind: .dictView("dict_values"), items: dict.values))
            case "items":
                return .view(JinjaView(kind: .dictView("dict_items"), items: dict.entries.map { .tuple([$0, $1]) }))
            case "copy": return receiver
            default: throw .unsupported("the dict method '\(name)' is not supported")
            }
        case .string(let text):
            return try stringMethod(name, text, positional, keywords)
        case .list(let items), .tuple(let items):
            switch name {
            case "count":
                guard let needle = positional.first else { throw .type("count() takes exactly one argument (0 given)") }
                return .int(items.filter { JinjaValue.pythonEquals($0, needle) }.count)
            case "index":
                guard let needle = positional.first else { throw .type("index expected at least 1 argument, got 0") }
                guard let position = items.firstIndex(where: { JinjaValue.pythonEquals($0, needle) }) else {
                    throw .other("\((try? needle.pythonRepr()) ?? "") is not in list")
                }
                return .int(position)
            default:
                throw .unsupported("the list method '\(name)' is not supported (it changes the list in place)")
            }
        case .loop(let loop):
            guard name == "cycle" else { throw .unsupported("loop.\(name) is not supported") }
            guard !positional.isEmpty else { throw .type("no items for cycling given") }
            return positional[loop.index0 % positional.count]
        default:
            throw .unsupported("the method '\(name)' is not supported")
        }
    }

    private func stringMethod(
        _ name: String, _ text: String, _ positional: [JinjaValue],
        _ keywords: [(String, JinjaValue)]
    ) throws(JinjaRenderError) -> JinjaValue {
        switch name {
        case "lower": return .string(text.lowercased())
        case "upper": return .string(text.uppercased())
        case "strip", "lstrip", "rstrip":
            let chars = try string(argument(positional, 0, keywords, "chars"), method: name)
            return .string(Self.strip(text, chars, leading: name != "rstrip", trailing: name != "lstrip"))
        case "split", "rsplit":
            if name == "rsplit" { throw .unsupported("str.rsplit is not supported") }
            let separator = try string(argument(positional, 0, keywords, "sep"), method: name)
            var limit = -1
            if let value = argument(positional, 1, keywords, "maxsplit") {
                guard case .int(let number) = value else {
                    throw .type("'\(value.typeName)' object cannot be interpreted as an integer")
                }
                limit = number
            }
            if separator == "" { throw .other("empty separator") }
            return .list(Self.split(text, separator, limit).map { .string($0) })
        case "startswith", "endswith":
            guard let value = positional.first else { throw .type("\(name)() takes at least 1 argument (0 given)") }
            var candidates: [String] = []
            switch value {
            case .string(let prefix): candidates = [prefix]
            case .tuple(let items):
                for item in items {
                    guard case .string(let prefix) = item else {
                        throw .type("tuple for \(name) must only contain str, not \(item.typeName)")
                    }
                    candidates.append(prefix)
                }
            default:
                throw .type("\(name) first arg must be str or a tuple of str, not \(value.typeName)")
            }
            guard positional.count == 1 else {
                throw .unsupported("start and end arguments of \(name) are not supported")
            }
            let bytes = Array(text.utf8)
            return .bool(
                candidates.contains { candidate in
                    let part = Array(candidate.utf8)
                    return name == "startswith"
                        ? bytes.starts(with: part) : bytes.reversed().starts(with: part.reversed())
                })
        case "replace":
            guard positional.count >= 2, case .string(let old) = positional[0], case .string(let new) = positional[1]
            else { throw .type("replace expected str arguments") }
            var count = -1
            if positional.count > 2 {
                guard case .int(let number) = positional[2] else { throw .type("replace count must be an integer") }
                count = number
            }
            let result = Self.replace(text, old, new, count)
            try checkSize(result.utf8.count)
            return .string(result)
        case "join":
            guard let value = positional.first else { throw .type("str.join() takes exactly one argument (0 given)") }
            var parts: [String] = []
            for (position, item) in try iterate(value).enumerated() {
                guard case .string(let part) = item else {
                    throw .type("sequence item \(position): expected str instance, \(item.typeName) found")
                }
                parts.append(part)
            }
            let result = parts.joined(separator: text)
            try checkSize(result.utf8.count)
            return .string(result)
        case "find", "count":
            guard case .string(let part)? = positional.first, positional.count == 1 else {
                throw .unsupported("str.\(name) with these arguments is not supported")
            }
            let scalars = Array(text.unicodeScalars)
            let needle = Array(part.unicodeScalars)
            if name == "find" {
                guard !needle.isEmpty else { return .int(0) }
                guard let found = scalars.firstRange(of: needle) else { return .int(-1) }
                return .int(found.lowerBound)
            }
            guard !needle.isEmpty else { return .int(scalars.count + 1) }
            var count = 0
            var rest = scalars[...]
            while let found = rest.firstRange(of: needle) {
                count += 1
                rest = rest[found.upperBound...]
            }
            return .int(count)
        case "isdigit":
            return .bool(
                !text.isEmpty
                    && text.unicodeScalars.allSatisfy {
                        $0.properties.numericType == .decimal || $0.properties.numericType == .digit
                    })
        default:
            throw .unsupported("the string method '\(name)' is not supported")
        }
    }

    /// Python's `str.strip(chars)`.
    static func strip(_ text: String, _ chars: String?, leading: Bool, trailing: Bool) -> String {
        let set = chars.map { Set($0.unicodeScalars) }
        func strippable(_ scalar: Unicode.Scalar) -> Bool {
            if let set { return set.contains(scalar) }
            return JinjaValue.isPythonSpace(scalar)
        }
        var scalars = Array(text.unicodeScalars)[...]
        if leading { while let first = scalars.first, strippable(first) { scalars = scalars.dropFirst() } }
        if trailing { while let last = scalars.last, strippable(last) { scalars = scalars.dropLast() } }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Python's `str.split(sep, maxsplit)`.
    static func split(_ text: String, _ separator: String?, _ limit: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var parts: [String] = []
        func make(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return String(view)
        }
        guard let separator else {
            var index = 0
            while index < scalars.count {
                while index < scalars.count, JinjaValue.isPythonSpace(scalars[index]) { index += 1 }
                guard index < scalars.count else { break }
                if limit >= 0, parts.count == limit {
                    var end = scalars.count
                    while end > index, JinjaValue.isPythonSpace(scalars[end - 1]) { end -= 1 }
                    parts.append(make(scalars[index..<end]))
                    return parts
                }
                let start = index
                while index < scalars.count, !JinjaValue.isPythonSpace(scalars[index]) { index += 1 }
                parts.append(make(scalars[start..<index]))
            }
            return parts
        }
        let needle = Array(separator.unicodeScalars)
        var rest = scalars[...]
        while limit < 0 || parts.count < limit, let found = rest.firstRange(of: needle) {
            parts.append(make(rest[rest.startIndex..<found.lowerBound]))
            rest = rest[found.upperBound...]
        }
        parts.append(make(rest))
        return parts
    }

    /// Python's `str.replace(old, new, count)`.
    static func replace(_ text: String, _ old: String, _ new: String, _ count: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(old.unicodeScalars)
        let replacement = Array(new.unicodeScalars)
        var result: [Unicode.Scalar] = []
        var replaced = 0
        if needle.isEmpty {
            for scalar in scalars {
                if count < 0 || replaced < count {
                    result += replacement
                    replaced += 1
                }
                result.append(scalar)
            }
            if count < 0 || replaced < count { result += replacement }
        } else {
            var rest = scalars[...]
            while count < 0 || replaced < count, let found = rest.firstRange(of: needle) {
                result += rest[rest.startIndex..<found.lowerBound]
                result += replacement
                replaced += 1
                rest = rest[found.upperBound...]
            }
            result += rest
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return String(view)
    }
}
