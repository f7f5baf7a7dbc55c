extension CatalogModule {
    /// `rpi`: Raspberry Pi hardware interfaces.
    static let raspberryPi = CatalogModule(
        id: "cc_raspberry_pi", moduleName: "raspberry_pi",
        summary: "Raspberry Pi OS only: turns the board's hardware interfaces (SPI, I2C, serial, 1-Wire) "
            + "and USB gadget mode on or off.",
        keys: [
            "rpi": Schema.object(
                [
                    "interfaces": Schema.object(
                        [
                            "spi": Schema.boolean.defaultValue(false).doc("Enable the SPI bus. Default false."),
                            "i2c": Schema.boolean.defaultValue(false).doc("Enable the I2C bus. Default false."),
                            "serial": Schema.raspberryPiSerial,
                            "onewire": Schema.boolean.defaultValue(false).doc(
                                "Enable the 1-Wire bus. Default false."),
                        ], additional: .allowed
                    )
                    .doc("The hardware interfaces to turn on or off."),
                    "enable_usb_gadget": Schema.boolean.defaultValue(false).doc(
                        "Enable USB gadget mode, in which the board acts as a USB device (for example a "
                            + "network adapter) for the computer it is plugged into. Default false."),
                ], additional: .allowed
            )
            .since(after: "22.4.2")
            .doc("Raspberry Pi settings.")
        ])
}

extension Schema {
    /// `rpi.interfaces.serial`: the serial port as a whole, or its console and hardware separately.
    static var raspberryPiSerial: Schema {
        Schema.oneOf(
            Schema.boolean.doc("Enable or disable both the serial console and the port's hardware."),
            Schema.object(
                [
                    "console": Schema.boolean.defaultValue(false).doc(
                        "Offer a login shell on the serial port. Default false."),
                    "hardware": Schema.boolean.defaultValue(false).doc(
                        "Enable the serial port's hardware (the UART). Default false."),
                ], additional: .allowed
            )
            .doc("The console and the hardware set separately.")
        )
        .defaultValue(false)
        .doc("The serial port. Default false.")
    }
}
