/// A cloud-config archive that is not a list, or an item cloud-init skips.
struct ArchiveInvalidRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.archiveInvalid
    let definition = RuleDescription(
        id: .archiveInvalid, family: .envelope, defaultSeverity: .error,
        summary: "A cloud-config archive that is not a list, or an item cloud-init skips",
        rationale: "A #cloud-config-archive is a YAML list whose items (a string, or a mapping with content, type, "
            + "filename and headers) become parts. cloud-init ignores an archive that is not a list, and skips "
            + "items that are neither strings nor mappings; an item it cannot turn into a part makes it reject all "
            + "of the user-data.",
        triggeringExamples: [
            RuleExample(
                "#cloud-config-archive\n1️⃣hostname: web\n", message: "a cloud-config archive must be a list of parts"),
            "#cloud-config-archive\n- type: text/cloud-config\n  content: '#cloud-config'\n- 1️⃣42\n",
        ],
        nonTriggeringExamples: [
            "#cloud-config-archive\n- type: text/cloud-config\n  content: |\n    #cloud-config\n    hostname: web\n"
        ],
        examplesIncludeHeader: true)
}
