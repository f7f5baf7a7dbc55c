import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The Azure Linux Agent as the judge of the catalog, the parser and the effective values:
/// Debian's 2.7.3 asked at test time, 2.15 through its recorded verdicts.
///
/// For every test file — shapes of the shipped variants written by us, planted defects, hostile
/// bytes and our own per-distro renders — the agent's `values` dictionary must equal our parsed
/// entries, and each key's effective value must equal what the agent's accessor returns (or
/// what `get_configuration()` lists, for keys only listed there).
@Suite struct AgentOracleTests {
    /// The figures of one comparison.
    struct Figures {
        var files = 0
        var refused = 0
        var values = 0
    }

    @Test(.enabled(if: DebianPython.shouldRun(WaagentVerdicts.hasAgent)))
    func debianAgentReadsEveryFileAsWeDo() throws {
        let verdicts = try WaagentVerdicts.live()
        #expect(verdicts.agent.hasPrefix("2.7.3"))
        let figures = try Self.compare(verdicts, version: .debian12)
        #expect(figures.files == (try WaagentVerdicts.testFiles().count))
        #expect(figures.values >= figures.files * 60)
    }

    @Test(.enabled(if: DebianPython.shouldRun(WaagentVerdicts.hasAgent)))
    func catalogMatchesTheDebianAgentsAccessors() throws {
        try Self.compareCatalog(with: try WaagentVerdicts.live(), release: .agent273)
    }

