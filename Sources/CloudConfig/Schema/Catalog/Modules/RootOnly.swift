extension CatalogModule {
    /// Top-level keys cloud-init accepts without any module reading them.
    static let rootOnly = CatalogModule(
        id: "root", moduleName: nil,
        summary: "Top-level keys cloud-init's schema accepts with any value although no module acts on "
            + "them (any longer).",
        keys: [
            // 22.4.2's schema typed it boolean (module cc_migrator; its runtime read the value
            // through translate_bool); 26.2 accepts anything.
            "migrate": Schema.any.olderForm(through: "22.4.2") { $0.types = [.boolean] }.doc(
                "Read by the migrator module of older releases (22.4.2: whether to rename old semaphore "
                    + "files, default true). Newer releases dropped that module and ignore the key."),
            "version": Schema.any.doc(
                "The schema version of the cloud-config (`v1`), for editors; cloud-init does not act on it."),
        ])
}
