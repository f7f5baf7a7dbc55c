/// "Did you mean" for misspelt names.
package enum Suggestion {
    /// The closest name to a misspelt one, if one is close enough to suggest.
    ///
    /// Names that differ only in case or in `-` versus `_` match first; otherwise the Levenshtein
    /// distance must be at most a third of the name's length (at least 1, at most 3).
    ///
    /// - Parameters:
    ///   - name: The misspelt name.
    ///   - candidates: The names that exist.
    /// - Returns: The suggestion, or `nil`.
    package static func closest(to name: String, among candidates: [String]) -> String? {
        func normalised(_ text: String) -> String { text.lowercased().replacing("-", with: "_") }
        let target = normalised(name)
        if let exact = candidates.first(where: { normalised($0) == target && $0 != name }) { return exact }
        let limit = max(1, min(3, name.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = HeaderAnalysis.editDistance(target, normalised(candidate), limit: limit)
            if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.name
    }
}
