import Testing

@testable import CloudConfig

/// Profiles are read with every finding at its line and column, resolved per distribution and
/// per host, and linted like every other input.
@Suite struct ProfileReaderTests {
    static func read(_ text: String) -> ProfileReading {
        ProfileReader.read(SourceFile(path: "profile.yaml", text: text))
    }

    static func lint(_ text: String) -> [String] {
        ProfileReader.lint(SourceFile(path: "profile.yaml", text: text)).map {
            "\($0.range.start) \($0.ruleID) \($0.message)"
        }
    }

    @Test func aProfileIsRecognisedByItsMarker() {
        #expect(ProfileReader.isProfile(Array("# fleet\ncloudcfg-profile: 1\n".utf8)))
        #expect(ProfileReader.isProfile(Array("cloudcfg-profile: 1".utf8)))
        #expect(!ProfileReader.isProfile(Array("#cloud-config\npackages: [x]\n".utf8)))
        #expect(!ProfileReader.isProfile(Array("a:\n  cloudcfg-profile: 1\n".utf8)))
        #expect(
            Self.lint("packages: [nginx]\n") == [
                "1:1 profile-missing-key a profile needs 'cloudcfg-profile: 1' as a top-level key, which tells tools the file is one"
            ])
        #expect(Self.lint("cloudcfg-profile: 2\n").first?.contains("must be 1") == true)
        #expect(
            Self.lint("") == [
                "1:1 profile-missing-key a profile needs 'cloudcfg-profile: 1' as a top-level key, which tells tools the file is one"
            ])
    }

    @Test func findingsPointAtTheirValues() {
        let found = Self.lint(
            """
            cloudcfg-profile: 1
            distros: [debian-12, ubuntu-24.4]
            budget: azure
            image:
              architecture: arm
            hostname: web_01
            admin:
              name: root
              password: hunter2
            files:
              - path: /etc/motd
                mode: 644
              - content: x
            users:
              - name: deploy
                password: {hash: nope}
            commands:
              - echo: broken
            storage:
              data-disks:
                - lun: 0

            """)
        #expect(
            found == [
                "2:22 profile-invalid-value 'ubuntu-24.4' is not a distribution cloudcfg knows; did you mean 'ubuntu-24.04'?",
                "3:9 profile-invalid-value 'azure' is not a budget; the budgets are azure-custom-data, azure-user-data, aws, gcp, openstack, cloudstack, vmware",
                "5:17 profile-invalid-value 'arm' is not one of x64, Arm64 for 'architecture'",
                "6:11 profile-invalid-value 'web_01' is not a valid host name: use letters, digits and hyphens only (RFC 1123)",
                "8:9 profile-invalid-value Azure does not accept 'root' as the admin name",
                "9:13 profile-type-mismatch 'password' takes {hash: ...} or {env: NAME}, not the string 'hunter2'; a profile never holds a password in plain text",
                "12:11 profile-type-mismatch 'mode' takes an octal text such as '0644' or rw-r--r--, not the integer 644; quote it: '644' — unquoted, YAML reads 644 as the number 644",
                "13:5 profile-missing-key 'files.1' needs 'path'",
                "16:22 profile-invalid-value not a crypt(3) password hash; make one with `mkpasswd -m sha-512` or `openssl passwd -6`",
                "18:5 profile-type-mismatch 'commands item' takes a shell line or a list of arguments, not a mapping; a command with ': ' in it must be quoted, or YAML reads it as a mapping",
                "21:7 profile-missing-key 'storage.data-disks.0' needs 'mount-point'",
            ])
    }

    @Test func unknownKeysAreNamedWithTheClosestKey() {
        let found = Self.lint(
            """
            cloudcfg-profile: 1
            pakages: [nginx]
            admin:
              name: azureops
              ssh_keys: []
            overrides:
              debian12:
                packages: []
              debian-12:
                timezone_: UTC

            """)
        #expect(found.count == 4)
        #expect(found[0] == "2:1 profile-unknown-key 'pakages' is not a profile key here; did you mean 'packages'?")
        #expect(found[1] == "5:3 profile-unknown-key 'ssh_keys' is not a profile key here; did you mean 'ssh-keys'?")
        #expect(found[2] == "7:3 profile-unknown-key 'debian12' is not a profile key here; did you mean 'debian-12'?")
        #expect(found[3] == "10:5 profile-unknown-key 'timezone_' is not a profile key here; did you mean 'timezone'?")
    }

    @Test func variablesAreSubstitutedWithTheirTypes() throws {
        let reading = Self.read(
            """
            cloudcfg-profile: 1
            variables:
              host: web-01
              keys:
                - \(TestKeys.ed25519)
              upgrade: true
              lun: 3
              literal: ${{ host }}
            hostname: ${{ host }}
            fqdn: "${{host}}.example.net"
            admin:
              name: azureops
              ssh-keys: ${{ keys }}
            package-upgrade: ${{ upgrade }}
            files:
              - path: /etc/motd
                content: "host ${{ host }}, lun ${{ lun }}, upgrade ${{ upgrade }}, $${{ kept }}, ${{ literal }}"
            storage:
              data-disks:
                - {lun: "${{ lun }}", mount-point: /data}

            """)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        var resolver = ProfileResolver(profile: try #require(reading.profile))
        let resolution = resolver.resolve(for: .debian12)
        #expect(resolution.diagnostics.isEmpty, "\(resolution.diagnostics)")
        let parameters = try #require(resolution.plan).parameters
        #expect(parameters.identity?.fqdn == "web-01.example.net")
        #expect(parameters.admin?.sshAuthorizedKeys.map(\.description) == [TestKeys.ed25519])
        #expect(parameters.packageUpgrade)
        #expect(parameters.dataDisks.first?.lun == 3)
        #expect(
            parameters.files.first?.content.text == "host web-01, lun 3, upgrade true, ${{ kept }}, ${{ host }}")
    }

    @Test func referencesNeedDeclaredVariablesWithValues() throws {
        let found = Self.lint(
            """
            cloudcfg-profile: 1
            variables:
              host: null
              domain: example.net
            hostname: ${{ host }}
            fqdn: ${{ host }}.${{ domian }}
            timezone: ${{ 1bad }}
            locale: ${{ unclosed

            """)
        #expect(
            found == [
                "6:19 profile-undefined-variable 'domian' is not a variable of this profile; did you mean 'domain'?",
                "7:11 profile-invalid-value '1bad' is not a variable name: a letter or '_', then letters, digits, '_' or '-'",
                "8:9 profile-invalid-value '${{' has no closing '}}'; write '$${{' for the text itself",
            ])
        // Linting leaves out what a host gives; rendering without a host says it is missing.
        let reading = Self.read("cloudcfg-profile: 1\nvariables:\n  host: null\nhostname: ${{ host }}\n")
        var resolver = ProfileResolver(profile: try #require(reading.profile))
        let resolution = resolver.resolve(for: .debian12)
        #expect(resolution.plan == nil)
        #expect(
            resolution.diagnostics.map { "\($0.range.start) \($0.ruleID)" } == ["4:11 profile-undefined-variable"])
        let host = InventoryHost(name: "web-07", values: ["host": "web_07"])
        let hosted = resolver.resolve(for: .debian12, host: host)
        #expect(
            hosted.diagnostics.map(\.message) == [
                "host 'web-07': 'web_07' is not a valid host name: use letters, digits and hyphens only (RFC 1123)"
            ])
        #expect(
            resolver.resolve(for: .debian12, host: InventoryHost(name: "web-08", values: [:])).plan?.parameters
                .identity?.hostname == "web-08")
    }

    @Test func overridesMergeMappingsAndReplaceTheRest() throws {
        let reading = Self.read(
            """
            cloudcfg-profile: 1
            packages: [nginx, curl]
            storage:
              resource-disk:
                mount-point: /mnt/resource
                swap: {percent: 10}
              data-disks:
                - {lun: 0, mount-point: /data}
            overrides:
              flatcar:
                packages: null
                storage:
                  resource-disk:
                    swap: {megabytes: 2048}
                  data-disks: null
              debian-12:
                packages: [apache2]

            """)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        var resolver = ProfileResolver(profile: try #require(reading.profile))
        let flatcar = try #require(resolver.resolve(for: .flatcar).plan).parameters
        #expect(flatcar.packages.isEmpty)
        #expect(flatcar.dataDisks.isEmpty)
        // Mappings merge: the override adds megabytes to the base's percent.
        #expect(
            flatcar.resourceDisk
                == ResourceDisk(mountPoint: "/mnt/resource", swap: SwapSize(percent: 10, megabytes: 2048)))
        let debian = try #require(resolver.resolve(for: .debian12).plan).parameters
        #expect(debian.packages == ["apache2"])
        #expect(debian.resourceDisk?.swap == SwapSize(percent: 10))
    }

    @Test func aDistributionThatCannotHaveASettingSaysSoAtItsLine() {
        let found = Self.lint(
            """
            cloudcfg-profile: 1
            distros: [flatcar, opensuse-leap-15, debian-12]
            packages: [nginx]
            timezone: UTC
            image:
              os-state: specialized

            """)
        #expect(
            found == [
                "3:11 profile-unsupported debian-12: a specialized image is not provisioned: nothing applies 'packages' on first boot; bake it into the image or generalize it",
                "3:11 profile-unsupported flatcar: a specialized image is not provisioned: nothing applies 'packages' on first boot; bake it into the image or generalize it",
                "3:11 profile-unsupported opensuse-leap-15: a specialized image is not provisioned: nothing applies 'packages' on first boot; bake it into the image or generalize it",
                "4:11 profile-unsupported debian-12: a specialized image is not provisioned: nothing applies 'timezone' on first boot; bake it into the image or generalize it",
                "4:11 profile-unsupported flatcar: a specialized image is not provisioned: nothing applies 'timezone' on first boot; bake it into the image or generalize it",
                "4:11 profile-unsupported opensuse-leap-15: a specialized image is not provisioned: nothing applies 'timezone' on first boot; bake it into the image or generalize it",
            ])
    }

    @Test func passwordsFromTheEnvironmentAreHashedOnce() throws {
        let reading = Self.read(
            """
            cloudcfg-profile: 1
            admin:
              name: azureops
              password: {env: ADMIN_PASSWORD}

            """)
        let profile = try #require(reading.profile)
        var resolver = ProfileResolver(profile: profile, environment: ["ADMIN_PASSWORD": "Correct-Horse-1"])
        let first = try #require(resolver.resolve(for: .debian12).plan?.parameters.admin?.passwordHash)
        let second = try #require(resolver.resolve(for: .ubuntu2404).plan?.parameters.admin?.passwordHash)
        #expect(first == second, "one hash per run")
        #expect(PasswordHasher.verify("Correct-Horse-1", against: first))
        var weak = ProfileResolver(profile: profile, environment: ["ADMIN_PASSWORD": "password"])
        #expect(weak.resolve(for: .debian12).diagnostics.map(\.message).first?.contains("three of") == true)
        var missing = ProfileResolver(profile: profile)
        #expect(
            missing.resolve(for: .debian12).diagnostics.map(\.message) == [
                "the environment variable ADMIN_PASSWORD with the password is not set"
            ])
        // Linting reads no environment.
        #expect(ProfileReader.lint(profile.source).isEmpty)
    }

    @Test func hostileProfilesGiveFindingsNotCrashes() {
        let bomb =
            "cloudcfg-profile: 1\na: &a [x, x, x, x, x, x, x, x]\n"
            + (1...8).map {
                "\(Character(UnicodeScalar(UInt8(97 + $0)))): &\(Character(UnicodeScalar(UInt8(97 + $0)))) [*\(Character(UnicodeScalar(UInt8(96 + $0)))), *\(Character(UnicodeScalar(UInt8(96 + $0)))), *\(Character(UnicodeScalar(UInt8(96 + $0)))), *\(Character(UnicodeScalar(UInt8(96 + $0))))]"
            }.joined(separator: "\n") + "\n"
        let found = ProfileReader.lint(SourceFile(path: "p", text: bomb))
        #expect(!found.isEmpty)
        for text in ["cloudcfg-profile: 1\n{{{", "- a\n- b\n", "cloudcfg-profile: 1\n1: x\n", "\u{0}\u{1}"] {
            #expect(!ProfileReader.lint(SourceFile(path: "p", text: text)).isEmpty, "\(text.debugDescription)")
        }
    }
}

