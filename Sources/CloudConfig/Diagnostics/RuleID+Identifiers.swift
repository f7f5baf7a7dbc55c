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

    /// A string is not a valid URI or date.
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

    /// A user's `sudo: true`, which cloud-init cannot write as a sudoers rule.
    public static let sudoTrue = RuleID(rawValue: "sudo-true")

    /// An NTP server or pool written with a port, which the NTP clients look up as a host name.
    public static let ntpServerPort = RuleID(rawValue: "ntp-server-port")
}

// MARK: - waagent

/// The Azure Linux Agent's configuration file, waagent.conf (``RuleFamily/waagent``).
extension RuleID {
    /// The waagent.conf is empty.
    public static let waagentEmptyFile = RuleID(rawValue: "waagent-empty-file")

    /// The waagent.conf is not UTF-8.
    public static let waagentInvalidEncoding = RuleID(rawValue: "waagent-invalid-encoding")

    /// The waagent.conf is larger than cloudcfg reads.
    public static let waagentInputTooLarge = RuleID(rawValue: "waagent-input-too-large")

    /// A byte order mark starts the waagent.conf.
    public static let waagentByteOrderMark = RuleID(rawValue: "waagent-byte-order-mark")

    /// A key no agent reads.
    public static let waagentUnknownOption = RuleID(rawValue: "waagent-unknown-option")

    /// A key the target agent version does not read.
    public static let waagentOptionNotInVersion = RuleID(rawValue: "waagent-option-not-in-version")

    /// A key no current agent reads any more.
    public static let waagentObsoleteOption = RuleID(rawValue: "waagent-obsolete-option")

    /// A key the agent lists but reads under another name.
    public static let waagentListedOnlyOption = RuleID(rawValue: "waagent-listed-only-option")

    /// A switch whose value is not y or n.
    public static let waagentSwitchValue = RuleID(rawValue: "waagent-switch-value")

    /// An integer key whose value is not a decimal integer.
    public static let waagentIntValue = RuleID(rawValue: "waagent-int-value")

    /// `Provisioning.Agent` is not one of its four values.
    public static let waagentProvisioningAgentValue = RuleID(rawValue: "waagent-provisioning-agent-value")

    /// A value outside a key's allowed values.
    public static let waagentEnumerationValue = RuleID(rawValue: "waagent-enumeration-value")

    /// A text key set to nothing.
    public static let waagentEmptyValue = RuleID(rawValue: "waagent-empty-value")

    /// A `#` in a value, where the agent cuts it.
    public static let waagentInlineHash = RuleID(rawValue: "waagent-inline-hash")

    /// An indented `#` line with `=`, read as a key.
    public static let waagentIndentedComment = RuleID(rawValue: "waagent-indented-comment")

    /// A line with no `=` that is not a comment.
    public static let waagentIgnoredLine = RuleID(rawValue: "waagent-ignored-line")

    /// A key set more than once.
    public static let waagentDuplicateOption = RuleID(rawValue: "waagent-duplicate-option")

    /// Quotes around a value.
    public static let waagentQuotedValue = RuleID(rawValue: "waagent-quoted-value")

    /// A second `=` in a line.
    public static let waagentEqualsInValue = RuleID(rawValue: "waagent-equals-in-value")

    /// `ResourceDisk.EnableSwap=y` without `ResourceDisk.Format=y`.
    public static let waagentSwapWithoutFormat = RuleID(rawValue: "waagent-swap-without-format")

    /// `ResourceDisk.EnableSwap=y` without a swap size.
    public static let waagentSwapWithoutSize = RuleID(rawValue: "waagent-swap-without-size")

    /// `Provisioning.Agent=cloud-init` with `ResourceDisk.Format=y`.
    public static let waagentResourceDiskWithCloudInit = RuleID(rawValue: "waagent-resource-disk-with-cloud-init")

    /// A key only agent provisioning reads, set while another provisioner is chosen.
    public static let waagentIneffectiveForProvisioner = RuleID(rawValue: "waagent-ineffective-for-provisioner")

    /// `Extensions.WaitForCloudInitTimeout` given a number, which the agent ignores.
    public static let waagentWaitForCloudInitTimeout = RuleID(rawValue: "waagent-wait-for-cloud-init-timeout")

    /// A value that differs from the distribution's shipped waagent.conf.
    public static let waagentDiffersFromBaseline = RuleID(rawValue: "waagent-differs-from-baseline")
}

// MARK: - system-config

/// cloud-init's system configuration, /etc/cloud/cloud.cfg and cloud.cfg.d (``RuleFamily/systemConfig``).
extension RuleID {
    /// A `datasource_list` entry that names no datasource.
    public static let unknownDatasource = RuleID(rawValue: "unknown-datasource")

    /// `datasource_list` written as a block list, which ds-identify does not read.
    public static let datasourceListBlockStyle = RuleID(rawValue: "datasource-list-block-style")
}

// MARK: - image

/// What the files of one image mean together (``RuleFamily/image``).
extension RuleID {
    /// `Provisioning.Agent=waagent` in an image that carries cloud-init.
    public static let imageWaagentWithCloudInit = RuleID(rawValue: "image-waagent-with-cloud-init")

    /// cloud-init provisions for the agent but its `datasource_list` has no Azure.
    public static let imageDatasourceWithoutAzure = RuleID(rawValue: "image-datasource-without-azure")

    /// The agent's `Lib.Dir` is not the Azure datasource's `data_dir`.
    public static let imageDataDirMismatch = RuleID(rawValue: "image-data-dir-mismatch")

    /// The agent waits for an SSH host key type cloud-init does not make.
    public static let imageSSHHostKeyType = RuleID(rawValue: "image-ssh-host-key-type")

    /// The agent and cloud-init both set up the resource disk.
    public static let imageResourceDiskConflict = RuleID(rawValue: "image-resource-disk-conflict")

    /// The agent is to decode or run custom data that cloud-init consumes.
    public static let imageCustomDataWithCloudInit = RuleID(rawValue: "image-custom-data-with-cloud-init")
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
