extension CatalogModule {
    /// `packages`, `package_update`, `package_upgrade`, `package_reboot_if_required` and the
    /// deprecated `apt_*` switches.
    static let packageUpdateUpgradeInstall = CatalogModule(
        id: "cc_package_update_upgrade_install", moduleName: "package_update_upgrade_install",
        summary: "Refreshes the package index, upgrades installed packages and installs packages, in "
            + "that order, and can reboot afterwards if an upgrade asks for it.",
        keys: [
            "packages": Schema.array(
                Schema.oneOf(
                    Schema.object([
                        "apt": Schema.array(Schema.packageSpec).doc("Packages installed with APT."),
                        "snap": Schema.array(Schema.packageSpec).doc("Snaps to install."),
                    ])
                    .since(after: "22.4.2")
                    .doc("Packages grouped by the package manager that installs them."),
                    Schema.packageSpec
                )
            ).minItems(1).doc(
                "Packages to install with the distribution's package manager. Installing anything also "
                    + "refreshes the package index first."),
            "package_update": Schema.boolean.defaultValue(false).doc(
                "Refresh the package index (such as `apt-get update`) first."),
            "package_upgrade": Schema.boolean.defaultValue(false).doc(
                "Upgrade the installed packages, before installing `packages`."),
            "package_reboot_if_required": Schema.boolean.defaultValue(false).doc(
                "Reboot when the upgrade or installation leaves /var/run/reboot-required behind."),
            "apt_update": Schema.boolean
                .deprecated("22.2", "rename the key to package_update", renamedTo: "package_update")
                .doc("The older name of package_update."),
            "apt_upgrade": Schema.boolean
                .deprecated("22.2", "rename the key to package_upgrade", renamedTo: "package_upgrade")
                .doc("The older name of package_upgrade."),
            "apt_reboot_if_required": Schema.boolean
                .deprecated(
                    "22.2", "rename the key to package_reboot_if_required", renamedTo: "package_reboot_if_required"
                )
                .doc("The older name of package_reboot_if_required."),
        ])
}

extension Schema {
    /// One package: a name, or a name and an exact version.
    fileprivate static var packageSpec: Schema {
        Schema.oneOf(
            Schema.array(Schema.string).minItems(2).maxItems(2).doc(
                "`[name, version]`: an exact version. Quote versions that YAML would read as numbers."),
            Schema.string.doc("A package name.")
        )
    }
}
