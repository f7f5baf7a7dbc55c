/// One file of an image, to lint together with the others (``Linter/lint(together:)``): the
/// image's waagent.conf, its cloud-init system configuration, and the user-data it boots with.
public struct LintInput: Sendable {
    /// The file.
    public var source: SourceFile
    /// What the file is; `nil` to detect it from its name and content (``InputKind/detect(_:)``).
    public var kind: InputKind?
    /// Whether the file is only context (`--with`): checked against, but its own findings are not
    /// reported, and a finding across files is put on another file when it can be.
    public var isContext: Bool

    /// Creates an input.
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - kind: What the file is; `nil` to detect it.
    ///   - isContext: Whether the file is only context.
    public init(_ source: SourceFile, kind: InputKind? = nil, isContext: Bool = false) {
        self.source = source
        self.kind = kind
        self.isContext = isContext
    }
}