    @Test func recorded215VerdictsMatchEveryFile() throws {
        let verdicts = try WaagentVerdicts.recorded215()
        #expect(verdicts.agent.hasPrefix("2.15"))
        let names = try WaagentVerdicts.testFiles()
        #expect(Set(verdicts.files.keys) == Set(names), "re-record with scripts/dev/record-waagent-2.15-verdicts")
        for name in names {
            #expect(
                verdicts.fingerprints[name] == WaagentVerdicts.fingerprint(try WaagentVerdicts.bytes(name)),
                "\(name) changed since the 2.15 verdicts were recorded: run scripts/dev/record-waagent-2.15-verdicts")
        }
        let figures = try Self.compare(verdicts, version: .newest)
        #expect(figures.values >= figures.files * 70)
    }

    /// The record stays small (it was 0.9 MB when every file repeated every answer in full) and
    /// still holds what the comparison needs: long values by digest, not dropped.
    @Test func recorded215VerdictsAreCompact() throws {
        let data = try Fixtures.data("waagent/verdicts-2.15.json")
        #expect(data.count < 200 * 1024)
        let verdicts = try WaagentVerdicts.recorded215()
        guard case .read(let stored, _, _)? = verdicts.files["files/defect-long-lines.conf"] else {
            Issue.record("no verdict for the long lines")
            return
        }
        #expect(stored.keys.contains { $0.hasPrefix("sha256:") && $0.hasSuffix(":20000") })
    }

    @Test func catalogMatchesRecorded215Accessors() throws {
        try Self.compareCatalog(with: try WaagentVerdicts.recorded215(), release: .agent215)
    }

    /// Compares every file and every key.
    static func compare(_ verdicts: WaagentVerdicts, version: AgentVersion) throws -> Figures {
        var figures = Figures()
        let options = AgentCatalog.agent.options(for: version)
        for name in try WaagentVerdicts.testFiles() {
            guard let verdict = verdicts.files[name] else {
                Issue.record("the oracle gave no verdict for \(name)")
                continue
            }
            figures.files += 1
            let configuration = AgentConfiguration(SourceFile(path: name, bytes: try WaagentVerdicts.bytes(name)))
            switch verdict {
            case .error(let error):
                figures.refused += 1
                switch error {
                case "AgentConfigError": #expect(configuration.status == .empty, "\(name)")
                case "UnicodeDecodeError":
                    guard case .invalidEncoding = configuration.status else {
                        Issue.record("\(name): the agent cannot decode it, we read \(configuration.status)")
                        continue
                    }
                default: Issue.record("\(name): unexpected agent error \(error)")
                }
                #expect(configuration.effectiveConfiguration(for: version) == nil)
            case .read(let stored, let accessors, let table):
                guard let effective = configuration.effectiveConfiguration(for: version) else {
                    Issue.record("\(name): the agent reads it, we refuse it (\(configuration.status))")
                    continue
                }
                #expect(WaagentVerdicts.capped(configuration.values) == stored, "\(name): stored values differ")
                #expect(effective.values.map(\.key) == options.map(\.key))
                for option in options {
                    guard let reading = option.reading(for: version), let ours = effective[option.key] else {
                        Issue.record("\(name): no value for \(option.key)")
                        continue
                    }
                    let theirs = reading.accessor.map { accessors[$0] } ?? table[option.key]
                    #expect(
                        theirs == WaagentVerdicts.Typed(ours),
                        "\(name): \(option.key) is \(WaagentVerdicts.Typed(ours)) for us, \(theirs.map(\.description) ?? "missing") for the agent"
                    )
                    figures.values += 1
                }
            }
        }
        return figures
    }

    /// Compares the catalog with what the agent's accessors and option tables read.
    static func compareCatalog(with verdicts: WaagentVerdicts, release: AgentRelease) throws {
        let catalog = AgentCatalog.agent
        let known = catalog.options.filter { $0.readings[release] != nil }
        // Each accessor of ours exists and reads its key with the method and default we say.
        for option in known {
            guard let reading = option.readings[release] else { continue }
            guard let accessor = reading.accessor else {
                #expect(reading.isListed, "\(option.key) is neither read nor listed in \(release)")
                continue
            }
            guard let calls = verdicts.functions[accessor] else {
                Issue.record("\(release) has no accessor \(accessor) for \(option.key)")
                continue
            }
            guard let call = calls.first(where: { $0.key == option.key }) else {
                Issue.record("\(accessor) does not read \(option.key) in \(release)")
                continue
            }
            #expect(call.method == reading.method.rawValue, "\(option.key): method in \(release)")
            switch reading.fallback {
            case .value(let value):
                #expect(call.fallback == WaagentVerdicts.Typed(value), "\(option.key): default in \(release)")
            case .option(let other):
                #expect(calls.contains { $0.key == other }, "\(option.key) falls back to \(other) in \(release)")
            }
            for other in reading.orSwitches {
                #expect(
                    calls.contains(WaagentVerdicts.Call(method: "switch", key: other, fallback: .bool(false))),
                    "\(accessor) ORs \(other)")
            }
        }
        // Every key any accessor reads, and every listed key, is in the catalog for the release.
        let catalogKeys = Set(known.map(\.key))
        for (accessor, calls) in verdicts.functions {
            for call in calls {
                #expect(catalogKeys.contains(call.key), "\(accessor) reads \(call.key), which the catalog lacks")
            }
        }
        for (table, entries) in verdicts.tables {
            for (key, value) in entries {
                guard let option = catalog.option(key), let reading = option.readings[release] else {
                    Issue.record("the \(table) table of \(release) lists \(key), which the catalog lacks")
                    continue
                }
                #expect(reading.isListed, "\(key) is listed in \(release)")
                #expect(
                    reading.listedDefault.map(WaagentVerdicts.Typed.init) ?? .null == value, "\(key): listed default")
                let kinds: [String: [AgentOption.Kind]] = [
                    "switch": [.switch], "integer": [.integer], "string": [.string, .enumeration],
                ]
                #expect(kinds[table]?.contains(option.kind) == true, "\(key) is in the \(table) table")
            }
        }
        let listed = Set(verdicts.tables.values.flatMap(\.keys))
        for option in known where option.readings[release]?.isListed == true {
            #expect(listed.contains(option.key), "\(option.key) is not listed in \(release)")
        }
    }
}
