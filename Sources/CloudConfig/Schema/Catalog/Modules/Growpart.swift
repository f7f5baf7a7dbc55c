extension CatalogModule {
    /// `growpart`.
    static let growpart = CatalogModule(
        id: "cc_growpart", moduleName: "growpart",
        summary: "Grows partitions to fill their disk, typically the root partition after an image "
            + "was written to a larger disk. The filesystem is grown afterwards by resizefs.",
        keys: [
            "growpart": Schema.object([
                "mode": Schema.oneOf(
                    Schema.oneOfValues("auto", "growpart", "gpart", "off"),
                    Schema.oneOfValues(false).changed("22.3", "write 'off' (quoted) instead of false")
                        .doc("The older way to turn the module off.")
                ).defaultValue("auto").doc(
                    "The tool to use: `auto` (whichever is available), `growpart` (cloud-utils), "
                        + "`gpart` (FreeBSD), or `'off'` to do nothing. Quote 'off': unquoted it is "
                        + "the boolean false."),
                "devices": Schema.array(Schema.string).defaultValue(.list(["/"])).doc(
                    "The partitions to grow, each given by a mount point or a /dev path."),
                "ignore_growroot_disabled": Schema.boolean.defaultValue(false).doc(
                    "Grow even if /etc/growroot-disabled exists, which otherwise stops the module."),
            ]).doc("Partition growing settings.")
        ])
}
