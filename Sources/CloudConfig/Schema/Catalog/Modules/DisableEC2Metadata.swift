extension CatalogModule {
    /// TODO(catalog): the keys of cc_disable_ec2_metadata.
    static let disableEC2Metadata = CatalogModule(
        id: "cc_disable_ec2_metadata", moduleName: "disable_ec2_metadata",
        summary: "",
        keys: [:])
}
