import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloud-init 22.4.2's user-data processor and mergers, through
/// `Fixtures/oracle/userdata_oracle.py` (see its header for what it replaces: a minimal Paths and
/// an include reader that records URLs instead of fetching them).
enum UserDataOracle {
    /// How cloud-init splits one blob.
    struct Split: Equatable, CustomStringConvertible {
        var parts: [Part]
        var includes: [Include]
        /// Whether cloud-init rejected the blob (it raised).
        var rejected: Bool
        var error: String?

        static func == (lhs: Split, rhs: Split) -> Bool {
            lhs.parts == rhs.parts && lhs.includes == rhs.includes && lhs.rejected == rhs.rejected
        }

        var description: String {
            if rejected { return "rejected (\(error ?? "?"))" }
            return (parts.map(\.description) + includes.map { "include \($0.url) once=\($0.once)" })
                .joined(separator: "\n")
        }
    }

    /// A part as handlers receive it.
    struct Part: Equatable, CustomStringConvertible {
        var type: String
        var filename: String
        var headers: [[String]]
        /// Base64 of the payload, `nil` for a `message/*` container.
        var payload: String?

        var description: String {
            let shown = payload.flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
            return "\(type) \(filename) \(headers) \(shown.map { PythonFormat.stringRepr($0) } ?? "None")"
        }
    }

    /// An include URL cloud-init would fetch.
    struct Include: Equatable {
        var url: String
        var once: Bool
    }

    /// A blob for the oracle.
    struct Blob {
        var name: String
        var bytes: [UInt8]
        /// Whether it is Azure custom data (base64 the datasource decodes first).
        var azure = false
    }

    static var script: String {
        get throws { try Fixtures.url("oracle/userdata_oracle.py").path }
    }

    /// Runs a command of the oracle script.
    static func run(_ command: String, _ request: [String: Any]) throws -> [[String: Any]] {
        let data = try JSONSerialization.data(withJSONObject: request)
        let output = try Oracle.run(Oracle.python, [try script, command], input: data)
        guard output.status == 0 else {
            throw OracleError(message: "userdata_oracle.py \(command) exited \(output.status): \(output.stderrText)")
        }
        guard let answer = try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any],
            let results = answer["results"] as? [[String: Any]]
        else { throw OracleError(message: "userdata_oracle.py \(command) gave no results") }
        return results
    }

    static func request(_ blobs: [Blob]) -> [[String: Any]] {
        blobs.map { ["base64": Data($0.bytes).base64EncodedString(), "azure": $0.azure] }
    }

    /// How cloud-init splits each blob.
    static func split(_ blobs: [Blob]) throws -> [Split] {
        let results = try run("split", ["blobs": request(blobs)])
        guard results.count == blobs.count else { throw OracleError(message: "one result per blob expected") }
        return results.map { result in
            let error = result["error"] as? String
            let parts = (result["parts"] as? [[String: Any]] ?? []).map { part in
                Part(
                    type: part["type"] as? String ?? "", filename: part["filename"] as? String ?? "",
                    headers: part["headers"] as? [[String]] ?? [], payload: part["payload"] as? String)
            }
            let includes = (result["includes"] as? [[String: Any]] ?? []).map {
                Include(url: $0["url"] as? String ?? "", once: $0["once"] as? Bool ?? false)
            }
            return Split(parts: parts, includes: includes, rejected: error != nil, error: error)
        }
    }

    /// How cloudcfg splits a blob, in the oracle's terms.
    static func ours(_ blob: Blob, platformEncoding: EnvelopeOptions.PlatformEncoding? = nil) -> Split {
        let options = EnvelopeOptions(platformEncoding: platformEncoding ?? (blob.azure ? .base64 : .none))
        let envelope = UserDataEnvelope.open(SourceFile(path: blob.name, bytes: blob.bytes), options: options)
        let parts = envelope.parts.map { part in
            Part(
                type: part.contentType, filename: part.filename, headers: part.headers.map { [$0.name, $0.value] },
                payload: part.isContainer ? nil : Data(part.payload).base64EncodedString())
        }
        return Split(
            parts: parts, includes: envelope.includes.map { Include(url: $0.url, once: $0.once) },
            rejected: envelope.rejection != nil, error: envelope.rejection?.message)
    }

    /// What cloud-init composes from each blob: the Show JSON of the configuration (`nil` when
    /// no cloud-config part was handled), and which parts were merged.
    struct Merge: Equatable {
        var config: JSONTree?
        var merged: [String]
        var failed: [String]
        var rejected: Bool
    }

    static func merge(_ blobs: [Blob], instanceData: [String: Any] = [:], launchIndex: Int? = nil) throws -> [Merge] {
        var request: [String: Any] = ["blobs": Self.request(blobs), "instanceData": instanceData]
        if let launchIndex { request["launchIndex"] = launchIndex }
        let results = try run("merge", request)
        guard results.count == blobs.count else { throw OracleError(message: "one result per blob expected") }
        return try results.map { result in
            Merge(
                config: try (result["config"] as? String).map(JSONTree.parse),
                merged: result["merged"] as? [String] ?? [],
                failed: result["failed"] as? [String] ?? [], rejected: result["error"] as? String != nil)
        }
    }

    /// `cloudinit.mergers` on pairs of YAML values: the Show JSON, or `nil` when it raised.
    static func mergeValues(_ cases: [(base: String, new: String, how: String)]) throws -> [JSONTree?] {
        let results = try run("merge-values", ["cases": cases.map { ["base": $0.base, "new": $0.new, "how": $0.how] }])
        return try results.map { result in try (result["json"] as? String).map(JSONTree.parse) }
    }
}
