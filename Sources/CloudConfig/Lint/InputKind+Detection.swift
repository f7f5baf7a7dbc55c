extension InputKind {
    /// The kind a path names, or `nil` when the name says nothing: `waagent.conf` (and
    /// `waagent*.conf`) is the agent's file; `cloud.cfg`, and a `*.cfg` file in a directory named
    /// `cloud.cfg.d`, are system configuration.
    ///
    /// - Parameter path: The path as given; only its last two components matter.
    /// - Returns: The kind, or `nil`.
    public static func named(_ path: String) -> InputKind? {
        // An ASCII path (almost every path) is read byte by byte, without splitting it into
        // strings; for ASCII the byte comparisons give the same answers as the string ones.
        if let naming = path.utf8.withContiguousStorageIfAvailable({ Naming(asciiPath: $0) }), let naming {
            return naming.kind
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let name = components.last.map(String.init) else { return nil }
        if name == "waagent.conf" || (name.hasPrefix("waagent") && name.hasSuffix(".conf")) { return .waagent }
        if name == "cloud.cfg" { return .systemConfig }
        if components.count >= 2, components[components.count - 2] == "cloud.cfg.d", name.hasSuffix(".cfg") {
            return .systemConfig
        }
        return nil
    }

    /// The kind of a file: by its name (``named(_:)``), then by its content — a user-data header
    /// (`#cloud-config`, `#!`, MIME, gzip, ...) makes it user-data, `key=value` lines naming the
    /// agent's keys make it a waagent.conf — and user-data otherwise, as cloud-init would be
    /// given it.
    ///
    /// - Parameters:
    ///   - path: The path as given (`<stdin>` names nothing).
    ///   - bytes: The content.
    /// - Returns: The kind.
    public static func detect(path: String, bytes: [UInt8]) -> InputKind {
        detect(path: path, bytes: bytes, userDataKind: nil).kind
    }

    /// ``detect(path:bytes:)``, with what ``UserDataKind/detect(_:)`` said of the bytes when it
    /// was asked (the name did not decide), so that the linter does not ask again.
    ///
    /// - Parameters:
    ///   - path: The path as given.
    ///   - bytes: The content.
    ///   - userDataKind: The bytes' user-data kind, when already known.
    /// - Returns: The kind, and the bytes' user-data kind when it is known.
    static func detect(path: String, bytes: [UInt8], userDataKind: UserDataKind?) -> (
        kind: InputKind, userDataKind: UserDataKind?
    ) {
        if let kind = named(path) { return (kind, userDataKind) }
        let userDataKind = userDataKind ?? UserDataKind.detect(bytes)
        if userDataKind != .unknown { return (.userData, userDataKind) }
        if ProfileReader.isProfile(bytes) { return (.profile, userDataKind) }
        if AgentConfiguration.isLikelyAgentConfiguration(bytes) { return (.waagent, userDataKind) }
        return (.userData, userDataKind)
    }

    /// The kind of a source file (``detect(path:bytes:)``).
    ///
    /// - Parameter source: The file.
    /// - Returns: The kind.
    public static func detect(_ source: SourceFile) -> InputKind {
        detect(path: source.path, bytes: source.bytes)
    }
}

/// What an ASCII path's last two components say about the input, read from its bytes (the
/// answer of ``InputKind/named(_:)``).
private struct Naming {
    /// The kind the path names, if any.
    let kind: InputKind?

    /// Reads a path's bytes; `nil` when the path is not ASCII.
    init?(asciiPath bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let slash = UInt8(ascii: "/")
        var end = bytes.count
        while end > 0, bytes[end - 1] == slash { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != slash { start -= 1 }
        let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
        func isEqual(_ part: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
            part.count == text.utf8CodeUnitCount
                && part.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        func hasPrefix(_ text: StaticString) -> Bool {
            name.count >= text.utf8CodeUnitCount
                && isEqual(UnsafeBufferPointer(rebasing: name.prefix(text.utf8CodeUnitCount)), text)
        }
        func hasSuffix(_ text: StaticString) -> Bool {
            name.count >= text.utf8CodeUnitCount
                && isEqual(UnsafeBufferPointer(rebasing: name.suffix(text.utf8CodeUnitCount)), text)
        }
        if name.isEmpty {
            kind = nil
        } else if isEqual(name, "waagent.conf") || (hasPrefix("waagent") && hasSuffix(".conf")) {
            kind = .waagent
        } else if isEqual(name, "cloud.cfg") {
            kind = .systemConfig
        } else if hasSuffix(".cfg") {
            var parentEnd = start
            while parentEnd > 0, bytes[parentEnd - 1] == slash { parentEnd -= 1 }
            var parentStart = parentEnd
            while parentStart > 0, bytes[parentStart - 1] != slash { parentStart -= 1 }
            let parent = UnsafeBufferPointer(rebasing: bytes[parentStart..<parentEnd])
            kind = !parent.isEmpty && isEqual(parent, "cloud.cfg.d") ? .systemConfig : nil
        } else {
            kind = nil
        }
    }
}
