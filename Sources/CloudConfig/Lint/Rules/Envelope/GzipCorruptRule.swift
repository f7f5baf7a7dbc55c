/// gzip data that does not decompress.
struct GzipCorruptRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.gzipCorrupt
    let definition = RuleDescription(
        id: .gzipCorrupt, family: .envelope, defaultSeverity: .error,
        summary: "gzip data that does not decompress",
        rationale: "cloud-init gunzips user-data that starts with the gzip magic bytes; when that fails (a truncated "
            + "upload), it reads the compressed bytes as they are and ignores them.",
        examplesIncludeHeader: true)
}
