/// What an artifact is, as the manifest names it.
public enum ArtifactKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// User-data for cloud-init: `#cloud-config`, or MIME multipart when there are more parts.
    case userData = "user-data"
    /// The Azure Linux Agent's configuration.
    case waagentConf = "waagent.conf"
    /// A file for `/etc/cloud/cloud.cfg.d`.
    case cloudConfigDropIn = "cloud-config-dropin"
    /// An Ignition config (Flatcar), delivered as user data or custom data.
    case ignition
    /// A shell script run on the build VM (`prepare-image.sh`).
    case script

    /// The kind as the manifest writes it.
    public var description: String { rawValue }
}

/// One file generate writes for a distribution: where it goes in the output directory, where it
/// belongs on the image, what it is, and its bytes.
public struct GeneratedArtifact: Sendable, Hashable {
    /// The path under the distribution's output directory, such as `cloud.cfg.d/91-azure_datasource.cfg`.
    public var file: String
    /// Where the file is installed in the image; `nil` for an artifact delivered at deployment
    /// (user-data, an Ignition config) or run on the build VM (`prepare-image.sh`).
    public var installPath: String?
    /// What it is.
    public var kind: ArtifactKind
    /// The content.
    public var bytes: [UInt8]

    /// Creates an artifact.
    ///
    /// - Parameters:
    ///   - file: The path under the output directory.
    ///   - installPath: Where it is installed, if anywhere.
    ///   - kind: What it is.
    ///   - bytes: The content.
    public init(file: String, installPath: String?, kind: ArtifactKind, bytes: [UInt8]) {
        self.file = file
        self.installPath = installPath
        self.kind = kind
        self.bytes = bytes
    }

    /// Creates an artifact from text.
    ///
    /// - Parameters:
    ///   - file: The path under the output directory.
    ///   - installPath: Where it is installed, if anywhere.
    ///   - kind: What it is.
    ///   - text: The content, written as UTF-8.
    public init(file: String, installPath: String?, kind: ArtifactKind, text: String) {
        self.init(file: file, installPath: installPath, kind: kind, bytes: Array(text.utf8))
    }

    /// Whether the file is executable (the script).
    public var isExecutable: Bool { kind == .script }
}

/// `manifest.json`: what generate wrote for one distribution, for the programs that build and
/// deploy the image — the distribution, who provisions it, the image definition as Azure
/// Compute Gallery names it, and each artifact with where it goes.
public struct ImageManifest: Sendable, Hashable {
    /// The distribution's identifier.
    public var distro: String
    /// `cloud-init`, `waagent`, `ignition`, or `none` for a specialized image.
    public var provisioner: String
    /// The image definition.
    public var image: ImageDefinition
    /// The artifacts, in the order they were written.
    public var artifacts: [GeneratedArtifact]

    /// Creates a manifest.
    ///
    /// - Parameters:
    ///   - distro: The distribution's identifier.
    ///   - provisioner: The provisioner's name, or `none`.
    ///   - image: The image definition.
    ///   - artifacts: The artifacts.
    public init(distro: String, provisioner: String, image: ImageDefinition, artifacts: [GeneratedArtifact]) {
        self.distro = distro
        self.provisioner = provisioner
        self.image = image
        self.artifacts = artifacts
    }

    /// The manifest of a plan's artifacts.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - artifacts: The artifacts.
    public init(plan: ProvisioningPlan, artifacts: [GeneratedArtifact]) {
        self.init(distro: plan.distro.id, provisioner: plan.provisionerName, image: plan.image, artifacts: artifacts)
    }

    /// The manifest as JSON: `distro`, `provisioner`, `image` (`osState`, `hyperVGeneration`,
    /// `architecture`) and `artifacts` (`file`, `installPath` or `null`, `kind`).
    public var json: JSONValue {
        .object([
            ("distro", .string(distro)),
            ("provisioner", .string(provisioner)),
            (
                "image",
                .object([
                    ("osState", .string(image.osState.rawValue)),
                    ("hyperVGeneration", .string(image.hyperVGeneration.rawValue)),
                    ("architecture", .string(image.architecture.rawValue)),
                ])
            ),
            ("artifacts", .array(artifacts.map(Self.json))),
        ])
    }

    /// One artifact's member of `artifacts`: `file`, `installPath` or `null`, `kind`.
    static func json(_ artifact: GeneratedArtifact) -> JSONValue {
        .object([
            ("file", .string(artifact.file)),
            ("installPath", .optional(artifact.installPath)),
            ("kind", .string(artifact.kind.rawValue)),
        ])
    }

    /// The manifest's text: keys sorted, pretty-printed, ending with a line break.
    public var text: String { text(elements: artifacts.map(Self.element)) }

    /// One artifact's element of the text's `artifacts` array, as ``text`` writes it in its place
    /// (indented by four spaces, no separator): a fleet's workers write each host's element, so
    /// that the manifest of 10,000 hosts is joined from them rather than written on one thread.
    ///
    /// - Parameter artifact: The artifact (its bytes are not read).
    /// - Returns: The element's lines.
    package static func element(_ artifact: GeneratedArtifact) -> String {
        // The layout of `json(artifact)` written pretty with sorted keys (`file`, `installPath`,
        // `kind` sort so) two levels in, each string as the JSON writer writes it.
        var text = "    {\n      \"file\": "
        text += quoted(artifact.file)
        text += ",\n      \"installPath\": "
        text += artifact.installPath.map(quoted) ?? "null"
        text += ",\n      \"kind\": "
        text += quoted(artifact.kind.rawValue)
        text += "\n    }"
        return text
    }

    /// A string as JSON text, as ``JSONValue/serialized(pretty:sortKeys:)`` writes it: printable
    /// ASCII without `"` or `\` stands as it is between quotes; anything else goes through the writer.
    private static func quoted(_ value: String) -> String {
        let plain = value.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        return plain ? "\"" + value + "\"" : JSONValue.string(value).serialized(pretty: false)
    }

    /// The manifest's text with its artifacts' elements written before (``element(_:)``, one per
    /// artifact, in order): the same bytes as ``text``.
    ///
    /// - Parameter elements: The artifacts' elements.
    /// - Returns: The text, ending with a line break.
    package func text(elements: [String]) -> String {
        var rest = self
        rest.artifacts = []
        let empty = rest.json.serialized(pretty: true, sortKeys: true) + "\n"
        // `artifacts` sorts first: the text starts with its empty array, then the other members.
        let opening = "{\n  \"artifacts\": []"
        guard !elements.isEmpty, empty.hasPrefix(opening) else { return empty }
        var text = "{\n  \"artifacts\": [\n"
        text.reserveCapacity(empty.utf8.count + elements.reduce(0) { $0 + $1.utf8.count + 2 } + 8)
        for (index, element) in elements.enumerated() {
            if index > 0 { text += ",\n" }
            text += element
        }
        text += "\n  ]"
        text += empty.dropFirst(opening.count)
        return text
    }
}
