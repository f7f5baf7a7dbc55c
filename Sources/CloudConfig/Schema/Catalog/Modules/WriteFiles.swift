extension CatalogModule {
    /// `write_files`.
    static let writeFiles = CatalogModule(
        id: "cc_write_files", moduleName: "write_files",
        summary: "Writes files, from inline content or a URL, with an owner, a mode and an "
            + "optional encoding. Files marked `defer` are written in the final stage, after users "
            + "and packages exist.",
        keys: [
            "write_files": Schema.array(
                .object([
                    "path": Schema.string.required.doc("The absolute path of the file to write."),
                    "content": Schema.string.defaultValue("").doc(
                        "The file's content, decoded according to `encoding`. `!!binary` values are "
                            + "written as bytes."),
                    "source": Schema.object([
                        "uri": Schema.string.format(.uri).required.doc(
                            "The URL to download the content from."),
                        "headers": Schema.map(.string).doc("HTTP headers sent with the request."),
                    ])
                    .since(after: "24.2")
                    .doc(
                        "Download the content from a URL instead; `content` is used only if the "
                            + "download fails."),
                    "owner": Schema.string.defaultValue("root:root").doc(
                        "The owner as `user:group`. A user created by this cloud-config exists only "
                            + "if the file is deferred."),
                    "permissions": Schema.string.defaultValue("0o644").doc(
                        "The mode as an octal string such as '0644'. Quote it: unquoted, YAML 1.1 "
                            + "reads 0644 as the integer 420 and 644 as the decimal 644 (mode 0o1204)."),
                    "encoding": Schema.string(
                        oneOf: "gz", "gzip", "gz+base64", "gzip+base64", "gz+b64", "gzip+b64", "b64",
                        "base64", "text/plain"
                    ).defaultValue("text/plain").doc(
                        "How `content` is encoded: base64 (`b64`), gzip (`gz`), both "
                            + "(`gz+b64`, decoded base64 first) or plain text."),
                    "append": Schema.boolean.defaultValue(false).doc(
                        "Append to the file instead of replacing it."),
                    "defer": Schema.boolean.defaultValue(false).doc(
                        "Write the file in the final stage, after users, groups and packages are "
                            + "set up."),
                ])
            ).minItems(1).doc("Files to write.")
        ])
}
