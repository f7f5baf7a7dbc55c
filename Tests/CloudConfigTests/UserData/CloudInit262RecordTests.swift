import Foundation
import Testing

@testable import CloudConfig

/// cloudcfg against cloud-init 26.2, the newest release, through its answers recorded in
/// `Fixtures/oracle/userdata-26.2.json` by `scripts/dev/record-userdata-26.2.py`: how it splits
/// and merges every envelope fixture, as it is and gzipped. Needs no oracle at test time.
@Suite struct CloudInit262RecordTests {
    struct Entry {
        var file: String
        var gzip: Bool
        var split: UserDataOracle.Split
        var merge: UserDataOracle.Merge
    }

    static func entries() throws -> [Entry] {
        let data = try Fixtures.data("oracle/userdata-26.2.json")
        let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = try #require(record["results"] as? [[String: Any]])
        return try results.map { result in
            let split = try #require(result["split"] as? [String: Any])
            let merge = try #require(result["merge"] as? [String: Any])
            let parts = (split["parts"] as? [[String: Any]] ?? []).map { part in
                UserDataOracle.Part(
                    type: part["type"] as? String ?? "", filename: part["filename"] as? String ?? "",
                    headers: part["headers"] as? [[String]] ?? [], payload: part["payload"] as? String)
            }
            let includes = (split["includes"] as? [[String: Any]] ?? []).map {
                UserDataOracle.Include(url: $0["url"] as? String ?? "", once: $0["once"] as? Bool ?? false)
            }
            return Entry(
                file: try #require(result["file"] as? String), gzip: result["gzip"] as? Bool ?? false,
                split: UserDataOracle.Split(
                    parts: parts, includes: includes, rejected: split["error"] as? String != nil,
                    error: split["error"] as? String),
                merge: UserDataOracle.Merge(
                    config: try (merge["config"] as? String).map(JSONTree.parse),
                    merged: merge["merged"] as? [String] ?? [], failed: merge["failed"] as? [String] ?? [],
                    rejected: merge["error"] as? String != nil))
        }
    }

    @Test func splitsAndMergesLikeCloudInit262() throws {
        let entries = try Self.entries()
        #expect(entries.count > 100)
        for entry in entries {
            var bytes = try Golden.fixture("envelopes/" + entry.file)
            if entry.gzip { bytes = try Gzip.compress(bytes) }
            let blob = UserDataOracle.Blob(name: entry.file + (entry.gzip ? " > gzip" : ""), bytes: bytes)
            let split = UserDataOracle.ours(blob)
            #expect(split == entry.split, "\(blob.name):\ncloudcfg:\n\(split)\ncloud-init 26.2:\n\(entry.split)")
            let merge = try MergeOracleTests.ours(blob)
            #expect(merge == entry.merge, "\(blob.name):\ncloudcfg: \(merge)\ncloud-init 26.2: \(entry.merge)")
        }
    }
}
