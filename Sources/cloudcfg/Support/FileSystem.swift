#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system queries the CLI needs, over the C library.
enum FileSystem {
    /// What a path is.
    enum Kind {
        case file, directory, other, missing
    }

    /// What a path is, without following a final symbolic link to a directory (so that walks
    /// cannot loop); a symbolic link to a file counts as a file.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else { return .missing }
            return target.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }

    /// What a path named on the command line is: symbolic links are followed, so that a link to
    /// a directory is walked like the directory.
    static func kindFollowingLinks(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The names in a directory, sorted, without `.` and `..`.
    static func entries(_ directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Joins a directory and a name.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The directory part of a path (`.` for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The absolute form of a path, without resolving symbolic links.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return normalised(path) }
        guard let cwd = workingDirectory else { return path }
        return normalised(join(cwd, path))
    }

    /// The working directory, asked of the system once: cloudcfg never changes it, and a run
    /// makes a path absolute several times for every input.
    private static let workingDirectory: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// A path as it is shown to the user: relative to the working directory when it is an
    /// absolute path inside it (a `.cloudcfg.yaml` found above an input), otherwise unchanged.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let cwd = absolute(".")
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// A path with `.` and `..` components resolved textually.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        // Appended one by one as strings rather than `joined(separator:)` or appending the
        // substrings, whose generic code costs a run-time conformance lookup in every run.
        guard !parts.isEmpty else { return "/" }
        var result = ""
        for part in parts {
            result += "/"
            result += String(part)
        }
        return result
    }
}
