import ArgumentParser
import CloudConfig

/// `cloudcfg distros`: the distribution catalog.
struct Distros: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distros",
        abstract: "List the distributions cloudcfg knows, with their provisioner, agent and cloud-init.",
        discussion: """
            `cloudcfg explain DISTRO-ID` shows every fact of one distribution with its evidence label \
            (verified, source, docs, inferred, open).

            Examples:
              cloudcfg distros
              cloudcfg distros --format json
            """
    )

    enum Format: String, ArgumentChoice {
        case text, json
    }

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        switch format {
        case .json:
            Console.out(DistroProfile.catalogJSON())
        case .text:
            Console.out(Self.table(DistroProfile.all))
        }
    }

    /// A column-aligned table: id, provisioner, agent service, cloud-init with its evidence, name.
    static func table(_ profiles: [DistroProfile]) -> String {
        let header = ["ID", "PROVISIONER", "AGENT SERVICE", "CLOUD-INIT", "NAME"]
        let rows =
            [header]
            + profiles.map { profile in
                let cloudInit =
                    profile.cloudInit.map { cloudInit in
                        (cloudInit.version.value?.description ?? "unknown") + " (\(cloudInit.version.evidence))"
                    } ?? "-"
                return [
                    profile.id, profile.provisioner.value.rawValue, profile.agent.service.value, cloudInit,
                    profile.name,
                ]
            }
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
