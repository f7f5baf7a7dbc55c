import SystemPackage

/// Writes to standard output and standard error without buffering surprises.
enum Console {
    /// Writes text to standard output.
    static func out(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// Writes text to standard error.
    static func error(_ text: String) {
        write(text, to: .standardError)
    }

    /// A loop of `write(_:)` rather than the generic `writeAll(_:)`, whose first call costs a
    /// run-time conformance lookup (a scan of every conformance record) in every run.
    private static func write(_ text: String, to descriptor: FileDescriptor) {
        var text = text
        text.withUTF8 { buffer in
            var rest = UnsafeRawBufferPointer(buffer)
            while !rest.isEmpty {
                guard let written = try? descriptor.write(rest), written > 0 else { return }
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            }
        }
    }
}
