extension CatalogModule {
    /// TODO(catalog): the keys of cc_wireguard.
    static let wireguard = CatalogModule(
        id: "cc_wireguard", moduleName: "wireguard",
        summary: "",
        keys: [:])
}
