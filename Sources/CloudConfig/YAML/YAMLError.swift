/// A problem found while reading YAML the way cloud-init's loader (PyYAML's SafeLoader) does:
/// what kind of problem, where, and why.
///
/// The YAML layer knows nothing of lint rules: it reports a ``Code``, and the linter maps each
/// code to the rule that explains it. Every error is an error: cloud-init's loader refuses the
/// whole file.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem an error is.
    ///
    /// A struct with static members rather than an enum, so that new codes can be added without
    /// breaking code that switches over them.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Kind: String, Sendable, Hashable, CaseIterable {
            case syntax
            case invalidEncoding
            case invalidCharacter
            case inputTooLarge
            case nestingTooDeep
            case aliasExpansionLimit
            case undefinedAlias
            case duplicateAnchor
            case recursiveAlias
            case unknownTag
            case invalidValue
            case unhashableKey
            case invalidMerge
            case multipleDocuments
        }

        let kind: Kind

        /// The text is not YAML, or not YAML cloud-init's loader reads.
        public static let syntax = Code(kind: .syntax)
        /// The bytes are not UTF-8 (UTF-16, UTF-32 or invalid sequences).
        public static let invalidEncoding = Code(kind: .invalidEncoding)
        /// A character YAML forbids, such as NUL or another control character.
        public static let invalidCharacter = Code(kind: .invalidCharacter)
        /// The input is larger than ``YAMLLimits/maxInputBytes``.
        public static let inputTooLarge = Code(kind: .inputTooLarge)
        /// Collections nest deeper than ``YAMLLimits/maxDepth``.
        public static let nestingTooDeep = Code(kind: .nestingTooDeep)
        /// Aliases expand to more nodes than the limit allows.
        public static let aliasExpansionLimit = Code(kind: .aliasExpansionLimit)
        /// An alias names no anchor defined before it.
        public static let undefinedAlias = Code(kind: .undefinedAlias)
        /// An anchor name is defined twice.
        public static let duplicateAnchor = Code(kind: .duplicateAnchor)
        /// An alias refers to a collection that contains it.
        public static let recursiveAlias = Code(kind: .recursiveAlias)
        /// A tag SafeLoader has no constructor for.
        public static let unknownTag = Code(kind: .unknownTag)
        /// A value its tag cannot be built from.
        public static let invalidValue = Code(kind: .invalidValue)
        /// A list or a mapping used as a mapping key.
        public static let unhashableKey = Code(kind: .unhashableKey)
        /// A merge key (`<<`) whose value is not a mapping or a list of mappings.
        public static let invalidMerge = Code(kind: .invalidMerge)
        /// More than one document where cloud-init loads one.
        public static let multipleDocuments = Code(kind: .multipleDocuments)

        /// Every code, in the order `cloudcfg rules` lists the rules that report them.
        public static var allCases: [Code] { Kind.allCases.map(Code.init(kind:)) }

        /// Whether the error leaves the document incomplete: the input cannot be read at all
        /// (`cloudcfg lint` exits 65), rather than read but refused by cloud-init's loader.
        public var isFatal: Bool {
            switch kind {
            case .syntax, .invalidEncoding, .invalidCharacter, .inputTooLarge, .nestingTooDeep,
                .aliasExpansionLimit:
                true
            case .undefinedAlias, .duplicateAnchor, .recursiveAlias, .unknownTag, .invalidValue, .unhashableKey,
                .invalidMerge, .multipleDocuments:
                false
            }
        }

        /// The code's name, such as `undefinedAlias`.
        public var description: String { kind.rawValue }
    }

    /// What kind of problem it is.
    public var code: Code
    /// What is wrong, lower-case, without a final period.
    public var message: String
    /// Where it is.
    public var range: SourceRange
    /// Secondary messages, such as where an anchor was first defined.
    public var notes: [Note]

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of problem it is.
    ///   - message: What is wrong.
    ///   - range: Where it is.
    ///   - notes: Secondary messages.
    public init(_ code: Code, _ message: String, at range: SourceRange, notes: [Note] = []) {
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// `line:column: message`.
    public var description: String { "\(range.start): \(message)" }
}
