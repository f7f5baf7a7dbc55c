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
            """
    )

    func run() throws {
        Console.out(Catalog.cloudConfig.jsonSchema.serialized(pretty: true) + "\n")
    }
}
