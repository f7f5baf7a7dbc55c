/// How one linted text is read, and what the user-data layer found about it that rules turn into
/// diagnostics: the envelope's findings, a template's, a script's kind, ShellCheck's comments,
/// an external schema's verdicts, the platform's size limits.
///
/// A file is linted as one text when it is plain user-data; an envelope (MIME, base64, gzip, an
/// archive) is linted as a whole for its own findings, then part by part, each part's payload as
/// a text of its own whose findings are mapped back to the file.
package struct UserDataFacts: Sendable {
    /// How a text is read.
    package enum Handling: Sendable, Hashable {
        /// As user-data: its first line decides what it is, as for a plain file.
        case userData
        /// As cloud-config whatever its first line: a part declared `text/cloud-config`.
        case cloudConfig
        /// As a Jinja template: its own findings; the rendered text is linted as a text of its own.
        case template
        /// As a script run by a handler (user script, per-boot script, boothook).
        case script(UserDataPart.Handler)
        /// As a `#cloud-config-jsonp` JSON patch.
        case jsonPatch
        /// As a `#part-handler` (Python, not checked).
        case partHandler
        /// As an envelope as a whole (MIME, base64, gzip, archive): its own findings only.
        case envelope(UserDataKind)

        /// Whether the text is read as YAML.
        var readsYAML: Bool { self == .userData || self == .cloudConfig }

        /// The kind the text is linted as, when the handling decides it.
        var kind: UserDataKind? {
            switch self {
            case .userData: nil
            case .cloudConfig: .cloudConfig
            case .template: .jinja
            case .script(let handler): handler == .boothook ? .boothook : .script
            case .jsonPatch: .cloudConfigJSONPatch
            case .partHandler: .partHandler
            case .envelope(let kind): kind
            }
        }
    }

    /// How the text is read.
    package var handling: Handling = .userData
    /// The YAML of the text, when the envelope read it already.
    package var yaml: YAMLStream?
    /// The envelope's findings about this text (the file, for plain user-data; the envelope as a
    /// whole, for MIME and encoded user-data).
    package var envelopeFindings: [EnvelopeFinding] = []
    /// Why a JSON patch cannot be applied as cloud-init reads it, if it cannot.
    package var jsonPatchProblem: String?
    /// The template's findings: parsing, names, rendering.
    package var jinjaFindings: [JinjaFinding] = []
    /// ShellCheck's comments on the text (a script) or on its `runcmd` and `bootcmd` commands.
    package var shellCheck: [ShellCheckComment] = []
    /// What an external cloud-init schema says about the cloud-config.
    package var externalSchemaFindings: [ExternalSchemaFinding] = []
    /// The size limits of the platform and how the user-data measures against them.
    package var sizeReport: SizeReport?
    /// What ``UserDataKind/detect(_:)`` says the text is, when the linter asked already for this
    /// very text (a plain file): it is not asked again.
    var detectedKind: UserDataKind?

    /// Facts for a text read in a given way.
    ///
    /// - Parameter handling: How the text is read.
    package init(handling: Handling = .userData) {
        self.handling = handling
    }
}
