import CloudConfig
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// Reads up to `limit + 1` bytes: a regular file into one array of its size (one `fstat`,
    /// one allocation, read in place), anything else (a pipe, a device, a file that grew since)
    /// in chunks appended as they come.
    private static func readAll(_ descriptor: FileDescriptor, path: String, limit: Int) throws(InputError)
        -> [UInt8]
    {
        var bytes: [UInt8] = []
        if let size = regularFileSize(descriptor), size <= limit {
            var failure: (any Error)?
            // One byte more than the size, to see the end of the file without a second read
            // (or that it grew).
            bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                count = 0
                while count < buffer.count {
                    do {
                        let read = try descriptor.read(
                            into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])),
                            retryOnInterrupt: true)
                        if read == 0 { break }
                        count += read
                    } catch {
                        failure = error
                        break
                    }
                }
            }
            if let failure { throw inputError(failure, path: path) }
            if bytes.count <= size { return bytes }
        }
        let chunk = 1 << 16
        var failure: (any Error)?
        withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 1) { buffer in
            while bytes.count <= limit {
                let wanted = min(chunk, limit + 1 - bytes.count)
                let count: Int
                do {
                    count = try descriptor.read(
                        into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<wanted]), retryOnInterrupt: true)
                } catch {
                    failure = error
                    return
                }
                if count == 0 { return }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            }
        }
        if let failure { throw inputError(failure, path: path) }
        return bytes
    }

    /// The size of a regular file, or `nil` for anything else or when `fstat` fails.
    private static func regularFileSize(_ descriptor: FileDescriptor) -> Int? {
        var status = stat()
        guard fstat(descriptor.rawValue, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else {
            return nil
        }
        return Int(status.st_size)
    }

    private static func inputError(_ error: any Error, path: String) -> InputError {
        if let errno = error as? Errno { return InputError(path: path, reason: describe(errno)) }
        return InputError(path: path, reason: "cannot read: \(error)")
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
