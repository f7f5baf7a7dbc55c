extension CatalogModule {
    /// `apt`.
    static let aptConfigure = CatalogModule(
        id: "cc_apt_configure", moduleName: "apt_configure",
        summary: "Configures APT on Debian and Ubuntu: the archive mirrors, the sources list and extra "
            + "repositories with their signing keys, proxies, apt.conf settings and debconf answers. "
            + "It runs before packages are installed.",
        keys: [
            "apt": Schema.object([
                "preserve_sources_list": Schema.boolean.defaultValue(false).doc(
                    "Keep the image's sources list instead of generating one from the mirror settings. "
                        + "Entries under `sources` are still added."),
                "generate_mirrorlists": Schema.boolean.defaultValue(false)
                    .removed(after: "22.4.2")
                    .doc(
                        "Write mirror lists under /etc/apt/mirrors/ for apt-transport-mirror instead of "
                            + "a sources.list. Only Debian 12's cloud-init (22.4.2) knows this key."),
                "disable_suites": Schema.array(Schema.string).minItems(1).uniqueItems.doc(
                    "Suites whose lines are commented out of the sources list. `$RELEASE` is replaced "
                        + "with the release's code name, and the short names `release`, `updates`, "
                        + "`security`, `backports` and `proposed` stand for `$RELEASE`, "
                        + "`$RELEASE-updates` and so on. Suites not in the list are ignored."),
                "primary": Schema.aptMirrorList.doc(
                    "The main archive mirror, chosen per architecture. Unset or unreachable, the "
                        + "datasource's mirror or the distribution's default is used."),
                "security": Schema.aptMirrorList.doc(
                    "The security archive mirror, chosen per architecture. Unset, the `primary` "
                        + "settings apply to it too; `search_dns` looks for `<distro>-security-mirror`."),
                "add_apt_repo_match": Schema.string.defaultValue("^[\\w-]+:\\w").doc(
                    "A regular expression: `source` values under `sources` that match it (such as "
                        + "`ppa:owner/name`) are added with add-apt-repository rather than written as "
                        + "lines."),
                "debconf_selections": Schema.object([:])
                    .patternProperty("^.+$", Schema.string.doc("Lines for debconf-set-selections."))
                    .minProperties(1)
                    .doc(
                        "Answers to package configuration questions, fed to debconf-set-selections before "
                            + "packages are installed. Each value holds lines of the form "
                            + "`package question type answer`; the keys only name the groups."),
                "sources_list": Schema.string.doc(
                    "A template for the whole sources list. `$MIRROR`, `$RELEASE`, `$PRIMARY`, "
                        + "`$SECURITY` and `$KEY_FILE` are replaced."),
                "conf": Schema.string.doc(
                    "Raw APT configuration (apt.conf syntax) written to a file under /etc/apt/apt.conf.d/."),
                "https_proxy": Schema.string.doc(
                    "The proxy for HTTPS downloads, as `https://[user[:password]@]host[:port]/`."),
                "http_proxy": Schema.string.doc(
                    "The proxy for HTTP downloads, as `http://[user[:password]@]host[:port]/`."),
                "proxy": Schema.string.doc("Another name for http_proxy."),
                "ftp_proxy": Schema.string.doc(
                    "The proxy for FTP downloads, as `ftp://[user[:password]@]host[:port]/`."),
                "sources": Schema.object([:])
                    .patternProperty("^.+$", Schema.aptSourceEntry)
                    .doc(
                        "Extra repositories, keyed by an identifier that is also the default file name "
                            + "under /etc/apt/sources.list.d/. An entry may carry just a key."),
            ])
            .minProperties(1)
            .doc("APT settings.")
        ])
}

