/// Finds what the agent would silently misread or ignore in a waagent.conf: the checks lint
/// rules call, one ``AgentFinding/Code`` each.
public struct AgentAnalysis: Sendable {
    /// The agent version the file is for.
    public let version: AgentVersion
    /// The shipped file to compare with, if any.
    public let baseline: AgentBaseline?
    /// The catalog.
    public let catalog: AgentCatalog

    /// Creates an analysis.
    ///
    /// - Parameters:
    ///   - version: The agent version the file is for.
    ///   - baseline: The distribution's shipped file, for notes on values that differ from it.
    ///   - catalog: The catalog.
    public init(version: AgentVersion = .newest, baseline: AgentBaseline? = nil, catalog: AgentCatalog = .agent) {
        self.version = version
        self.baseline = baseline
        self.catalog = catalog
    }

    /// The findings for a file, sorted by position.
    ///
    /// - Parameter configuration: The parsed file.
    /// - Returns: The findings.
    public func findings(in configuration: AgentConfiguration) -> [AgentFinding] {
        var run = Run(analysis: self, configuration: configuration)
        run.all()
        return run.findings.sorted()
    }
}

extension AgentConfiguration {
    /// The findings for this file.
    ///
    /// - Parameters:
    ///   - version: The agent version the file is for.
    ///   - baseline: The distribution's shipped file, for notes on values that differ from it.
    /// - Returns: The findings, sorted by position.
    public func findings(for version: AgentVersion = .newest, baseline: AgentBaseline? = nil) -> [AgentFinding] {
        AgentAnalysis(version: version, baseline: baseline).findings(in: self)
    }

    /// The range of a span of bytes.
    func range(_ offsets: Range<Int>) -> SourceRange {
        SourceRange(
            start: source.location(atOffset: offsets.lowerBound), end: source.location(atOffset: offsets.upperBound))
    }

    /// The range that deletes an entry's whole line, its line feed included.
    func deletionRange(of entry: AgentEntry) -> SourceRange {
        let end = entry.lineRange.end.offset
        return range(entry.lineRange.start.offset..<(end < source.bytes.count ? end + 1 : end))
    }
}

extension AgentAnalysis {
    /// One pass over one file.
    private struct Run {
        let analysis: AgentAnalysis
        let configuration: AgentConfiguration
        var findings: [AgentFinding] = []
        let effective: AgentEffectiveConfiguration

        init(analysis: AgentAnalysis, configuration: AgentConfiguration) {
            self.analysis = analysis
            self.configuration = configuration
            self.effective = AgentEffectiveConfiguration(
                configuration, version: analysis.version, catalog: analysis.catalog)
        }

        var version: AgentVersion { analysis.version }
        var catalog: AgentCatalog { analysis.catalog }
        var source: SourceFile { configuration.source }
        var fileStart: SourceRange { SourceRange(at: source.location(atOffset: 0)) }

        mutating func add(
            _ code: AgentFinding.Code, _ severity: Severity, _ message: String, at range: SourceRange,
            key: String? = nil, notes: [Note] = [], fix: AgentFinding.Fix? = nil
        ) {
            findings.append(AgentFinding(code, severity, message, at: range, key: key, notes: notes, fix: fix))
        }

        static func fix(_ message: String, _ edits: [TextEdit], safe: Bool) -> AgentFinding.Fix {
            AgentFinding.Fix(fixIt: FixIt(message: message, edits: edits), isSafe: safe)
        }

        mutating func all() {
            switch configuration.status {
            case .empty:
                add(.emptyFile, .error, Messages.emptyFile, at: fileStart)
                return
            case .tooLarge(let size):
                add(.inputTooLarge, .error, Messages.tooLarge(size), at: fileStart)
                return
            case .invalidEncoding(let offset):
                let location = source.location(atOffset: offset)
                add(.invalidEncoding, .error, Messages.invalidEncoding, at: SourceRange(at: location))
                return  // the agent reads nothing of it; what the lines would mean comes after the fix
            case .readable:
                break
            }
            byteOrderMark()
            for entry in configuration.entries { check(entry) }
            ignoredLines()
            resourceDisk()
            provisioner()
            compareWithBaseline()
        }

