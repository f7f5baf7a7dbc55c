/// ShellCheck on `runcmd` and `bootcmd`: cloud-init writes each module's commands into one
/// `#!/bin/sh` script (`util.shellify`), a string item as its own line(s), an exec-form list as
/// its arguments single-quoted. That script is what ShellCheck checks, so that a variable set by
/// one command and used by the next is not reported.
///
/// A comment in a string item is mapped back through the YAML scalar: exactly for a scalar
/// written on one line (plain, or quoted without escapes) and for a literal block scalar (`|`),
/// whose lines are the value's lines indented; otherwise (folded, escaped, multi-line plain) the
/// comment is placed on the whole scalar and says where in the command ShellCheck put it.
extension ShellCheck {
    /// ShellCheck's comments on the commands of `runcmd` and `bootcmd`.
    ///
    /// - Parameter context: A cloud-config with its document.
    /// - Returns: The comments, at the commands' positions.
    func checkCommands(in context: LintContext) -> [ShellCheckComment] {
        guard let document = context.document, let root = context.root else { return [] }
        var comments: [ShellCheckComment] = []
        for module in ["runcmd", "bootcmd"] {
            guard let list = context.value(module, in: root), context.kind(of: list) == .sequence else { continue }
            var script = "#!/bin/sh\n"
            var line = 2
            var commands: [Command] = []
            for (index, item) in document.items(of: list).enumerated() {
                let resolved = document.resolved(item)
                let node = document[resolved]
                let path = KeyPath.root.appending(key: module).appending(index: index)
                let text: String
                var mapping: CommandMapping?
                switch node.kind {
                case .scalar, .alias:
                    guard case .string(let value)? = node.value else { continue }
                    text = value
                    mapping = CommandMapping(node, in: context.source)
                case .sequence:
                    let arguments = document.items(of: resolved).map {
                        document[document.resolved($0)].value?.pythonStr ?? ""
                    }
                    text = arguments.map(Self.singleQuoted).joined(separator: " ")
                case .mapping:
                    continue
                }
                let lines = Self.lineCount(text)
                commands.append(
                    Command(
                        firstLine: line, lines: lines, node: resolved, path: path, mapping: mapping,
                        execForm: node.kind == .sequence ? text : nil))
                script += text + "\n"
                line += lines
            }
            guard !commands.isEmpty else { continue }
            switch run(Request(script: script, shell: "sh")) {
            case .failure(let failure):
                comments.append(Self.failed(failure, at: context.range(list), keyPath: .root.appending(key: module)))
            case .success(let raw):
                for comment in raw {
                    guard let command = commands.last(where: { $0.firstLine <= comment.line }),
                        comment.line < command.firstLine + command.lines
                    else { continue }
                    comments.append(place(comment, in: command, context: context))
                }
            }
        }
        return comments
    }

    /// One command of the script: where its lines start and how many there are.
    private struct Command {
        var firstLine: Int
        var lines: Int
        var node: YAMLNodeID
        var path: KeyPath
        var mapping: CommandMapping?
        /// The line cloud-init writes for an exec-form command.
        var execForm: String?
    }

    /// A comment on a command's line(s), placed in the YAML.
    private func place(_ comment: RawComment, in command: Command, context: LintContext) -> ShellCheckComment {
        let line = comment.line - command.firstLine + 1
        let endLine = comment.endLine - command.firstLine + 1
        var result = ShellCheckComment(
            code: comment.code, severity: comment.severity, message: comment.message,
            range: context.range(command.node), keyPath: command.path)
        if let mapping = command.mapping, let start = mapping.location(line: line, column: comment.column),
            let end = mapping.location(line: endLine, column: comment.endColumn)
        {
            result.range = SourceRange(start: start, end: max(start, end))
        } else if let written = command.execForm {
            result.approximate = "column \(comment.column) of the command as cloud-init writes it: \(written)"
        } else {
            result.approximate =
                "line \(line), column \(comment.column) of the command; its YAML does not map to it character for "
                + "character"
        }
        return result
    }

    /// The number of lines a command takes in the script.
    private static func lineCount(_ text: String) -> Int {
        1 + text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// An argument single-quoted as `util.shellify` quotes exec-form arguments.
    private static func singleQuoted(_ argument: String) -> String {
        "'" + argument.replacing("'", with: "'\\''") + "'"
    }
}

/// Where each character of a command (a YAML string scalar) is written: for a scalar on one line
/// whose text is its value (plain, or quoted without escapes), and for a literal block scalar.
struct CommandMapping {
    /// For each line of the value: the source location of its first character.
    private var lineStarts: [SourceLocation]
    private let source: SourceFile

    /// The mapping of a scalar, or `nil` when its value is not its text line by line.
    init?(_ node: YAMLNode, in source: SourceFile) {
        self.source = source
        let range = node.range
        guard case .string(let value)? = node.value, node.explicitTag == nil, node.anchor == nil else { return nil }
        let written = source.text(of: range)
        switch node.scalarStyle {
        case .plain, .singleQuoted, .doubleQuoted:
            guard range.start.line == range.end.line else { return nil }
            let quote = node.scalarStyle == .plain ? 0 : 1
            let inner = written.unicodeScalars.dropFirst(quote).dropLast(quote)
            guard String(String.UnicodeScalarView(inner)) == value else { return nil }
            lineStarts = [source.location(atOffset: range.start.offset + quote)]
        case .literal:
            // The value's lines are the source lines after the indicator line, with the block's
            // indentation removed; check that they are, then map line by line.
            let values = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var starts: [SourceLocation] = []
            var indent: Int?
            for (index, text) in values.enumerated() {
                let line = range.start.line + 1 + index
                if index == values.count - 1, text.isEmpty { break }
                guard line <= source.lineCount else { return nil }
                let sourceLine = source.lineText(line)
                if text.isEmpty {
                    guard sourceLine.allSatisfy({ $0 == " " }) else { return nil }
                    starts.append(source.location(line: line, column: 1))
                    continue
                }
                let width = indent ?? sourceLine.prefix { $0 == " " }.count
                indent = width
                guard sourceLine.hasPrefix(String(repeating: " ", count: width)),
                    String(sourceLine.dropFirst(width)) == text
                else { return nil }
                starts.append(source.location(line: line, column: width + 1))
            }
            guard !starts.isEmpty else { return nil }
            lineStarts = starts
        case .folded:
            return nil
        }
    }

    /// The source location of a 1-based line and column of the value, if the value has them.
    func location(line: Int, column: Int) -> SourceLocation? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        return source.location(line: start.line, column: start.column + column - 1)
    }
}
