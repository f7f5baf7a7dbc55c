/// The files `cloudcfg init` writes: a starter generation profile that generates cleanly for
/// every distribution it targets, with the settings a new image usually needs commented in
/// place, and a `.cloudcfg.yaml` for linting.
///
/// The profile sets only what every provisioner applies (the host name, the admin) plus the
/// time zone, which is switched off where the Azure Linux Agent provisions (it applies nothing
/// of user-data); everything else is a commented example to fill in. A specialized image is not
/// provisioned at all: its profile sets nothing for first boot.
public struct StarterProfile: Sendable {
    /// The profile's name.
    public var name: String
    /// The distributions it targets; every known one when empty.
    public var distros: [DistroProfile]
    /// Whether the image is captured generalized or specialized.
    public var osState: OSState

    /// Creates a starter.
    ///
    /// - Parameters:
    ///   - name: The profile's name.
    ///   - distros: The distributions to target; every known one when empty.
    ///   - osState: How the image is captured.
    public init(name: String, distros: [DistroProfile] = [], osState: OSState = .generalized) {
        self.name = name
        self.distros = distros
        self.osState = osState
    }

    /// The distributions the profile generates for.
    public var targets: [DistroProfile] { distros.isEmpty ? DistroProfile.all : distros }

    /// The profile's text.
    public var profileText: String {
        var lines = [
            "# A generation profile: `cloudcfg generate profile.yaml --out out` writes, for each",
            "# distribution below, the first-boot data (cloud-init user-data or Ignition), waagent.conf,",
            "# cloud-init drop-ins and the image's prepare script, every file checked before it is written.",
            "# `cloudcfg lint profile.yaml` checks the profile itself; the README lists every key.",
            "cloudcfg-profile: 1",
            "name: \(Self.quotedIfNeeded(name))",
            "",
        ]
        if distros.isEmpty {
            lines.append("# Every distribution `cloudcfg distros` lists; name some to narrow it:")
            lines.append("# distros: [ubuntu-24.04, debian-12]")
        } else {
            lines.append("distros: [\(distros.map(\.id).joined(separator: ", "))]")
        }
        guard osState == .generalized else {
            lines += [
                "",
                "# A specialized image is captured as it is and not provisioned: nothing applies a host name,",
                "# users or first-boot settings, so the profile gives only the image's own files",
                "# (waagent.conf, cloud-init drop-ins). Generalize the image to set them per VM.",
                "image:",
                "  os-state: specialized",
            ]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += [
            "",
            "image:",
            "  os-state: generalized",
            "",
            "# ${{ name }} refers to a variable; an inventory (--inventory hosts.csv) gives each host its own.",
            "variables:",
            "  host: vm-template",
            "",
            "hostname: ${{ host }}",
            "",
            "# The VM's administrator: deploy with --admin-username azureuser. Add your public key, and a",
            "# password only as a hash ({hash: '$6$...'} from `mkpasswd -m sha-512`) or {env: NAME}.",
            "admin:",
            "  name: azureuser",
            "  # ssh-keys:",
            "  #   - ssh-ed25519 AAAA... you@example.net",
            "",
            "timezone: Etc/UTC",
            "",
            "# More of what the VMs need; Flatcar has no packages (override them there, as the README shows):",
            "# packages: [nginx]",
            "# package-upgrade: true",
            "# files:",
            "#   - path: /etc/motd",
            "#     content: |",
            "#       Welcome to ${{ host }}",
            "#     mode: '0644'",
            "# commands:",
            "#   - [systemctl, enable, --now, nginx]",
        ]
        let agentProvisioned = targets.filter { $0.provisioner.value == .waagent }
        if !agentProvisioned.isEmpty {
            lines += [
                "",
                "overrides:",
                "  # The Azure Linux Agent provisions these: it applies nothing of user-data, so settings",
                "  # beyond the host name and the admin are baked into the image instead.",
            ]
            for distro in agentProvisioned {
                lines += ["  \(distro.id):", "    timezone: null"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `.cloudcfg.yaml` beside the profile: the distribution when there is one, and the
    /// settings a team usually changes, commented.
    public var configurationText: String {
        var lines = [
            "# How `cloudcfg lint` checks the files in this directory and below.",
            "version: 1",
        ]
        if distros.count == 1, let distro = distros.first {
            lines += [
                "# The distribution the images are built from: its cloud-init release, agent version and",
                "# shipped waagent.conf.",
                "distro: \(distro.id)",
            ]
        } else {
            lines += [
                "# The distribution the images are built from (`cloudcfg distros`), or the releases alone:",
                "# distro: debian-12",
                "# cloud-init: \"22.4.2\"",
                "# agent: \"2.7.3\"",
            ]
        }
        lines += [
            "# Each rule off, on, note, warning or error (`cloudcfg rules` lists them), such as",
            "#   users-without-default: off",
            "rules: {}",
            "ignore:",
            "  - \"out/**\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name as YAML reads it as text: quoted when a plain scalar would be something else.
    package static func quotedIfNeeded(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".")
                && $0.isASCII
        }
        let typed = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"].contains(name.lowercased())
        guard plain, !typed, let first = name.unicodeScalars.first, !("0"..."9").contains(first), first != "-"
        else {
            return "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        }
        return name
    }
}
