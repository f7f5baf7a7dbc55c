/// libyaml's syntax errors as ``YAMLError``s: the problem at its position, a note where the
/// construct being parsed started, and a note where PyYAML would read the input differently.
extension YAMLComposer {
    /// Records libyaml's error, with where the construct it was parsing started and, when
    /// PyYAML reads the input, how the two differ; reading stops there.
    mutating func report(_ error: YAMLSyntaxError) {
        let location: SourceLocation
        if error.mark.line < 0 {
            location = source.location(atOffset: source.byteOrderMarkLength + error.mark.index)
        } else {
            location = marks.location(error.mark)
        }
        stopOffset = location.offset
        var message = error.problem
        var notes: [Note] = []
        if let context = error.context {
            message += " (\(context))"
            if let contextMark = error.contextMark {
                let contextLocation = marks.location(contextMark)
                if contextLocation != location {
                    let started = context.replacingPrefix("while parsing", with: "started")
                        .replacingPrefix("while scanning", with: "started")
                    notes.append(Note(started + " here", at: SourceRange(at: contextLocation)))
                }
            }
        }
        if let difference = Self.pyyamlAccepts(error) { notes.append(Note(difference)) }
        errors.append(YAMLError(.syntax, message, at: SourceRange(at: location), notes: notes))
    }

    /// For the errors of libyaml that PyYAML does not raise, what cloud-init's loader does
    /// instead; cloudcfg cannot read such input, so it says how the two differ.
    private static func pyyamlAccepts(_ error: YAMLSyntaxError) -> String? {
        switch error.problem {
        case "found incompatible YAML document":
            "cloud-init's YAML loader (PyYAML) accepts any %YAML 1.x directive; cloudcfg's parser "
                + "(libyaml) accepts only 1.1 and 1.2"
        case "found unknown directive name":
            "cloud-init's YAML loader (PyYAML) ignores directives other than %YAML and %TAG; cloudcfg's "
                + "parser (libyaml) refuses them"
        case "found invalid Unicode character escape code":
            "cloud-init's YAML loader (PyYAML) accepts an escaped surrogate (\\uD800 to \\uDFFF) and "
                + "builds text that is not valid Unicode; cloudcfg refuses it"
        case "found a tab character where an indentation space is expected"
        where error.context == "while scanning a block scalar":
            "cloud-init's YAML loader (PyYAML) reads a tab after the indentation of a block scalar's "
                + "first line as text; cloudcfg's parser (libyaml) refuses it"
        default:
            nil
        }
    }
}

extension String {
    /// The string with a leading prefix replaced, or unchanged when it does not start with it.
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
