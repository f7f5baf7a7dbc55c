import Testing

@testable import CloudConfig

/// A fleet's hosts share what their variables do not change: the resolver decodes those parts
/// of a profile once and each host's own parts for it. Every host's plan and findings are those
/// of resolving the whole profile for that host.
@Suite struct ProfileResolverTests {
    static let profile = """
        cloudcfg-profile: 1
        variables:
          host: null
          domain: web.example.net
          state: generalized
          lun: 0
          keys:
            - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKW47M2qLOyvGMyZ0oAf1ubdL7AtMHLBx3lU0wPVbSzO ops@example.net
          deploy_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINoZygThdfrRxUuyCM01C4p7Wdr3EDDXsKZiF0pUt9gY deploy@example.net
        image:
          os-state: ${{ state }}
        hostname: ${{ host }}
        fqdn: ${{ host }}.${{ domain }}
        admin:
          name: azureops
          ssh-keys: ${{ keys }}
        users:
          - name: deploy
            ssh-keys: ['${{ deploy_key }}']
        packages: [nginx]
        files:
          - path: /var/www/html/index.html
            content: "<h1>${{ host }}.${{ domain }}</h1>\\n"
          - path: /etc/motd
            content: "same for every host\\n"
        storage:
          data-disks:
            - lun: ${{ lun }}
              mount-point: /var/www
        timezone: Etc/UTC
        """

    /// Hosts that give nothing but their name, other values of shared variables, values of the
    /// wrong kind, and values that make the plan invalid.
    static let inventory = """
        [
          {"host": "web-01"},
          {"host": "web-02", "domain": "eu.example.net"},
          {"host": "web-03", "keys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKW47M2qLOyvGMyZ0oAf1ubdL7AtMHLBx3lU0wPVbSzO other@example.net"]},
          {"host": "web-04", "lun": 3, "state": "Generalized"},
          {"host": "web_05"},
          {"host": "web-06", "lun": "two"},
          {"host": "web-07", "deploy_key": "not a key"},
          {"host": "web-08", "keys": "ssh-rsa"},
          {"host": "web-09", "lun": 0}
        ]
        """

