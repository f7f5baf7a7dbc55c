extension CatalogModule {
    /// `disable_ec2_metadata`.
    static let disableEC2Metadata = CatalogModule(
        id: "cc_disable_ec2_metadata", moduleName: "disable_ec2_metadata",
        summary: "Blocks access to the EC2-style instance metadata service at 169.254.169.254 by "
            + "adding a reject route for it, so that later processes cannot read metadata.",
        keys: [
            "disable_ec2_metadata": Schema.boolean.defaultValue(false).doc(
                "Reject IPv4 traffic to the metadata address once cloud-init has what it needs.")
        ])
}
