extension CatalogModule {
    /// `apk_repos`.
    static let apkConfigure = CatalogModule(
        id: "cc_apk_configure", moduleName: "apk_configure",
        summary: "Writes Alpine Linux's package repository list, /etc/apk/repositories, from an "
            + "official mirror and release plus an optional local repository.",
        keys: [
            "apk_repos": Schema.object([
                "preserve_repositories": Schema.boolean.defaultValue(false).doc(
                    "Keep the image's /etc/apk/repositories untouched. When true, every other apk_repos "
                        + "setting is ignored."),
                "alpine_repo": Schema.types(.object, .null)
                    .adding([
                        "base_url": Schema.string.defaultValue("https://dl-cdn.alpinelinux.org/alpine").doc(
                            "The mirror serving the official Alpine repositories. cloud-init 22.4.2's "
                                + "default is https://alpine.global.ssl.fastly.net/alpine."),
                        "community_enabled": Schema.boolean.defaultValue(false).doc(
                            "Also add the community repository."),
                        "testing_enabled": Schema.boolean.defaultValue(false).doc(
                            "Also add the testing repository. Its packages target the edge release and "
                                + "may conflict with those of a stable release."),
                        "version": Schema.string.required.doc(
                            "The Alpine release the repository lines point at, such as `v3.20` or `edge`."),
                    ])
                    .additional(.forbidden)
                    .minProperties(1)
                    .doc("The official repositories to list; `version` is required."),
                "local_repo_base_url": Schema.string.doc(
                    "The URL of an extra repository with packages of your own, added after the official ones."),
            ])
            .minProperties(1)
            .doc("Alpine package repositories to configure.")
        ])
}
