import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether output goes to a terminal, for colour.
enum Terminal {
    /// Whether a descriptor is a terminal and `NO_COLOR` is unset.
    static func isTerminal(_ descriptor: FileDescriptor) -> Bool {
        getenv("NO_COLOR") == nil && isatty(descriptor.rawValue) == 1
    }
}
