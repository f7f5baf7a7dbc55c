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
        let target = normalised(name)
        let limit = max(1, min(3, name.count / 3))
        // Each candidate is normalised once, for both passes: an input with many unknown keys asks
        // for a suggestion per key, each against every known key.
        let normalisedCandidates = candidates.map { normalised($0) }
        for (candidate, normal) in zip(candidates, normalisedCandidates) where normal == target && candidate != name {
            return candidate
        }
        let targetScalars = Array(target.unicodeScalars)
        var best: (name: String, distance: Int)?
        for (candidate, normal) in zip(candidates, normalisedCandidates) where candidate != name {
            guard abs(normal.unicodeScalars.count - targetScalars.count) <= limit else { continue }
            let distance = HeaderAnalysis.editDistance(targetScalars, Array(normal.unicodeScalars), limit: limit)
            if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.name
    }

    /// A name lower-cased, with `-` read as `_`.
    private static func normalised(_ text: String) -> String {
        String(text.lowercased().map { $0 == "-" ? "_" : $0 })
    }
}
