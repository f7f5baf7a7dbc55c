import CloudConfig
import Foundation
import Testing

/// `Linter.lint(_:jobs:)` lints on several threads and must give exactly what linting each input
/// in turn gives, in the order of the inputs.
@Suite struct LinterBatchTests {
    /// Every fixture file of the kinds the linter reads, with its path relative to `Fixtures`.
    private func fixtureSources() throws -> [SourceFile] {
        let root = try Fixtures.directory
        var sources: [SourceFile] = []
        for folder in ["lint", "yaml", "envelopes", "system-config", "image", "waagent/files"] {
            let directory = root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walk where !url.hasDirectoryPath {
                let bytes = Array(try Data(contentsOf: url))
                sources.append(SourceFile(path: folder + "/" + url.lastPathComponent, bytes: bytes))
            }
        }
        return sources.sorted { $0.path < $1.path }
    }

    @Test func severalWorkersGiveWhatOneGivesInOrder() throws {
        let sources = try fixtureSources()
        #expect(sources.count > 100)
        let linter = Linter()
        let inTurn = sources.map { linter.lint($0) }
        #expect(inTurn.contains { !$0.diagnostics.isEmpty })
        for jobs in [1, 3, 8] {
            let batch = linter.lint(sources, jobs: jobs)
            #expect(batch.map(\.path) == sources.map(\.path), "jobs \(jobs)")
            for (one, other) in zip(inTurn, batch) {
                #expect(one.diagnostics == other.diagnostics, "\(one.path), jobs \(jobs)")
                #expect(one.inputKind == other.inputKind, "\(one.path), jobs \(jobs)")
                #expect(one.isUnparsable == other.isUnparsable, "\(one.path), jobs \(jobs)")
            }
        }
    }

    @Test func noInputsGiveNoResults() {
        #expect(Linter().lint([SourceFile](), jobs: 4).isEmpty)
        #expect(Linter().lint([SourceFile]()).isEmpty)
    }
}
