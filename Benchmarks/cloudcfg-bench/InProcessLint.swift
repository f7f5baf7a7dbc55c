import CloudConfig

/// The library side of the comparisons, run as a child process of the suite so that its peak
/// memory is its own: the inputs are read into memory and the linter is built first, then one
/// pass is timed, as the baselines time theirs.
enum InProcessLint {
    /// Lints every file (the files of directories) with one linter, on one core then on every
    /// core; prints `seconds` (one core), `parallel` (every core), `files`, `errors` and
    /// `warnings`.
    static func corpus(_ paths: [String]) throws(BenchError) {
        var sources: [SourceFile] = []
        for path in paths {
            let names = BenchFile.files(in: path)
            for file in names.isEmpty ? [path] : names.map({ path + "/" + $0 }) {
                guard let bytes = BenchFile.read(file) else { throw BenchError("cannot read \(file)") }
                sources.append(SourceFile(path: file, bytes: bytes))
            }
        }
        let linter = Linter()
        var summary = (errors: 0, warnings: 0)
        let start = ChildProcess.now()
        for source in sources {
            for diagnostic in linter.lint(source).diagnostics {
                if diagnostic.severity == .error { summary.errors += 1 }
                if diagnostic.severity == .warning { summary.warnings += 1 }
            }
        }
        let elapsed = ChildProcess.now() - start
        // The same files again, on every core (`Linter.lint(_:jobs:)`), after the one-core pass
        // so that its caches are as warm as the one-core pass left them.
        let parallelStart = ChildProcess.now()
        let batch = linter.lint(sources)
        let parallel = ChildProcess.now() - parallelStart
        let batchErrors = batch.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == .error }.count }
        guard batchErrors == summary.errors else {
            throw BenchError("the parallel pass found \(batchErrors) errors, the one-core pass \(summary.errors)")
        }
        print(
            "seconds \(elapsed)\nparallel \(parallel)\nfiles \(sources.count)\nerrors \(summary.errors)\n"
                + "warnings \(summary.warnings)")
    }

    /// Lints one file; prints `seconds` (the lint, from the bytes in memory to the findings),
    /// `read` (reading the file), `errors` and `warnings`.
    static func file(_ path: String) throws(BenchError) {
        let readStart = ChildProcess.now()
        guard let bytes = BenchFile.read(path) else { throw BenchError("cannot read \(path)") }
        let read = ChildProcess.now() - readStart
        let linter = Linter()
        let start = ChildProcess.now()
        let result = linter.lint(SourceFile(path: path, bytes: bytes))
        let elapsed = ChildProcess.now() - start
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        print("seconds \(elapsed)\nread \(read)\nerrors \(errors)\nwarnings \(warnings)")
    }
}
