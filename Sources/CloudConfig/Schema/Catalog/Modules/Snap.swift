extension CatalogModule {
    /// `snap`.
    static let snap = CatalogModule(
        id: "cc_snap", moduleName: "snap",
        summary: "Ubuntu only: adds snap assertions and runs snap commands, once per instance in the "
            + "config stage.",
        keys: [
            "snap": Schema.object([
                "assertions": Schema.snapAssertions,
                "commands": Schema.snapCommands,
            ])
            .minProperties(1)
            .doc("Snap assertions and commands; at least one of the two.")
        ])
}

extension Schema {
    /// `snap.assertions`: a list, or a mapping whose keys only name the values.
    ///
    /// cloud-init's schema also has `additionalItems: false`, which does nothing without a list of
    /// `items`; the DSL cannot express it and it changes no verdict.
    static var snapAssertions: Schema {
        Schema.types(.object, .array)
            .items(Schema.string)
            .minItems(1)
            .minProperties(1)
            .uniqueItems
            .additional(.schema(Schema.string))
            .doc(
                "Signed snap assertions, added with `snap ack` before any command runs: a list, or a mapping "
                    + "whose keys only name them (later parts can override a key when merging).")
    }

    /// A snap command: a shell string or a list of arguments.
    static var snapCommand: Schema {
        Schema.oneOf(
            Schema.string.doc("A shell command; a warning is logged unless it starts with `snap `."),
            Schema.array(Schema.string).doc("A command and its arguments; `snap` is prepended if missing.")
        )
    }

    /// `snap.commands`: a list, or a mapping run in the order of its keys.
    ///
    /// cloud-init's schema also has `additionalItems: false`, a no-op here as for `assertions`.
    static var snapCommands: Schema {
        Schema.types(.object, .array)
            .items(snapCommand)
            .minItems(1)
            .minProperties(1)
            .additional(.schema(snapCommand))
            .doc(
                "Commands run after the assertions, such as `snap install lxd`: a list, or a mapping run "
                    + "in the sorted order of its keys (later parts can override a key when merging).")
    }
}

extension CatalogModule {
    /// Mappings whose keys only put their values in order, so that a key YAML reads as a number
    /// (`00:`, `1:`) works as well as a string: cloud-init runs `snap.commands` sorted by key, which
    /// works as long as the keys are all numbers or all strings (a mix stops the module with a
    /// TypeError), and acks `snap.assertions` in the order written, ignoring the keys.
    static let keyOrderedMappings: (sorted: Set<String>, ignored: Set<String>) = (
        sorted: ["snap.commands"], ignored: ["snap.assertions"]
    )
}
