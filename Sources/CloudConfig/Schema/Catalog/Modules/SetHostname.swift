extension CatalogModule {
    /// `set_hostname`: the host name set once per instance, early in the init stage.
    static let setHostname = CatalogModule(
        id: "cc_set_hostname", moduleName: "set_hostname",
        summary: "Sets the system host name once per instance, early in the init stage, from `hostname` "
            + "and `fqdn` or, when both are absent, from the datasource's metadata (local-hostname).",
        keys: [
            "preserve_hostname": Schema.setHostnamePreserve,
            "hostname": Schema.setHostnameHostname,
            "fqdn": Schema.setHostnameFqdn,
            "prefer_fqdn_over_hostname": Schema.setHostnamePreferFqdn,
            "create_hostname_file": Schema.setHostnameCreateFile,
        ])
}

/// The host name keys read by several modules (`set_hostname`, `update_hostname`,
/// `update_etc_hosts`). Each is defined once here so that every module declares the same schema.
extension Schema {
    /// `preserve_hostname`, read by `set_hostname` and `update_hostname`.
    static var setHostnamePreserve: Schema {
        Schema.boolean.defaultValue(false).doc(
            "Keep the host name the system already has: neither set_hostname nor update_hostname "
                + "changes it. Default false.")
    }

    /// `hostname`, read by `set_hostname`, `update_hostname` and `update_etc_hosts`.
    static var setHostnameHostname: Schema {
        Schema.string.doc(
            "The host name to set and to write into /etc/hosts. A value containing a dot is taken as "
                + "the FQDN, and its first label as the short name. Absent: the datasource's "
                + "local-hostname is used.")
    }

    /// `fqdn`, read by `set_hostname`, `update_hostname` and `update_etc_hosts`.
    static var setHostnameFqdn: Schema {
        Schema.string.doc(
            "The fully qualified domain name. Without `hostname`, its first label becomes the short "
                + "host name. update_etc_hosts maps it to the instance in /etc/hosts.")
    }

    /// `prefer_fqdn_over_hostname`, read by `set_hostname` and `update_hostname`.
    static var setHostnamePreferFqdn: Schema {
        Schema.boolean.doc(
            "Which name becomes the system host name when both are known: true the FQDN, false the "
                + "short name. Unset: the distribution's default applies.")
    }

    /// `create_hostname_file`, read by `set_hostname` and `update_hostname`.
    static var setHostnameCreateFile: Schema {
        Schema.boolean.defaultValue(true).since(after: "22.4.2").doc(
            "Whether to create the host name file (/etc/hostname) when it does not exist. false: on "
                + "systemd the name is then set only transiently, until the next reboot. Default true.")
    }
}
