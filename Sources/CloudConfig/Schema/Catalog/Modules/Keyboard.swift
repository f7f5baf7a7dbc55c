extension CatalogModule {
    /// `keyboard`.
    static let keyboard = CatalogModule(
        id: "cc_keyboard", moduleName: "keyboard",
        summary: "Sets the system keyboard layout (the XKB settings used by the console and X).",
        keys: [
            "keyboard": Schema.object([
                "layout": Schema.string.required.doc("The XKB layout (XKBLAYOUT), such as `us` or `de`."),
                "model": Schema.string.defaultValue("pc105").doc("The XKB keyboard model (XKBMODEL)."),
                "variant": Schema.string.doc(
                    "The XKB layout variant (XKBVARIANT), such as `dvorak`. Alpine Linux needs it."),
                "options": Schema.string.doc("XKB options (XKBOPTIONS), such as `compose:rwin`."),
            ]).doc("The keyboard layout; `layout` is required.")
        ])
}
