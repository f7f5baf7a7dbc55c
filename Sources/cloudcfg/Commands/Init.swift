import ArgumentParser
import CloudConfig

/// `cloudcfg init`: a starter generation profile and a `.cloudcfg.yaml`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter generation profile and a .cloudcfg.yaml.",
        discussion: """
            Writes DIR/profile.yaml (DIR is the current directory unless given, and is created when \
            missing): a generation profile that `cloudcfg generate` renders cleanly for every \
            distribution it targets, with the settings images usually need as comments to fill in. \
            And DIR/.cloudcfg.yaml, which `cloudcfg lint` reads for the files there and below. \
            Existing files are replaced only with --force; when one exists, neither is written.

            Exit codes: 0 written, 64 usage, 73 a file that exists (without --force) or cannot be \
            written.

            Examples:
              cloudcfg init --distro ubuntu-24.04 starter
              cloudcfg init --image specialized fleet
            """
    )

    @Argument(help: ArgumentHelp("The directory to write into.", valueName: "dir"))
    var directory = "."

    @Option(
        help: ArgumentHelp(
            "A distribution the profile targets (repeat for more); every one cloudcfg knows when not given.",
            valueName: "id"))
    var distro: [String] = []

    @Option(
        help: ArgumentHelp("generalized (the default) or specialized: how the image is captured.", valueName: "state"))
    var image: Generate.ImageState = .generalized

    @Option(help: ArgumentHelp("The profile's name (default: the directory's name).", valueName: "name"))
    var name: String?

    @Flag(help: "Replace existing files.")
    var force = false

    func validate() throws {
        for id in distro where DistroProfile.profile(id: id) == nil {
            throw ValidationError("'\(id)' is not a distribution cloudcfg knows; `cloudcfg distros` lists them")
        }
    }

    func run() throws {
        let distros = distro.compactMap { DistroProfile.profile(id: $0) }
        let profileName = name ?? FileSystem.name(of: FileSystem.absolute(directory))
        let starter = StarterProfile(
            name: profileName.isEmpty ? "image" : profileName, distros: distros, osState: image.osState)
        let files = [
            (FileSystem.join(directory, "profile.yaml"), starter.profileText),
            (FileSystem.join(directory, ".cloudcfg.yaml"), starter.configurationText),
        ]
        do {
            // Both files or neither: an existing one stops the run before anything is written.
            if !force {
                for (path, _) in files where FileSystem.kind(path) != .missing {
                    throw OutputError(path: path, reason: "already exists; --force replaces it")
                }
            }
            try OutputWriter.makeDirectories(directory)
            for (path, text) in files {
                try OutputWriter.writeFile(Array(text.utf8), to: path, overwrite: force)
                Console.out("wrote \(path)\n")
            }
        } catch {
            Console.error("\(error)\n")
            throw ExitStatus.cannotCreate
        }
        Console.out("next: cloudcfg generate \(files[0].0) --out \(FileSystem.join(directory, "out"))\n")
    }
}
