import Foundation
import TestSupport

/// What one cloud-init release said about a set of files, as `Fixtures/verdicts/cloud_init_judge.py`
/// writes it: recorded for 26.2 (`scripts/dev/record-cloud-init-26.2-verdicts`), asked live of the
/// installed 22.4.2.
struct JudgeVerdicts: Decodable {
    /// Which validator judged.
    struct Judge: Decodable {
        /// The release, such as `26.2`, when the recording names it.
        var release: String?
        /// The jsonschema package the validator ran with.
        var jsonschema: String
        /// The hash of the schema the release validated against.
        var schemaSHA256: String
    }

    /// An error or deprecation, with the path cloud-init prints.
    struct Problem: Decodable, Hashable, CustomStringConvertible {
        /// The dotted path, `format-lL.cC` for YAML and header errors, or empty for the root.
        var path: String
        /// cloud-init's message.
        var message: String
        /// The value whose alternatives all failed, when 26.2 chose this error from inside them.
        var alternativesAt: String?
        /// The keys an additionalProperties error is about.
        var unexpectedAt: [String]?

        /// Where an error of ours, or one below it, answers this error: each unexpected key, the
        /// value whose alternatives failed, or the printed path.
        var anchors: [String] { unexpectedAt ?? [alternativesAt ?? path] }

        var description: String { "\(path.isEmpty ? "<root>" : path): \(message)" }
    }

    /// The verdict on one file.
    struct Verdict: Decodable {
        /// The hash of the bytes judged.
        var sha256: String
        /// `validated`, `not-a-mapping`, `yaml-error`, `header-rejected` or `not-evaluated`.
        var outcome: String
        /// The errors, sorted.
        var errors: [Problem]
        /// The deprecations, sorted.
        var deprecations: [Problem]
    }

    /// Which validator judged.
    var judge: Judge
    /// The verdicts by file name.
    var files: [String: Verdict]
}

/// The file sets cloudcfg is compared on and the two judges' verdicts on them.
enum Judges {
    /// The sets, in the order the tests compare them.
    static let sets = ["oracle", "examples", "module-examples"]

    /// The judge script.
    static var script: String {
        get throws { try Fixtures.url("verdicts/cloud_init_judge.py").path }
    }

    /// Our defect corpus, `Fixtures/oracle/*.yaml`, by file name.
    static func defectCorpus() throws -> [String: Data] {
        let directory = try Fixtures.url("oracle")
        var files: [String: Data] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        where url.pathExtension == "yaml" {
            files[url.lastPathComponent] = try Data(contentsOf: url)
        }
        return files
    }

    /// Every set by name, each file by name: the defect corpus, the examples of the installed
    /// cloud-init package (gunzipped) and its modules' examples, as the judge script lists them.
    static func inputs() throws -> [String: [String: Data]] {
        let output = try Oracle.run(Oracle.python, [try script, "inputs", try Fixtures.directory.path])
        guard output.status == 0 else {
            throw OracleError(message: "cloud_init_judge.py inputs exited \(output.status): \(output.stderrText)")
        }
        let sets = try JSONDecoder().decode([String: [String: String]].self, from: output.stdout)
        return try sets.mapValues { files in
            try files.mapValues { encoded in
                guard let data = Data(base64Encoded: encoded) else {
                    throw OracleError(message: "cloud_init_judge.py inputs gave a file that is not base64")
                }
                return data
            }
        }
    }

    /// The installed cloud-init's verdicts on files, asked now.
    static func live(_ files: [String: Data]) throws -> JudgeVerdicts {
        let request = try JSONEncoder().encode(files.mapValues { $0.base64EncodedString() })
        let output = try Oracle.run(Oracle.python, [try script, "judge"], input: request)
        guard output.status == 0 else {
            throw OracleError(message: "cloud_init_judge.py judge exited \(output.status): \(output.stderrText)")
        }
        return try JSONDecoder().decode(JudgeVerdicts.self, from: output.stdout)
    }

    /// cloud-init 26.2's recorded verdicts on a set.
    static func recorded26(_ set: String) throws -> JudgeVerdicts {
        try JSONDecoder().decode(JudgeVerdicts.self, from: try Fixtures.data("verdicts/cloud-init-26.2/\(set).json"))
    }
}