        // MARK: - The file

        /// Whether the first entry's key carries the byte order mark.
        var bomEntry: AgentEntry? {
            guard source.byteOrderMarkLength == 3, let first = configuration.entries.first,
                first.keyRange.start.offset == 0
            else { return nil }
            return first
        }

        mutating func byteOrderMark() {
            guard let entry = bomEntry else { return }
            let bom = configuration.range(0..<3)
            let real = String(entry.key.unicodeScalars.dropFirst())
            add(
                .byteOrderMark, .error, Messages.byteOrderMark(real), at: bom, key: entry.key,
                fix: Self.fix("remove the byte order mark", [TextEdit(range: bom, replacement: "")], safe: true))
        }

        mutating func ignoredLines() {
            let known = catalog.options(for: version).map(\.key)
            for range in configuration.ignoredLines {
                let text = source.text(of: range).trimmingPythonWhitespace
                if text.hasPrefix("#") { continue }  // an indented comment without '=': ignored, as meant
                let word = String(text.prefix { $0 != ":" && $0 != " " && $0 != "\t" })
                guard let key = known.first(where: { $0.lowercased() == word.lowercased() }) else {
                    add(.ignoredLine, .note, Messages.ignoredLine, at: range)
                    continue
                }
                add(.ignoredLine, .warning, Messages.ignoredOptionLine(key), at: range, key: key)
            }
        }

        // MARK: - One entry

        mutating func check(_ entry: AgentEntry) {
            if entry.isIndentedComment {
                indentedComment(entry)
                return
            }
            syntax(entry)
            let isWinning = configuration.winningEntry[entry.key] == entry.index
            if !isWinning { duplicate(entry) }
            if bomEntry?.index == entry.index { return }
            guard let option = known(entry) else { return }
            if isWinning, entry.value != nil { value(entry, option: option) }
        }

        mutating func indentedComment(_ entry: AgentEntry) {
            let start = entry.lineRange.start.offset
            let hash = entry.keyRange.start.offset
            let edit = TextEdit(range: configuration.range(start..<hash), replacement: "")
            add(
                .indentedComment, .warning, Messages.indentedComment(entry.key), at: entry.lineRange, key: entry.key,
                fix: Self.fix("start the comment in column 1", [edit], safe: true))
        }

        /// The option of a key the version reads; reports unknown, obsolete and misplaced keys.
        mutating func known(_ entry: AgentEntry) -> AgentOption? {
            let key = entry.key
            if key.isEmpty {
                add(.unknownOption, .warning, Messages.emptyKey, at: entry.lineRange)
                return nil
            }
            if let obsolete = catalog.obsoleteOption(key) {
                // Commented out rather than deleted: the file keeps what it said, and a file of
                // nothing but dead keys does not become the empty file the agent refuses.
                add(
                    .obsoleteOption, .warning, Messages.obsolete(obsolete), at: entry.keyRange, key: key,
                    fix: Self.fix(
                        "comment the line out",
                        [TextEdit(range: SourceRange(at: entry.lineRange.start), replacement: "#")],
                        safe: true))
                return nil
            }
            guard let option = catalog.option(key) else {
                unknown(entry)
                return nil
            }
            guard option.isKnown(by: version) else {
                let releases = AgentRelease.allCases.filter { option.readings[$0] != nil }.map(\.description)
                add(
                    .optionNotInVersion, .warning, Messages.notInVersion(key, version, releases), at: entry.keyRange,
                    key: key)
                return nil
            }
            guard option.isRead(by: version) else {
                let replacement = option.replacement ?? "another key"
                let rename = option.replacement.map { renaming(entry, to: $0, safe: false) }
                add(
                    .listedOnlyOption, .warning, Messages.listedOnly(key, version, replacement), at: entry.keyRange,
                    key: key, notes: rename?.notes ?? [], fix: rename?.fix)
                return nil
            }
            return option
        }