    @Test(arguments: ["debian-12", "ubuntu-24.04", "rhel-9"])
    func hostsGetWhatAWholeResolutionGives(_ id: String) throws {
        let distro = try #require(DistroProfile.profile(id: id))
        let profile = try #require(ProfileReader.read(SourceFile(path: "profile.yaml", text: Self.profile)).profile)
        let hosts = try Inventory.read(SourceFile(path: "hosts.json", text: Self.inventory)).hosts
        var shared = ProfileResolver(profile: profile)
        let plans = Self.compareWithWholeResolution(&shared, hosts: hosts, distro: distro)
        // The inventory has hosts of both kinds, so that both paths are compared.
        #expect(plans >= 4)
        #expect(plans < hosts.count)
        // Each host's own values are in its plan, the shared ones too.
        let web02 = try #require(shared.resolve(for: distro, host: hosts[1]).plan)
        #expect(web02.parameters.identity?.fqdn == "web-02.eu.example.net")
        #expect(
            web02.parameters.files.map(\.content.text) == ["<h1>web-02.eu.example.net</h1>\n", "same for every host\n"])
        let web04 = try #require(shared.resolve(for: distro, host: hosts[3]).plan)
        #expect(web04.parameters.dataDisks.map(\.lun) == [3])
        #expect(web04.image.osState == .generalized)
    }

    /// A profile whose variables all have defaults, so that `files` is decoded once and each
    /// host has the items its values change decoded for it.
    static let defaultedProfile = """
        cloudcfg-profile: 1
        variables:
          host: web-template
          domain: web.example.net
          motd: hello
          mode: '0644'
        hostname: ${{ host }}
        fqdn: ${{ host }}.${{ domain }}
        files:
          - path: /var/www/html/index.html
            content: "<h1>${{ host }}.${{ domain }}</h1>\\n"
          - path: /etc/motd
            content: ${{ motd }}
            mode: ${{ mode }}
          - path: /etc/static
            content: "same for every host\\n"
          - path: /etc/${{ host }}.conf
            content: x
        """

    /// Hosts that change one item, several, none, or give an item a value it cannot take.
    static let defaultedInventory = """
        [
          {"host": "web-01"},
          {"host": "web-02", "motd": "welcome"},
          {"host": "web-03", "domain": "eu.example.net", "mode": "rwxr-xr-x"},
          {"host": "web-04", "motd": 5},
          {"host": "web-05", "mode": "abc"},
          {"host": "web-06", "motd": ["a", "b"]},
          {"host": "web-07", "mode": 644},
          {"host": "web-08", "domain": "x.example.net"}
        ]
        """

    @Test(arguments: ["debian-12", "rhel-9"])
    func hostsChangingSomeFilesGetWhatAWholeResolutionGives(_ id: String) throws {
        let distro = try #require(DistroProfile.profile(id: id))
        let profile = try #require(
            ProfileReader.read(SourceFile(path: "profile.yaml", text: Self.defaultedProfile)).profile)
        let hosts = try Inventory.read(SourceFile(path: "hosts.json", text: Self.defaultedInventory)).hosts
        var shared = ProfileResolver(profile: profile)
        let plans = Self.compareWithWholeResolution(&shared, hosts: hosts + hosts, distro: distro)
        #expect(plans >= 8)
        #expect(plans < 2 * hosts.count)
        let web03 = try #require(shared.resolve(for: distro, host: hosts[2]).plan)
        #expect(
            web03.parameters.files.map(\.content.text) == [
                "<h1>web-03.eu.example.net</h1>\n", "hello", "same for every host\n", "x",
            ])
        #expect(web03.parameters.files.map(\.path).last == "/etc/web-03.conf")
        #expect(
            web03.parameters.files.map(\.mode) == [
                .writeFilesDefault, FileMode(symbolic: "rwxr-xr-x"), .writeFilesDefault, .writeFilesDefault,
            ])
    }

    /// A profile whose plan checks run once for the parts hosts share: each group of checks
    /// (accounts, packages, files, commands, storage, time) has a variable hosts may change.
    static let checkedProfile = """
        cloudcfg-profile: 1
        variables:
          host: web-template
          group: webadmins
          package: nginx
          path: /etc/motd
          command: echo hi
          mount: /var/www
          label: webdata
          zone: Etc/UTC
          server: time.windows.com
        hostname: ${{ host }}
        groups: ['${{ group }}']
        users:
          - name: deploy
            groups: ['${{ group }}']
        packages: ['${{ package }}']
        files:
          - path: ${{ path }}
            content: hello
          - path: /etc/${{ host }}.conf
            content: x
        commands:
          - ${{ command }}
        storage:
          data-disks:
            - lun: 0
              mount-point: ${{ mount }}
              label: ${{ label }}
        timezone: ${{ zone }}
        ntp:
          servers: ['${{ server }}']
        """

    /// Hosts that keep every shared part, and hosts that give each group of checks a value it
    /// refuses or takes.
    static let checkedInventory = """
        [
          {"host": "web-01"},
          {"host": "web-02", "group": "Web Admins"},
          {"host": "web-03", "package": "-nginx"},
          {"host": "web-04", "path": "/etc/web-04.conf"},
          {"host": "web-05", "command": " "},
          {"host": "web-06", "mount": "/etc"},
          {"host": "web-07", "label": "web data"},
          {"host": "web-08", "zone": "Europe/../Paris"},
          {"host": "web-09", "server": "time_server"},
          {"host": "web-10", "zone": "Europe/Paris", "group": "ops"},
          {"host": "web-11", "label": "données"},
          {"host": "web-12"}
        ]
        """

    @Test(arguments: ["debian-12", "ubuntu-24.04"])
    func hostsOfCheckedPartsGetWhatAWholeResolutionGives(_ id: String) throws {
        let distro = try #require(DistroProfile.profile(id: id))
        let profile = try #require(
            ProfileReader.read(SourceFile(path: "profile.yaml", text: Self.checkedProfile)).profile)
        let hosts = try Inventory.read(SourceFile(path: "hosts.json", text: Self.checkedInventory)).hosts
        var shared = ProfileResolver(profile: profile)
        let plans = Self.compareWithWholeResolution(&shared, hosts: hosts + hosts, distro: distro)
        // web-01, web-10 and web-12, twice each; every other host has a refused value (web-04's
        // first file has the path of its second).
        #expect(plans == 6)
    }

    /// Defaults a plan check refuses (an invalid time zone) leave the check to every host, so a
    /// host giving a valid value gets a plan and the others the finding.
    @Test func hostsOfRefusedDefaultsAreCheckedThemselves() throws {
        let distro = try #require(DistroProfile.profile(id: "debian-12"))
        let text = Self.checkedProfile.replacing("  zone: Etc/UTC", with: "  zone: Etc/U C")
        let profile = try #require(ProfileReader.read(SourceFile(path: "profile.yaml", text: text)).profile)
        let hosts = try Inventory.read(SourceFile(path: "hosts.json", text: Self.checkedInventory)).hosts
        var shared = ProfileResolver(profile: profile)
        let plans = Self.compareWithWholeResolution(&shared, hosts: hosts, distro: distro)
        // Only web-10 gives a valid time zone.
        #expect(plans == 1)
    }

    /// A fleet's hosts' user-data, written with the sections their template gave unchanged taken
    /// from the cache (``PlanSharing``), is the user-data written whole for each host.
    @Test(arguments: ["debian-12", "ubuntu-24.04"])
    func sharedSectionsAreWrittenAsEachHostsWholeText(_ id: String) throws {
        let distro = try #require(DistroProfile.profile(id: id))
        let cases = [
            (Self.profile, Self.inventory), (Self.defaultedProfile, Self.defaultedInventory),
            (Self.checkedProfile, Self.checkedInventory),
        ]
        var shared = 0
        for (profileText, inventory) in cases {
            let profile = try #require(ProfileReader.read(SourceFile(path: "profile.yaml", text: profileText)).profile)
            let hosts = try Inventory.read(SourceFile(path: "hosts.json", text: inventory)).hosts
            var resolver = ProfileResolver(profile: profile)
            let cache = EmittedEntryCache()
            // Twice, so that the second round's hosts find every shared text in the cache.
            for host in hosts + hosts {
                guard let plan = resolver.resolve(for: distro, host: host).plan else { continue }
                if let sharing = plan.sharing, !sharing.units.isEmpty { shared += 1 }
                let text = try CloudConfigRenderer.text(for: plan, entries: cache)
                #expect(text == (try CloudConfigRenderer.text(for: plan)), "\(host.name)")
            }
        }
        #expect(shared > 10)
    }

    /// Resolves each host with `shared` (which reuses what hosts share) and with a resolver that
    /// resolves every host whole, expects the same plan and findings from both, and returns how
    /// many hosts had a plan.
    static func compareWithWholeResolution(
        _ shared: inout ProfileResolver, hosts: [InventoryHost], distro: DistroProfile
    ) -> Int {
        var whole = ProfileResolver(profile: shared.profile)
        whole.sharesAcrossHosts = false
        var plans = 0
        for host in hosts {
            let fast = shared.resolve(for: distro, host: host)
            let slow = whole.resolve(for: distro, host: host)
            #expect(fast.plan?.parameters == slow.plan?.parameters, "\(host.name)")
            #expect(fast.plan?.image == slow.plan?.image, "\(host.name)")
            #expect((fast.plan == nil) == (slow.plan == nil), "\(host.name)")
            #expect(
                fast.diagnostics.map { "\($0.range) \($0.ruleID) \($0.keyPath ?? "") \($0.message)" }
                    == slow.diagnostics.map { "\($0.range) \($0.ruleID) \($0.keyPath ?? "") \($0.message)" },
                "\(host.name)")
            if fast.plan != nil { plans += 1 }
        }
        return plans
    }
}
