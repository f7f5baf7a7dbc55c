import Foundation
import Testing

@testable import CloudConfig

/// `FormatChecker`: the `uri`, `date` and `hostname` formats and pattern search, by hand and
/// against the format checker cloud-init's validator uses on Debian (python3-jsonschema with
/// python3-rfc3987, Python 3.11's `date.fromisoformat`).
@Suite struct FormatCheckerTests {
    static let checker = FormatChecker.shared

    static let uris: [(String, Bool)] = [
        ("http://example.com/x", true), ("https://user:pw@example.com:8443/a?b=c#d", true), ("urn:isbn:123", true),
        ("http://[::1]:80/", true), ("file:///etc/motd", true), ("http://example.com/%41", true),
        ("not a uri", false), ("http://example.com/{{ v1.instance_id }}/", false), ("//x", false), ("", false),
        ("1http://x", false), ("http://example.com/%4", false), ("http://exa mple.com/", false),
        ("http://host:port/", false),
    ]

    static let dates: [(String, Bool)] = [
        ("2030-02-28", true), ("20300228", true), ("2024-02-29", true), ("2020-W53", true), ("2021-W01-7", true),
        ("2021W017", true), ("2030-02-30", false), ("2023-02-29", false), ("2021-W53", false), ("2030-2-28", false),
        ("0000-01-01", false), ("2030-02-28T00:00", false), ("2030-0228", false), ("２０３０-02-28", false),
    ]

    @Test(arguments: uris)
    func uri(_ text: String, _ valid: Bool) {
        #expect(Self.checker.check(.uri, text) == valid, "\(text)")
    }

    @Test(arguments: dates)
    func date(_ text: String, _ valid: Bool) {
        #expect(Self.checker.check(.date, text) == valid, "\(text)")
    }

    /// cloud-init checks no host name, neither its validator on Debian (no checker for the format)
    /// nor cc_ntp at boot, and names like these resolve or fail only at lookup: the format is not a
    /// finding (a server with a port is `ntp-server-port`).
    @Test(arguments: [
        "web-1", "example.com.", "ntp_1.example.com", "2001:db8::1", "-web", "", String(repeating: "a", count: 64),
    ])
    func hostnamesAreNotChecked(_ text: String) {
        #expect(Self.checker.check(.hostname, text), "\(text)")
    }

    @Test func patternsAreSearchedAsPythonsReSearch() {
        #expect(Self.checker.search("[0-9]+[GM]", in: "swap-2G"))
        #expect(!Self.checker.search("^[0-9]+[GM]$", in: "swap-2G"))
        #expect(Self.checker.search("^\\+?[0-9]+$", in: "+5"))
        // A pattern Swift cannot compile never produces a finding.
        #expect(Self.checker.search("(?P<name>a", in: "b"))
    }

    /// The same verdicts from the checker cloud-init's validator uses.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func verdictsMatchCloudInitsFormatChecker() throws {
        let script = """
            import json, sys
            from jsonschema import FormatChecker
            checker = FormatChecker()
            if 'uri' not in checker.checkers:
                sys.exit('jsonschema checks uri only with python3-rfc3987, which is not installed')
            request = json.load(sys.stdin)
            print(json.dumps({
                'uri': [checker.conforms(text, 'uri') for text in request['uri']],
                'date': [checker.conforms(text, 'date') for text in request['date']],
            }))
            """
        let request: [String: Any] = ["uri": Self.uris.map(\.0), "date": Self.dates.map(\.0)]
        let answer = try #require(try Oracle.pythonJSON(script, input: request) as? [String: [Bool]])
        let uri = try #require(answer["uri"])
        let date = try #require(answer["date"])
        try #require(uri.count == Self.uris.count && date.count == Self.dates.count, "one verdict per input")
        for ((text, _), python) in zip(Self.uris, uri) {
            #expect(Self.checker.check(.uri, text) == python, "uri \(text)")
        }
        for ((text, _), python) in zip(Self.dates, date) {
            #expect(Self.checker.check(.date, text) == python, "date \(text)")
        }
    }
}