        mutating func unknown(_ entry: AgentEntry) {
            let suggestion = suggestedKey(for: entry.key)
            let rename = suggestion.map { renaming(entry, to: $0.key, safe: $0.caseOnly) }
            add(
                .unknownOption, .warning,
                Messages.unknown(entry.key, suggestion: suggestion?.key, caseOnly: suggestion?.caseOnly == true),
                at: entry.keyRange, key: entry.key, notes: rename?.notes ?? [], fix: rename?.fix)
        }

        /// The key the version reads that an unknown key most likely means, and whether only the
        /// case differs.
        func suggestedKey(for key: String) -> (key: String, caseOnly: Bool)? {
            let candidates = catalog.options(for: version).map(\.key)
            if let match = candidates.first(where: { $0.lowercased() == key.lowercased() }) { return (match, true) }
            return Suggestion.closest(to: key, among: candidates).map { ($0, false) }
        }

        /// The key a rename fix would give an entry, if its finding offers one.
        func renameTarget(of entry: AgentEntry) -> String? {
            let key = entry.key
            guard !key.isEmpty, !entry.isIndentedComment, catalog.obsoleteOption(key) == nil else { return nil }
            guard let option = catalog.option(key) else { return suggestedKey(for: key)?.key }
            guard option.isKnown(by: version), !option.isRead(by: version) else { return nil }
            return option.replacement
        }

        /// A rename of an entry's key, unless the file sets the new key already or a later line
        /// would be renamed to it as well: a rename would then write the key twice, and the agent
        /// would keep only the last value, so the lines are for the writer to merge.
        func renaming(_ entry: AgentEntry, to target: String, safe: Bool) -> (fix: AgentFinding.Fix?, notes: [Note]) {
            if let existing = configuration.entry(for: target) {
                return (nil, [Note("'\(target)' is set here: merge the two", at: existing.lineRange)])
            }
            if let later = configuration.entries.first(where: {
                $0.index > entry.index && renameTarget(of: $0) == target
            }) {
                return (nil, [Note("this line means '\(target)' as well: merge the two", at: later.lineRange)])
            }
            return (
                Self.fix("rename to \(target)", [TextEdit(range: entry.keyRange, replacement: target)], safe: safe), []
            )
        }

        mutating func duplicate(_ entry: AgentEntry) {
            guard let winner = configuration.entry(for: entry.key) else { return }
            add(
                .duplicateOption, .warning, Messages.duplicate(entry.key, line: winner.line, value: winner.keptText),
                at: entry.keyRange, key: entry.key, notes: [Note("the agent uses this one", at: winner.lineRange)],
                fix: Self.fix(
                    "delete the line", [TextEdit(range: configuration.deletionRange(of: entry), replacement: "")],
                    safe: true))
        }

