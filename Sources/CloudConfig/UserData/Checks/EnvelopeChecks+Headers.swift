/// Checks of the headers cloud-init reads from parts: `Merge-Type` and duplicate file names.
extension EnvelopeChecks {
    static func headers(_ part: UserDataPart, node: Int, opener: EnvelopeOpener) -> [EnvelopeFinding] {
        guard let text = opener.nodes[node].headerText else { return [] }
        var findings: [EnvelopeFinding] = []
        let name = part.path.steps.last?.description ?? part.filename
        let fields = opener.nodes[node].headers
        for field in fields {
            let lowered = field.name.lowercased()
            guard lowered == "merge-type" || lowered == "x-merge-type", let range = field.valueRange else { continue }
            let canonical = lowered == "merge-type" ? "Merge-Type" : "X-Merge-Type"
            if field.name != canonical, !fields.contains(where: { $0.name == canonical }),
                let fieldRange = field.fieldRange
            {
                let nameRange = fieldRange.lowerBound..<(fieldRange.lowerBound + field.name.utf8.count)
                let fix = FixIt(
                    message: "spell it '\(canonical)'",
                    edits: [TextEdit(range: opener.location(text, nameRange).range, replacement: canonical)])
                findings.append(
                    .mergeHeaderSpelling(field.name, canonical, at: opener.location(text, nameRange), fix: fix))
            }
            if field.name == "X-Merge-Type", let merge = fields.first(where: { $0.name == "Merge-Type" }),
                !(fields.first(named: "Merge-Type")?.value.isEmpty ?? true)
            {
                _ = merge
                findings.append(.xMergeTypeShadowed(at: opener.location(text, range)))
            }
        }
        guard let value = part.mergeTypeHeader,
            let field = fields.first(where: {
                ($0.name == "Merge-Type" || $0.name == "X-Merge-Type") && $0.value == value
            }),
            let range = field.valueRange
        else { return findings }
        let location = opener.location(text, range)
        guard part.handler == .cloudConfig || part.handler == .jinja else {
            findings.append(.mergeHeaderWithoutEffect(name, type: part.contentType, at: location))
            return findings
        }
        switch MergeRules.parse(value) {
        case .failure(let error):
            findings.append(.mergeTypeSyntax(error.message, at: location))
        case .success(let rules):
            if case .failure(let error) = rules.validated() {
                findings.append(
                    .mergeTypeUnknownMerger(error.message, suggestion: suggestion(for: rules), at: location))
            } else {
                for merger in rules.mergers {
                    guard case .list(let options) = merger.options else { continue }
                    let known = MergeRules.knownOptions[merger.module.replacing("m_", with: "")] ?? []
                    for option in options where !known.contains(option) {
                        let close = known.map { ($0, HeaderAnalysis.editDistance(option, $0, limit: 3)) }
                            .filter { $0.1 <= 3 }.min { $0.1 < $1.1 }?.0
                        findings.append(
                            .mergeOptionUnknown(option, merger: merger.name, suggestion: close, at: location))
                    }
                }
            }
        }
        return findings
    }

    /// The known merger closest to the first unknown one.
    private static func suggestion(for rules: MergeRules) -> String? {
        for merger in rules.mergers where !["m_dict", "m_list", "m_str"].contains(merger.module) {
            let name = merger.name.lowercased()
            if name.hasPrefix("dict") || name.hasPrefix("map") || name.hasPrefix("hash") { return "dict" }
            if name.hasPrefix("list") || name.hasPrefix("arr") || name.hasPrefix("seq") { return "list" }
            if name.hasPrefix("str") { return "str" }
        }
        return nil
    }

