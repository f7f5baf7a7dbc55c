import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be replaced.
struct InPlaceWriteError: Error, CustomStringConvertible {
    /// The path as given.
    var path: String
    /// What went wrong, lower-case.
    var reason: String

    var description: String { "\(path): error: not fixed: \(reason)" }
}

/// Replaces a file's content atomically: the new bytes go to a temporary file in the same
/// directory, which gets the file's mode (and owner, where allowed), is flushed to disk and
/// renamed over the file. Readers see the old file or the new one, never a mix; a symbolic link
/// keeps pointing at the file it named, which is the one replaced.
enum InPlaceWriter {
    /// Replaces a file's content, unless it changed since it was read.
    ///
    /// - Parameters:
    ///   - path: The file, as given on the command line.
    ///   - bytes: The new content.
    ///   - expected: The content the file had when it was read.
    /// - Throws: ``InPlaceWriteError`` when the file changed meanwhile, has other hard links (which a
    ///   rename would part from the new content), is not a regular file, or cannot be written.
    static func replace(_ path: String, with bytes: [UInt8], expected: [UInt8]) throws(InPlaceWriteError) {
        guard let resolved = realpath(path, nil) else {
            throw InPlaceWriteError(path: path, reason: "cannot be resolved: \(lastError())")
        }
        let target = String(cString: resolved)
        free(resolved)
        var info = stat()
        guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw InPlaceWriteError(path: path, reason: "is not a regular file")
        }
        guard info.st_nlink <= 1 else {
            throw InPlaceWriteError(
                path: path,
                reason: "it has \(info.st_nlink) hard links, which replacing it would part from the fixed content")
        }
        // A file changed since it was read would lose the change: leave it to the next run.
        guard let current = try? read(target, limit: expected.count + 1), current == expected else {
            throw InPlaceWriteError(path: path, reason: "it changed since it was read")
        }
        let temporary = FileSystem.join(
            FileSystem.directory(of: target), ".\(FileSystem.name(of: target)).cloudcfg-fix-\(getpid())")
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .exclusiveCreate],
                permissions: [.ownerReadWrite])
        } catch {
            throw InPlaceWriteError(path: path, reason: "cannot create a file beside it: \(error)")
        }
        do {
            try descriptor.closeAfter {
                _ = try bytes.withUnsafeBytes { try descriptor.writeAll($0) }
                // The owner first: changing it may clear the set-user-ID and set-group-ID bits.
                _ = fchown(descriptor.rawValue, info.st_uid, info.st_gid)
                guard fchmod(descriptor.rawValue, info.st_mode & 0o7777) == 0, fsync(descriptor.rawValue) == 0 else {
                    throw Errno(rawValue: errno)
                }
            }
        } catch {
            unlink(temporary)
            throw InPlaceWriteError(path: path, reason: "cannot be written: \(error)")
        }
        guard rename(temporary, target) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw InPlaceWriteError(path: path, reason: "cannot be replaced: \(reason)")
        }
    }

    /// A file's bytes, at most `limit`.
    private static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = try FileDescriptor.open(FilePath(path), .readOnly)
        return try descriptor.closeAfter {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while bytes.count < limit {
                let count = try buffer.withUnsafeMutableBytes { try descriptor.read(into: $0) }
                if count == 0 { break }
                bytes += buffer[..<count]
            }
            return bytes
        }
    }

    /// The C library's message for `errno`.
    private static func lastError() -> String { String(cString: strerror(errno)) }
}