        /// Checks of how the value is written: `#`, quotes, a second `=`.
        mutating func syntax(_ entry: AgentEntry) {
            let bytes = source.bytes
            if let cut = entry.cutRange {
                var start = cut.start.offset
                while start > entry.valueRange.end.offset, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 {
                    start -= 1
                }
                var end = cut.end.offset
                if end > cut.start.offset, bytes[end - 1] == 0x0D { end -= 1 }
                let trailingComment = start < cut.start.offset || start == entry.equalsRange.end.offset
                let removal = TextEdit(range: configuration.range(start..<end), replacement: "")
                let fix: AgentFinding.Fix
                if trailingComment {
                    // The comment keeps its words on a line of its own above, where the agent
                    // reads it as a comment too: nothing the agent reads changes.
                    // After a byte order mark, which stays the file's first bytes.
                    let lineStart = max(entry.lineRange.start.offset, source.byteOrderMarkLength)
                    let comment = String(decoding: bytes[cut.start.offset..<end], as: UTF8.self)
                    let lineBreak = end < bytes.count && bytes[end] == 0x0D ? "\r\n" : "\n"
                    let insertion = TextEdit(
                        range: configuration.range(lineStart..<lineStart), replacement: comment + lineBreak)
                    fix = Self.fix("move the comment to a line of its own", [insertion, removal], safe: true)
                } else {
                    // The text after '#' is part of what was meant: removing it loses it.
                    fix = Self.fix("remove the text the agent ignores", [removal], safe: false)
                }
                add(
                    .inlineHash, .warning,
                    Messages.inlineHash(entry.key, kept: entry.keptText, comment: trailingComment),
                    at: cut, key: entry.key, fix: fix)
            }
            if entry.keptText.contains("="), entry.key != "ResourceDisk.MountOptions" {
                add(
                    .equalsInValue, .warning, Messages.equalsInValue(entry.keptText), at: entry.valueRange,
                    key: entry.key)
            }
            let kept = entry.keptText
            if kept.hasSuffix("\"") || kept.hasPrefix("\"") {
                add(.quotedValue, .warning, Messages.leftoverQuote(kept), at: entry.valueRange, key: entry.key)
            } else if entry.strippedDoubleQuote {
                let rawStart = entry.equalsRange.end.offset
                let rawEnd = entry.cutRange?.start.offset ?? entry.lineRange.end.offset
                var end = rawEnd
                if end > rawStart, bytes[end - 1] == 0x0D { end -= 1 }
                add(
                    .quotedValue, .note, Messages.doubleQuotes(kept), at: configuration.range(rawStart..<end),
                    key: entry.key,
                    fix: Self.fix(
                        "remove the quotes", [TextEdit(range: configuration.range(rawStart..<end), replacement: kept)],
                        safe: true))
            } else if kept.count >= 2, kept.hasPrefix("'"), kept.hasSuffix("'") {
                add(
                    .quotedValue, .warning, Messages.singleQuotes(kept), at: entry.valueRange, key: entry.key,
                    fix: Self.fix(
                        "remove the quotes",
                        [TextEdit(range: entry.valueRange, replacement: String(kept.dropFirst().dropLast()))],
                        safe: false))
            }
        }

        /// Checks of what the value means to the accessor.
        mutating func value(_ entry: AgentEntry, option: AgentOption) {
            guard let reading = option.reading(for: version), let text = entry.value else { return }
            let key = option.key
            if key == "Provisioning.Agent" {
                provisioningAgent(entry, text: text, option: option)
                return
            }
            if key == "Extensions.WaitForCloudInitTimeout" {
                add(
                    .waitForCloudInitTimeoutNumber, .warning, Messages.waitTimeout(text), at: entry.valueRange, key: key
                )
                return
            }
            let fallback = describe(reading.fallback)
            switch (reading.method, option.kind) {
            case (.switch, _):
                guard AgentEffectiveConfiguration.Resolver.read(.some(text), method: .switch) == nil else { return }
                let replacement = Self.switchReplacement(text)
                add(
                    .switchValue, .error, Messages.switchValue(key, text, fallback: fallback), at: entry.valueRange,
                    key: key,
                    fix: replacement.map {
                        Self.fix("write \($0)", [TextEdit(range: entry.valueRange, replacement: $0)], safe: true)
                    })
            case (.integer, _):
                guard PythonText.int(text) == nil else { return }
                let digits = Self.leadingDigits(text)
                add(
                    .integerValue, .error, Messages.integerValue(key, text, fallback: fallback), at: entry.valueRange,
                    key: key,
                    fix: digits.map {
                        Self.fix("write \($0)", [TextEdit(range: entry.valueRange, replacement: $0)], safe: false)
                    })
            case (.string, .integer):
                guard PythonText.int(text) == nil else { return }
                add(.integerValue, .warning, Messages.integerText(key, text), at: entry.valueRange, key: key)
            case (.string, .enumeration):
                guard !option.allowedValues.contains(text) else { return }
                let suggestion = Self.closestValue(text, option.allowedValues)
                add(
                    .enumerationValue, .warning, Messages.enumeration(key, text, option.allowedValues),
                    at: entry.valueRange,
                    key: key,
                    fix: suggestion.map {
                        Self.fix(
                            "write \($0.value)", [TextEdit(range: entry.valueRange, replacement: $0.value)],
                            safe: $0.caseOnly)
                    })
            case (.string, _):
                if text.isEmpty {
                    add(
                        .emptyValue, .warning, Messages.emptyString(key, fallback: fallback), at: entry.lineRange,
                        key: key)
                }
            }
        }

