import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The Azure Linux Agent's reading of waagent.conf (`Fixtures/waagent/waagent_oracle.py`): asked
/// at test time for Debian's 2.7.3, read from `verdicts-2.15.json` for 2.15 (recorded by
/// `scripts/dev/record-waagent-2.15-verdicts`).
struct WaagentVerdicts {
    /// A value as the oracle types it.
    enum Typed: Equatable, CustomStringConvertible {
        case bool(Bool)
        case int(String)
        case str(String)
        case null
        case callable
        case other(String)

        init(_ json: Any) throws {
            guard let array = json as? [Any], let tag = array.first as? String else {
                throw OracleError(message: "not a typed value: \(json)")
            }
            switch tag {
            case "bool": self = .bool((array.last as? Bool) ?? false)
            case "int": self = .int((array.last as? String) ?? "")
            case "str": self = .str((array.last as? String) ?? "")
            case "null": self = .null
            case "callable": self = .callable
            default: self = .other("\(array)")
            }
        }

        /// Our value as the oracle records it: integers and strings longer than the record's limit
        /// by their digest (``WaagentVerdicts/capped(_:)``).
        init(_ value: AgentValue) {
            switch value {
            case .bool(let value): self = .bool(value)
            case .integer(let value): self = .int(WaagentVerdicts.capped(value.description))
            case .string(let value): self = .str(WaagentVerdicts.capped(value))
            case .null: self = .null
            }
        }

        var description: String {
            switch self {
            case .bool(let value): "\(value)"
            case .int(let value): value.count > 40 ? "int(\(value.prefix(20))… \(value.count) digits)" : value
            case .str(let value): value.count > 60 ? "\"\(value.prefix(40))…\" (\(value.count))" : "\"\(value)\""
            case .null: "None"
            case .callable: "<callable>"
            case .other(let text): text
            }
        }
    }

    /// One provider call an accessor makes: method, key, default.
    struct Call: Equatable {
        var method: String
        var key: String
        var fallback: Typed
    }

    /// What the agent makes of one file.
    enum FileVerdict {
        case error(String)
        case read(stored: [String: String?], accessors: [String: Typed], table: [String: Typed])
    }

    var agent: String
    var functions: [String: [Call]]
    var tables: [String: [String: Typed]]
    var files: [String: FileVerdict]
    var fingerprints: [String: String]

    init(json data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let discovery = root["discovery"] as? [String: Any],
            let functions = discovery["functions"] as? [String: [[Any]]],
            let tables = discovery["tables"] as? [String: [String: Any]],
            let files = root["files"] as? [String: [String: Any]]
        else { throw OracleError(message: "the oracle's answer does not have the expected shape") }
        agent = (root["agent"] as? String) ?? ""
        self.functions = try functions.mapValues { calls in
            try calls.map { call in
                guard call.count == 3, let method = call[0] as? String, let key = call[1] as? String else {
                    throw OracleError(message: "malformed call \(call)")
                }
                return Call(method: method, key: key, fallback: try Typed(call[2]))
            }
        }
        self.tables = try tables.mapValues { try $0.mapValues(Typed.init) }
        // Each file records only the answers that differ from those of an agent that read no file.
        guard let defaults = root["defaults"] as? [String: [String: Any]],
            let defaultAccessors = defaults["accessors"], let defaultTable = defaults["table"]
        else { throw OracleError(message: "the oracle's answer has no defaults") }
        var verdicts: [String: FileVerdict] = [:]
        var fingerprints: [String: String] = [:]
        for (name, file) in files {
            fingerprints[name] = file["fingerprint"] as? String
            if let error = file["error"] as? String {
                verdicts[name] = .error(error)
                continue
            }
            guard let stored = file["stored"] as? [String: Any], let accessors = file["accessors"] as? [String: Any],
                let table = file["table"] as? [String: Any]
            else { throw OracleError(message: "malformed verdict for \(name)") }
            verdicts[name] = .read(
                stored: stored.mapValues { $0 as? String },
                accessors: try defaultAccessors.merging(accessors) { $1 }.mapValues(Typed.init),
                table: try defaultTable.merging(table) { $1 }.mapValues(Typed.init))
        }
        self.files = verdicts
        self.fingerprints = fingerprints
    }

    /// The fixture directory in the test bundle.
    static var directory: URL { get throws { try Fixtures.url("waagent") } }

    /// Asks Debian's installed agent (2.7.3) at test time.
    static func live() throws -> WaagentVerdicts {
        let directory = try directory
        let output = try Subprocess.run(
            DebianPython.path, [directory.appendingPathComponent("waagent_oracle.py").path, "record", directory.path])
        guard output.status == 0 else {
            throw OracleError(message: "waagent_oracle.py exited \(output.status): \(output.stderrText)")
        }
        return try WaagentVerdicts(json: output.stdout)
    }

    /// What 2.15 answered when the fixture was recorded.
    static func recorded215() throws -> WaagentVerdicts {
        try WaagentVerdicts(json: Fixtures.data("waagent/verdicts-2.15.json"))
    }

    /// Whether Debian's agent is installed.
    static let hasAgent = DebianPython.hasModule("azurelinuxagent.common.conf")

    /// The test files, by path under `Fixtures/waagent`.
    static func testFiles() throws -> [String] {
        var names: [String] = []
        for folder in ["files", "rendered"] {
            let url = try directory.appendingPathComponent(folder)
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            names += contents.filter { $0.hasSuffix(".conf") }.sorted().map { "\(folder)/\($0)" }
        }
        return names
    }

    /// The bytes of a test file.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The longest text the record keeps as it is.
    static let limit = 200

    /// A key, value, string or integer as the record keeps it: as it is up to ``limit``
    /// characters (Unicode scalars, as Python counts), otherwise `sha256:<hex digest of its
    /// UTF-8>:<length>`.
    static func capped(_ text: String) -> String {
        let length = text.unicodeScalars.count
        guard length > limit else { return text }
        return "sha256:\(SHA256.hex(Data(text.utf8))):\(length)"
    }

    /// The agent's `values` dictionary of our parse, as the record keeps it.
    static func capped(_ values: [String: String?]) -> [String: String?] {
        var capped: [String: String?] = [:]
        for (key, value) in values { capped[Self.capped(key)] = .some(value.map { Self.capped($0) }) }
        return capped
    }

    /// The FNV-1a fingerprint the recording script stores.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
