@testable import CloudConfig

/// Configs built with cloudcfg's Ignition types: a valid corpus covering every field the builder
/// writes, and an invalid corpus, each entry planting one defect cloudcfg's validation finds.
enum IgnitionCorpus {
    static let key1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGf3v7ZJ6q7o5r1w2s9d8Q0m1n2b3v4c5x6z7a8s9d0f alice@example"
    static let key2 = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 bob@example"

    /// Text that exercises percent-encoding: spaces, `#`, `%`, quotes, tabs, line breaks and
    /// non-ASCII characters.
    static let awkwardText = "# comment with 100% \"quotes\" & 'ticks'\n\tkey=value # tail\nünïcødé ✓ 🚀\n"

    /// Every byte value, twice.
    static let allBytes: [UInt8] = (0...255).map(UInt8.init) + (0...255).reversed().map(UInt8.init)

    static var flatcarAgentConfiguration: IgnitionFile {
        get throws {
            let text = try DistroProfile.flatcar.renderAgentConfiguration(
                for: .generalized, header: ["written by cloudcfg"])
            guard let file = IgnitionFile.agentConfiguration(text, for: .flatcar) else {
                preconditionFailure("Flatcar delivers waagent.conf through Ignition")
            }
            return file
        }
    }

    /// Builder inputs that must all give valid configs.
    static var valid: [(name: String, config: IgnitionConfig)] {
        get throws {
            [
                ("empty", IgnitionConfig()),
                (
                    "core-user-with-keys",
                    IgnitionConfig(users: [IgnitionUser(name: "core", sshAuthorizedKeys: [key1, key2])])
                ),
                (
                    "full-user-and-group",
                    IgnitionConfig(
                        users: [
                            IgnitionUser(
                                name: "deploy", passwordHash: "$6$rounds=4096$saltsalt$0123456789abcdefABCDEF./",
                                sshAuthorizedKeys: [key1], uid: 1500, gecos: "Deploy User", homeDir: "/home/deploy",
                                noCreateHome: false, primaryGroup: "deploy", groups: ["sudo", "docker"],
                                noUserGroup: false, noLogInit: true, shell: "/bin/bash", system: false)
                        ],
                        groups: [IgnitionGroup(name: "deploy", gid: 1500), IgnitionGroup(name: "ops", system: true)])
                ),
                (
                    "files-text-binary-empty",
                    IgnitionConfig(
                        files: [
                            .text("/etc/motd", "hello from cloudcfg\n"),
                            .text("/etc/awkward.conf", awkwardText, mode: 0o600),
                            .binary("/opt/blob.bin", allBytes, mode: 0o755),
                            IgnitionFile(
                                path: "/etc/empty", source: IgnitionDataURL.percentEncoded(""), mode: 0o644,
                                overwrite: true),
                            IgnitionFile(path: "/etc/untouched", source: nil, mode: 0o600, overwrite: false),
                            IgnitionFile(
                                path: "/home/core/.profile.d/env.sh",
                                source: IgnitionDataURL.percentEncoded("export A=1\n"),
                                mode: 0o640, overwrite: false, user: .name("core"), group: .id(500)),
                        ])
                ),
                (
                    "directories-and-links",
                    IgnitionConfig(
                        directories: [
                            IgnitionDirectory(path: "/opt/app", mode: 0o755),
                            IgnitionDirectory(path: "/var/lib/app", mode: 0o700, user: .id(0), group: .name("root")),
                        ],
                        links: [
                            IgnitionLink(path: "/opt/app/current", target: "/opt/app/v1"),
                            IgnitionLink(
                                path: "/etc/app.conf", target: "/opt/app/app.conf", hard: false, overwrite: true),
                        ])
                ),
                (
                    "units-with-dropins",
                    IgnitionConfig(units: [
                        IgnitionUnit(
                            name: "hello.service", enabled: true,
                            contents:
                                "[Unit]\nDescription=Hello\n\n[Service]\nType=oneshot\nExecStart=/usr/bin/echo hello\n\n"
                                + "[Install]\nWantedBy=multi-user.target\n"),
                        IgnitionUnit(
                            name: "waagent.service",
                            dropins: [
                                IgnitionUnit.Dropin(
                                    name: "10-after-network.conf", contents: "[Unit]\nAfter=network-online.target\n")
                            ]
                        ),
                        IgnitionUnit(name: "update-engine.service", mask: true),
                        IgnitionUnit(name: "locksmithd.service", enabled: false),
                        IgnitionUnit(
                            name: "app.timer", enabled: true,
                            contents: "[Timer]\nOnCalendar=daily\n\n[Install]\nWantedBy=timers.target\n"),
                    ])
                ),
                ("flatcar-waagent-conf", IgnitionConfig(files: [try flatcarAgentConfiguration])),
                (
                    "everything-spec-3.0.0",
                    IgnitionConfig(
                        version: .v300, users: [IgnitionUser(name: "core", sshAuthorizedKeys: [key1])],
                        files: [.text("/etc/hostname", "flatcar-1\n")],
                        units: [IgnitionUnit(name: "x.service", enabled: true)])
                ),
                ("spec-3.1.0", IgnitionConfig(version: .v310, files: [.text("/etc/a", "a")])),
                ("spec-3.2.0", IgnitionConfig(version: .v320, files: [.binary("/etc/b", [0, 1, 2])])),
            ]
        }
    }

