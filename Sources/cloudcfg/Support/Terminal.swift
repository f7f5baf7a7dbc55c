import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether output goes to a terminal, for colour, the default format and progress.
enum Terminal {
    /// Whether a descriptor is a terminal that shows colour: `NO_COLOR` is unset or empty and
    /// `TERM` is not `dumb` (Emacs' shell buffers, some CI logs), which takes no escape sequences.
    static func isTerminal(_ descriptor: FileDescriptor) -> Bool {
        guard isTTY(descriptor) else { return false }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        guard let term = getenv("TERM") else { return true }
        return String(cString: term) != "dumb"
    }

    /// Whether a descriptor is a terminal at all, whatever it shows: a person is reading.
    static func isTTY(_ descriptor: FileDescriptor) -> Bool {
        isatty(descriptor.rawValue) == 1
    }
}
