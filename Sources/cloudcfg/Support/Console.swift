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

    private static func write(_ text: String, to descriptor: FileDescriptor) {
        var text = text
        text.withUTF8 { buffer in
            _ = try? descriptor.writeAll(UnsafeRawBufferPointer(buffer))
        }
    }
}