    /// Configs with one defect each, and the code cloudcfg's validation gives it.
    static let invalid: [(name: String, code: IgnitionFinding.Code, config: IgnitionConfig)] = [
        ("relative-file-path", .relativePath, IgnitionConfig(files: [.text("etc/motd", "x")])),
        ("relative-directory-path", .relativePath, IgnitionConfig(directories: [IgnitionDirectory(path: "opt")])),
        ("dotdot-path", .unsimplifiedPath, IgnitionConfig(files: [.text("/etc/../motd", "x")])),
        ("trailing-slash", .unsimplifiedPath, IgnitionConfig(directories: [IgnitionDirectory(path: "/opt/app/")])),
        (
            "duplicate-file", .duplicatePath,
            IgnitionConfig(files: [.text("/etc/motd", "a"), .text("/etc/motd", "b")])
        ),
        (
            "file-and-directory", .duplicatePath,
            IgnitionConfig(files: [.text("/etc/x", "a")], directories: [IgnitionDirectory(path: "/etc/x")])
        ),
        (
            "file-through-link", .pathThroughLink,
            IgnitionConfig(files: [.text("/opt/app/x", "a")], links: [IgnitionLink(path: "/opt/app", target: "/srv")])
        ),
        ("mode-too-large", .modeOutOfRange, IgnitionConfig(files: [.text("/etc/x", "a", mode: 0o10000)])),
        ("mode-negative", .modeOutOfRange, IgnitionConfig(files: [.text("/etc/x", "a", mode: -1)])),
        (
            "raw-space-in-data-url", .malformedDataURL,
            IgnitionConfig(files: [IgnitionFile(path: "/etc/x", source: "data:,a b")])
        ),
        (
            "bad-percent-escape", .malformedDataURL,
            IgnitionConfig(files: [IgnitionFile(path: "/etc/x", source: "data:,100%zz")])
        ),
        (
            "bad-base64", .malformedDataURL,
            IgnitionConfig(files: [IgnitionFile(path: "/etc/x", source: "data:;base64,@@@@")])
        ),
        (
            "duplicate-user", .duplicateName,
            IgnitionConfig(users: [IgnitionUser(name: "core"), IgnitionUser(name: "core")])
        ),
        (
            "duplicate-group", .duplicateName,
            IgnitionConfig(groups: [IgnitionGroup(name: "ops"), IgnitionGroup(name: "ops")])
        ),
        (
            "duplicate-key", .duplicateKey,
            IgnitionConfig(users: [IgnitionUser(name: "core", sshAuthorizedKeys: [key1, key1])])
        ),
        (
            "duplicate-unit", .duplicateName,
            IgnitionConfig(units: [IgnitionUnit(name: "a.service"), IgnitionUnit(name: "a.service")])
        ),
        ("unit-without-type", .invalidUnitName, IgnitionConfig(units: [IgnitionUnit(name: "hello")])),
        ("unit-unknown-type", .invalidUnitName, IgnitionConfig(units: [IgnitionUnit(name: "hello.conf")])),
        (
            "dropin-not-conf", .invalidDropinName,
            IgnitionConfig(units: [
                IgnitionUnit(name: "a.service", dropins: [IgnitionUnit.Dropin(name: "override", contents: "[Unit]\n")])
            ])
        ),
        (
            "unterminated-section", .malformedUnitContents,
            IgnitionConfig(units: [IgnitionUnit(name: "a.service", contents: "[Unit\nDescription=x\n")])
        ),
        (
            "link-without-target", .emptyLinkTarget,
            IgnitionConfig(links: [IgnitionLink(path: "/etc/l", target: "")])
        ),
        (
            "unsupported-version", .unsupportedVersion,
            IgnitionConfig(version: IgnitionVersion("3.5.0") ?? .v330, files: [.text("/etc/x", "a")])
        ),
        (
            "overwrite-without-contents", .overwriteWithoutContents,
            IgnitionConfig(files: [IgnitionFile(path: "/etc/x", source: nil, overwrite: true)])
        ),
        (
            "enabled-without-install", .enabledWithoutInstall,
            IgnitionConfig(units: [
                IgnitionUnit(name: "a.service", enabled: true, contents: "[Service]\nExecStart=/bin/true\n")
            ])
        ),
        ("empty-user-name", .emptyName, IgnitionConfig(users: [IgnitionUser(name: "")])),
        ("setuid-before-3.4", .specialModeBits, IgnitionConfig(files: [.text("/usr/local/bin/x", "a", mode: 0o4755)])),
    ]

    /// Defects `ignition-validate` 2.14 accepts although cloudcfg refuses them: an empty user name
    /// (Ignition would run `useradd ''` at boot and fail there); and, with a warning only, setuid
    /// bits before spec 3.4.0 (Ignition drops them) and an enabled unit without `[Install]`.
    static let acceptedByIgnition: Set<String> = ["empty-user-name", "setuid-before-3.4", "enabled-without-install"]

    /// The defects among ``acceptedByIgnition`` that `ignition-validate` warns about.
    static let warnedByIgnition: Set<String> = ["setuid-before-3.4", "enabled-without-install"]
}
