/// A part declared as gzip whose payload does not decompress.
struct GzipPartNotGzipRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.gzipPartNotGzip
    let definition = RuleDescription(
        id: .gzipPartNotGzip, family: .envelope, defaultSeverity: .error,
        summary: "A part declared as gzip whose payload does not decompress",
        rationale: "cloud-init gunzips a part of a gzip content type (application/x-gzip, ...) and raises when it "
            + "cannot: it then rejects all of the user-data, not only that part.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime("Content-Type: 1️⃣application/x-gzip\n\n#cloud-config\nhostname: web\n"),
                message: "rejects all of the user-data")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true)
}