        mutating func provisioningAgent(_ entry: AgentEntry, text: String, option: AgentOption) {
            guard !option.allowedValues.contains(text) else { return }
            let suggestion = Self.closestValue(text, option.allowedValues)
            add(
                .provisioningAgentValue, .error, Messages.provisioningAgent(text, suggestion: suggestion?.value),
                at: entry.valueRange, key: option.key,
                fix: suggestion.map {
                    Self.fix(
                        "write \($0.value)", [TextEdit(range: entry.valueRange, replacement: $0.value)],
                        safe: $0.caseOnly)
                })
        }

        func describe(_ fallback: AgentReading.Fallback) -> String {
            switch fallback {
            case .value(let value): "the default \(value)"
            case .option(let key): "the value of \(key) (\(effective[key]?.description ?? "None"))"
            }
        }

        static func switchReplacement(_ text: String) -> String? {
            switch text.lowercased() {
            case "yes", "true", "on", "1", "enable", "enabled": "y"
            case "no", "false", "off", "0", "disable", "disabled": "n"
            default: nil
            }
        }

        static func leadingDigits(_ text: String) -> String? {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count < text.count else { return nil }
            return String(digits)
        }

        static func closestValue(_ text: String, _ allowed: [String]) -> (value: String, caseOnly: Bool)? {
            if let match = allowed.first(where: { $0.lowercased() == text.lowercased() }) { return (match, true) }
            return Suggestion.closest(to: text, among: allowed).map { ($0, false) }
        }

        // MARK: - Across keys

        func winningRange(_ key: String) -> SourceRange? { configuration.entry(for: key)?.lineRange }

        mutating func resourceDisk() {
            if effective["ResourceDisk.EnableSwap"] == .bool(true) {
                let at = winningRange("ResourceDisk.EnableSwap") ?? fileStart
                if effective["ResourceDisk.Format"] != .bool(true) {
                    add(
                        .swapWithoutFormat, .warning, Messages.swapWithoutFormat, at: at, key: "ResourceDisk.EnableSwap"
                    )
                }
                if let size = effective["ResourceDisk.SwapSizeMB"], case .integer(let value) = size,
                    value <= YAMLInteger(0)
                {
                    add(.swapWithoutSize, .warning, Messages.swapWithoutSize, at: at, key: "ResourceDisk.EnableSwap")
                }
            }
            if effective["Provisioning.Agent"] == .string("cloud-init"), effective["ResourceDisk.Format"] == .bool(true)
            {
                add(
                    .resourceDiskWithCloudInit, .warning, Messages.resourceDiskWithCloudInit,
                    at: winningRange("ResourceDisk.Format") ?? fileStart, key: "ResourceDisk.Format")
            }
        }

        /// Keys only agent provisioning reads, and those every handler reads.
        static let waagentProvisioningOnly = [
            "Provisioning.DecodeCustomData", "Provisioning.ExecuteCustomData", "Provisioning.PasswordCryptId",
            "Provisioning.PasswordCryptSaltLength",
        ]