extension Schema {
    /// A mirror setting of `apt.primary` and `apt.security`: entries per architecture.
    fileprivate static var aptMirrorList: Schema {
        Schema.array(
            Schema.object([
                "arches": Schema.array(Schema.string).minItems(1).required.doc(
                    "The architectures (dpkg names such as `amd64`) this entry is for; `default` "
                        + "matches every architecture no other entry lists."),
                "uri": Schema.string.format(.uri).doc("The mirror's URL."),
                "search": Schema.array(Schema.string.format(.uri)).minItems(1).doc(
                    "Candidate mirror URLs, tried in order; the first that resolves is used."),
                "search_dns": Schema.boolean.doc(
                    "Look for a host named `<distro>-mirror` in the instance's domain, `localdomain` and "
                        + "the resolv.conf search domains, and use it when found."),
                "keyid": Schema.string.doc("The ID or fingerprint of the key that signs the mirror."),
                "key": Schema.string.doc("The mirror's signing key, as an ASCII-armoured PGP block."),
                "keyserver": Schema.string.doc("The key server keyid is fetched from."),
            ])
        ).minItems(1)
    }

    /// An entry of `apt.sources`.
    fileprivate static var aptSourceEntry: Schema {
        Schema.object([
            "source": Schema.string.doc(
                "The repository line (`deb URL suite components`) or a PPA such as `ppa:owner/name`. "
                    + "`$MIRROR`, `$PRIMARY`, `$SECURITY`, `$RELEASE` and `$KEY_FILE` are replaced."),
            "keyid": Schema.string.doc(
                "The ID or fingerprint of the repository's signing key, fetched from keyserver."),
            "key": Schema.string.doc("The repository's signing key, as an ASCII-armoured PGP block."),
            "keyserver": Schema.string.doc("The key server keyid is fetched from."),
            "filename": Schema.string.doc(
                "The file to write under /etc/apt/sources.list.d/, instead of the entry's key."),
            "append": Schema.boolean.defaultValue(true).doc(
                "Add to the file if it exists; `false` replaces its content."),
        ])
        .minProperties(1)
        .doc("One repository or signing key.")
    }
}

extension CatalogModule {
    /// The top-level keys of the apt configuration before 0.7.x's `apt:` mapping (cloud-init's "V1/V2"
    /// format), with the `apt:` key each becomes. cloud-init still converts them at boot, logging a
    /// deprecation (since 22.1); 26.2's schema rejects them as unknown keys, 22.4.2's lets them pass.
    /// If `apt:` is also given, the legacy keys are dropped, and a legacy value that differs from its
    /// `apt:` counterpart stops the module.
    static let legacyAptKeys: KeyValuePairs<String, String> = [
        "apt_sources": "apt.sources",
        "apt_mirror": "apt.primary",
        "apt_mirror_search": "apt.primary",
        "apt_mirror_search_dns": "apt.primary",
        "apt_proxy": "apt.proxy",
        "apt_http_proxy": "apt.http_proxy",
        "apt_https_proxy": "apt.https_proxy",
        "apt_ftp_proxy": "apt.ftp_proxy",
        "apt_preserve_sources_list": "apt.preserve_sources_list",
        "apt_custom_sources_list": "apt.sources_list",
        "add_apt_repo_match": "apt.add_apt_repo_match",
    ]

    /// What cloud-init does with a legacy apt key at boot, for messages: the two proxies its
    /// converter swaps are named.
    ///
    /// - Parameter key: A key of ``legacyAptKeys``.
    /// - Returns: `cloud-init converts it to apt.proxy at boot`, or `nil` for another key.
    static func legacyAptConversion(_ key: String) -> String? {
        guard let replacement = legacyAptKeys.first(where: { $0.key == key })?.value else { return nil }
        switch key {
        case "apt_https_proxy":
            return
                "cloud-init converts it at boot, but to apt.ftp_proxy (its converter swaps the FTP and HTTPS proxies)"
        case "apt_ftp_proxy":
            return
                "cloud-init converts it at boot, but to apt.https_proxy (its converter swaps the FTP and HTTPS proxies)"
        default:
            return "cloud-init converts it to \(replacement) at boot"
        }
    }
}
