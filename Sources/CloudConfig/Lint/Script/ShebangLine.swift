/// A `#!` line as the kernel reads it: the interpreter's path up to the first blank, and the rest
/// of the line as one optional argument.
struct ShebangLine: Sendable, Hashable {
    /// The interpreter as written (`/bin/bash`, `/usr/bin/env`, or empty when none is).
    var path: String
    /// The rest of the line, trimmed, if any.
    var argument: String?

    /// Reads a `#!` line; `nil` for a line that does not start with `#!`.
    ///
    /// - Parameter line: The line, without its line break.
    init?(_ line: String) {
        guard line.hasPrefix("#!") else { return nil }
        let rest = line.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        let path = rest.prefix { $0 != " " && $0 != "\t" && $0 != "\r" }
        self.path = String(path)
        let argument = rest.dropFirst(path.count).trimmingCharacters(in: [" ", "\t", "\r"])
        self.argument = argument.isEmpty ? nil : argument
    }

    /// The interpreter's name: the last component of the path, or for `env` the program it runs.
    var program: String? {
        let name = String(path.split(separator: "/").last ?? "")
        guard name == "env" else { return name.isEmpty ? nil : name }
        let words = (argument ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let program = words.first(where: { !$0.hasPrefix("-") && !$0.contains("=") }) else { return nil }
        return String(program.split(separator: "/").last ?? program)
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
