/// A value while rendering, modelled on the Python objects Jinja works with.
///
/// Strings are sequences of Unicode scalars (Python code points): lengths, indexes and slices
/// count scalars, never grapheme clusters.
indirect enum JinjaValue: Sendable {
    /// Jinja's undefined value, with what is known of how it came about.
    case undefined(JinjaUndefined)
    /// Python's `None` (JSON `null`).
    case none
    /// `True` or `False`.
    case bool(Bool)
    /// A Python `int` that fits in 64 bits.
    case int(Int)
    /// A Python `float`.
    case float(Double)
    /// A Python `str`.
    case string(String)
    /// A Python `list`.
    case list([JinjaValue])
    /// A Python `tuple`.
    case tuple([JinjaValue])
    /// A Python `dict`, in insertion order.
    case dict(JinjaDict)
    /// Something that can be called: a global function or a bound method.
    case callable(JinjaCallable)
    /// A `for` loop's `loop` object.
    case loop(JinjaLoop)
    /// A `namespace()` object, by identity (its attributes live in the renderer).
    case namespace(Int)
    /// A lazy Python sequence: `range(...)`, a dict view, or a generator from a filter.
    case view(JinjaView)

    /// Python's type name, as in `TypeError` messages.
    var typeName: String {
        switch self {
        case .undefined: "UndefinedJinjaVariable"
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "str"
        case .list: "list"
        case .tuple: "tuple"
        case .dict: "dict"
        case .callable(let callable): callable.isMethod ? "builtin_function_or_method" : "function"
        case .loop: "LoopContext"
        case .namespace: "Namespace"
        case .view(let view): view.typeName
        }
    }

    /// Whether the value is undefined.
    var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    /// Python's truth value.
    var isTruthy: Bool {
        switch self {
        case .undefined, .none: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .float(let value): value != 0
        case .string(let value): !value.isEmpty
        case .list(let items), .tuple(let items): !items.isEmpty
        case .dict(let dict): !dict.isEmpty
        case .callable, .loop, .namespace: true
        case .view(let view): view.isGenerator || !view.items.isEmpty
        }
    }
}

/// How an undefined value came about: Jinja's `Undefined(hint, obj, name)`.
struct JinjaUndefined: Sendable {
    /// `str()` of the missing name (`None` when there is none).
    var name: String
    /// `repr()` of the missing name.
    var nameRepr: String
    /// Whether the missing name is a string (attribute) rather than an index.
    var nameIsString: Bool
    /// Jinja's `object_type_repr` of the object that lacked it, or `nil` for a missing variable.
    var owner: String?
    /// An explicit message, such as `there is no previous item`.
    var hint: String?
    /// Whether this is Jinja's plain `Undefined` (an inline `if` without `else`), which prints
    /// as nothing, rather than cloud-init's class.
    var isPlain = false

    /// A missing top-level variable.
    static func variable(_ name: String) -> JinjaUndefined {
        JinjaUndefined(name: name, nameRepr: JinjaValue.stringRepr(name), nameIsString: true, owner: nil, hint: nil)
    }

    /// A missing attribute or item of a value.
    static func member(_ key: JinjaValue, of owner: JinjaValue) -> JinjaUndefined {
        let isString: Bool
        if case .string = key { isString = true } else { isString = false }
        return JinjaUndefined(
            name: (try? key.pythonString()) ?? "", nameRepr: (try? key.pythonRepr()) ?? "",
            nameIsString: isString, owner: owner.objectTypeRepr, hint: nil)
    }

    /// An undefined value with only a message.
    static func hinted(_ hint: String?) -> JinjaUndefined {
        JinjaUndefined(name: "None", nameRepr: "None", nameIsString: false, owner: nil, hint: hint)
    }

    /// Jinja's `_undefined_message`, the text of the `UndefinedError` raised on use.
    var message: String {
        if let hint { return hint }
        guard let owner else { return "\(nameRepr) is undefined" }
        if !nameIsString { return "\(owner) has no element \(nameRepr)" }
        return "\(JinjaValue.stringRepr(owner)) has no attribute \(nameRepr)"
    }

    /// What cloud-init's `UndefinedJinjaVariable` prints.
    var printed: String { isPlain ? "" : "CI_MISSING_JINJA_VAR/" + name }
}

/// A global function or a bound method value.
struct JinjaCallable: Sendable {
    /// The function's name (`range`, `dict`, `get`, ...).
    var name: String
    /// The object a method is bound to; `nil` for a global function.
    var receiver: JinjaValue?

    /// Whether this is a bound method.
    var isMethod: Bool { receiver != nil }
}

/// The state of a `for` loop seen through `loop`.
struct JinjaLoop: Sendable {
    /// The 0-based index of the current item.
    var index0: Int
    /// The number of items.
    var length: Int
    /// The previous item, if any.
    var previous: JinjaValue?
    /// The next item, if any.
    var next: JinjaValue?
}

/// A lazy Python sequence, kept as its items plus what it prints as.
struct JinjaView: Sendable {
    /// What produced the sequence.
    enum Kind: Sendable {
        /// `range(start, stop, step)`.
        case range(Int, Int, Int)
        /// `dict.keys()`, `dict.values()` or `dict.items()`.
        case dictView(String)
        /// A generator (`map`, `select`, `unique`, `items`, ...): prints as an object address.
        case generator(String)
    }

    /// What produced the sequence.
    var kind: Kind
    /// The items.
    var items: [JinjaValue]

    /// Whether this is a generator, which is always true in a test and can be consumed once.
    var isGenerator: Bool {
        if case .generator = kind { return true }
        return false
    }

    /// Python's type name.
    var typeName: String {
        switch kind {
        case .range: "range"
        case .dictView(let name): name
        case .generator: "generator"
        }
    }
}
