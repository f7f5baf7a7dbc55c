import Foundation
import Testing

@testable import CloudConfig

/// The target release: keys and forms newer than it are reported, and the same file is clean
/// for the newest release. Pure Swift, so it runs with or without the oracles.
@Suite struct TargetReleaseTests {
    /// The version facts behind the 22.4.2 differences: targeting 22.4.2, each key or form that is
    /// new after it is reported as unsupported.
    @Test func newerFeaturesAreUnsupportedOn22() throws {
        let url = try Fixtures.url("oracle/newer-features.yaml")
        let source = SourceFile(path: "newer-features.yaml", bytes: Array(try Data(contentsOf: url)))
        let result = Linter(configuration: LintConfiguration(target: .debian12)).lint(source)
        let unsupported = Set(result.diagnostics.filter { $0.ruleID == .unsupportedKey }.compactMap(\.keyPath))
        for path in [
            "users.0.ssh-authorized-keys", "users.1.doas", "write_files.0.source", "packages.0", "ntp.allow",
            "rsyslog.install_rsyslog", "locale",
        ] {
            #expect(
                unsupported.contains { $0 == path || $0.hasPrefix(path + ".") },
                "\(path) is not reported as unsupported on 22.4.2; found \(unsupported.sorted())")
        }
        let newest = Linter().lint(source)
        #expect(!newest.diagnostics.contains { $0.severity == .error }, "\(newest.diagnostics)")
    }
}
