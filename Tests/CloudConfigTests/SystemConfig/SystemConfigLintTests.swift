import Testing

@testable import CloudConfig

/// Linting cloud-init's system configuration: no header, its own keys besides every cloud-config
/// key, and none of the findings that only make sense for user-data.
@Suite struct SystemConfigLintTests {
    static func rules(_ text: String, target: CloudInitVersion = .newest) -> [String] {
        Linter(configuration: LintConfiguration(target: target))
            .lint(text, path: "etc/cloud/cloud.cfg.d/90-test.cfg", as: .systemConfig).diagnostics
            .map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID)" }
    }

    @Test func theSystemConfigurationsOwnKeysAreKnown() {
        let text = """
            datasource_list: [Azure]
            datasource:
              Azure:
                data_dir: /var/lib/waagent
                apply_network_config: false
                never_destroy_ntfs: true
            system_info:
              distro: ubuntu
              default_user:
                name: azureuser
                sudo: ["ALL=(ALL) NOPASSWD:ALL"]
              ssh_svcname: ssh
              package_mirrors:
                - arches: [default]
                  failsafe: {primary: http://archive.ubuntu.com/ubuntu}
            reporting:
              telemetry:
                type: hyperv
            network: {config: disabled}
            manage_etc_hosts: true
            preserve_hostname: false
            users: [ops]
            cloud_final_modules: [scripts-user, [final-message, always]]
            _anchors:
              - &x 1

            """
        #expect(Self.rules(text).isEmpty, "\(Self.rules(text))")
        #expect(Self.rules(text, target: "22.4.2").isEmpty, "\(Self.rules(text, target: "22.4.2"))")
        #expect(Self.rules("").isEmpty)
        #expect(Self.rules("# nothing here\n").isEmpty)
    }

    @Test func mistakesInTheSystemConfigurationsKeysAreFound() {
        #expect(Self.rules("Reporting:\n  logging:\n    type: log\n") == ["1:1 unknown-key"])
        #expect(Self.rules("datasource:\n  Azure:\n    apply_network_configs: false\n") == ["3:5 unknown-key"])
        #expect(Self.rules("datasource:\n  azure: {}\n") == ["2:3 unknown-key"])
        #expect(Self.rules("datasource_list: [Azure, Nonee]\n") == ["1:26 unknown-datasource"])
        // 22.4.2 finds datasources by their exact name; later releases ignore the case.
        #expect(Self.rules("datasource_list: [azure]\n", target: "22.4.2") == ["1:19 unknown-datasource"])
        #expect(Self.rules("datasource_list: [azure]\n").isEmpty)
        #expect(Self.rules("datasource_list: [WSL]\n", target: "22.4.2") == ["1:19 unknown-datasource"])
        #expect(Self.rules("datasource_list:\n  - Azure\n") == ["1:1 datasource-list-block-style"])
        // Settings newer than the target.
        #expect(
            Self.rules("datasource:\n  Azure:\n    experimental_skip_ready_report: true\n", target: "22.4.2") == [
                "3:5 unsupported-key"
            ])
        // Modules later releases removed are skipped by them, not refused.
        #expect(Self.rules("cloud_init_modules: [migrator, bootcmd]\n") == ["1:22 deprecated-key"])
        #expect(Self.rules("cloud_init_modules: [migrator, bootcmd]\n", target: "22.4.2").isEmpty)
    }

    @Test func userDataFindingsStayOff() {
        // A header is not needed, network: is where it belongs, the user list is the image's own.
        #expect(Self.rules("network:\n  config: disabled\nusers: [ops]\n").isEmpty)
        // The same text as user-data.
        let userData = Linter().lint("network:\n  config: disabled\nusers: [ops]\n", path: "x", as: .userData)
        #expect(Set(userData.diagnostics.map(\.ruleID)).isSuperset(of: [.missingHeader]))
    }
}
