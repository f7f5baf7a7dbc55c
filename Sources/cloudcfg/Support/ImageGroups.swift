import CloudConfig

/// Which inputs of a run belong to one image and are linted together (``Linter/lint(together:)``).
///
/// A waagent.conf or a file of cloud-init's system configuration belongs to the image whose root
/// its path shows: the directory above `etc/waagent.conf`, `etc/cloud/cloud.cfg` or
/// `etc/cloud/cloud.cfg.d/*.cfg` (or above `waagent.conf` and `cloud/...` when an image's `/etc`
/// itself is named). User-data found by a walk below an image's root belongs to it; user-data
/// named on the command line belongs to the image when the run has exactly one. Files given with
/// `--with` are context for every image, or, when the run has none, make one image with all the
/// inputs.
struct ImageGroups {
    /// The inputs of each image, by index into the run's inputs, in order.
    var groups: [[Int]] = []

    /// Groups inputs, given each one's path, kind and the walk that found it.
    init(_ inputs: [(path: String, kind: InputKind, walkRoot: String?)], hasContext: Bool) {
        var roots: [String] = []
        var members: [String: [Int]] = [:]
        for (index, input) in inputs.enumerated() where input.kind != .userData {
            guard let root = Self.imageRoot(of: input.path, kind: input.kind) else { continue }
            if members[root] == nil { roots.append(root) }
            members[root, default: []].append(index)
        }
        for (index, input) in inputs.enumerated() where input.kind == .userData {
            let absolute = FileSystem.absolute(input.path)
            if input.walkRoot != nil,
                let root = roots.first(where: { absolute.hasPrefix(FileSystem.absolute($0) + "/") })
            {
                members[root, default: []].append(index)
            } else if input.walkRoot == nil, roots.count == 1 {
                members[roots[0], default: []].append(index)
            }
        }
        groups = roots.compactMap { members[$0]?.sorted() }
        if groups.isEmpty, hasContext, !inputs.isEmpty { groups = [Array(inputs.indices)] }
    }

    /// The image root a file's path shows, or `nil`.
    static func imageRoot(of path: String, kind: InputKind) -> String? {
        var components = FileSystem.absolute(path).split(separator: "/", omittingEmptySubsequences: true).map(
            String.init)
        guard let name = components.popLast() else { return nil }
        switch kind {
        case .waagent:
            // etc/waagent.conf, or waagent.conf in an image's /etc; other names are files of their own.
            guard name == "waagent.conf" else { return nil }
            if components.last == "etc" { components.removeLast() }
        case .systemConfig:
            if components.last == "cloud.cfg.d", name.hasSuffix(".cfg") { components.removeLast() }
            guard components.last == "cloud" else { return nil }
            components.removeLast()
            if components.last == "etc" { components.removeLast() }
        case .userData, .profile:
            return nil
        }
        return "/" + components.joined(separator: "/")
    }
}
