import ArgumentParser
import CloudConfig

/// `cloudcfg schema`: the catalog as a JSON Schema for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the cloud-config key catalog as a JSON Schema (draft-04 compatible).",
        discussion: """
            YAML language servers (VS Code's YAML extension, for example) can validate and complete \
            cloud-config files with it. Save it and point a modeline on the file's second line at it:

              #cloud-config
              # yaml-language-server: $schema=./cloud-config.schema.json

            The schema describes one cloud-init release (default: the newest cloudcfg knows): keys \
            and forms it does not read are left out, and only the deprecations it has made are \
            marked. Export the release your images run with --cloud-init (Debian 12: 22.4.2).

            Examples:
              cloudcfg schema > cloud-config.schema.json
              cloudcfg schema --cloud-init 22.4.2 > cloud-config-22.4.2.schema.json
            """
    )

    @Option(
        name: .customLong("cloud-init"),
        help: ArgumentHelp(
            "The cloud-init release to export the schema of (default: \(CloudInitVersion.newest)).",
            valueName: "version"))
    var cloudInit: String?

    func validate() throws {
        if let cloudInit, CloudInitVersion(cloudInit) == nil {
            throw ValidationError("'\(cloudInit)' is not a cloud-init release; write one such as 22.4.2 or 24.1")
        }
    }

    func run() throws {
        let target = cloudInit.flatMap(CloudInitVersion.init) ?? .newest
        Console.out(Catalog.cloudConfig.jsonSchema(for: target).serialized(pretty: true) + "\n")
    }
}
