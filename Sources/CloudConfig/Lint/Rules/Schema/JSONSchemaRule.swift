/// What a cloud-init schema file given with `--schema` says about the cloud-config.
struct JSONSchemaRule: LintRule {
    let definition = RuleDescription(
        id: .jsonSchema, family: .schema, defaultSeverity: .error,
        summary: "What a cloud-init schema file (--schema) says, as cloud-init's validator would",
        rationale: "An image's cloud-init ships its own schema (cloudinit/config/schemas/schema-cloud-config-v1.json "
            + "in its Python package). With --schema FILE, cloudcfg validates every cloud-config against that file "
            + "exactly as cloud-init's validator does: draft-04 JSON Schema with keywords next to $ref evaluated, bytes "
            + "counted as strings, its oneOf and anyOf, and its deprecated and changed markers as warnings. Errors "
            + "carry the key path as cloud-init prints it, or a more precise one below it. The catalog's own rules "
            + "still run.")

    func check(_ context: LintContext) -> [Diagnostic] {
        context.userData.externalSchemaFindings.map { finding in
            diagnostic(
                Diagnostic.Message(finding.message), at: context.range(finding.node), keyPath: finding.path,
                severity: finding.isDeprecation ? .warning : .error)
        }
    }
}
