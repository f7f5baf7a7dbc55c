extension CatalogModule {
    /// `landscape`.
    static let landscape = CatalogModule(
        id: "cc_landscape", moduleName: "landscape",
        summary: "Installs the Landscape client (Canonical's systems management service), writes "
            + "/etc/landscape/client.conf and registers the machine with the server.",
        keys: [
            "landscape": Schema.object([
                // Until 22.4.2 the module only wrote client.conf and restarted the client; later
                // releases run `landscape-config --silent`, which needs both keys.
                "client": Schema.landscapeClient.olderForm(through: "22.4.2") { $0.requiredKeys = [] }.required
            ]).doc("Landscape client settings; `client` is required.")
        ])
}

extension Schema {
    /// `landscape.client`: the `[client]` section of client.conf; other client.conf keys are allowed.
    fileprivate static var landscapeClient: Schema {
        Schema.object(
            [
                "url": Schema.string.defaultValue("https://landscape.canonical.com/message-system").doc(
                    "The server's message system URL."),
                "ping_url": Schema.string.defaultValue("https://landscape.canonical.com/ping").doc(
                    "The server's ping URL, polled to see whether there is work."),
                "data_path": Schema.string.defaultValue("/var/lib/landscape/client").doc(
                    "The directory where the client keeps its data."),
                "log_level": Schema.string(oneOf: "debug", "info", "warning", "error", "critical")
                    .defaultValue("info").doc("The client's log level."),
                "computer_title": Schema.string.required.doc("The name this machine is shown under."),
                "account_name": Schema.string.required.doc("The Landscape account to register with."),
                "registration_key": Schema.string.doc(
                    "The account's registration key, if the account requires one."),
                "tags": Schema.string.pattern("^[-_0-9a-zA-Z]+(,[-_0-9a-zA-Z]+)*$").doc(
                    "Tags for this machine, comma-separated without spaces (letters, digits, `-`, `_`)."),
                "http_proxy": Schema.string.doc("The proxy for HTTP connections."),
                "https_proxy": Schema.string.doc("The proxy for HTTPS connections."),
            ], additional: .allowed
        ).doc(
            "Settings written to the [client] section of client.conf; other client.conf keys are passed "
                + "through. computer_title and account_name are required.")
    }
}
