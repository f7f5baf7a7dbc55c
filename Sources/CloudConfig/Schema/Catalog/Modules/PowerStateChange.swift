extension CatalogModule {
    /// `power_state`.
    static let powerStateChange = CatalogModule(
        id: "cc_power_state_change", moduleName: "power_state_change",
        summary: "Powers off, halts or reboots the machine once cloud-init has finished, optionally "
            + "after a delay and only if a condition holds.",
        keys: [
            "power_state": Schema.object([
                "delay": Schema.oneOf(
                    Schema.integer.minimum(0).doc("Minutes to wait."),
                    Schema.string.pattern("^\\+?[0-9]+$").changed("22.3", "write the minutes as an integer, or `now`")
                        .doc("Minutes as a string, such as `+5`: the older form."),
                    Schema.oneOfValues("now").doc("No delay.")
                ).defaultValue("now").doc(
                    "How long to wait, in minutes, before acting; passed on to shutdown."),
                "mode": Schema.string(oneOf: "poweroff", "reboot", "halt").required.doc("What to do."),
                "message": Schema.string.doc("A message broadcast to logged-in users before shutting down."),
                "timeout": Schema.integer.defaultValue(30).doc(
                    "Seconds to wait for cloud-init to finish before acting anyway."),
                "condition": Schema.oneOf(
                    Schema.string.doc("A shell command; act only if it exits 0."),
                    Schema.boolean.doc("`true`: always act; `false`: never."),
                    Schema.types(.array).doc("A command and its arguments; act only if it exits 0.")
                ).defaultValue(true).doc("Whether to act after all."),
            ]).doc("The power change to make at the end of boot; `mode` is required.")
        ])
}
