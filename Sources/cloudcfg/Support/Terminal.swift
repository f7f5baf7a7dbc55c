import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether output goes to a terminal, for colour.
enum Terminal {
    /// Whether a descriptor is a terminal that shows colour: `NO_COLOR` is unset and `TERM` is
    /// not `dumb` (Emacs' shell buffers, some CI logs), which takes no escape sequences.
    static func isTerminal(_ descriptor: FileDescriptor) -> Bool {
        guard getenv("NO_COLOR") == nil, isatty(descriptor.rawValue) == 1 else { return false }
        guard let term = getenv("TERM") else { return true }
        return String(cString: term) != "dumb"
    }

    /// Whether a descriptor is a terminal at all, for progress that only a person watching needs.
    static func isInteractive(_ descriptor: FileDescriptor) -> Bool {
        isatty(descriptor.rawValue) == 1
    }
}
