extension AgentConfiguration {
    /// Whether bytes look like a waagent.conf, for recognising a file's kind by its content.
    ///
    /// The first 64 KiB are read as the agent reads them. The file is taken for a waagent.conf
    /// when its `key=value` lines name keys of the agent (in any case, dead keys included) — at
    /// least one, and at least half of them — and no line looks like YAML or JSON
    /// (`#cloud-config`, `key: value` with a known key on the same line count against it). A file
    /// with no active line is recognised by three or more commented-out known keys (`#Key=value`).
    ///
    /// - Parameter bytes: The file's content.
    /// - Returns: `true` when the content is most likely a waagent.conf.
    public static func isLikelyAgentConfiguration(_ bytes: [UInt8]) -> Bool {
        var prefix = Array(bytes.prefix(64 * 1024))
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { prefix.removeFirst(3) }
        guard !prefix.isEmpty, !prefix.contains(0) else { return false }
        let text = String(decoding: prefix, as: UTF8.self)
        if text.hasPrefix("#cloud-config") || text.hasPrefix("#!") || text.hasPrefix("{") { return false }
        let known = Set(AgentCatalog.agent.allKeys.map { $0.lowercased() })
        var assignments = 0
        var knownAssignments = 0
        var commentedKnown = 0
        var yamlLines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let body = String(line).trimmingPythonWhitespace
            guard !body.isEmpty else { continue }
            if body.hasPrefix("#") {
                let commented = body.drop { $0 == "#" || $0 == " " }
                if let equals = commented.firstIndex(of: "="),
                    known.contains(commented[..<equals].trimmingCharacters(in: " \t").lowercased())
                {
                    commentedKnown += 1
                }
                continue
            }
            if let equals = body.firstIndex(of: "=") {
                let key = body[..<equals].trimmingCharacters(in: " \t")
                guard Self.looksLikeKey(key) else { continue }
                assignments += 1
                if known.contains(key.lowercased()) { knownAssignments += 1 }
            } else if let colon = body.firstIndex(of: ":"), colon != body.startIndex {
                yamlLines += 1
            }
        }
        if assignments == 0 { return commentedKnown >= 3 && yamlLines == 0 }
        return knownAssignments >= 1 && knownAssignments * 2 >= assignments && yamlLines <= knownAssignments
    }

    /// A dotted word of letters and digits, the shape of every waagent.conf key.
    private static func looksLikeKey(_ key: String) -> Bool {
        !key.isEmpty
            && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." }
    }
}

extension Substring {
    /// The text without leading and trailing characters from a set.
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
