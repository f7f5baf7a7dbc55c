// cloudcfg-fuzz: libFuzzer targets for the CloudConfig library, built by `scripts/fuzz` with
// `-Xswiftc -sanitize=fuzzer,address`:
//
//     cloudcfg-fuzz TARGET [libFuzzer options] [CORPUS-DIRECTORY... | FILE...]
//
// TARGET is one of FuzzTarget.all (yaml, lint, envelope, waagent, jinja, profile). With directories it
// fuzzes, growing the first one; with files it runs each once (a reproducer). The target can also
// be named by CLOUDCFG_FUZZ_TARGET, which is how the processes libFuzzer starts itself (`-fork`,
// `-jobs`) learn it.

import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#endif

/// AddressSanitizer's defaults for this program (`ASAN_OPTIONS` overrides them). Leak checking is
/// off: LeakSanitizer finds live memory by scanning for pointers, and Swift keeps some pointers
/// with flags in their top bits (a native String's storage, for one), so the one-time allocations
/// of global initialisers and caches show up as leaks on each target's first inputs
/// (`scripts/sanitize` keeps leak checking on, with suppressions for those). Memory that grows
/// without bound is still a finding, through `-rss_limit_mb` and `-malloc_limit_mb`.
@_cdecl("__asan_default_options")
func asanDefaultOptions() -> UnsafePointer<CChar> {
    UnsafeRawPointer(("detect_leaks=0:detect_stack_use_after_return=1" as StaticString).utf8Start)
        .assumingMemoryBound(to: CChar.self)
}

/// The target libFuzzer's callback runs: set once, before the driver starts.
nonisolated(unsafe) private var selected: FuzzTarget?

/// The program: takes the target's name off the command line (libFuzzer would read it as a
/// corpus directory) or from the environment, then hands the rest to libFuzzer's driver.
@main
enum FuzzEntry {
    /// The environment variable that names the target for libFuzzer's child processes.
    static let targetVariable = "CLOUDCFG_FUZZ_TARGET"

    static func main() {
        var argc = CommandLine.argc
        let arguments = CommandLine.unsafeArgv
        var name = getenv(targetVariable).map { String(cString: $0) }
        if argc >= 2, let first = arguments[1], FuzzTarget.all.contains(where: { $0.name == String(cString: first) }) {
            name = String(cString: first)
            // Drop it: argv[2...] move down by one, the terminating nil included.
            for index in 1..<Int(argc) { arguments[index] = arguments[index + 1] }
            argc -= 1
        }
        guard let name, let target = FuzzTarget.all.first(where: { $0.name == name }) else {
            let names = FuzzTarget.all.map { "  \($0.name): \($0.summary)\n" }.joined()
            let usage = "usage: cloudcfg-fuzz TARGET [libFuzzer options] [CORPUS...]\ntargets:\n" + names
            _ = usage.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
            exit(64)
        }
        setenv(targetVariable, name, 1)
        selected = target
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments
        exit(
            LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                // Any crash, sanitizer report, time-out or memory blow-up in here is a finding.
                selected?.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                return 0
            })
    }
}
