extension Linter {
    /// Lints the files of one image together: each file by itself, as ``lint(_:as:)`` does, then
    /// the checks across files (the image rules), whose findings go on one file with notes at
    /// the places in the others.
    ///
    /// The image's waagent.conf is read for the configured agent version, its system
    /// configuration merged as cloud-init merges `cloud.cfg` and `cloud.cfg.d`, and each
    /// cloud-config of user-data checked against both. Context files (``LintInput/isContext``)
    /// are checked against but not reported.
    ///
    /// - Parameter inputs: The files.
    /// - Returns: One result per file that is not context, in the order given.
    public func lint(together inputs: [LintInput]) -> [LintResult] {
        let members = inputs.map { input in
            ImageContext.Member(
                source: input.source, kind: input.kind ?? InputKind.detect(input.source), isContext: input.isContext)
        }
        var results: [Int: LintResult] = [:]
        for (index, member) in members.enumerated() where !member.isContext {
            results[index] = lint(member.source, as: member.kind)
        }
        let image = ImageContext(
            members: members, agentVersion: configuration.agentVersion, target: configuration.target, limits: limits)
        var added: [Int: [Diagnostic]] = [:]
        for rule in RuleRegistry.imageRules {
            guard let severity = configuration.severity(for: rule.definition) else { continue }
            for finding in rule.check(image) {
                guard let (index, placed) = Self.place(finding, of: rule, in: image) else { continue }
                var diagnostic = placed
                if configuration.explicitSeverity(for: rule.definition) != nil { diagnostic.severity = severity }
                added[index, default: []].append(diagnostic)
            }
        }
        for (index, diagnostics) in added {
            guard let result = results[index] else { continue }
            let member = members[index]
            // Suppression comments of the file apply, and a finding across files replaces the
            // single-file findings it explains better at the same place.
            let suppressions = makeContext(for: member.source, as: member.kind).suppressions
            let kept = diagnostics.filter { diagnostic in
                let aliases = RuleRegistry.definition(for: diagnostic.ruleID)?.aliases ?? []
                return suppressions?.suppresses(diagnostic, aliases: aliases) != true
            }
            let superseded = kept.flatMap { diagnostic in
                (RuleRegistry.definition(for: diagnostic.ruleID)?.supersedes ?? []).map { ($0, diagnostic.range.start) }
            }
            let own = result.diagnostics.filter { existing in
                !superseded.contains { $0.0 == existing.ruleID && $0.1 == existing.range.start }
            }
            results[index] = LintResult(
                path: result.path, kind: result.kind, diagnostics: own + kept, isUnparsable: result.isUnparsable,
                inputKind: result.inputKind, source: result.source)
        }
        return members.indices.compactMap { results[$0] }
    }

    /// The context of a file as the rules of its kind see it.
    func makeContext(for source: SourceFile, as kind: InputKind) -> LintContext {
        switch kind {
        case .userData: makeContext(source)
        case .waagent: makeAgentContext(source)
        case .systemConfig: makeSystemConfigurationContext(source)
        case .profile: makeProfileContext(source)
        }
    }

    /// The file a finding goes on and the diagnostic: its own place, unless that is in a context
    /// file and another of its places is not; `nil` when every place is in a context file.
    static func place(_ finding: ImageFinding, of rule: any ImageRule, in image: ImageContext) -> (Int, Diagnostic)? {
        var site = finding.site
        var related = finding.related
        if image.members[site.member].isContext {
            guard let index = related.firstIndex(where: { !image.members[$0.site.member].isContext }) else {
                return nil
            }
            let promoted = related.remove(at: index)
            related.insert((finding.siteNote, site), at: 0)
            site = promoted.site
        }
        let notes = related.map { note in
            Note(
                note.message, at: note.site.range,
                in: note.site.member == site.member ? nil : image.members[note.site.member].source.path)
        }
        let keyPath = site.keyPath.map { KeyPath.root.appending(key: $0) }
        return (
            site.member,
            rule.diagnostic(finding.message, at: site.range, keyPath: keyPath, notes: notes, severity: finding.severity)
        )
    }
}