        mutating func provisioner() {
            guard case .string(let agent)? = effective["Provisioning.Agent"],
                agent == "cloud-init" || agent == "disabled"
            else { return }
            var keys = Self.waagentProvisioningOnly
            if agent == "disabled" { keys.append("Provisioning.SshHostKeyPairType") }
            for key in keys {
                guard let entry = configuration.entry(for: key), let value = effective[key],
                    let option = catalog.option(key), value != option.codeDefault(for: version)
                else { continue }
                let severity: Severity = key == "Provisioning.ExecuteCustomData" ? .warning : .note
                add(
                    .ineffectiveForProvisioner, severity, Messages.ineffective(key, agent: agent), at: entry.lineRange,
                    key: key)
            }
        }

        mutating func compareWithBaseline() {
            guard let baseline = analysis.baseline else { return }
            let shipped = AgentEffectiveConfiguration(values: baseline.storedValues, version: version, catalog: catalog)
            // A key the file sets is noted where it is set; the shipped settings the file leaves
            // out (so the agent's defaults apply) are noted together, once, at the start.
            var leftOut: [(key: String, ours: AgentValue, theirs: AgentValue)] = []
            for value in effective.values where catalog.option(value.key)?.isRead(by: version) == true {
                guard let theirs = shipped[value.key], theirs != value.value else { continue }
                guard let range = winningRange(value.key) else {
                    leftOut.append((value.key, value.value, theirs))
                    continue
                }
                add(
                    .differsFromBaseline, .note,
                    Messages.differs(value.key, ours: value.value, theirs: theirs, baseline: baseline.id), at: range,
                    key: value.key)
            }
            if !leftOut.isEmpty {
                add(.differsFromBaseline, .note, Messages.leftOut(leftOut, baseline: baseline.id), at: fileStart)
            }
        }
    }
}

extension String {
    /// The text without the whitespace Python's `str.strip()` removes.
    var trimmingPythonWhitespace: String {
        let bytes = Array(utf8)
        return String(decoding: bytes[PythonText.strip(bytes, 0..<bytes.count)], as: UTF8.self)
    }
}

/// The messages of ``AgentAnalysis``: lower-case, no final period, saying what the agent does.
private enum Messages {
    static let emptyFile = "the file is empty: the agent refuses an empty configuration and does not start"
    static let invalidEncoding = "the file is not UTF-8: the agent fails to decode it and does not start"
    static let emptyKey = "the line has no key before '=': the agent stores an empty key and ignores it"
    static let ignoredLine = "the line has no '=' and is not a comment: the agent ignores it"
    static let swapWithoutFormat =
        "no swap file is made: ResourceDisk.EnableSwap acts only when ResourceDisk.Format is y"
    static let swapWithoutSize =
        "no swap file is made: ResourceDisk.SwapSizeMB must be a positive number of MiB"
    static let resourceDiskWithCloudInit =
        "cloud-init provisions and the agent formats the resource disk as well: both manage the same disk; "
        + "set ResourceDisk.Format=n and describe the disk in cloud-config"

    static func tooLarge(_ size: Int) -> String {
        "the file has \(size) bytes, more than the \(AgentConfiguration.maximumSize) cloudcfg reads as waagent.conf"
    }

    static func byteOrderMark(_ key: String) -> String {
        "a byte order mark starts the file: the agent reads the first key as '\\u{FEFF}\(key)' and ignores '\(key)'"
    }

    static func ignoredOptionLine(_ key: String) -> String {
        "the line has no '=': the agent ignores it and '\(key)' keeps its default"
    }

    static func indentedComment(_ key: String) -> String {
        "only a '#' in column 1 starts a comment: the agent reads this line as the key '\(key)' and ignores it"
    }

    static func obsolete(_ option: AgentObsoleteOption) -> String {
        var text = "the agent ignores '\(option.key)': \(option.note)"
        if let replacement = option.replacement, !option.note.contains(replacement) { text += "; use \(replacement)" }
        return text
    }

