/// A cloud-config without the `#cloud-config` first line.
struct MissingHeaderRule: LintRule {
    let definition = RuleDescription(
        id: .missingHeader, family: .header, defaultSeverity: .error,
        summary: "The cloud-config has no '#cloud-config' first line",
        rationale: "cloud-init decides what user-data is from its first line. Without '#cloud-config' it "
            + "takes the YAML for plain text and ignores it: the instance boots unconfigured, without an "
            + "error.",
        triggeringExamples: [
            RuleExample(
                "1️⃣packages: [nginx]\n", message: "the file has no '#cloud-config' first line",
                corrected: "#cloud-config\npackages: [nginx]\n")
        ],
        nonTriggeringExamples: ["#cloud-config\npackages: [nginx]\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .userData, context.isCloudConfig, context.header.verdict == .missing
        else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: context.source.contentStart)
        let end = context.source.location(atOffset: context.source.contentEnd(ofLine: 1))
        return [
            diagnostic(
                .missingHeader, at: SourceRange(start: start, end: end),
                fixIts: [
                    FixIt(
                        message: "insert '#cloud-config' as the first line",
                        edits: [TextEdit(range: SourceRange(at: start), replacement: "#cloud-config\n")])
                ])
        ]
    }
}

/// A first line that is almost `#cloud-config`.
struct MalformedHeaderRule: LintRule {
    let definition = RuleDescription(
        id: .malformedHeader, family: .header, defaultSeverity: .error,
        summary: "The first line is a misspelt '#cloud-config'",
        rationale: "cloud-init recognises cloud-config only by a first line starting with '#cloud-config' "
            + "(in any case). '# cloud-config', '#cloud_config' or 'cloud-config:' do not match, and the file "
            + "is ignored without an error.",
        triggeringExamples: [
            RuleExample(
                "1️⃣# cloud-config\npackages: [nginx]\n", message: "; cloud-init ignores this file",
                corrected: "#cloud-config\npackages: [nginx]\n"),
            RuleExample("1️⃣#cloud_config\npackages: [nginx]\n", corrected: "#cloud-config\npackages: [nginx]\n"),
        ],
        nonTriggeringExamples: ["#cloud-config\npackages: [nginx]\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .userData, case .malformed(let reason) = context.header.verdict else {
            return []
        }
        return [
            diagnostic(
                .malformedHeader(reason), at: context.header.lineRange,
                fixIts: [
                    FixIt(
                        message: "write '#cloud-config'",
                        edits: [TextEdit(range: context.header.lineRange, replacement: HeaderAnalysis.header)])
                ])
        ]
    }
}

/// A first line cloud-init accepts that other tools reject.
struct HeaderFormatRule: LintRule {
    let definition = RuleDescription(
        id: .headerFormat, family: .header, defaultSeverity: .warning,
        summary: "The header is not exactly '#cloud-config'",
        rationale: "cloud-init at boot compares the header in lower case, after leading blank space, by "
            + "prefix, so '#Cloud-Config' works; but `cloud-init schema` 22.4 and other tools require the "
            + "exact first line '#cloud-config'.",
        triggeringExamples: [
            RuleExample(
                "1️⃣#Cloud-Config\npackages: [nginx]\n",
                message: "cloud-init accepts it at boot, but `cloud-init schema` and other tools need the exact first "
                    + "line '#cloud-config'", corrected: "#cloud-config\npackages: [nginx]\n"),
            RuleExample("\n1️⃣#cloud-config\npackages: [nginx]\n", corrected: "#cloud-config\npackages: [nginx]\n"),
        ],
        nonTriggeringExamples: ["#cloud-config\npackages: [nginx]\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .userData, context.isCloudConfig,
            case .tolerated(let reason) = context.header.verdict
        else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: context.source.contentStart)
        let whole = SourceRange(start: start, end: context.header.lineRange.end)
        return [
            diagnostic(
                .headerFormat(reason), at: context.header.lineRange,
                fixIts: [
                    FixIt(
                        message: "write '#cloud-config' as the first line",
                        edits: [TextEdit(range: whole, replacement: HeaderAnalysis.header)])
                ])
        ]
    }
}

/// User-data cloud-init does not recognise at all.
struct UnrecognizedUserDataRule: LintRule {
    let definition = RuleDescription(
        id: .unrecognizedUserData, family: .header, defaultSeverity: .error,
        summary: "cloud-init does not recognise this user-data",
        rationale: "Without a known first line ('#cloud-config', '#!', '#include', ...) or a MIME header, "
            + "cloud-init treats user-data as plain text and does nothing with it.",
        triggeringExamples: [RuleExample("1️⃣echo hello\n", message: "cloud-init does not recognise this user-data")],
        nonTriggeringExamples: ["#!/bin/sh\necho hello\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        // With a stream, the input was read as YAML and failed (UTF-16, for example): the parse
        // error says why cloud-init ignores it.
        guard context.userData.handling == .userData, context.kind == .unknown, !context.isCloudConfig,
            context.stream == nil, !context.source.bytes.isEmpty
        else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: context.source.contentStart)
        let end = context.source.location(atOffset: context.source.contentEnd(ofLine: 1))
        return [
            diagnostic(.unrecognizedUserData, at: SourceRange(start: start, end: end))
        ]
    }
}

/// Kinds of user-data cloudcfg does not check in depth.
struct NotLintedRule: LintRule {
    let definition = RuleDescription(
        id: .notLinted, family: .header, defaultSeverity: .note,
        summary: "cloudcfg does not check this kind of user-data in depth",
        rationale: "A #part-handler part is Python code that cloud-init loads to handle further parts; cloudcfg "
            + "recognises it but does not check Python. Every other kind of user-data (cloud-config, templates, "
            + "scripts, boothooks, includes, archives, JSON patches, MIME, gzip, base64) is checked.",
        triggeringExamples: [
            RuleExample(
                "1️⃣#part-handler\ndef list_types():\n    return []\n",
                message: "cloudcfg recognises part-handler user-data but does not check its content")
        ],
        nonTriggeringExamples: ["#!/bin/sh\necho hello\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .partHandler else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        return [diagnostic(.notLinted("part-handler"), at: SourceRange(at: start))]
    }
}

extension Diagnostic.Message {
    fileprivate static let missingHeader: Self =
        "the file has no '#cloud-config' first line, so cloud-init does not read it as cloud-config and ignores it"

    fileprivate static func malformedHeader(_ reason: String) -> Self { "\(reason); cloud-init ignores this file" }

    fileprivate static func headerFormat(_ reason: String) -> Self {
        Self(
            "\(reason); cloud-init accepts it at boot, but `cloud-init schema` and other tools need the exact first "
                + "line '#cloud-config'")
    }

    fileprivate static let unrecognizedUserData: Self =
        Self(
            "cloud-init does not recognise this user-data (no '#cloud-config', '#!' or other known first line) and "
                + "ignores it")

    fileprivate static func notLinted(_ kind: String) -> Self {
        "cloudcfg recognises \(kind) user-data but does not check its content (Python code)"
    }
}
