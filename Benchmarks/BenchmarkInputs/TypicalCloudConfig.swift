/// Typical user-data for one host, 1 to 3 KB: the mix of keys fleets use (users with keys,
/// write_files, packages, runcmd, apt sources, NTP, disks, mounts), varied from host to host by a
/// seeded generator, so that every run writes the same files. Every file is clean for cloudcfg and
/// valid for cloud-init (`BenchmarkInputsTests` checks both, the latter with Debian's 22.4.2).
package enum TypicalCloudConfig {
    /// The roles hosts play; a host's name starts with its role.
    package static let roles = ["web", "db", "cache", "worker", "api", "build", "proxy", "monitor"]
    static let packagePool = [
        "nginx", "curl", "jq", "git", "htop", "vim", "tmux", "unzip", "ca-certificates", "gnupg", "python3-pip",
        "postgresql-client", "redis-tools", "prometheus-node-exporter", "chrony", "fail2ban", "ufw", "rsync",
        "nfs-common", "docker.io", "awscli", "azure-cli", "make", "build-essential", "auditd", "lvm2",
    ]
    static let people = [
        "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
    ]
    static let timezones = ["Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"]
    static let locales = ["en_US.UTF-8", "de_DE.UTF-8", "en_GB.UTF-8", "C.UTF-8"]
    static let ntpServers = ["0.pool.ntp.org", "1.pool.ntp.org", "2.pool.ntp.org", "time.example.internal"]

    /// The seed of the benchmark's corpus.
    package static let corpusSeed: UInt64 = 10

    /// The benchmark's corpus: the user-data of hosts `0..<count`, from one generator seeded with
    /// `seed`, so that every run (and the smoke test) sees the same files.
    package static func corpus(count: Int, seed: UInt64 = corpusSeed) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { generate(index: $0, using: &random) }
    }

    /// The user-data of host `index`, between `minimumBytes` and `maximumBytes` long.
    package static func generate(
        index: Int, using random: inout SplitMix64, minimumBytes: Int = 1100, maximumBytes: Int = 2900
    )
        -> String
    {
        let target = Int.random(in: minimumBytes...maximumBytes, using: &random)
        let role = random.pick(roles)
        let host = "\(role)-\(String(index + 10_000).dropFirst())"
        var text = "#cloud-config\n"
        text += "hostname: \(host)\n"
        if random.chance(0.6) { text += "fqdn: \(host).\(random.pick(["example.internal", "corp.example.com"]))\n" }
        if random.chance(0.5) { text += "timezone: \(random.pick(timezones))\n" }
        if random.chance(0.3) { text += "locale: \(random.pick(locales))\n" }
        text += "package_update: true\n"
        if random.chance(0.5) { text += "package_upgrade: \(random.pick(["false", "true"]))\n" }
        let packages = random.some(packagePool, count: Int.random(in: 2...9, using: &random))
        if random.chance(0.5) {
            text += "packages: [" + packages.joined(separator: ", ") + "]\n"
        } else {
            text += "packages:\n" + packages.map { "  - \($0)\n" }.joined()
        }
        text += users(host: host, using: &random)
        if random.chance(0.7) { text += "ssh_pwauth: false\n" }
        if random.chance(0.4) { text += apt(using: &random) }
        if random.chance(0.5) {
            let servers = random.some(ntpServers, count: Int.random(in: 1...3, using: &random))
            text += "ntp:\n  enabled: true\n  servers: [" + servers.joined(separator: ", ") + "]\n"
        }
        if random.chance(0.35) { text += disks(using: &random) }
        if random.chance(0.3) { text += "growpart:\n  mode: auto\n  devices: ['/']\n" }
        if random.chance(0.3) { text += "swap:\n  filename: /swapfile\n  size: \(random.pick(["1G", "2G", "auto"]))\n" }
        text += commands(role: role, host: host, using: &random)
        if random.chance(0.5) { text += "final_message: \"\(host) up after $UPTIME seconds\"\n" }
        // write_files last: its content grows the file to the target size (at least 200 bytes of it).
        let end = min(maximumBytes, max(target, text.utf8.count + 200))
        text += "write_files:\n"
        var file = 0
        while text.utf8.count < end {
            text += writeFile(host: host, number: file, room: end - text.utf8.count, using: &random)
            file += 1
        }
        return text
    }

    private static func users(host: String, using random: inout SplitMix64) -> String {
        var text = "users:\n"
        text += "  - default\n"
        for name in random.some(people, count: Int.random(in: 1...3, using: &random)) {
            text += "  - name: \(name)\n"
            if random.chance(0.6) { text += "    gecos: \(name.prefix(1).uppercased() + name.dropFirst()) Example\n" }
            if random.chance(0.5) {
                text += "    groups: [adm, \(random.pick(["sudo", "docker", "wheel", "systemd-journal"]))]\n"
            } else {
                text += "    groups: \(random.pick(["adm", "users", "adm, docker"]))\n"
            }
            text += "    shell: \(random.pick(["/bin/bash", "/bin/bash", "/usr/bin/zsh", "/bin/sh"]))\n"
            if random.chance(0.6) { text += "    sudo: \"ALL=(ALL) NOPASSWD:ALL\"\n" }
            text += "    lock_passwd: true\n"
            text += "    ssh_authorized_keys:\n"
            for key in 0..<Int.random(in: 1...2, using: &random) {
                var material = ""
                for _ in 0..<4 { material += String(random.next(), radix: 36) }
                text += "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\(material.prefix(43)) \(name)-\(key)@\(host)\n"
            }
        }
        return text
    }

    private static func apt(using random: inout SplitMix64) -> String {
        var text = "apt:\n"
        if random.chance(0.3) { text += "  preserve_sources_list: true\n" }
        text += "  sources:\n"
        text += "    docker.list:\n"
        text += "      source: \"deb [arch=amd64] https://download.docker.com/linux/ubuntu $RELEASE stable\"\n"
        text += "      keyid: 9DC858229FC7DD38854AE2D88D81803C0EBFCD88\n"
        if random.chance(0.4) {
            text += "    internal.list:\n"
            text += "      source: \"deb https://apt.example.internal/debian $RELEASE main\"\n"
        }
        return text
    }

    private static func disks(using random: inout SplitMix64) -> String {
        let device = random.pick(["/dev/sdb", "/dev/sdc", "/dev/disk/azure/scsi1/lun0"])
        return """
            disk_setup:
              \(device):
                table_type: gpt
                layout: true
                overwrite: false
            fs_setup:
              - label: data
                filesystem: ext4
                device: \(device)
                partition: auto
            mounts:
              - [LABEL=data, /mnt/data, ext4, "defaults,nofail", "0", "2"]

            """
    }

    private static func commands(role: String, host: String, using random: inout SplitMix64) -> String {
        var text = ""
        if random.chance(0.3) {
            text += "bootcmd:\n  - [cloud-init-per, once, hosts, sh, -c, \"echo 10.0.0.1 gw >> /etc/hosts\"]\n"
        }
        text += "runcmd:\n"
        let service = role == "db" ? "postgresql" : role == "cache" ? "redis-server" : "nginx"
        text += "  - [systemctl, enable, --now, \(service)]\n"
        if random.chance(0.6) { text += "  - systemctl restart chrony || true\n" }
        if random.chance(0.5) { text += "  - [sh, -c, \"echo \(host) > /etc/motd\"]\n" }
        if random.chance(0.4) {
            text += "  - 'curl -fsS https://config.example.internal/\(host) -o /etc/app/extra.json'\n"
        }
        text += "  - echo done > /var/log/\(role)-ready\n"
        return text
    }

    private static func writeFile(host: String, number: Int, room: Int, using random: inout SplitMix64) -> String {
        let kinds = ["conf", "service", "sh", "json"]
        let kind = random.pick(kinds)
        var text = ""
        switch kind {
        case "service":
            text += "  - path: /etc/systemd/system/app-\(number).service\n    permissions: '0644'\n"
        case "sh":
            text += "  - path: /usr/local/bin/app-\(number).sh\n    permissions: '0755'\n"
        case "json":
            text += "  - path: /etc/app/app-\(number).json\n    permissions: '0640'\n    owner: root:root\n"
        default:
            text += "  - path: /etc/app/app-\(number).conf\n"
            if random.chance(0.5) { text += "    permissions: '0644'\n    owner: root:root\n" }
        }
        if random.chance(0.15) { text += "    defer: true\n" }
        text += "    content: |\n"
        // Lines until the file has the room it was given (24 at most, so that a file of 3 KB has
        // several entries).
        var line = 0
        while line < 2 || (line < 24 && text.utf8.count < room) {
            switch kind {
            case "service":
                text +=
                    "      "
                    + [
                        "[Unit]", "Description=app \(number) on \(host)", "After=network-online.target",
                        "[Service]", "ExecStart=/usr/local/bin/app --id \(line)", "Restart=on-failure",
                        "[Install]", "WantedBy=multi-user.target",
                    ][line % 8] + "\n"
            case "sh":
                text += line == 0 ? "      #!/bin/sh\n" : "      echo \"step \(line) on \(host)\" >> /var/log/app.log\n"
            case "json":
                text +=
                    line == 0 ? "      {\"host\": \"\(host)\",\n" : "       \"key\(line)\": \(random.next() % 1000),\n"
            default:
                text += "      option_\(line) = \(random.pick(["on", "off", "42", "\"\(host)\"", "0.5"]))\n"
            }
            line += 1
        }
        if kind == "json" { text += "       \"end\": true}\n" }
        return text
    }
}
