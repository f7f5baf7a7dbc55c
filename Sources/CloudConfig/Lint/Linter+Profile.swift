extension Linter {
    /// Lints a generation profile: what ``ProfileReader`` finds reading it and resolving it for
    /// each distribution it targets, with the configuration's severities and the profile's
    /// suppression comments applied, as for every other kind of input.
    func lintProfile(_ source: SourceFile) -> LintResult {
        let found = ProfileReader.lint(source)
        let context = makeProfileContext(source)
        return LintResult(
            path: source.path, kind: .unknown, diagnostics: run(context, found: found),
            isUnparsable: context.stream?.isIncomplete ?? false, inputKind: .profile, source: source)
    }

    /// The context of a profile: its YAML, read again for its comments (suppressions), which the
    /// profile reader does not keep.
    func makeProfileContext(_ source: SourceFile) -> LintContext {
        let stream = YAMLStream.parse(source, limits: limits)
        return LintContext(
            source: source, kind: .unknown, header: HeaderAnalysis(source), isCloudConfig: false, stream: stream,
            document: stream.isIncomplete ? nil : stream.documents.first, target: configuration.target,
            catalog: catalog, schemaFindings: [], paths: nil, knownRules: knownRuleIDs, inputKind: .profile)
    }
}
