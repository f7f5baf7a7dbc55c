extension CatalogModule {
    /// TODO(catalog): the keys of cc_rh_subscription.
    static let rhSubscription = CatalogModule(
        id: "cc_rh_subscription", moduleName: "rh_subscription",
        summary: "",
        keys: [:])
}
