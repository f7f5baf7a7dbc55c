/// Decoding the user-data would produce more than cloudcfg reads.
struct DecodedTooLargeRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.decodedTooLarge
    let definition = RuleDescription(
        id: .decodedTooLarge, family: .envelope, defaultSeverity: .error,
        summary: "Decoding the user-data would produce more than cloudcfg reads",
        rationale: "A few kilobytes of gzip can inflate to gigabytes; cloudcfg stops decoding at 64 MiB rather than "
            + "exhaust memory. No platform accepts user-data of that size.",
        examplesIncludeHeader: true)
}
