import Testing

@testable import CloudConfig

/// Variable names checked against cloud-init's instance data.
@Suite struct InstanceDataCatalogTests {
    static func check(_ body: String) -> [JinjaFinding] {
        let (template, _) = JinjaTemplate.parse(SourceFile(path: "t", text: "## template: jinja\n" + body))
        return InstanceDataCatalog.standard.check(template)
    }

    @Test func misspeltV1KeyHasADidYouMean() throws {
        let finding = try #require(Self.check("host: {{ v1.local_hostnme }}").first)
        #expect(finding.code == .unknownVariable)
        #expect(finding.severity == .warning)
        #expect(finding.suggestion == "v1.local_hostname")
        #expect(finding.range.description == "2:10-2:26")
        #expect(finding.message.contains("did you mean 'v1.local_hostname'?"))
    }

    @Test func deeperAccessUnderAnUnknownKeyIsAnError() throws {
        let finding = try #require(Self.check("{{ v1.no_such.deeper }}").first)
        #expect(finding.severity == .error)
    }

    @Test func namesCloudInitNeverWrote() throws {
        let finding = try #require(Self.check("{{ v1.kernel }}").first)
        #expect(finding.suggestion == "v1.kernel_release")
    }

    @Test func hyphenIsSubtraction() throws {
        let findings = Self.check(
            "{{ v1.cloud-name }} {{ ds.meta_data.local-hostname }} {% set count = 3 %}{{ count - 1 }}")
        #expect(findings.map(\.code) == [.hyphenInName, .hyphenInName])
        #expect(findings.map(\.suggestion) == ["v1.cloud_name", "ds.meta_data.local_hostname"])
    }

    @Test func knownAndLocalNamesPass() {
        let findings = Self.check(
            """
            {{ v1.local_hostname }} {{ local_hostname }} {{ cloud_name }} {{ ds.meta_data.imds.compute.vmSize }}
            {{ v1['cloud-name'] }} {{ sys_info.dist[0] }} {{ merged_cfg.anything }} {{ range(3) | list }}
            {% for key in v1.public_ssh_keys %}{{ key }} {{ loop.index }}{% endfor %}
            {% set ns = namespace(n=0) %}{% set ns.n = ns.n + 1 %}{{ ns.n }} {{ v1.get('x') }}
            """)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func unknownTopLevelAndQueryOnlyNames() {
        let findings = Self.check("{{ v2.x }} {{ userdata }} {{ merged_system_cfg._doc }} {{ distro }} {{ nosuch }}")
        #expect(findings.map(\.code) == [.unknownVariable, .unknownVariable, .unknownVariable])
        #expect(findings[0].severity == .error)
        #expect(findings[1].message.contains("'cloud-init query' only"))
        #expect(findings[2].message.contains("CI_MISSING_JINJA_VAR/nosuch"))
    }
}
