extension CatalogModule {
    /// TODO(catalog): the keys of cc_seed_random.
    static let seedRandom = CatalogModule(
        id: "cc_seed_random", moduleName: "seed_random",
        summary: "",
        keys: [:])
}
