import ArgumentParser
import CloudConfig

/// A first argument that is neither an option nor a subcommand (`cloudcfg lnt`), with the
/// subcommand it was probably meant to be.
struct UnknownSubcommand {
    /// The word given.
    var name: String
    /// The closest subcommand, if one is close enough.
    var suggestion: String?

    /// The names `cloudcfg` accepts first: its subcommands and the parser's `help`.
    static var names: [String] {
        CloudCfg.configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// Finds a mistyped subcommand in the arguments, if the first one is one.
    ///
    /// - Parameter arguments: The arguments after the program name.
    init?(arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), !Self.names.contains(first) else { return nil }
        name = first
        suggestion = Suggestion.closest(to: first, among: Self.names)
    }

    /// What to print, ending with a line break.
    var message: String {
        var text = "error: '\(name)' is not a cloudcfg command"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text + "\nUsage: cloudcfg <subcommand>\n  See 'cloudcfg --help' for the subcommands.\n"
    }

}