    static func unknown(_ key: String, suggestion: String?, caseOnly: Bool) -> String {
        var text = "the agent does not read '\(key)' and ignores it"
        if caseOnly { text += "; keys are case-sensitive" }
        if let suggestion { text += ": did you mean '\(suggestion)'?" }
        return text
    }

    static func notInVersion(_ key: String, _ version: AgentVersion, _ releases: [String]) -> String {
        "agent \(version) does not read '\(key)' and ignores it; agent " + releases.joined(separator: " and ")
            + " reads it"
    }

    static func listedOnly(_ key: String, _ version: AgentVersion, _ replacement: String) -> String {
        "agent \(version) shows '\(key)' in -show-configuration but never reads it: it reads '\(replacement)'"
    }

    static func duplicate(_ key: String, line: Int, value: String) -> String {
        "'\(key)' is set again on line \(line): the agent uses the last value, '\(value)'"
    }

    static func inlineHash(_ key: String, kept: String, comment: Bool) -> String {
        comment
            ? "the agent cuts the value at '#', so this comment is dropped; comments belong on their own line"
            : "the agent cuts the value at '#': it reads '\(key)' as '\(kept)'"
    }

    static func equalsInValue(_ kept: String) -> String {
        "the value keeps everything after the first '=': the agent reads '\(kept)'"
    }

    static func leftoverQuote(_ kept: String) -> String {
        "a double quote stays in the value (the agent strips quotes before a CR or a space, not after): "
            + "it reads '\(kept)'"
    }

    static func doubleQuotes(_ kept: String) -> String {
        "the agent strips the double quotes and reads '\(kept)'"
    }

    static func singleQuotes(_ kept: String) -> String {
        "the agent keeps single quotes: it reads \(kept) with the quotes"
    }

    static func waitTimeout(_ text: String) -> String {
        "the agent reads Extensions.WaitForCloudInitTimeout as a switch: '\(text)' does not change the wait, "
            + "which is 3600 seconds unless the value is y or n"
    }

    static func switchValue(_ key: String, _ text: String, fallback: String) -> String {
        "'\(text)' is not y or n: the agent uses \(fallback) for \(key)"
    }

    static func integerValue(_ key: String, _ text: String, fallback: String) -> String {
        "'\(text)' is not an integer: the agent uses \(fallback) for \(key)"
    }

    static func integerText(_ key: String, _ text: String) -> String {
        "'\(text)' is not an integer: the agent passes it on as written for \(key)"
    }

    static func enumeration(_ key: String, _ text: String, _ allowed: [String]) -> String {
        "'\(text)' is not one of " + allowed.joined(separator: ", ") + ": the agent uses it as written for \(key)"
    }

    static func emptyString(_ key: String, fallback: String) -> String {
        "the agent uses the empty value for \(key) instead of \(fallback)"
    }

    static func provisioningAgent(_ text: String, suggestion: String?) -> String {
        var message =
            "'\(text)' is not auto, waagent, cloud-init or disabled: the agent disables provisioning and the VM "
            + "reports Ready with no user and no SSH key"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    static func ineffective(_ key: String, agent: String) -> String {
        "only agent provisioning reads \(key): with Provisioning.Agent=\(agent) it does nothing"
    }

    static func differs(_ key: String, ours: AgentValue, theirs: AgentValue, baseline: String) -> String {
        "\(key) is \(ours) here; the \(baseline) file ships \(theirs)"
    }

    static func leftOut(_ settings: [(key: String, ours: AgentValue, theirs: AgentValue)], baseline: String) -> String {
        "the \(baseline) file ships "
            + settings.map { "\($0.key)=\($0.theirs)" }.joined(separator: ", ")
            + "; this file leaves " + (settings.count == 1 ? "it" : "them") + " out, so the agent uses "
            + settings.map { "\($0.ours)" }.joined(separator: ", ")
    }
}
