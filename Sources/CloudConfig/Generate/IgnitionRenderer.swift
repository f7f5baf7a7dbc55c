/// Renders a plan as an Ignition config for Flatcar (spec 3.3.0): accounts in `passwd`, files,
/// the host name, time zone, locale and time servers in `storage`, and the first-boot commands
/// as a script run once by a systemd unit (``FirstBootScript``).
///
/// The admin gets the `sudo` group, which Flatcar's sudoers lets run anything; another user's
/// sudoers rule is written to `/etc/sudoers.d`. When the plan sets the resource disk, the
/// agent's waagent.conf goes to `/etc/waagent.conf`, which the agent's unit then uses instead
/// of the shipped file.
public enum IgnitionRenderer {
    /// The Ignition config of a plan.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - agentConfiguration: The waagent.conf text to deliver, or `nil` to keep the shipped one.
    /// - Returns: The config.
    public static func config(for plan: ProvisioningPlan, agentConfiguration: String? = nil) -> IgnitionConfig {
        let parameters = plan.parameters
        var config = IgnitionConfig(version: .v330)
        if let admin = parameters.admin {
            config.users.append(
                IgnitionUser(
                    name: admin.name, passwordHash: admin.passwordHash?.text,
                    sshAuthorizedKeys: admin.sshAuthorizedKeys.map(\.description), groups: ["sudo"] + admin.groups))
        }
        for account in parameters.users {
            guard let name = account.name else { continue }
            config.users.append(
                IgnitionUser(
                    name: name, passwordHash: account.passwordHash?.text,
                    sshAuthorizedKeys: account.sshAuthorizedKeys.map(\.description), gecos: account.gecos,
                    homeDir: account.homeDirectory, primaryGroup: account.primaryGroup, groups: account.groups,
                    noUserGroup: account.noUserGroup ? true : nil, shell: account.shell,
                    system: account.isSystem ? true : nil))
            if let sudo = account.sudo {
                config.files.append(.text("/etc/sudoers.d/cloudcfg-\(name)", "\(name) \(sudo)\n", mode: 0o440))
            }
        }
        config.groups = parameters.groups.map { IgnitionGroup(name: $0) }
        if let identity = parameters.identity {
            config.files.append(.text("/etc/hostname", identity.hostname + "\n", mode: 0o644))
        }
        if let timezone = parameters.timezone {
            config.links.append(
                IgnitionLink(path: "/etc/localtime", target: "/usr/share/zoneinfo/\(timezone)", overwrite: true))
        }
        if let locale = parameters.locale {
            config.files.append(.text("/etc/locale.conf", "LANG=\(locale)\n", mode: 0o644))
        }
        if let ntp = parameters.ntp {
            let servers = (ntp.servers + ntp.pools).joined(separator: " ")
            config.files.append(
                .text("/etc/systemd/timesyncd.conf.d/50-cloudcfg.conf", "[Time]\nNTP=\(servers)\n", mode: 0o644))
        }
        for file in parameters.files {
            let bytes = file.content.bytes
            let source =
                file.encoding == .text && file.content.text != nil
                ? IgnitionDataURL.percentEncoded(bytes) : IgnitionDataURL.base64Encoded(bytes)
            config.files.append(
                IgnitionFile(
                    path: file.path, source: source, mode: file.mode.rawValue, overwrite: true,
                    user: file.owner.map { .name($0.user) }, group: file.owner?.group.map { .name($0) }))
        }
        if !parameters.commands.isEmpty {
            config.files.append(.text(FirstBootScript.path, FirstBootScript.script(parameters.commands), mode: 0o700))
            config.units.append(
                IgnitionUnit(name: FirstBootScript.unitName, enabled: true, contents: FirstBootScript.unit))
        }
        if let agentConfiguration, let file = IgnitionFile.agentConfiguration(agentConfiguration, for: plan.distro) {
            config.files.append(file)
        }
        return config
    }
}
