/// A ShellCheck comment placed in the linted text: in a script, where ShellCheck put it; in a
/// `runcmd` or `bootcmd` command, mapped through the YAML scalar that holds the command.
package struct ShellCheckComment: Sendable {
    /// ShellCheck's code, such as 2086.
    package var code: Int
    /// The severity for ShellCheck's level.
    package var severity: Severity
    /// ShellCheck's message.
    package var message: String
    /// Where it is in the linted text.
    package var range: SourceRange
    /// The key path of the command, for a `runcmd` or `bootcmd` item.
    package var keyPath: KeyPath?
    /// For a command whose YAML does not map to its text character for character (a folded or
    /// escaped scalar, an exec-form list): where ShellCheck put the comment in the command as
    /// cloud-init writes it; the range is then the whole command.
    package var approximate: String?
    /// Why ShellCheck could not check the script, for a comment that reports that instead.
    package var failure: String?
}

extension ShellCheck {
    /// ShellCheck's comments on a script part or file, or a boothook.
    ///
    /// - Parameters:
    ///   - script: The script.
    ///   - handler: The handler that runs it (a boothook's `#!` line is its second line).
    /// - Returns: The comments, in the script's coordinates.
    func check(script: SourceFile, handler: UserDataPart.Handler) -> [ShellCheckComment] {
        let interpreterLine = handler == .boothook ? 2 : 1
        guard let shell = Self.shell(of: script.lineText(interpreterLine)) else { return [] }
        // A boothook's first line is its header, a comment to the shell: the `#!` line after it is
        // what runs it.
        var excluded = handler == .boothook ? [1128] : []
        // A '#!' line ending with CR LF is `shebang-crlf`, whose fix removes every CR.
        let firstLineEnd = script.contentEnd(ofLine: 1)
        if firstLineEnd < script.bytes.count, script.bytes[firstLineEnd] == 0x0D { excluded.append(1017) }
        let request = Request(script: script.text, shell: shell, excluded: excluded)
        switch run(request) {
        case .failure(let failure):
            return [Self.failed(failure, at: SourceRange(at: script.location(atOffset: 0)))]
        case .success(let comments):
            return comments.map { comment in
                let start = script.location(line: comment.line, column: comment.column)
                let end = script.location(line: comment.endLine, column: comment.endColumn)
                return ShellCheckComment(
                    code: comment.code, severity: comment.severity, message: comment.message,
                    range: SourceRange(start: start, end: max(start, end)))
            }
        }
    }

    /// The ShellCheck shell for a `#!` line, or `nil` when the interpreter is not a shell
    /// ShellCheck checks (Python, Perl, ...).
    static func shell(of line: String) -> String? {
        guard let interpreter = ShebangLine(line)?.program else { return nil }
        return shells[interpreter]
    }

    /// A comment saying that ShellCheck could not check a script.
    static func failed(_ failure: Failure, at range: SourceRange, keyPath: KeyPath? = nil) -> ShellCheckComment {
        ShellCheckComment(
            code: 0, severity: .warning, message: failure.description, range: range, keyPath: keyPath,
            failure: failure.description)
    }
}
