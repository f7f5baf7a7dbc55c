extension CatalogModule {
    /// `yum_repos` and `yum_repo_dir`.
    static let yumAddRepo = CatalogModule(
        id: "cc_yum_add_repo", moduleName: "yum_add_repo",
        summary: "RHEL, Fedora and other dnf/yum distributions: writes a .repo file for each repository, "
            + "once per instance in the config stage. A file that already exists is left alone.",
        keys: [
            "yum_repo_dir": Schema.string.defaultValue("/etc/yum.repos.d").doc(
                "The directory the .repo files are written to. Default /etc/yum.repos.d."),
            "yum_repos": Schema.types(.object)
                // cloud-init's pattern; ` -_` is a character range (space to underscore), so it also
                // admits most punctuation. Kept as is for the same verdicts.
                .patternProperty("^[0-9a-zA-Z -_]+$", Schema.yumAddRepoRepository)
                .additional(.forbidden)
                .minProperties(1)
                .doc(
                    "Repositories by ID; each is written to <yum_repo_dir>/<id>.repo. Each needs a "
                        + "baseurl, a metalink or a mirrorlist."),
        ])
}

extension Schema {
    /// One repository of `yum_repos`.
    static var yumAddRepoRepository: Schema {
        Schema.object([
            "baseurl": Schema.string.format(.uri).doc(
                "The URL of the directory that holds the repository's repodata directory."),
            "metalink": Schema.string.format(.uri).doc("The URL of a metalink file for the repository's repomd.xml."),
            "mirrorlist": Schema.string.format(.uri).doc("The URL of a file listing base URLs (mirrors)."),
            "name": Schema.string.doc("A human-readable name."),
            "enabled": Schema.boolean.defaultValue(true).doc("Whether the repository is enabled. Default true."),
        ])
        .patternProperty(
            "^[0-9a-zA-Z_]+$",
            Schema.oneOf(Schema.integer, Schema.boolean, Schema.string).doc(
                "Any other repository option of yum.conf(5), such as gpgcheck or gpgkey, written as given.")
        )
        .anyOf(
            Schema.any.requiring("baseurl"),
            // Before these two, a repository without baseurl was skipped with a warning.
            Schema.any.requiring("metalink").since(after: "22.4.2"),
            Schema.any.requiring("mirrorlist").since(after: "22.4.2")
        )
        .doc("A repository: its URL and any repository options.")
    }
}
