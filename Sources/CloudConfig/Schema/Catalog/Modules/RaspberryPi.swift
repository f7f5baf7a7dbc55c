extension CatalogModule {
    /// TODO(catalog): the keys of cc_raspberry_pi.
    static let raspberryPi = CatalogModule(
        id: "cc_raspberry_pi", moduleName: "raspberry_pi",
        summary: "",
        keys: [:])
}
