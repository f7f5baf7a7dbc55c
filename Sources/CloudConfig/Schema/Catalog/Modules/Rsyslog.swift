extension CatalogModule {
    /// `rsyslog`.
    static let rsyslog = CatalogModule(
        id: "cc_rsyslog", moduleName: "rsyslog",
        summary: "Writes rsyslog configuration snippets and remote log targets, once per instance in the "
            + "init stage, then reloads rsyslog. Newer releases can also install rsyslog first.",
        keys: [
            "rsyslog": Schema.object([
                "config_dir": Schema.string.defaultValue("/etc/rsyslog.d").doc(
                    "The directory the snippets are written to. Default /etc/rsyslog.d."),
                "config_filename": Schema.string.defaultValue("20-cloud-config.conf").doc(
                    "The file, in config_dir, for snippets that name none. Default 20-cloud-config.conf."),
                "configs": Schema.array(
                    Schema.oneOf(
                        Schema.string.doc("rsyslog configuration, added to config_filename."),
                        Schema.object([
                            "filename": Schema.string.doc(
                                "The file to add it to, relative to config_dir. Default: config_filename."),
                            "content": Schema.string.required.doc("rsyslog configuration."),
                        ])
                        .doc("rsyslog configuration and the file to add it to.")
                    )
                )
                .doc("rsyslog configuration snippets, written in order."),
                "remotes": Schema.types(.object).doc(
                    "Remote log targets by name, each `[filter] [@|@@]host[:port]`: the filter defaults to "
                        + "`*.*`, `@` is UDP (default) and `@@` TCP, IPv6 addresses go in brackets and the "
                        + "port defaults to 514. Usually just `name: 10.0.0.1`."),
                "service_reload_command": Schema.oneOf(
                    Schema.oneOfValues("auto").doc("The distribution's usual command."),
                    Schema.array(Schema.string).doc("A command and its arguments.")
                )
                .defaultValue("auto")
                .doc(
                    "How to make rsyslog read the new configuration: `auto` (default), or a command such as "
                        + "[systemctl, restart, rsyslog]."),
                "install_rsyslog": Schema.boolean.defaultValue(false).since(after: "22.4.2").doc(
                    "Install rsyslog (the `packages`) when check_exe is not found. Default false."),
                "check_exe": Schema.string.defaultValue("rsyslogd").since(after: "22.4.2").doc(
                    "The rsyslog daemon whose presence means it is installed, a name or a path. Used only "
                        + "with install_rsyslog. Default rsyslogd."),
                "packages": Schema.array(Schema.string).uniqueItems.defaultValue(.list(["rsyslog"]))
                    .since(after: "22.4.2")
                    .doc("The packages install_rsyslog installs. Default [rsyslog]."),
            ])
            .doc("rsyslog configuration.")
        ])
}
