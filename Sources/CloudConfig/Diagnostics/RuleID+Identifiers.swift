// Every rule identifier cloudcfg has, in one place: one extension per rule family, in the
// order `cloudcfg rules` lists the families. Nothing else in Sources spells an identifier.
//
// To add a family (waagent.conf, system configuration, MIME envelopes, profiles, ...): add its
// case to `RuleFamily`, an extension here with its identifiers (kebab-case, prefixed with the
// family where the words could clash, such as `waagent-unknown-option`), one rule type per
// identifier under `Lint/Rules/<Family>/`, and the rules to `RuleRegistry`. A renamed rule keeps
// its old identifier here and lists it in its description's `aliases`.

// MARK: - yaml

/// Reading the bytes as YAML the way cloud-init's loader does (``RuleFamily/yaml``).
extension RuleID {
    /// The text is not valid YAML, or not YAML cloud-init's loader reads.
    public static let yamlSyntax = RuleID(rawValue: "yaml-syntax")

    /// The bytes are not UTF-8 text.
    public static let invalidEncoding = RuleID(rawValue: "invalid-encoding")

    /// The text contains a character YAML forbids.
    public static let invalidCharacter = RuleID(rawValue: "invalid-character")

    /// The input is larger than cloudcfg reads.
    public static let inputTooLarge = RuleID(rawValue: "input-too-large")

    /// Collections are nested too deeply.
    public static let nestingTooDeep = RuleID(rawValue: "nesting-too-deep")

    /// Aliases expand to an enormous document (an alias bomb).
    public static let aliasExpansionLimit = RuleID(rawValue: "alias-expansion-limit")

    /// An alias refers to an anchor that is not defined before it.
    public static let undefinedAlias = RuleID(rawValue: "undefined-alias")

    /// An anchor name is defined twice.
    public static let duplicateAnchor = RuleID(rawValue: "duplicate-anchor")

    /// An alias refers to a collection that contains it.
    public static let recursiveAlias = RuleID(rawValue: "recursive-alias")

    /// A tag cloud-init's safe loader cannot construct.
    public static let unknownTag = RuleID(rawValue: "unknown-tag")

    /// A value its tag cannot be built from.
    public static let invalidValue = RuleID(rawValue: "invalid-value")

    /// A list or mapping is used as a mapping key.
    public static let unhashableKey = RuleID(rawValue: "unhashable-key")

    /// A merge key (`<<`) whose value is not a mapping or a list of mappings.
    public static let invalidMerge = RuleID(rawValue: "invalid-merge")

    /// The file holds more than one YAML document.
    public static let multipleDocuments = RuleID(rawValue: "multiple-documents")

    /// A key appears twice in the same mapping.
    public static let duplicateKey = RuleID(rawValue: "duplicate-key")

    /// A tab is used to indent.
    public static let tabIndentation = RuleID(rawValue: "tab-indentation")

    /// The file starts with a byte order mark.
    public static let byteOrderMark = RuleID(rawValue: "byte-order-mark")

    /// Lines end with CR LF.
    public static let crlfLineEndings = RuleID(rawValue: "crlf-line-endings")

    /// `yes`, `no`, `on` or `off` is read as a boolean.
    public static let truthy = RuleID(rawValue: "truthy")

    /// A value like `22:22` is read as a base-60 number.
    public static let sexagesimal = RuleID(rawValue: "sexagesimal")

    /// A number with a leading zero is read as octal.
    public static let implicitOctal = RuleID(rawValue: "implicit-octal")

    /// A mapping key is not a string.
    public static let nonStringKey = RuleID(rawValue: "non-string-key")
}

// MARK: - header

/// The first line that tells cloud-init what the user-data is (``RuleFamily/header``).
extension RuleID {
    /// The cloud-config has no `#cloud-config` first line.
    public static let missingHeader = RuleID(rawValue: "missing-header")

    /// The first line is a misspelt `#cloud-config`.
    public static let malformedHeader = RuleID(rawValue: "malformed-header")

    /// The header is not exactly `#cloud-config`.
    public static let headerFormat = RuleID(rawValue: "header-format")

    /// cloud-init does not recognise the user-data.
    public static let unrecognizedUserData = RuleID(rawValue: "unrecognized-user-data")

    /// cloudcfg does not check this kind of user-data in depth.
    public static let notLinted = RuleID(rawValue: "not-linted")
}

// MARK: - schema

/// The shape of the configuration against the key catalog (``RuleFamily/schema``).
extension RuleID {
    /// The cloud-config is not a mapping of keys.
    public static let rootNotMapping = RuleID(rawValue: "root-not-mapping")

    /// A key cloud-init does not read at that place.
    public static let unknownKey = RuleID(rawValue: "unknown-key")

    /// A value has the wrong type.
    public static let typeMismatch = RuleID(rawValue: "type-mismatch")

    /// A value is not one of those cloud-init accepts.
    public static let valueNotAllowed = RuleID(rawValue: "value-not-allowed")

