/// The hosts of a fleet and each host's variables, from a CSV file with a header row or a JSON
/// array of objects. The `host` column (or key) names each host and its output directory; every
/// other column is a variable of the profile.
///
/// ```csv
/// host,ip,role
/// web-01,10.0.0.11,frontend
/// ```
public struct Inventory: Sendable {
    /// Why an inventory cannot be read.
    public struct Error: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, lower-case, without a final period.
        public let message: String
        /// The line it is on, from 1; `nil` for the file as a whole.
        public let line: Int?
        /// `line N: message`, or the message.
        public var description: String { (line.map { "line \($0): " } ?? "") + message }
    }

    /// The column or key that names each host.
    public static let hostKey = "host"
    /// The most hosts an inventory may have.
    public static let maximumHosts = 1_000_000

    /// The hosts, in file order.
    public let hosts: [InventoryHost]
    /// The variable names the inventory gives (its columns or keys other than `host`), sorted.
    public let variableNames: [String]

    /// Reads an inventory: JSON when the first character other than blanks is `[`, CSV otherwise.
    ///
    /// - Parameter source: The file.
    /// - Returns: The inventory.
    /// - Throws: ``Error`` for a file that is not UTF-8, malformed, without a `host` column, with
    ///   a host name that cannot name a directory, or with a host twice.
    public static func read(_ source: SourceFile) throws(Error) -> Inventory {
        guard String(validating: source.bytes, as: UTF8.self) != nil else {
            throw Error(message: "the inventory is not UTF-8 text", line: nil)
        }
        let first = source.bytes.first { $0 >= 0x80 || !PythonText.isWhitespace(Unicode.Scalar($0)) }
        let rows = first == UInt8(ascii: "[") ? try json(source) : try csv(source)
        var seen: [String: Int] = [:]
        var names: Set<String> = []
        for host in rows {
            if let line = seen[host.name] {
                throw Error(message: "the host '\(host.name)' is already on line \(line)", line: host.line)
            }
            seen[host.name] = host.line
            names.formUnion(host.variables.keys)
        }
        guard rows.count <= maximumHosts else {
            throw Error(message: "an inventory has at most \(maximumHosts) hosts", line: nil)
        }
        return Inventory(hosts: rows, variableNames: names.sorted())
    }

    /// Whether a host name can name a directory: letters, digits, `.`, `_` and `-`, not `.` or `..`.
    public static func isHostName(_ name: String) -> Bool {
        guard !name.isEmpty, name != ".", name != "..", name.utf8.count <= 255 else { return false }
        // ASCII letters, digits, '.', '_' and '-': byte by byte, as no other scalar's UTF-8 has such a byte.
        return name.utf8.allSatisfy {
            PlanValidation.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: "-")
        }
    }

    private static func host(_ name: String?, line: Int) throws(Error) -> String {
        guard let name else { throw Error(message: "the row has no '\(hostKey)'", line: line) }
        guard isHostName(name) else {
            throw Error(
                message: "'\(name)' cannot name a host's directory: use letters, digits, '.', '_' and '-'", line: line)
        }
        return name
    }

    private static func scalar(_ text: String) -> ProfileNode {
        .scalar(
            ProfileScalar(
                value: .string(text), range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)),
                exactText: false, hasReferences: false))
    }

    // MARK: - CSV

    /// RFC 4180: fields separated by commas, rows by LF or CR LF, fields in double quotes may hold
    /// commas, line breaks and doubled quotes.
    static func csv(_ source: SourceFile) throws(Error) -> [InventoryHost] {
        let records = try csvRecords(Array(source.text.unicodeScalars))
        guard let header = records.first else { throw Error(message: "the inventory is empty", line: nil) }
        let columns = header.fields.map { $0.trimmingCharacters(in: " \t") }
        guard let hostColumn = columns.firstIndex(of: hostKey) else {
            throw Error(message: "the header row has no '\(hostKey)' column", line: header.line)
        }
        for (index, column) in columns.enumerated() where columns[..<index].contains(column) {
            throw Error(message: "the column '\(column)' is in the header twice", line: header.line)
        }
        var hosts: [InventoryHost] = []
        for record in records.dropFirst() {
            if record.fields == [""] { continue }
            guard record.fields.count == columns.count else {
                throw Error(
                    message: "the row has \(record.fields.count) fields; the header has \(columns.count)",
                    line: record.line)
            }
            let name = try host(record.fields[hostColumn], line: record.line)
            var variables: [String: ProfileNode] = [:]
            for (index, column) in columns.enumerated() where index != hostColumn {
                variables[column] = scalar(record.fields[index])
            }
            variables[hostKey] = scalar(name)
            hosts.append(InventoryHost(name: name, variables: variables, line: record.line))
        }
        return hosts
    }

    private struct Record {
        var fields: [String]
        var line: Int
    }

    private static func csvRecords(_ scalars: [Unicode.Scalar]) throws(Error) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var index = 0
        var quoted = false
        var fieldStarted = false
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    if index < scalars.count, ![",", "\n", "\r"].contains(scalars[index]) {
                        throw Error(message: "text after a closing quote; double a quote inside a field", line: line)
                    }
                    continue
                }
                if scalar == "\n" { line += 1 }
                field.append(scalar)
                index += 1
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted && field.isEmpty:
                quoted = true
                fieldStarted = true
            case ",":
                endField()
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                break
            case "\n":
                endField()
                records.append(Record(fields: fields, line: recordLine))
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(scalar)
                fieldStarted = true
            }
            index += 1
        }
        if quoted { throw Error(message: "a quoted field is not closed", line: recordLine) }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }

    // MARK: - JSON

    static func json(_ source: SourceFile) throws(Error) -> [InventoryHost] {
        let value: JSONValue
        do throws(JSONValue.ParseError) {
            value = try JSONValue.parse(source.bytes, maximumDepth: 16)
        } catch {
            throw Error(message: "the inventory is not JSON: \(error)", line: nil)
        }
        guard case .array(let items) = value else {
            throw Error(message: "a JSON inventory is an array of objects, one per host", line: nil)
        }
        var hosts: [InventoryHost] = []
        for (index, item) in items.enumerated() {
            let number = index + 1
            guard case .object(let members) = item else {
                throw Error(message: "host \(number) is not an object", line: nil)
            }
            var variables: [String: ProfileNode] = [:]
            var name: String?
            for (key, member) in members {
                guard let node = node(member) else {
                    throw Error(
                        message: "host \(number): '\(key)' must be a text, number, boolean or list of them", line: nil)
                }
                if key == hostKey {
                    guard case .string(let text) = member else {
                        throw Error(message: "host \(number): '\(hostKey)' must be a text", line: nil)
                    }
                    name = text
                }
                variables[key] = node
            }
            let hostName: String
            do throws(Error) {
                hostName = try host(name, line: 0)
            } catch {
                throw Error(message: "host \(number): \(error.message)", line: nil)
            }
            hosts.append(InventoryHost(name: hostName, variables: variables, line: number))
        }
        return hosts
    }

    private static func node(_ value: JSONValue) -> ProfileNode? {
        let start = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
        func scalar(_ value: YAMLScalar) -> ProfileNode {
            .scalar(ProfileScalar(value: value, range: start, exactText: false, hasReferences: false))
        }
        switch value {
        case .string(let text): return scalar(.string(text))
        case .bool(let flag): return scalar(.bool(flag))
        case .null: return scalar(.null)
        case .number(let text):
            if let integer = Int(text) { return scalar(.int(YAMLInteger(integer))) }
            return scalar(.string(text))
        case .array(let items):
            var nodes: [ProfileNode] = []
            for item in items {
                guard case .scalar(let inner)? = node(item) else { return nil }
                nodes.append(.scalar(inner))
            }
            return .sequence(nodes, start)
        case .object: return nil
        }
    }
}

