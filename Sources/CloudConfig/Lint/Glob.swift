/// Shell-style path patterns for `ignore:` in `.cloudcfg.yaml`: `*` matches within a path
/// component, `**` across components, `?` one character and `[abc]` a set. A pattern without a
/// `/` matches the last component anywhere, as in `.gitignore`.
package struct Glob: Sendable, Hashable {
    /// The pattern as written.
    package let pattern: String

    /// Creates a glob.
    ///
    /// - Parameter pattern: The pattern.
    package init(_ pattern: String) { self.pattern = pattern }

    /// Whether a relative path (components separated by `/`) matches.
    ///
    /// - Parameter path: A path relative to the directory the pattern is relative to.
    /// - Returns: `true` when the path, or (for a pattern without `/`) any component, matches;
    ///   a pattern matching a directory matches everything inside it.
    package func matches(_ path: String) -> Bool {
        var pattern = Substring(self.pattern)
        if pattern.hasPrefix("./") { pattern = pattern.dropFirst(2) }
        if pattern.hasSuffix("/") { pattern = pattern.dropLast() }
        let components = path.split(separator: "/").map(String.init)
        if !pattern.contains("/") {
            return components.contains { Self.match(Array(pattern.unicodeScalars), Array($0.unicodeScalars)) }
        }
        let patternComponents = pattern.split(separator: "/").map(String.init)
        // A match of a leading part of the path (a directory) covers everything below it.
        for count in 1...max(1, components.count) where count <= components.count {
            if Self.matchComponents(patternComponents[...], components[0..<count]) { return true }
        }
        return false
    }

    private static func matchComponents(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for start in path.startIndex...path.endIndex where matchComponents(rest, path[start...]) {
                return true
            }
            return false
        }
        guard let head = path.first, match(Array(first.unicodeScalars), Array(head.unicodeScalars)) else {
            return false
        }
        return matchComponents(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one component with `*`, `?` and `[...]`, iteratively with backtracking to the last `*`.
    static func match(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Bool {
        var p = 0
        var t = 0
        var star: Int?
        var starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                while p < pattern.count, pattern[p] == "*" { p += 1 }
                star = p
                starText = t
                continue
            }
            if p < pattern.count, let (matched, next) = single(pattern, p, text[t]), matched {
                p = next
                t += 1
                continue
            }
            guard let resume = star else { return false }
            starText += 1
            t = starText
            p = resume
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Matches one character against `?`, `[set]` or a literal at `p`; returns whether it matched and
    /// where the pattern continues.
    private static func single(_ pattern: [Unicode.Scalar], _ p: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        switch pattern[p] {
        case "?":
            return (true, p + 1)
        case "[":
            var index = p + 1
            var negate = false
            if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" {
                negate = true
                index += 1
            }
            var matched = false
            var first = true
            while index < pattern.count, pattern[index] != "]" || first {
                first = false
                if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                    if pattern[index] <= c && c <= pattern[index + 2] { matched = true }
                    index += 3
                } else {
                    if pattern[index] == c { matched = true }
                    index += 1
                }
            }
            guard index < pattern.count else { return (pattern[p] == c, p + 1) }
            return (matched != negate, index + 1)
        default:
            return (pattern[p] == c, p + 1)
        }
    }
}
