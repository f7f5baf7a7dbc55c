/// A fleet's inventory for `cloudcfg generate --inventory` (issue 8, item 4: CSV or JSON of
/// per-host variables): one row per host, the same rows every run.
///
/// The columns are a guess until `generate` lands; the benchmark's phase (d) is a hook that says
/// so when `generate` rejects them.
package enum FleetInventory {
    /// The CSV: a header line, then `hosts` rows of `hostname,ip_address,role,ssh_key`.
    package static func csv(hosts: Int, seed: UInt64 = 8) -> String {
        var random = SplitMix64(seed: seed)
        var text = "hostname,ip_address,role,ssh_key\n"
        text.reserveCapacity(hosts * 120)
        for index in 0..<hosts {
            let role = random.pick(TypicalCloudConfig.roles)
            var material = ""
            for _ in 0..<4 { material += String(random.next(), radix: 36) }
            text += "\(role)-\(index),10.\(index >> 16 & 255).\(index >> 8 & 255).\(index & 255),\(role),"
            text += "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\(material.prefix(43))\n"
        }
        return text
    }
}
