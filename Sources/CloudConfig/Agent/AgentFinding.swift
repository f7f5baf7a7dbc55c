/// One problem in a waagent.conf, found by ``AgentAnalysis``: typed data a lint rule turns into
/// a diagnostic.
public struct AgentFinding: Sendable, Hashable {
    /// What kind of problem it is; a struct with static members so that adding one breaks no
    /// client.
    public struct Code: Sendable, Hashable, Comparable, CustomStringConvertible {
        enum Storage: String, Sendable, Hashable, CaseIterable {
            case emptyFile = "empty-file"
            case invalidEncoding = "invalid-encoding"
            case inputTooLarge = "input-too-large"
            case byteOrderMark = "byte-order-mark"
            case unknownOption = "unknown-option"
            case optionNotInVersion = "option-not-in-version"
            case obsoleteOption = "obsolete-option"
            case listedOnlyOption = "listed-only-option"
            case switchValue = "switch-value"
            case integerValue = "integer-value"
            case provisioningAgentValue = "provisioning-agent-value"
            case enumerationValue = "enumeration-value"
            case emptyValue = "empty-value"
            case inlineHash = "inline-hash"
            case indentedComment = "indented-comment"
            case ignoredLine = "ignored-line"
            case duplicateOption = "duplicate-option"
            case quotedValue = "quoted-value"
            case equalsInValue = "equals-in-value"
            case swapWithoutFormat = "swap-without-format"
            case swapWithoutSize = "swap-without-size"
            case resourceDiskWithCloudInit = "resource-disk-with-cloud-init"
            case ineffectiveForProvisioner = "ineffective-for-provisioner"
            case waitForCloudInitTimeoutNumber = "wait-for-cloud-init-timeout-number"
            case differsFromBaseline = "differs-from-baseline"
        }

        let storage: Storage

        init(_ storage: Storage) { self.storage = storage }

        /// The file has no bytes: the agent refuses it and does not start.
        public static let emptyFile = Code(.emptyFile)
        /// The file is not UTF-8: the agent fails to decode it and does not start.
        public static let invalidEncoding = Code(.invalidEncoding)
        /// The file is larger than cloudcfg reads.
        public static let inputTooLarge = Code(.inputTooLarge)
        /// A byte order mark glues itself to the first key, which the agent then does not know.
        public static let byteOrderMark = Code(.byteOrderMark)
        /// A key no agent reads (with did-you-mean, case mismatches included).
        public static let unknownOption = Code(.unknownOption)
        /// A key the chosen agent version does not read, though another version does.
        public static let optionNotInVersion = Code(.optionNotInVersion)
        /// A key that no current agent reads any more.
        public static let obsoleteOption = Code(.obsoleteOption)
        /// A key the version lists for `-show-configuration` but reads under another name.
        public static let listedOnlyOption = Code(.listedOnlyOption)
        /// A switch whose value is not `y` or `n`: the agent silently uses its default.
        public static let switchValue = Code(.switchValue)
        /// An integer Python's `int()` refuses: the agent silently uses its default.
        public static let integerValue = Code(.integerValue)
        /// `Provisioning.Agent` is not exactly one of its four values: provisioning is disabled.
        public static let provisioningAgentValue = Code(.provisioningAgentValue)
        /// A value outside a key's allowed values.
        public static let enumerationValue = Code(.enumerationValue)
        /// A string key set to nothing: the agent uses the empty string.
        public static let emptyValue = Code(.emptyValue)
        /// A `#` in a value: the agent cuts the value there.
        public static let inlineHash = Code(.inlineHash)
        /// An indented `#` line with an `=`: read as a key starting with `#`, not as a comment.
        public static let indentedComment = Code(.indentedComment)
        /// A line that is not a comment and has no `=`: the agent ignores it.
        public static let ignoredLine = Code(.ignoredLine)
        /// A key set more than once: the last one wins.
        public static let duplicateOption = Code(.duplicateOption)
        /// Quotes around a value: double quotes are stripped, single quotes kept.
        public static let quotedValue = Code(.quotedValue)
        /// A second `=` in a line: kept as part of the value.
        public static let equalsInValue = Code(.equalsInValue)
        /// `ResourceDisk.EnableSwap=y` without `ResourceDisk.Format=y`: no swap is made.
        public static let swapWithoutFormat = Code(.swapWithoutFormat)
        /// `ResourceDisk.EnableSwap=y` with no positive `ResourceDisk.SwapSizeMB`: no swap is made.
        public static let swapWithoutSize = Code(.swapWithoutSize)
        /// `Provisioning.Agent=cloud-init` with `ResourceDisk.Format=y`: both manage the disk.
        public static let resourceDiskWithCloudInit = Code(.resourceDiskWithCloudInit)
        /// A key only agent provisioning reads, set while another provisioner is chosen.
        public static let ineffectiveForProvisioner = Code(.ineffectiveForProvisioner)
        /// `Extensions.WaitForCloudInitTimeout` given a number, which the agent ignores.
        public static let waitForCloudInitTimeoutNumber = Code(.waitForCloudInitTimeoutNumber)
        /// A value that differs from the distribution's shipped file.
        public static let differsFromBaseline = Code(.differsFromBaseline)

        /// Every code, in declaration order.
        public static var all: [Code] { Storage.allCases.map(Code.init) }

        /// The code as stable kebab-case text, such as `switch-value`.
        public var description: String { storage.rawValue }

        /// Orders codes by their text.
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.storage.rawValue < rhs.storage.rawValue }
    }

    /// A suggested change and whether applying it without review keeps the writer's intent.
    public struct Fix: Sendable, Hashable {
        /// The change.
        public var fixIt: FixIt
        /// Whether `--fix` may apply it: the intent is unambiguous (`yes` → `y`, a cut comment
        /// removed); a guess (a did-you-mean) is not safe.
        public var isSafe: Bool
    }

    /// What kind of problem it is.
    public var code: Code
    /// The suggested severity.
    public var severity: Severity
    /// What the agent does, lower-case, without a final period.
    public var message: String
    /// Where it is.
    public var range: SourceRange
    /// The key concerned, if any.
    public var key: String?
    /// Secondary messages and locations ("first set here").
    public var notes: [Note]
    /// A suggested change, if one is possible.
    public var fix: Fix?

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - severity: The suggested severity.
    ///   - message: What the agent does.
    ///   - range: Where it is.
    ///   - key: The key concerned.
    ///   - notes: Secondary messages.
    ///   - fix: A suggested change.
    public init(
        _ code: Code, _ severity: Severity, _ message: String, at range: SourceRange, key: String? = nil,
        notes: [Note] = [], fix: Fix? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.key = key
        self.notes = notes
        self.fix = fix
    }
}

extension AgentFinding: Comparable {
    /// Orders findings by position, then code, for deterministic output.
    public static func < (lhs: AgentFinding, rhs: AgentFinding) -> Bool {
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
