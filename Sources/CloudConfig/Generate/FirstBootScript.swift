/// The first-boot commands of a plan as a shell script and a systemd unit, for an image whose
/// provisioner has no command list of its own (Flatcar's Ignition writes files and units).
///
/// The script runs the commands in order, as cloud-init's `runcmd` does (each line as written,
/// an argument list quoted; a failing command does not stop the next), then leaves a stamp so
/// that the unit runs on the first boot only.
public enum FirstBootScript {
    /// Where the script is written (`/opt` is writable on Flatcar; `/usr` is not).
    public static let path = "/opt/cloudcfg/first-boot.sh"
    /// The stamp that marks the commands as run.
    public static let stamp = "/var/lib/cloudcfg/first-boot.done"
    /// The unit's name.
    public static let unitName = "cloudcfg-first-boot.service"

    /// The script.
    ///
    /// - Parameter commands: The commands, in order.
    /// - Returns: The script's text, starting with `#!/bin/sh`.
    public static func script(_ commands: [ProvisioningCommand]) -> String {
        var text = "#!/bin/sh\n# First-boot commands, written by cloudcfg; run once by \(unitName).\n"
        for command in commands { text += command.description + "\n" }
        let directory = stamp.split(separator: "/").dropLast().joined(separator: "/")
        text += "mkdir -p /\(directory)\ntouch \(stamp)\n"
        return text
    }

    /// The unit that runs the script once, after the network is up.
    public static var unit: String {
        """
        [Unit]
        Description=First-boot commands written by cloudcfg
        Wants=network-online.target
        After=network-online.target
        ConditionPathExists=!\(stamp)

        [Service]
        Type=oneshot
        RemainAfterExit=yes
        ExecStart=\(path)

        [Install]
        WantedBy=multi-user.target

        """
    }
}