    /// A mapping lacks a key it must have.
    public static let missingRequiredKey = RuleID(rawValue: "missing-required-key")

    /// A string does not have the form cloud-init requires.
    public static let patternMismatch = RuleID(rawValue: "pattern-mismatch")

    /// A string is not a valid URI, date or host name.
    public static let invalidFormat = RuleID(rawValue: "invalid-format")

    /// A number, list or mapping is outside its bounds.
    public static let outOfRange = RuleID(rawValue: "out-of-range")

    /// A value fits more than one exclusive form, or a forbidden combination.
    public static let schemaConflict = RuleID(rawValue: "schema-conflict")

    /// A key cloud-init deprecates.
    public static let deprecatedKey = RuleID(rawValue: "deprecated-key")

    /// A form of a value cloud-init deprecates.
    public static let deprecatedValue = RuleID(rawValue: "deprecated-value")

    /// A key or form newer than the target cloud-init release.
    public static let unsupportedKey = RuleID(rawValue: "unsupported-key")

    /// A key or form the target cloud-init release no longer reads.
    public static let removedKey = RuleID(rawValue: "removed-key")
}

// MARK: - semantics

/// What cloud-init does with the values, beyond their shape (``RuleFamily/semantics``).
extension RuleID {
    /// A `write_files` mode that cloud-init misreads, rejects or cannot apply.
    public static let writeFilesPermissions = RuleID(rawValue: "write-files-permissions")

    /// A `write_files` mode lets every user change the file.
    public static let writeFilesWorldWritable = RuleID(rawValue: "write-files-world-writable")

    /// `write_files` content does not decode with its encoding.
    public static let writeFilesEncoding = RuleID(rawValue: "write-files-encoding")

    /// A file is owned by a user the cloud-config creates, but is not deferred.
    public static let writeFilesOwnerNotDeferred = RuleID(rawValue: "write-files-owner-not-deferred")

    /// A password field that takes a hash holds plain text.
    public static let passwordNotHashed = RuleID(rawValue: "password-not-hashed")

    /// A password hash is given where cloud-init sets plain text.
    public static let passwordHashAsText = RuleID(rawValue: "password-hash-as-text")

    /// A password is written in plain text in user-data.
    public static let plaintextPassword = RuleID(rawValue: "plaintext-password")

    /// A user's password is set but stays locked.
    public static let lockedPassword = RuleID(rawValue: "locked-password")

    /// SSH password login is enabled but no password is set.
    public static let sshPwauthWithoutPassword = RuleID(rawValue: "ssh-pwauth-without-password")

    /// `users` does not include `default`.
    public static let usersWithoutDefault = RuleID(rawValue: "users-without-default")

    /// A `runcmd` or `bootcmd` item is not a command.
    public static let commandItem = RuleID(rawValue: "command-item")

    /// `network:` in user-data has no effect.
    public static let networkConfigInUserData = RuleID(rawValue: "network-config-in-user-data")

    /// A Jinja expression in a cloud-config that is not a Jinja template.
    public static let jinjaWithoutHeader = RuleID(rawValue: "jinja-without-header")
}

// MARK: - configuration

/// How the run is set up: configuration files, suppression comments, and the inputs named on
/// the command line (``RuleFamily/configuration``).
extension RuleID {
    /// A suppression comment cloudcfg cannot apply.
    public static let invalidSuppression = RuleID(rawValue: "invalid-suppression")

    /// A `.cloudcfg.yaml` setting cloudcfg cannot use.
    public static let invalidConfiguration = RuleID(rawValue: "invalid-configuration")

    /// A file or directory to lint does not exist.
    public static let missingInput = RuleID(rawValue: "missing-input")

    /// A file to lint cannot be read.
    public static let unreadableInput = RuleID(rawValue: "unreadable-input")
}

// MARK: - profile

/// Generation profiles (`cloudcfg-profile: 1`): their keys, values and variables, and whether
/// each distribution they name can be rendered from them (``RuleFamily/profile``).
extension RuleID {
    /// A key a profile does not have at that place.
    public static let profileUnknownKey = RuleID(rawValue: "profile-unknown-key")

    /// A key written twice in one mapping of a profile.
    public static let profileDuplicateKey = RuleID(rawValue: "profile-duplicate-key")

    /// A profile value of the wrong type.
    public static let profileTypeMismatch = RuleID(rawValue: "profile-type-mismatch")

    /// A profile mapping without a key it must have.
    public static let profileMissingKey = RuleID(rawValue: "profile-missing-key")

    /// A profile value the provisioning model refuses.
    public static let profileInvalidValue = RuleID(rawValue: "profile-invalid-value")

    /// A `${{ name }}` reference to a variable the profile does not declare, or one without a value.
    public static let profileUndefinedVariable = RuleID(rawValue: "profile-undefined-variable")

    /// A profile setting a distribution it targets cannot have.
    public static let profileUnsupported = RuleID(rawValue: "profile-unsupported")
}
