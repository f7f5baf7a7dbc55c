extension Linter {
    /// Lints a file of cloud-init's system configuration (`/etc/cloud/cloud.cfg` or a drop-in in
    /// `/etc/cloud/cloud.cfg.d/`): YAML as cloud-init's `read_conf` loads it, without a header,
    /// checked against the system configuration's keys, which include every cloud-config key.
    func lintSystemConfiguration(_ source: SourceFile) -> LintResult {
        let context = makeSystemConfigurationContext(source)
        return LintResult(
            path: source.path, kind: .unknown, diagnostics: run(context),
            isUnparsable: context.stream?.isIncomplete ?? false, inputKind: .systemConfig, source: source)
    }

    /// Reads a system configuration file and runs the validator against the system
    /// configuration's catalog.
    func makeSystemConfigurationContext(_ source: SourceFile) -> LintContext {
        let catalog = Catalog.systemConfig
        let stream = YAMLStream.parse(source, limits: limits)
        var document: YAMLDocument?
        if !stream.isIncomplete, let first = stream.documents.first { document = first }
        var findings: [SchemaFinding] = []
        if let document, let root = document.root, document[document.resolved(root)].kind == .mapping {
            findings = validator.validate(root, in: document, against: catalog.root)
        }
        return LintContext(
            source: source, kind: .unknown, header: HeaderAnalysis(source), isCloudConfig: true, stream: stream,
            document: document, target: configuration.target, catalog: catalog, schemaFindings: findings,
            paths: document.map(DocumentPaths.init), knownRules: knownRuleIDs, inputKind: .systemConfig)
    }
}
