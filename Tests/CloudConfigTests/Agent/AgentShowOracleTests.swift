import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// `cloudcfg show` on waagent.conf, judged by the agent: for every test file, the JSON the tool
/// prints has exactly the keys the agent version knows, each with the value the agent's accessor
/// returns (or `-show-configuration` lists, for keys only listed there), and a file the agent
/// refuses makes `show` fail. Debian's 2.7.3 is asked at test time; 2.15 answers through its
/// recorded verdicts.
@Suite struct AgentShowOracleTests {
    @Test(.enabled(if: DebianPython.shouldRun(WaagentVerdicts.hasAgent)))
    func showPrintsWhatTheDebianAgentReads() throws {
        let compared = try Self.compare(try WaagentVerdicts.live(), version: .debian12)
        #expect(compared >= (try WaagentVerdicts.testFiles().count) * 60)
    }

    @Test func showPrintsWhatAgent215Reads() throws {
        let compared = try Self.compare(try WaagentVerdicts.recorded215(), version: .newest)
        #expect(compared >= (try WaagentVerdicts.testFiles().count) * 70)
    }

    /// Runs `show` on every test file and compares each key; returns how many values matched.
    static func compare(_ verdicts: WaagentVerdicts, version: AgentVersion) throws -> Int {
        let options = AgentCatalog.agent.options(for: version)
        var compared = 0
        for name in try WaagentVerdicts.testFiles() {
            let path = try WaagentVerdicts.directory.appendingPathComponent(name).path
            let run = try CLIRunner.run([
                "show", "--kind", "waagent", "--agent-version", version.description, "--format", "json", path,
            ])
            switch verdicts.files[name] {
            case nil:
                Issue.record("the agent gave no verdict for \(name)")
            case .error(let error)?:
                #expect(run.status == 65, "\(name): the agent stops with \(error), show exits \(run.status)")
                #expect(run.stdout.isEmpty)
            case .read(_, let accessors, let table)?:
                #expect(run.status == 0, "\(name): \(run.stderrText)")
                guard case .object(let members) = try JSONValue.parse(Array(run.stdout)) else {
                    Issue.record("\(name): show printed no object")
                    continue
                }
                #expect(members.map(\.0) == options.map(\.key).sorted(), "\(name): the keys differ")
                let shown = Dictionary(members, uniquingKeysWith: { $1 })
                for option in options {
                    let reading = option.reading(for: version)
                    let theirs = reading?.accessor.map { accessors[$0] } ?? table[option.key]
                    let ours = shown[option.key].map(Self.typed)
                    #expect(
                        ours != nil && theirs == ours,
                        "\(name): show prints \(ours?.description ?? "nothing") for \(option.key), the agent reads \(theirs?.description ?? "nothing")"
                    )
                    compared += 1
                }
            }
        }
        return compared
    }

    /// A JSON value as the oracle types it.
    static func typed(_ value: JSONValue) -> WaagentVerdicts.Typed {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let text): .int(WaagentVerdicts.capped(text))
        case .string(let text): .str(WaagentVerdicts.capped(text))
        case .array, .object: .other("\(value)")
        }
    }
}
