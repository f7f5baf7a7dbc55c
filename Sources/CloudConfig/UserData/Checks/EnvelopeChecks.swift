/// The checks on an opened envelope that look at more than one step of cloud-init's processing:
/// the MIME structure, the content types the parts end up with, their transfer encodings and
/// their merge and file-name headers.
enum EnvelopeChecks {
    /// Every finding of the checks.
    ///
    /// - Parameters:
    ///   - opener: The opener after processing.
    ///   - parts: The parts handlers receive.
    ///   - partOfNode: The part index of each attached node.
    /// - Returns: The findings, unsorted.
    static func findings(opener: inout EnvelopeOpener, parts: [UserDataPart], partOfNode: [Int: Int])
        -> [EnvelopeFinding]
    {
        var findings = structure(opener)
        var nodeOfPart: [Int: Int] = [:]
        for (node, part) in partOfNode { nodeOfPart[part] = node }
        // A message whose headers a byte order mark hides is reported once, as that.
        let hidden = Set(
            opener.documents.filter { $0.document.bytes.starts(with: [0xEF, 0xBB, 0xBF]) }.map(\.firstNode))
        var firstPartHandler: Int?
        for (index, part) in parts.enumerated() {
            guard let node = nodeOfPart[index], !hidden.contains(node) else { continue }
            findings += contentType(part, node: node, opener: &opener, partHandler: firstPartHandler.map { parts[$0] })
            findings += encoding(part, node: node, opener: &opener)
            findings += headers(part, node: node, opener: opener)
            if part.handler == .partHandler, firstPartHandler == nil { firstPartHandler = index }
        }
        findings += duplicateFilenames(parts, nodeOfPart: nodeOfPart, opener: opener)
        for include in opener.includes {
            findings.append(.includeURL(include))
        }
        return findings
    }
}

extension EnvelopeFinding {
    static func includeURL(_ include: IncludeURL) -> Self {
        EnvelopeFinding(
            .includeURL, .note,
            "cloud-init downloads '\(include.url)' at boot\(include.once ? " (once, then from its cache)" : "") "
                + "and processes it as user-data; cloudcfg does not fetch it, and if the download fails cloud-init "
                + "rejects all of the user-data", at: include.location)
    }
}