    /// Script parts whose file names cloud-init cleans to the same name: the later one
    /// overwrites the earlier one in the scripts directory, so only the later one runs.
    static func duplicateFilenames(_ parts: [UserDataPart], nodeOfPart: [Int: Int], opener: EnvelopeOpener)
        -> [EnvelopeFinding]
    {
        var seen: [String: Int] = [:]
        var findings: [EnvelopeFinding] = []
        for (index, part) in parts.enumerated() {
            guard let handler = part.handler,
                [.shellScript, .shellScriptPerBoot, .shellScriptPerInstance, .shellScriptPerOnce].contains(handler)
            else { continue }
            let key = handler.rawValue + "/" + cleanFilename(lastPathComponent(part.filename))
            guard let first = seen[key] else {
                seen[key] = index
                continue
            }
            guard let node = nodeOfPart[index] else { continue }
            let earlier = parts[first]
            var notes: [Note] = []
            if let earlierNode = nodeOfPart[first] {
                let location = opener.location(ofHeader: "content-disposition", in: earlierNode)
                notes.append(
                    Note("\(earlier.path.steps.last?.description ?? earlier.filename) is here", at: location.range))
            }
            findings.append(
                .duplicateFilename(
                    part.filename, at: opener.location(ofHeader: "content-disposition", in: node), notes: notes))
        }
        return findings
    }

    /// `os.path.basename` for the per-frequency handlers (harmless for the others, whose names
    /// have `/` replaced anyway).
    private static func lastPathComponent(_ name: String) -> String {
        String(name.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    /// `util.clean_filename`: `/` becomes `_`, characters outside `_-.()` and ASCII letters and
    /// digits are removed, the rest stripped.
    static func cleanFilename(_ name: String) -> String {
        let allowed = Set("_-.()0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
        let kept = name.replacing("/", with: "_").unicodeScalars.filter { allowed.contains($0) }
        return PythonText.strip(String(String.UnicodeScalarView(kept)))
    }
}

extension EnvelopeFinding {
    fileprivate static func mergeHeaderSpelling(
        _ name: String, _ canonical: String, at location: EnvelopeRange, fix: FixIt
    )
        -> Self
    {
        EnvelopeFinding(
            .mergeTypeIgnored, .warning,
            "cloud-init looks the merge header up as '\(canonical)', exactly; it does not find '\(name)' and merges "
                + "the part with the default rules", at: location, fixIts: [fix])
    }

    fileprivate static func xMergeTypeShadowed(at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mergeTypeIgnored, .warning, "cloud-init uses 'Merge-Type' and ignores 'X-Merge-Type' when both are set",
            at: location)
    }

    fileprivate static func mergeHeaderWithoutEffect(_ part: String, type: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mergeTypeIgnored, .note, "merge rules only apply to cloud-config; \(part) is '\(type)'", at: location)
    }

    fileprivate static func mergeTypeSyntax(_ problem: String, at location: EnvelopeRange) -> Self {
        EnvelopeFinding(
            .mergeTypeSyntax, .error,
            "cloud-init cannot read these merge rules (\(problem)) and does not merge the part at all",
            at: location,
            notes: [Note("the syntax is name(option,...)+name(...), for example dict(replace)+list(append)+str()")])
    }

    fileprivate static func mergeTypeUnknownMerger(_ problem: String, suggestion: String?, at location: EnvelopeRange)
        -> Self
    {
        EnvelopeFinding(
            .mergeTypeUnknown, .error,
            "\(problem), so it does not merge the part at all" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            at: location, notes: [Note("the mergers are dict, list and str")])
    }

    fileprivate static func mergeOptionUnknown(
        _ option: String, merger: String, suggestion: String?, at location: EnvelopeRange
    )
        -> Self
    {
        EnvelopeFinding(
            .mergeTypeUnknown, .warning,
            "the \(merger) merger has no option '\(option)'; cloud-init ignores it"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), at: location)
    }

    fileprivate static func duplicateFilename(_ name: String, at location: EnvelopeRange, notes: [Note]) -> Self {
        EnvelopeFinding(
            .duplicateFilename, .warning,
            "another script part is also named '\(name)'; cloud-init writes both to the same file, so only the "
                + "later one runs", at: location, notes: notes)
    }
}
