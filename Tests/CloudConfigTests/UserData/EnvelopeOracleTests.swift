import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloudcfg's envelope opener and merge against cloud-init 22.4.2 itself
/// (`cloudinit.user_data.UserDataProcessor`, `cloudinit.mergers`), asked at test time. Runs
/// wherever cloud-init is installed and fails (never skips) under CI when it is missing.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct EnvelopeOracleTests {
    static func requireCloudInit() throws {
        try #require(Oracle.hasCloudInit, "cloud-init is not installed for /usr/bin/python3")
    }

    /// Every blob of the corpus splits into the same parts (type, file name, header fields,
    /// payload bytes), the same include URLs, and is rejected in the same cases.
    @Test func corpusSplitsLikeCloudInit() throws {
        try Self.requireCloudInit()
        let blobs = try EnvelopeCorpus.blobs()
        let expected = try UserDataOracle.split(blobs)
        var agreed = 0
        for (blob, cloudInit) in zip(blobs, expected) {
            let ours = UserDataOracle.ours(blob)
            #expect(ours == cloudInit, "\(blob.name):\ncloudcfg:\n\(ours)\ncloud-init:\n\(cloudInit)")
            if ours == cloudInit { agreed += 1 }
        }
        #expect(blobs.count > 150)
        print("envelope oracle: \(agreed) of \(blobs.count) blobs split as cloud-init splits them")
    }
}
