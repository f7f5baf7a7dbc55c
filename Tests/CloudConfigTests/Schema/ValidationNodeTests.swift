import Testing

@testable import CloudConfig

/// The compiled catalog (`ValidationNode`) a linter keeps for all its inputs: what one document
/// compiles is reused by the next, and must give the findings a fresh compilation gives.
@Suite struct ValidationNodeTests {
    /// Documents that reach many catalog nodes, with findings of most kinds: unknown and
    /// deprecated keys, wrong types, alternatives, patterns, formats, required keys and bounds.
    static let documents = [
        """
        packages: [nginx, [curl, '7.0'], 3]
        users:
          - default
          - name: ada
            groups: [adm, 7]
            sudo: true
            lock-passwd: false
          - name: 3
        write_files:
          - path: /etc/a
            permissions: 644
            encoding: base64
          - content: no path
        ntp: {enabled: yes, servers: [1.pool.ntp.org], pools: 3}
        apt: {sources: {a.list: {source: deb http://x y}}, primary: [{arches: [default], uri: 'not a uri'}]}
        runcmd: [[ls, -l], echo hi, 3]
        pakages: [x]
        """,
        """
        users: ada, bob
        chpasswd: {expire: false, list: 'a:b'}
        write_files: {path: /etc/b}
        swap: {size: auto, maxsize: -1}
        apt: {preserve_sources_list: maybe}
        ssh_keys: {rsa_private: x}
        power_state: {mode: sometimes, delay: now}
        """,
        "hostname: build-1\nfqdn: build-1.example.com\npackage_update: true\n",
    ]

    /// The findings as `path kind`, for comparison.
    static func described(_ findings: [SchemaFinding]) -> [String] {
        findings.map { "\($0.path) \($0.node.index) \(SchemaValidatorTests.name($0.kind))" }
    }

    @Test(arguments: [CloudInitVersion.newest, CloudInitVersion.debian12])
    func sharedProgramFindsWhatAFreshOneFinds(target: CloudInitVersion) throws {
        let validator = SchemaValidator(target: target)
        let shared = ValidationNode(Catalog.cloudConfig.root, target: target)
        // Twice over, in both orders: the second pass runs entirely on nodes compiled by the first.
        for text in Self.documents + Self.documents.reversed() {
            let document = try #require(YAMLStream.parse(text).documents.first)
            let root = try #require(document.root)
            let fresh = validator.validate(root, in: document, against: Catalog.cloudConfig.root)
            #expect(!fresh.isEmpty || text.hasPrefix("hostname"))
            #expect(Self.described(validator.validate(root, in: document, against: shared)) == Self.described(fresh))
        }
    }

    @Test func typeMasksCountIntegersAsNumbers() {
        let numbers = JSONTypeMask(accepting: [.number])
        #expect(numbers.contains(JSONTypeMask(.integer)))
        #expect(!numbers.contains(JSONTypeMask(.string)))
        let integers = JSONTypeMask(accepting: [.integer, .null])
        #expect(!integers.contains(JSONTypeMask(.number)))
        #expect(integers.contains(JSONTypeMask(.null)))
        #expect(JSONTypeMask(accepting: Set(JSONType.allCases)).rawValue == 0x7F)
    }
}
