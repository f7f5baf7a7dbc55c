import Foundation
import TestSupport
import Testing

/// Golden files under `Tests/CloudConfigTests/Fixtures/golden`, compared byte for byte and
/// re-recorded when `CLOUDCFG_RECORD=1` (or `CLOUDCFG_RECORD=goldens`) is set.
///
/// Goldens are read from and written to the source tree (not the copy in the test bundle), so a
/// recorded file is what the next run compares against and what `git diff` shows.
enum Golden {
    /// `Tests/CloudConfigTests/Fixtures` in the source tree.
    static let fixturesDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CloudConfigTests
        .appendingPathComponent("Fixtures")

    /// Whether goldens are being re-recorded.
    static var isRecording: Bool { Recording.isRecording("goldens") }

    /// The bytes of a fixture file, by path relative to `Fixtures`.
    static func fixture(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent(relativePath)))
    }

    /// Compares text with a golden file, or records it when ``isRecording``.
    ///
    /// - Parameters:
    ///   - actual: The output.
    ///   - name: The golden's path relative to `Fixtures/golden`.
    static func assertMatches(
        _ actual: String, golden name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let url = fixturesDirectory.appendingPathComponent("golden").appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expectedData = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "golden \(name) is missing; run the tests with CLOUDCFG_RECORD=goldens to record it",
                sourceLocation: sourceLocation)
            return
        }
        let actualBytes = Array(actual.utf8)
        let expectedBytes = Array(expectedData)
        guard actualBytes != expectedBytes else { return }
        Issue.record(
            Comment(
                rawValue: "\(name) differs from its golden (CLOUDCFG_RECORD=goldens re-records it):\n"
                    + difference(
                        expected: String(decoding: expectedBytes, as: UTF8.self), actual: actual)),
            sourceLocation: sourceLocation)
    }

    /// The first differing line of two texts, with its number.
    static func difference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if !left.unicodeScalars.elementsEqual(right.unicodeScalars) {
                return "line \(index + 1):\n  golden: \(left.debugDescription)\n  actual: \(right.debugDescription)"
            }
        }
        return "the texts differ in bytes only"
    }
}
