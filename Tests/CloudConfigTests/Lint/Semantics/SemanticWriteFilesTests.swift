import Foundation
import Testing

@testable import CloudConfig

/// write-files-permissions, write-files-world-writable, write-files-encoding and
/// write-files-owner-not-deferred.
@Suite struct SemanticWriteFilesTests {
    static func permissions(_ value: String) -> String {
        "write_files:\n  - path: /etc/motd\n    content: hi\n    permissions: \(value)\n"
    }

    // MARK: permissions

    struct PermissionCase: Sendable, CustomTestStringConvertible {
        let value: String
        let fix: String?
        let fragment: String
        var testDescription: String { value }
    }

    @Test(arguments: [
        PermissionCase(value: "0644", fix: "'0644'", fragment: "applies mode 0o644 at boot"),
        PermissionCase(value: "644", fix: "'644'", fragment: "applies as mode 0o1204 (-w----r-T)"),
        PermissionCase(value: "755", fix: "'755'", fragment: "usual mode 0755"),
        PermissionCase(value: "420", fix: "'0644'", fragment: "the integer 420 is applied as mode 0o644"),
        PermissionCase(value: "0x1a4", fix: "'0644'", fragment: "0x1a4 (the integer 420)"),
        PermissionCase(value: "999", fix: nil, fragment: "an unusual mode"),
        PermissionCase(value: "'420'", fix: "'0644'", fragment: "420 is the decimal form of the usual mode 0644"),
        PermissionCase(value: "'rw-r-----'", fix: "'0640'", fragment: "default mode 0644"),
        PermissionCase(value: "'-rwsr-xr-x'", fix: "'4755'", fragment: "write it in octal"),
        PermissionCase(value: "'0x1a4'", fix: nil, fragment: "hexadecimal is not accepted"),
        PermissionCase(value: "'0o9'", fix: nil, fragment: "8 and 9 are not octal digits"),
        PermissionCase(value: "'493'", fix: nil, fragment: "493 is the decimal form of 0755"),
        PermissionCase(value: "'10644'", fix: nil, fragment: "the file gets mode 0o644 (rw-r--r--)"),
        PermissionCase(value: "'0000'", fix: nil, fragment: "mode 0 is not applied"),
        PermissionCase(value: "0", fix: nil, fragment: "cloud-init skips chmod for a zero mode"),
        PermissionCase(value: "-0644", fix: nil, fragment: "mode 0o7134"),
        PermissionCase(value: "99999999999", fix: nil, fragment: "chmod cannot take it"),
    ])
    func permissionFindings(_ testCase: PermissionCase) throws {
        let body = Self.permissions(testCase.value)
        let findings = SemanticSupport.findings(body, rule: .writeFilesPermissions)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.keyPath == "write_files.0.permissions")
        #expect(finding.message.contains(testCase.fragment), "\(finding.message)")
        #expect(finding.message.first?.isUppercase == false || finding.message.hasPrefix("YAML"))
        #expect(finding.message.last != ".")
        #expect(finding.fixIts.first?.edits.first?.replacement == testCase.fix)
        if let fixIt = finding.fixIts.first {
            let fixed = SemanticSupport.applying(fixIt, to: SemanticSupport.file(body))
            let after = SemanticSupport.lintFile(fixed)
            #expect(!after.contains { $0.ruleID == .writeFilesPermissions || $0.ruleID == .typeMismatch })
        }
    }

    @Test(arguments: ["'0644'", "'644'", "'0o644'", "' 0o7_55 '", "'4755'", "'0600'", "'6_44'", "~"])
    func acceptedPermissions(_ value: String) {
        #expect(SemanticSupport.findings(Self.permissions(value), rule: .writeFilesPermissions).isEmpty)
    }

    /// An unquoted 0644 is one error that explains the conversion, not a type mismatch plus an
    /// octal warning.
    @Test func replacesTheGenericFindings() {
        let all = SemanticSupport.all(Self.permissions("0644"))
        #expect(all.map(\.ruleID) == [.writeFilesPermissions])
        let without = SemanticSupport.all(Self.permissions("0644"), without: [.writeFilesPermissions])
        #expect(without.map(\.ruleID) == [.typeMismatch])
    }

    /// cloud-init's own `decode_perms` and `util.chmod`, on the values YAML gives them, agree with
    /// how cloudcfg reads them: the mode applied, the fallback to 0644, a skipped chmod, or an
    /// overflow. Each of the last three is reported.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func agreesWithCloudInitsDecodePerms() throws {
        let values = [
            "0644", "644", "'644'", "'0644'", "'0o644'", "' 0o7_55 '", "'rw-r--r--'", "'0x1a4'", "'0o9'",
            "'10644'", "0", "'0000'", "-0644", "'-644'", "99999999999", "4755", "'٦٤٤'", "0x1a4", "'6_44'",
            "'0_644'", "420", "'420'", "''", "'_644'", "'0o'",
        ]
        let script = """
            import json, logging, os, sys, tempfile, yaml
            from cloudinit.config.cc_write_files import decode_perms
            from cloudinit import util
            class Catch(logging.Handler):
                def __init__(self):
                    super().__init__(); self.seen = False
                def emit(self, record):
                    self.seen = True
            out = []
            for text in json.load(sys.stdin):
                perm = yaml.safe_load('p: ' + text)['p']
                catch = Catch()
                logging.getLogger('cloudinit.config.cc_write_files').addHandler(catch)
                mode = decode_perms(perm, 0o644)
                logging.getLogger('cloudinit.config.cc_write_files').removeHandler(catch)
                fd, path = tempfile.mkstemp(); os.close(fd); os.chmod(path, 0o600)
                try:
                    util.chmod(path, mode)
                    applied = os.stat(path).st_mode & 0o7777
                    result = {'undecodable': catch.seen, 'applied': applied, 'skipped': not util.safe_int(mode)}
                except OverflowError:
                    result = {'undecodable': catch.seen, 'overflow': True}
                os.unlink(path)
                out.append(result)
            print(json.dumps(out))
            """
        let answer = try #require(try Oracle.pythonJSON(script, input: values) as? [[String: Any]])
        try #require(answer.count == values.count, "one answer per value")
        for (value, python) in zip(values, answer) {
            let findings = SemanticSupport.findings(Self.permissions(value), rule: .writeFilesPermissions)
            let undecodable = python["undecodable"] as? Bool ?? false
            let overflow = python["overflow"] as? Bool ?? false
            let skipped = python["skipped"] as? Bool ?? false
            // What cloudcfg thinks cloud-init applies.
            let ours = Self.ourReading(value)
            if undecodable {
                #expect(ours == .undecodable, "\(value)")
            } else if overflow {
                #expect(ours == .overflow, "\(value)")
            } else if skipped {
                #expect(ours == .zero, "\(value)")
            } else if let applied = python["applied"] as? Int {
                #expect(ours == .applied(applied), "\(value)")
            }
            if undecodable || overflow || skipped {
                #expect(findings.count == 1, "\(value) should be reported")
            }
        }
    }

    enum Reading: Equatable {
        case applied(Int)
        case zero
        case undecodable
        case overflow
    }

    /// How cloudcfg's reading of a permissions value predicts cloud-init's behaviour.
    static func ourReading(_ value: String) -> Reading {
        let source = SourceFile(path: "x", text: "p: \(value)\n")
        let stream = YAMLStream.parse(source)
        guard let document = stream.documents.first, let root = document.root,
            let node = document.value(forKey: "p", in: root), let scalar = document[node].value
        else { return .undecodable }
        let number: YAMLInteger
        switch scalar {
        case .int(let value): number = value
        case .string(let text):
            guard let parsed = FileMode.pythonOctal(text) else { return .undecodable }
            number = parsed
        default: return .undecodable
        }
        if number.description == "0" { return .zero }
        guard let applied = FileMode.applied(number) else { return .overflow }
        return .applied(applied.rawValue)
    }

    // MARK: world-writable

    @Test func worldWritableOnlyForModesMeantThatWay() {
        #expect(SemanticSupport.findings(Self.permissions("'0666'"), rule: .writeFilesWorldWritable).count == 1)
        #expect(SemanticSupport.findings(Self.permissions("0777"), rule: .writeFilesWorldWritable).count == 1)
        // 666 in decimal is 0o1232: a decimal mistake, which write-files-permissions explains.
        #expect(SemanticSupport.findings(Self.permissions("666"), rule: .writeFilesWorldWritable).isEmpty)
        let finding = SemanticSupport.findings(Self.permissions("'0777'"), rule: .writeFilesWorldWritable).first
        #expect(finding?.severity == .warning)
        #expect(finding?.message.contains("'0775'") == true)
    }

    // MARK: encoding

    static func encoded(_ encoding: String, _ content: String) -> String {
        "write_files:\n  - path: /etc/motd\n    encoding: \(encoding)\n    content: \(content)\n"
    }

    @Test(arguments: [
        ("b64", "aGVsbG8", "Incorrect padding"),
        ("base64", "a", "cannot be 1 more than a multiple of 4"),
        ("b64", "'héllo'", "refuses non-ASCII characters"),
        ("gz+b64", "aGVsbG8K", "is not valid gzip data (encoding 'gz+b64'): Not a gzipped file (b'he')"),
        ("GZIP+BASE64", "H4sIAAAAAAACA8tIzcnJ5wIAIDA=", "Compressed file ended"),
        ("gz", "!!binary aGVsbG8K", "is not valid gzip data"),
        ("gzip", "hello", "expects gzip bytes as !!binary content"),
        ("b64", "!!binary aGVsbG8K", "a second time"),
    ])
    func encodingFindings(_ encoding: String, _ content: String, _ fragment: String) throws {
        let findings = SemanticSupport.findings(Self.encoded(encoding, content), rule: .writeFilesEncoding)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.keyPath == "write_files.0.content")
        #expect(finding.message.contains(fragment), "\(finding.message)")
    }

    @Test(arguments: [
        ("b64", "aGVsbG8K"), ("text/plain", "aGVsbG8"), ("gz", "''"), ("b64", "''"),
        ("gzip+b64", "|\n      H4sIAAAAAAACA8tI\n      zcnJ5wIAIDA6NgYAAAA="),
        ("gz", "!!binary H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA="),
        ("unknown", "whatever"),
    ])
    func decodableContent(_ encoding: String, _ content: String) {
        #expect(SemanticSupport.findings(Self.encoded(encoding, content), rule: .writeFilesEncoding).isEmpty)
    }

    /// Base64 of gzip data under `gz` gets a fix-it to `gz+b64`, which removes the finding.
    @Test func gzipTextFixIt() throws {
        let body = Self.encoded("gz", "H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA=")
        let finding = try #require(SemanticSupport.findings(body, rule: .writeFilesEncoding).first)
        let fixIt = try #require(finding.fixIts.first)
        let fixed = SemanticSupport.applying(fixIt, to: SemanticSupport.file(body))
        #expect(fixed.contains("encoding: gz+b64\n"))
        #expect(!SemanticSupport.lintFile(fixed).contains { $0.ruleID == .writeFilesEncoding })
    }

    /// A gzip bomb is cut off at 64 MiB and reported as a warning, not inflated.
    @Test func gzipBombIsAWarning() throws {
        let bomb = GzipBomb.make(copies: 100 << 20 / 258, checksum: false)
        let body = Self.encoded("gz+b64", Data(bomb).base64EncodedString())
        let clock = ContinuousClock()
        let start = clock.now
        let findings = SemanticSupport.findings(body, rule: .writeFilesEncoding)
        #expect(clock.now - start < .seconds(20))
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("more than 64 MiB"))
    }

    /// cloud-init's `extract_contents` raises exactly where the rule reports an error.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func agreesWithCloudInitsExtractContents() throws {
        let cases: [(String, String)] = [
            ("b64", "aGVsbG8"), ("b64", "aGVsbG8K"), ("base64", "a"), ("b64", "'héllo'"), ("gz+b64", "aGVsbG8K"),
            ("gz+b64", "H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA="), ("gzip+base64", "H4sIAAAAAAACA8tIzcnJ5wIAIDA="),
            ("gz", "!!binary aGVsbG8K"), ("gz", "!!binary H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAA="), ("gzip", "hello"),
            ("gz", "''"), ("b64", "'aGVs bG8K'"), ("b64", "'aGVsbG8K===='"), ("b64", "'=aGVsbG8K'"),
            ("gz+b64", "'H4sIAAAAAAACA8tIzcnJ5wIAIDA6NgYAAAAA'"),
        ]
        let script = """
            import json, sys, yaml
            from cloudinit.config.cc_write_files import canonicalize_extraction, extract_contents
            out = []
            for encoding, content in json.load(sys.stdin):
                item = yaml.safe_load('content: ' + content)
                try:
                    extract_contents(item['content'], canonicalize_extraction(encoding)); out.append(True)
                except Exception:
                    out.append(False)
            print(json.dumps(out))
            """
        let answer = try #require(try Oracle.pythonJSON(script, input: cases.map { [$0.0, $0.1] }) as? [Bool])
        try #require(answer.count == cases.count, "one answer per case")
        for ((encoding, content), decodes) in zip(cases, answer) {
            let findings = SemanticSupport.findings(Self.encoded(encoding, content), rule: .writeFilesEncoding)
            #expect(findings.contains { $0.severity == .error } == !decodes, "\(encoding) \(content)")
        }
    }

    // MARK: owner

    @Test func ownerFixItAddsDefer() throws {
        let body =
            "users:\n  - default\n  - name: app\nwrite_files:\n  - path: /srv/a\n    owner: app:app\n"
            + "  - {path: /srv/b, owner: 'root:app'}\n  - path: /srv/c\n    owner: app\n    defer: false\n"
        let findings = SemanticSupport.findings(body, rule: .writeFilesOwnerNotDeferred)
        #expect(findings.map(\.keyPath) == ["write_files.0.owner", "write_files.1.owner", "write_files.2.owner"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        var text = SemanticSupport.file(body)
        for finding in findings.reversed() {
            text = SemanticSupport.applying(try #require(finding.fixIts.first), to: text)
        }
        #expect(text.contains("  - defer: true\n    path: /srv/a\n"))
        #expect(text.contains("  - {defer: true, path: /srv/b"))
        #expect(text.contains("    defer: true\n"))
        let after = SemanticSupport.lintFile(text)
        #expect(!after.contains { $0.ruleID == .writeFilesOwnerNotDeferred || $0.severity == .error })
    }

    @Test(
        arguments: [
            ("app", "app", nil), ("app:grp", "app", "grp"), (" app : grp ", "app", "grp"), ("-1:grp", nil, "grp"),
            ("none:None", nil, nil), ("app:", "app", nil), ("a:b:c", "a", "b:c"), ("NONE:nOnE", nil, nil),
            ("nonee:-1", "nonee", nil), (":", nil, nil), ("", nil, nil), ("\tapp\u{1F}:\u{0B}grp\r\n", "app", "grp"),
            ("\u{00A0}app:grp\u{2003}", "app", "grp"), ("é:ü", "é", "ü"), ("-1 : none ", nil, nil),
            ("-10:x", "-10", "x"),
        ] as [(String, String?, String?)])
    func ownerParsing(_ owner: String, user: String?, group: String?) {
        let parsed = WriteFilesOwnerNotDeferredRule.userAndGroup(owner)
        #expect(parsed.user == user && parsed.group == group)
    }

    @Test func ownerCreatedOnlyWhereCloudInitCreatesIt() {
        let body = """
            users:
              - name: app
                groups: [docker]
                primary_group: svc
              - name: quiet
                no_user_group: true
                create_groups: false
                groups: g2
            groups:
              - admins: [app]
              - ops
            write_files:
              - {path: /1, owner: 'root:docker'}
              - {path: /2, owner: 'root:svc'}
              - {path: /3, owner: 'root:admins'}
              - {path: /4, owner: 'root:ops'}
              - {path: /5, owner: 'root:g2'}
              - {path: /6, owner: 'root:quiet'}
              - {path: /7, owner: 'quiet', defer: 'yes'}
              - {path: /8, owner: 'nobody:nogroup'}

            """
        let paths = SemanticSupport.findings(body, rule: .writeFilesOwnerNotDeferred).compactMap(\.keyPath)
        #expect(paths == ["write_files.0.owner", "write_files.1.owner", "write_files.2.owner", "write_files.3.owner"])
    }

    // MARK: large documents

    /// The four write_files rules list their matches once for a small document and walk the
    /// document again for a large one (over `LintCache.listedNodeLimit` nodes): both routes give
    /// the same findings, at the same places.
    @Test func largeDocumentsWalkTheMatchesWithTheSameFindings() throws {
        let entries = """
            users: [default, {name: app}]
            write_files:
              - {path: /srv/app, owner: 'app:app', content: x}
              - {path: /etc/motd, encoding: b64, content: aGVsbG8}
              - {path: /etc/open, permissions: '0777', content: x}
              - {path: /etc/decimal, permissions: 644, content: x}

            """
        let rules: Set<RuleID> = [
            .writeFilesOwnerNotDeferred, .writeFilesEncoding, .writeFilesWorldWritable, .writeFilesPermissions,
        ]
        let count = LintCache.listedNodeLimit + 1_000
        let padding = "packages:\n" + String(repeating: "  - p\n", count: count)
        func found(_ body: String) -> [String] {
            LintSupport.lint(body).diagnostics.filter { rules.contains($0.ruleID) }.map {
                "\($0.range.start) \($0.ruleID) \($0.keyPath ?? "") \($0.message)"
            }
        }
        let small = found(entries)
        let large = found(entries + padding)
        // One finding from each rule, so each rule's route is compared.
        #expect(Set(small.map { $0.split(separator: " ")[1] }).count == rules.count, "\(small)")
        #expect(large == small)
        let document = try #require(YAMLStream.parse(SourceFile(path: "x", text: entries + padding)).documents.first)
        #expect(document.nodes.count > LintCache.listedNodeLimit)
    }
}
