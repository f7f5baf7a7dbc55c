/// A finding about a Jinja template: a syntax error, a construct cloud-init rejects, a name that
/// instance data does not have, or a problem met while rendering.
///
/// Findings are data; the lint layer turns them into diagnostics under its own rule identifiers.
public struct JinjaFinding: Sendable, Hashable {
    /// What kind of finding this is.
    ///
    /// A struct over a private enumeration, so that codes can be added without breaking clients.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Kind: String, Sendable, Hashable {
            case syntaxError = "jinja-syntax-error"
            case unclosedBlock = "jinja-unclosed-block"
            case unknownTag = "jinja-unknown-tag"
            case unknownFilter = "jinja-unknown-filter"
            case unknownTest = "jinja-unknown-test"
            case noLoader = "jinja-no-loader"
            case templateType = "jinja-template-type"
            case unsupported = "jinja-unsupported"
            case undefinedVariable = "jinja-undefined-variable"
            case renderError = "jinja-render-error"
            case unknownVariable = "jinja-unknown-variable"
            case hyphenInName = "jinja-hyphen-in-name"
            case limitExceeded = "jinja-limit-exceeded"
        }

        let kind: Kind

        /// A stable kebab-case identifier, such as `jinja-syntax-error`.
        public var rawValue: String { kind.rawValue }

        /// The identifier.
        public var description: String { kind.rawValue }

        /// Jinja cannot parse the template; cloud-init drops the whole part.
        public static let syntaxError = Code(kind: .syntaxError)
        /// A block (`if`, `for`, `raw`, ...) is not closed before the end of the template.
        public static let unclosedBlock = Code(kind: .unclosedBlock)
        /// A `{% tag %}` that Jinja, with cloud-init's `do` extension, does not know.
        public static let unknownTag = Code(kind: .unknownTag)
        /// A filter that stock Jinja does not have (`b64decode` is Ansible's): a compile-time
        /// error, so cloud-init drops the part.
        public static let unknownFilter = Code(kind: .unknownFilter)
        /// A test (`is name`) that stock Jinja does not have.
        public static let unknownTest = Code(kind: .unknownTest)
        /// `include`, `import`, `from` or `extends`: cloud-init's environment has no loader, so
        /// rendering fails and the part is dropped.
        public static let noLoader = Code(kind: .noLoader)
        /// The `## template:` header names a renderer other than `jinja`.
        public static let templateType = Code(kind: .templateType)
        /// Valid Jinja that cloudcfg's renderer does not evaluate; nothing is rendered rather
        /// than something wrong.
        public static let unsupported = Code(kind: .unsupported)
        /// A printed variable that the instance data does not define: cloud-init prints
        /// `CI_MISSING_JINJA_VAR/<name>` and warns.
        public static let undefinedVariable = Code(kind: .undefinedVariable)
        /// Rendering fails (an undefined intermediate, a type error, ...): cloud-init drops the part.
        public static let renderError = Code(kind: .renderError)
        /// A variable name that the instance data of the cloud-init versions cloudcfg knows does
        /// not have.
        public static let unknownVariable = Code(kind: .unknownVariable)
        /// A hyphen inside a dotted name, which Jinja reads as a subtraction.
        public static let hyphenInName = Code(kind: .hyphenInName)
        /// The template exceeds a bound on nesting, loop iterations or output size.
        public static let limitExceeded = Code(kind: .limitExceeded)
    }

    /// What kind of finding this is.
    public var code: Code
    /// The suggested severity.
    public var severity: Severity
    /// A lower-case message without a final period.
    public var message: String
    /// Where the finding is, in the template file's coordinates.
    public var range: SourceRange
    /// A replacement for the text at ``range`` (a did-you-mean), if there is one.
    public var suggestion: String?

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - code: What kind of finding this is.
    ///   - severity: The suggested severity.
    ///   - message: A lower-case message without a final period.
    ///   - range: Where the finding is.
    ///   - suggestion: A replacement for the text at `range`.
    public init(_ code: Code, _ severity: Severity, _ message: String, at range: SourceRange, suggestion: String? = nil)
    {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.suggestion = suggestion
    }
}
