import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The GitHub Actions workflows in `Examples/ci/github-actions`: each parses, its lint step runs
/// as Actions would run it (bash, the built cloudcfg on the PATH, `Examples/user-data` as the
/// user-data), the SARIF it would upload validates against the official schema, and the
/// annotations it prints read back, as GitHub's runner unescapes them, to the paths and
/// messages of the findings.
@Suite struct WorkflowExamplesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reporting
        .deletingLastPathComponent()  // CloudConfigTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    static let directory = root.appendingPathComponent("Examples/ci/github-actions")

    // MARK: Reading a workflow

    static func load(_ name: String) throws -> YAMLValue {
        let url = directory.appendingPathComponent(name)
        let stream = YAMLStream.parse(SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url))))
        try #require(stream.errors.isEmpty, "\(name): \(stream.errors)")
        let document = try #require(stream.documents.first)
        return document.value(of: try #require(document.root))
    }

    static func member(_ value: YAMLValue?, _ key: String) -> YAMLValue? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key.string == key }?.value
    }

    static func items(_ value: YAMLValue?) -> [YAMLValue] {
        if case .sequence(let items) = value { return items }
        return []
    }

    static func entries(_ value: YAMLValue?) -> [YAMLValue.Entry] {
        if case .mapping(let entries) = value { return entries }
        return []
    }

    /// Every step of every job.
    static func steps(_ workflow: YAMLValue) -> [YAMLValue] {
        entries(member(workflow, "jobs")).flatMap { items(member($0.value, "steps")) }
    }

    /// The step that runs `cloudcfg lint`.
    static func lintStep(_ workflow: YAMLValue) throws -> String {
        let scripts = steps(workflow).compactMap { member($0, "run")?.string }.filter { $0.contains("cloudcfg lint") }
        try #require(scripts.count == 1)
        return scripts[0]
    }

    /// Runs a `run:` script as Actions does (`bash -e`), in a scratch directory beside the
    /// repository's `Examples`, with the workflow's `env`, `USER_DATA` pointing at the examples
    /// and the built cloudcfg first on the PATH.
    static func run(_ script: String, of workflow: YAMLValue, in scratch: URL) throws -> Subprocess.Output {
        try FileManager.default.createSymbolicLink(
            at: scratch.appendingPathComponent("Examples"), withDestinationURL: root.appendingPathComponent("Examples"))
        var environment = ["PATH": try CLIRunner.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"]
        for entry in entries(member(workflow, "env")) {
            if let key = entry.key.string, let value = entry.value.string { environment[key] = value }
        }
        environment["USER_DATA"] = "Examples/user-data"
        let file = scratch.appendingPathComponent("step.sh")
        try Data(script.utf8).write(to: file)
        return try Subprocess.run(
            "/usr/bin/env",
            ["-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                + ["/bin/bash", "--noprofile", "--norc", "-e", file.path], workingDirectory: scratch)
    }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-workflow-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: SARIF to code scanning

    @Test func theSARIFWorkflowUploadsWhatItWrites() throws {
        let workflow = try Self.load("cloudcfg-sarif.yml")
        #expect(Self.member(Self.member(workflow, "permissions"), "security-events")?.string == "write")
        let upload = try #require(
            Self.steps(workflow).first {
                Self.member($0, "uses")?.string?.hasPrefix("github/codeql-action/upload-sarif@") == true
            })
        let file = try #require(Self.member(Self.member(upload, "with"), "sarif_file")?.string)
        let script = try Self.lintStep(workflow)
        #expect(script.contains("--format sarif") && script.contains("> \(file)"))
        let scratch = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try Self.run(script, of: workflow, in: scratch)
        // Findings are not a failure of the step: code scanning shows them.
        #expect(run.status == 0, "\(run.stderrText)")
        let log = try Data(contentsOf: scratch.appendingPathComponent(file))
        let object = try #require(try JSONSerialization.jsonObject(with: log) as? [String: Any])
        let results = try #require((object["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count > 10)
        // Every location is a path relative to the repository root, which code scanning maps to a file.
        for result in results {
            for location in result["locations"] as? [[String: Any]] ?? [] {
                let uri = try #require(
                    ((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"]
                        as? String)
                #expect(!uri.hasPrefix("/") && !uri.hasPrefix("./") && !uri.contains("://"), "\(uri)")
                #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent(uri).path), "\(uri)")
            }
        }
        // The log is what the official SARIF 2.1.0 schema accepts (required under CI).
        guard Oracle.shouldRun(SARIFSchemaTests.hasSchema) else { return }
        let check = try Oracle.run(
            Oracle.python, ["-c", SARIFSchemaTests.validator, scratch.appendingPathComponent(file).path])
        #expect(check.status == 0, "\(check.stdoutText)\(check.stderrText)")
    }

    /// A mistake in the step (an option that does not exist) fails it instead of uploading nothing.
    @Test func theSARIFStepFailsOnAUsageError() throws {
        let workflow = try Self.load("cloudcfg-sarif.yml")
        let script = try Self.lintStep(workflow).replacing("--format sarif", with: "--format sarif --no-such-option")
        let scratch = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(try Self.run(script, of: workflow, in: scratch).status == 64)
    }

    // MARK: Annotations

    @Test func theAnnotationsWorkflowFailsOnErrorsWithOneCommandPerFinding() throws {
        let workflow = try Self.load("cloudcfg-annotations.yml")
        let script = try Self.lintStep(workflow)
        #expect(script.contains("--format github"))
        let scratch = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try Self.run(script, of: workflow, in: scratch)
        #expect(run.status == 1, "\(run.stderrText)")
        let commands = try run.stdoutText.split(separator: "\n").map { try Self.parse(String($0)) }
        let expected = try CLIRunner.run(
            ["lint", "--format", "json", "Examples/user-data"], workingDirectory: Self.root)
        let json = try #require(try JSONSerialization.jsonObject(with: expected.stdout) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(commands.count == summary.values.reduce(0, +))
        for command in commands {
            let file = try #require(command.properties["file"])
            #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent(file).path), "\(file)")
            #expect(Int(command.properties["line"] ?? "") ?? 0 >= 1)
        }
        #expect(Set(commands.map(\.name)) == ["error", "warning", "notice"])
    }

    /// Every annotation of the reporting corpus (paths with `,`, `:`, `%` and spaces; messages
    /// with `%`, CR, LF and CR LF) is one line that GitHub's runner reads back to exactly the
    /// path and the message with its notes.
    @Test func annotationsReadBackExactly() throws {
        let results = try ReportingCorpus.results()
        let output = GitHubReporter().report(results, rules: [])
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let expected = results.sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
            .flatMap { result in
                result.diagnostics.map { diagnostic in
                    (
                        result.path,
                        diagnostic.notes.reduce(
                            diagnostic.message
                                + (diagnostic.envelope.isFile
                                    ? ""
                                    : " (line \(diagnostic.range.start.line), column \(diagnostic.range.start.column) "
                                        + "of the text decoded as \(diagnostic.envelope))")
                        ) { message, note in
                            let line = note.range.map { "\($0.start.line): " }
                            let place =
                                note.path.map { "\($0):" + (line ?? " ") } ?? line.map { "line " + $0 } ?? ""
                            return message + "\n" + place + note.message
                        },
                        diagnostic.ruleID.rawValue
                    )
                }
            }
        try #require(lines.count == expected.count)
        var escaped = Set<String>()
        for (line, (path, message, rule)) in zip(lines, expected) {
            #expect(!line.unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
            let command = try Self.parse(String(line))
            #expect(command.properties["file"]?.unicodeScalars.elementsEqual(path.unicodeScalars) == true, "\(line)")
            #expect(command.properties["title"] == rule)
            #expect(command.message.unicodeScalars.elementsEqual(message.unicodeScalars), "\(line)")
            for token in ["%25", "%0D", "%0A", "%3A", "%2C"] where line.contains(token) { escaped.insert(token) }
        }
        // The corpus exercises every escape.
        #expect(escaped == ["%25", "%0D", "%0A", "%3A", "%2C"])
    }

    /// A workflow command as GitHub's runner parses it: `::name key=value,key=value::message`,
    /// properties split at `,` and their first `=`, then unescaped (`%2C`, `%3A`, `%0D`, `%0A`,
    /// `%25`); the message unescaped (`%0D`, `%0A`, `%25`).
    struct WorkflowCommand {
        var name: String
        var properties: [String: String]
        var message: String
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ line: String) throws -> WorkflowCommand {
        guard line.hasPrefix("::"), let end = line.dropFirst(2).firstRange(of: "::") else {
            throw Malformed(description: "not a workflow command: \(line)")
        }
        let head = line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]
        let message = String(line[end.upperBound...])
        let name = String(head.prefix { $0 != " " })
        var properties: [String: String] = [:]
        for pair in head.dropFirst(name.count + 1).split(separator: ",") {
            guard let equals = pair.firstIndex(of: "=") else { throw Malformed(description: "property \(pair)") }
            properties[String(pair[..<equals])] = unescape(String(pair[pair.index(after: equals)...]), property: true)
        }
        return WorkflowCommand(name: name, properties: properties, message: unescape(message, property: false))
    }

    static func unescape(_ text: String, property: Bool) -> String {
        var table: [String: String] = ["%0D": "\r", "%0A": "\n", "%25": "%"]
        if property {
            table["%3A"] = ":"
            table["%2C"] = ","
        }
        var output = ""
        var rest = Substring(text)
        while let percent = rest.firstIndex(of: "%") {
            output.unicodeScalars.append(contentsOf: rest[..<percent].unicodeScalars)
            let code = String(rest[percent...].prefix(3))
            if let replacement = table[code] {
                output.unicodeScalars.append(contentsOf: replacement.unicodeScalars)
                rest = rest[percent...].dropFirst(3)
            } else {
                output += "%"
                rest = rest[percent...].dropFirst()
            }
        }
        output.unicodeScalars.append(contentsOf: rest.unicodeScalars)
        return output
    }
}
