extension CatalogModule {
    /// `grub_dpkg`, `grub-dpkg`.
    static let grubDpkg = CatalogModule(
        id: "cc_grub_dpkg", moduleName: "grub_dpkg",
        summary: "Sets the debconf answers that tell the grub-pc and grub-efi packages where GRUB is "
            + "installed, so that package upgrades reinstall it on the right disk (Debian and Ubuntu).",
        keys: [
            "grub_dpkg": Schema.object([
                "enabled": Schema.boolean.defaultValue(false).doc(
                    "Whether to set the answers. The default was true in 22.4.2 and is false in "
                        + "later releases."),
                "grub-pc/install_devices": Schema.string.doc(
                    "The disk GRUB is installed on (BIOS boot). Unset, found with grub-probe on /boot."),
                "grub-pc/install_devices_empty": Schema.oneOf(
                    Schema.boolean,
                    Schema.string.changed("22.3", "write a boolean").doc("The older, string form.")
                ).doc(
                    "Whether the install device list is deliberately empty. Unset, true exactly when "
                        + "grub-pc/install_devices is empty."),
                "grub-efi/install_devices": Schema.string.since(after: "22.4.2").doc(
                    "The EFI system partition GRUB is installed to. Unset, found with grub-probe on "
                        + "/boot/efi."),
            ]).doc("Debconf answers for the GRUB packages."),
            "grub-dpkg": Schema.types(.object)
                .deprecated("22.2", "rename the key to grub_dpkg", renamedTo: "grub_dpkg")
                .doc("The older spelling of grub_dpkg."),
        ])
}
