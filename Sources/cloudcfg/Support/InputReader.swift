import CloudConfig
import SystemPackage

/// Why an input could not be read.
struct InputError: Error, CustomStringConvertible {
    /// The path as the user gave it.
    var path: String
    /// What went wrong, lower-case.
    var reason: String
    /// Whether the path does not exist (rather than exists and cannot be read).
    var isMissing = false

    var description: String { "\(path): error: \(reason)" }
}

/// Reads inputs from files and standard input, never more than a limit plus one byte, so that
/// an oversized input is refused without being held in memory.
enum InputReader {
    /// The path users give for standard input.
    static let standardInputPath = "-"

    /// Reads a file, or standard input for `-`.
    ///
    /// - Parameters:
    ///   - path: A path, or `-`.
    ///   - limit: The most bytes wanted; one more byte is read to tell that the input is larger.
    /// - Returns: The source file.
    /// - Throws: `InputError` when the file is missing or unreadable.
    static func read(_ path: String, limit: Int) throws(InputError) -> SourceFile {
        if path == standardInputPath {
            let bytes = try readAll(FileDescriptor.standardInput, path: path, limit: limit)
            return SourceFile(path: "<stdin>", bytes: bytes)
        }
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(FilePath(path), .readOnly)
        } catch let errno as Errno {
            throw InputError(path: path, reason: describe(errno), isMissing: errno == .noSuchFileOrDirectory)
        } catch {
            throw InputError(path: path, reason: "cannot open: \(error)")
        }
        defer { try? descriptor.close() }
        return SourceFile(path: path, bytes: try readAll(descriptor, path: path, limit: limit))
    }

    /// Reads at most the first bytes of a file, to tell what it is.
    ///
    /// - Parameters:
    ///   - path: A path.
    ///   - count: How many bytes to read at most.
    /// - Returns: The bytes, or `nil` when the file cannot be read.
    static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
        guard let descriptor = try? FileDescriptor.open(FilePath(path), .readOnly) else { return nil }
        defer { try? descriptor.close() }
        return try? readAll(descriptor, path: path, limit: count - 1)
    }

    private static func readAll(_ descriptor: FileDescriptor, path: String, limit: Int) throws(InputError)
        -> [UInt8]
    {
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while bytes.count <= limit {
            let wanted = min(chunk, limit + 1 - bytes.count)
            let count: Int
            do {
                count = try buffer.withUnsafeMutableBytes { raw in
                    try descriptor.read(
                        into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<wanted]),
                        retryOnInterrupt: true)
                }
            } catch let errno as Errno {
                throw InputError(path: path, reason: describe(errno))
            } catch {
                throw InputError(path: path, reason: "cannot read: \(error)")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    private static func describe(_ errno: Errno) -> String {
        switch errno {
        case .noSuchFileOrDirectory: "no such file or directory"
        case .permissionDenied: "permission denied"
        case .isDirectory: "is a directory"
        default: "cannot read: \(errno)"
        }
    }
}
