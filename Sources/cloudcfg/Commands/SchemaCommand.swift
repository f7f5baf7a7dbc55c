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

            With --cloud-init, the schema is the catalog as that release reads it: keys and forms \
            it does not have are left out, and its older forms apply.
            """
    )

    @Option(
        name: .customLong("cloud-init"),
        help: ArgumentHelp(
            "The cloud-init release to describe (default: every key of \(CloudInitVersion.newest), with versions).",
            valueName: "version"))
    var cloudInit: String?

    func validate() throws {
        if let cloudInit, CloudInitVersion(cloudInit) == nil {
            throw ValidationError("'\(cloudInit)' is not a cloud-init release; write one such as 22.4.2 or 24.1")
        }
    }

    func run() throws {
        let schema =
            cloudInit.flatMap(CloudInitVersion.init).map { Catalog.cloudConfig.jsonSchema(for: $0) }
            ?? Catalog.cloudConfig.jsonSchema
        Console.out(schema.serialized(pretty: true) + "\n")
    }
}
