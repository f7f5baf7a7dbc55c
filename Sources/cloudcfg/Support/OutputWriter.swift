import Synchronization
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why output could not be written.
struct OutputError: Error, CustomStringConvertible {
    /// The path concerned.
    var path: String
    /// What went wrong, lower-case.
    var reason: String

    var description: String { "\(path): error: \(reason)" }
}

/// Writes output without leaving partial results: files go to a temporary name in the same
/// directory and are renamed into place; a directory of files is built under a temporary name
/// and renamed into place whole. Nothing is overwritten unless asked.
enum OutputWriter {
    /// Writes a file atomically: a temporary file in the same directory, then `rename`.
    ///
    /// - Parameters:
    ///   - bytes: The content.
    ///   - path: The destination.
    ///   - overwrite: Whether an existing file may be replaced.
    ///   - mode: The permission bits.
    /// - Throws: ``OutputError`` when the file exists and `overwrite` is false, or on any I/O error.
    static func writeFile(
        _ bytes: [UInt8], to path: String, overwrite: Bool,
        mode: FilePermissions = [.ownerReadWrite, .groupRead, .otherRead]
    )
        throws(OutputError)
    {
        if !overwrite, FileSystem.kind(path) != .missing {
            throw OutputError(path: path, reason: "already exists; --force replaces it")
        }
        let temporary = FileSystem.join(
            FileSystem.directory(of: path), ".\(FileSystem.name(of: path)).cloudcfg-\(getpid())")
        try create(temporary, bytes, mode: mode)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: path, reason: "cannot be written: \(reason)")
        }
    }

    /// Creates a new file (it must not exist) with its content.
    static func create(_ path: String, _ bytes: [UInt8], mode: FilePermissions) throws(OutputError) {
        try create(path, in: AT_FDCWD, named: path, bytes, mode: mode)
    }

    /// Creates a new file (it must not exist) with its content, its path relative to a directory
    /// descriptor (`AT_FDCWD` for the working directory): the kernel walks only the relative part.
    ///
    /// - Parameters:
    ///   - relativePath: The path from the directory.
    ///   - directory: The directory's descriptor.
    ///   - path: The full path, for messages.
    ///   - bytes: The content.
    ///   - mode: The permission bits.
    static func create(
        _ relativePath: String, in directory: CInt, named path: String, _ bytes: [UInt8], mode: FilePermissions
    ) throws(OutputError) {
        let raw = openat(directory, relativePath, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, mode.rawValue)
        guard raw >= 0 else {
            throw OutputError(path: path, reason: "cannot be created: \(Errno(rawValue: errno))")
        }
        let descriptor = FileDescriptor(rawValue: raw)
        do {
            try descriptor.closeAfter {
                _ = try bytes.withUnsafeBytes { try descriptor.writeAll($0) }
            }
        } catch {
            unlinkat(directory, relativePath, 0)
            throw OutputError(path: path, reason: "cannot be written: \(error)")
        }
    }

    /// Creates a directory and its parents under a directory descriptor, like `mkdir -p` of a
    /// relative path: the directory first, its parents only when they are missing (one system
    /// call for the common case).
    ///
    /// - Parameters:
    ///   - relativePath: The directory's path from `directory`.
    ///   - directory: The directory's descriptor.
    ///   - root: The directory's path, for messages.
    static func makeDirectories(_ relativePath: String, in directory: CInt, root: String) throws(OutputError) {
        func failure() -> OutputError {
            OutputError(
                path: FileSystem.join(root, relativePath),
                reason: "cannot create the directory: \(String(cString: strerror(errno)))")
        }
        if mkdirat(directory, relativePath, 0o755) == 0 { return }
        if errno == EEXIST {
            var info = stat()
            guard fstatat(directory, relativePath, &info, 0) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                errno = EEXIST
                throw failure()
            }
            return
        }
        guard errno == ENOENT else { throw failure() }
        let parent = FileSystem.directory(of: relativePath)
        guard parent != relativePath, parent != ".", parent != "/", !parent.isEmpty else { throw failure() }
        try makeDirectories(parent, in: directory, root: root)
        guard mkdirat(directory, relativePath, 0o755) == 0 || errno == EEXIST else { throw failure() }
    }

    /// Creates a directory and its parents, like `mkdir -p`: the directory first, its parents only
    /// when they are missing (one system call for the common case).
    static func makeDirectories(_ path: String) throws(OutputError) {
        if mkdir(path, 0o755) == 0 || (errno == EEXIST && FileSystem.kindFollowingLinks(path) == .directory) { return }
        guard errno == ENOENT else {
            throw OutputError(path: path, reason: "cannot create the directory: \(String(cString: strerror(errno)))")
        }
        let parent = FileSystem.directory(of: path)
        guard parent != path, parent != ".", parent != "/" else {
            throw OutputError(path: path, reason: "cannot create the directory: \(String(cString: strerror(errno)))")
        }
        try makeDirectories(parent)
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw OutputError(path: path, reason: "cannot create the directory: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a file or a directory with everything under it (symbolic links are removed, not followed).
    static func removeTree(_ path: String) {
        if FileSystem.kind(path) == .directory {
            for name in FileSystem.entries(path) { removeTree(FileSystem.join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// A directory built under a temporary name next to its destination, then moved into place whole.
struct StagedDirectory {
    /// Where the directory goes.
    let destination: String
    /// Where it is built.
    let staging: String
    /// The staging directory, open, so that each file's path is walked from it rather than from
    /// `/`; closed by ``commit()`` or ``discard()``, whichever comes first.
    private let handle: DirectoryHandle

    /// An open directory, closed once however many times it is asked.
    private final class DirectoryHandle: Sendable {
        let descriptor: CInt
        private let closed = Atomic(false)

        init(_ descriptor: CInt) { self.descriptor = descriptor }

        func close() {
            guard !closed.exchange(true, ordering: .relaxed) else { return }
            _ = unistdClose(descriptor)
        }

        deinit { close() }
    }

    private var descriptor: CInt { handle.descriptor }

    /// Starts a directory for a destination.
    ///
    /// - Parameter destination: The final path.
    /// - Throws: ``OutputError`` when the staging directory cannot be made.
    init(destination: String) throws(OutputError) {
        self.destination = destination
        let parent = FileSystem.directory(of: destination)
        try OutputWriter.makeDirectories(parent)
        staging = FileSystem.join(parent, ".\(FileSystem.name(of: destination)).cloudcfg-staging-\(getpid())")
        OutputWriter.removeTree(staging)
        guard mkdir(staging, 0o755) == 0 else {
            throw OutputError(path: staging, reason: "cannot create the directory: \(String(cString: strerror(errno)))")
        }
        let descriptor = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        handle = DirectoryHandle(descriptor)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            rmdir(staging)
            throw OutputError(path: staging, reason: "cannot open the directory: \(reason)")
        }
    }

    /// Writes a file under the staging directory.
    ///
    /// - Parameters:
    ///   - relativePath: The path under the directory, such as `cloud.cfg.d/91-azure_datasource.cfg`.
    ///   - bytes: The content.
    ///   - executable: Whether it is a script.
    func write(_ relativePath: String, _ bytes: [UInt8], executable: Bool = false) throws(OutputError) {
        // Under the staging directory whatever the path starts with, as joining it to the
        // directory's path kept it (`openat` would take a leading `/` from the root).
        let relativePath = String(relativePath.drop { $0 == "/" })
        let path = FileSystem.join(staging, relativePath)
        let directory = FileSystem.directory(of: relativePath)
        if directory != relativePath, directory != ".", !directory.isEmpty {
            try OutputWriter.makeDirectories(directory, in: descriptor, root: staging)
        }
        let mode: FilePermissions =
            executable
            ? [.ownerReadWriteExecute, .groupRead, .groupExecute, .otherRead, .otherExecute]
            : [.ownerReadWrite, .groupRead, .otherRead]
        try OutputWriter.create(relativePath, in: descriptor, named: path, bytes, mode: mode)
    }

    /// Moves the directory into place, replacing what is there (which the caller has checked may be
    /// replaced): the old directory is renamed aside first and removed once the new one is in.
    func commit() throws(OutputError) {
        handle.close()
        var aside: String?
        if FileSystem.kind(destination) != .missing {
            let old = FileSystem.join(
                FileSystem.directory(of: destination), ".\(FileSystem.name(of: destination)).cloudcfg-old-\(getpid())")
            OutputWriter.removeTree(old)
            guard rename(destination, old) == 0 else {
                throw OutputError(path: destination, reason: "cannot be replaced: \(String(cString: strerror(errno)))")
            }
            aside = old
        }
        guard rename(staging, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            if let aside { rename(aside, destination) }
            throw OutputError(path: destination, reason: "cannot be written: \(reason)")
        }
        if let aside { OutputWriter.removeTree(aside) }
    }

    /// Removes the staging directory.
    func discard() {
        handle.close()
        OutputWriter.removeTree(staging)
    }
}

/// `close(2)`, named apart from the methods called `close`.
private func unistdClose(_ descriptor: CInt) -> CInt {
    guard descriptor >= 0 else { return 0 }
    #if canImport(Glibc)
        return Glibc.close(descriptor)
    #else
        return Darwin.close(descriptor)
    #endif
}
