/// A fleet's inventory for `cloudcfg generate --inventory`: CSV with a header row whose `host`
/// column names each host, every other column a variable of the profile.
///
/// The fleet is grown from a sample inventory written for the profile (the azure-fleet example's
/// `hosts.csv`), so that its columns are the ones the profile declares: the sample's rows are
/// used in turn, each with a new host name.
package enum FleetInventory {
    /// Why a sample cannot be grown.
    package struct SampleError: Error, CustomStringConvertible {
        /// What is wrong with the sample.
        package var description: String
    }

    /// `hosts` rows made from `sample`'s: row `i` is sample row `i % count` with its host
    /// renamed `PREFIX-i` (five digits; `PREFIX` is `host`).
    ///
    /// - Throws: ``SampleError`` when the sample has no `host` column first or no rows.
    package static func csv(hosts: Int, from sample: String, prefix: String = "host") throws(SampleError) -> String {
        let lines = sample.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
        guard let header = lines.first, header.split(separator: ",").first == "host" else {
            throw SampleError(description: "the sample inventory's first column is not host")
        }
        // The rest of each row after the host, which the fleet's rows keep as they are.
        let rests = lines.dropFirst().map { $0.drop { $0 != "," } }
        guard !rests.isEmpty else { throw SampleError(description: "the sample inventory has no rows") }
        var text = String(header) + "\n"
        text.reserveCapacity(hosts * (16 + (rests.map(\.utf8.count).max() ?? 0)))
        for index in 0..<hosts {
            text += "\(prefix)-\(String(100_000 + index).dropFirst())\(rests[index % rests.count])\n"
        }
        return text
    }
}
