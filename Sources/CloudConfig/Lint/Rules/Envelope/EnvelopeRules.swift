/// The rules of the envelope family, in the order `cloudcfg rules` lists them.
enum EnvelopeRules {
    /// One rule per envelope finding code, then the JSON patch and size rules.
    static let all: [any LintRule] = [
        ArchiveInvalidRule(), Base64DoubleEncodedRule(), Base64InvalidRule(), BoundaryInPartRule(),
        BoundaryMissingRule(), BoundaryNotClosedRule(), BoundaryNotFoundRule(), CharsetIgnoredRule(),
        ContentTypeMismatchRule(), DecodedTooLargeRule(), DuplicateFilenameRule(), EmptyCloudConfigRule(),
        GzipCorruptRule(), GzipPartNotGzipRule(), IncludeURLRule(), InvalidBase64BodyRule(), LaunchIndexInvalidRule(),
        MergeTypeIgnoredRule(), MergeTypeSyntaxRule(), MergeTypeUnknownRule(), MIMEHeaderSyntaxRule(),
        MIMENestingTooDeepRule(), MIMENotUTF8Rule(), MIMEVersionMissingRule(), MultipartTransferEncodingRule(),
        NonASCIIWithoutBase64Rule(), PartIgnoredRule(), TextOutsidePartsRule(), UnknownContentTypeRule(),
        UnknownTransferEncodingRule(), JSONPatchInvalidRule(), UserDataTooLargeRule(),
    ]

    /// The codes each rule reports: every envelope finding code has exactly one rule.
    static var codes: [EnvelopeFinding.Code] {
        all.compactMap { ($0 as? any EnvelopeFindingRule)?.code }
    }
}