/// One host of an inventory: its name and its variables.
public struct InventoryHost: Sendable {
    /// The name, which names its output directory (`hosts/<name>/`); also the variable `host`.
    public let name: String
    /// Where the host is: its line in a CSV file, its position (from 1) in a JSON array.
    public let line: Int
    /// The host's variables by name.
    let variables: [String: ProfileNode]

    init(name: String, variables: [String: ProfileNode], line: Int) {
        self.name = name
        self.variables = variables
        self.line = line
    }

    /// Creates a host from text values (for programs that build an inventory themselves).
    ///
    /// - Parameters:
    ///   - name: The host's name.
    ///   - values: Its variables.
    public init(name: String, values: [String: String]) {
        var variables: [String: ProfileNode] = [:]
        for (key, value) in values {
            variables[key] = .scalar(
                ProfileScalar(
                    value: .string(value), range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)),
                    exactText: false, hasReferences: false))
        }
        variables[Inventory.hostKey] =
            variables[Inventory.hostKey]
            ?? .scalar(
                ProfileScalar(
                    value: .string(name), range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)),
                    exactText: false, hasReferences: false))
        self.init(name: name, variables: variables, line: 0)
    }

    /// The names of the host's variables, sorted.
    public var variableNames: [String] { variables.keys.sorted() }
}

extension String {
    /// The text without leading and trailing characters of a set.
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