/// Inventories: CSV with a header row or a JSON array of objects.
@Suite struct InventoryTests {
    static func read(_ text: String) throws(Inventory.Error) -> Inventory {
        try Inventory.read(SourceFile(path: "hosts", text: text))
    }

    @Test func csvWithQuotesAndLineBreaks() throws {
        let inventory = try Self.read(
            "host,note,ip\r\nweb-01,\"a, \"\"quoted\"\"\nnote\",10.0.0.1\r\nweb-02,,10.0.0.2\n\n")
        #expect(inventory.hosts.map(\.name) == ["web-01", "web-02"])
        #expect(inventory.hosts.map(\.line) == [2, 4])
        #expect(inventory.variableNames == ["host", "ip", "note"])
        let reading = ProfileReader.read(
            SourceFile(
                path: "p",
                text:
                    "cloudcfg-profile: 1\nvariables: {host: null, note: null, ip: null}\nfiles:\n  - path: /etc/note\n"
                    + "    content: ${{ note }}\n"))
        var resolver = ProfileResolver(profile: try #require(reading.profile))
        let note = resolver.resolve(for: .debian12, host: inventory.hosts[0]).plan?.parameters.files.first?.content.text
        #expect(note == "a, \"quoted\"\nnote")
    }

    @Test func jsonWithTypedValues() throws {
        let inventory = try Self.read(#"[{"host": "web-01", "lun": 2, "keys": ["a", "b"], "on": true}]"#)
        #expect(inventory.hosts.map(\.name) == ["web-01"])
        #expect(inventory.hosts[0].variableNames == ["host", "keys", "lun", "on"])
    }

    @Test(arguments: [
        ("", "empty"), ("name,ip\nweb,1\n", "no 'host' column"), ("host,ip\nweb-01\n", "1 fields; the header has 2"),
        ("host\nweb/01\n", "cannot name a host's directory"), ("host\n..\n", "cannot name a host's directory"),
        ("host\nweb\nweb\n", "already on line 2"), ("host,host\nweb,web\n", "in the header twice"),
        ("host\n\"web\n", "not closed"), ("host\n\"web\"x\n", "after a closing quote"),
        ("[1]", "host 1 is not an object"), (#"[{"host": 7}]"#, "must be a text"), ("[{", "not JSON"),
        (#"[{"host": "a", "x": {"y": 1}}]"#, "text, number, boolean or list"),
    ])
    func malformedInventoriesSayWhere(_ text: String, _ reason: String) {
        let error = #expect(throws: Inventory.Error.self) { try Self.read(text) }
        #expect(error?.message.contains(reason) == true, "\(text.debugDescription): \(error?.description ?? "")")
    }
}
