import Synchronization
import SystemPackage

/// A one-line count of the files linted so far, on standard error, for a long run at a
/// terminal: shown when more than 50 inputs are linted or once a run takes more than a second,
/// redrawn at most ten times a second, and erased before the report is printed.
struct Progress {
    /// Inputs in the run.
    let total: Int
    /// Whether progress may be shown at all (standard error is a terminal, not `--quiet`).
    let enabled: Bool
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var done = 0
    private var lastDrawn: ContinuousClock.Instant?
    private var drawnWidth = 0

    /// Inputs above which progress shows from the first file.
    static let manyInputs = 50

    /// Starts counting.
    ///
    /// - Parameters:
    ///   - total: The number of inputs.
    ///   - quiet: Whether `--quiet` asked for nothing but findings.
    init(total: Int, quiet: Bool) {
        self.total = total
        self.enabled = !quiet && total > 1 && Terminal.isTTY(.standardError)
        self.started = clock.now
    }

    /// Counts one more input about to be linted.
    mutating func advance() {
        done += 1
        guard enabled else { return }
        let now = clock.now
        guard total > Self.manyInputs || now - started > .seconds(1) else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        let line = "linting \(done)/\(total) files"
        Console.error("\r" + line + String(repeating: " ", count: max(0, drawnWidth - line.count)))
        drawnWidth = line.count
    }

    /// Erases the line, if one was drawn.
    mutating func finish() {
        guard drawnWidth > 0 else { return }
        Console.error("\r" + String(repeating: " ", count: drawnWidth) + "\r")
        drawnWidth = 0
    }
}

/// A ``Progress`` that workers on several threads advance.
final class SharedProgress: Sendable {
    private let progress: Mutex<Progress>

    /// Shares a progress line.
    init(_ progress: Progress) { self.progress = Mutex(progress) }

    /// Counts inputs linted.
    func advance(by count: Int) {
        progress.withLock { progress in
            for _ in 0..<count { progress.advance() }
        }
    }

    /// Erases the line, if one was drawn.
    func finish() { progress.withLock { $0.finish() } }
}
