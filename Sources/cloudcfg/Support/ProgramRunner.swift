import Glibc

/// Runs a program found on the `PATH` with bytes on its standard input and returns its standard
/// output: how `cloudcfg lint --shellcheck` runs Debian's `shellcheck`. Standard error is
/// discarded; standard input is written in full before the output is read, which suits programs
/// that read all of their input before they write (as ShellCheck does).
enum ProgramRunner {
    /// Why a program could not be run.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The full path of a program on the `PATH`, if it is there and executable.
    ///
    /// - Parameter name: The program's name, such as `shellcheck`.
    /// - Returns: The path, or `nil`.
    static func find(_ name: String) -> String? {
        guard let value = getenv("PATH") else { return nil }
        let path = String(cString: value)
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return String(candidate) }
        }
        return nil
    }

    /// Runs a program and returns what it writes to standard output.
    ///
    /// - Parameters:
    ///   - executable: The program's full path.
    ///   - arguments: Its arguments.
    ///   - input: Its standard input.
    /// - Returns: Its standard output and exit status.
    /// - Throws: ``Failure`` when it cannot be started or waited for.
    static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws(Failure) -> (
        output: [UInt8], status: Int32
    ) {
        var inputPipe: [Int32] = [-1, -1]
        var outputPipe: [Int32] = [-1, -1]
        guard pipe(&inputPipe) == 0 else { throw Failure(description: "cannot create a pipe") }
        guard pipe(&outputPipe) == 0 else {
            close(inputPipe[0])
            close(inputPipe[1])
            throw Failure(description: "cannot create a pipe")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in inputPipe + outputPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(inputPipe[0])
        close(outputPipe[1])
        guard spawned == 0 else {
            close(inputPipe[1])
            close(outputPipe[0])
            throw Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        // A program that exits before reading all of its input must not kill cloudcfg.
        let previous = signal(SIGPIPE, SIG_IGN)
        input.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(inputPipe[1], buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
        }
        close(inputPipe[1])
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(outputPipe[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output.append(contentsOf: chunk[0..<count])
        }
        close(outputPipe[0])
        signal(SIGPIPE, previous)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "cannot wait for \(executable)") }
        }
        let exited = status & 0x7F == 0
        return (output, exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    }
}
