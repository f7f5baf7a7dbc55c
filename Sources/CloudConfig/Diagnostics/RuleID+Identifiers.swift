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

// MARK: - envelope

/// How the user-data is packed: MIME, base64, gzip, archives, includes, merge headers and the
/// platform's size limits (``RuleFamily/envelope``).
extension RuleID {
    /// A `#cloud-config-archive` that is not a list, or an item cloud-init skips or fails on.
    public static let archiveInvalid = RuleID(rawValue: "archive-invalid")

    /// Base64 custom data that decodes to base64 again: the platform decodes only once.
    public static let base64DoubleEncoded = RuleID(rawValue: "base64-double-encoded")

    /// Data declared as base64 for the platform that does not decode.
    public static let base64Invalid = RuleID(rawValue: "base64-invalid")

    /// The boundary occurs inside a part: other MIME readers may split the part there.
    public static let boundaryInPart = RuleID(rawValue: "boundary-in-part")

    /// A `multipart/*` type without a `boundary` parameter: cloud-init sees no parts.
    public static let boundaryMissing = RuleID(rawValue: "boundary-missing")

    /// No closing delimiter `--boundary--`.
    public static let boundaryNotClosed = RuleID(rawValue: "boundary-not-closed")

    /// No delimiter line of the declared boundary: cloud-init sees no parts.
    public static let boundaryNotFound = RuleID(rawValue: "boundary-not-found")

    /// A charset cloud-init does not apply: it always reads part text as UTF-8.
    public static let charsetIgnored = RuleID(rawValue: "charset-ignored")

    /// The declared type and the payload's header disagree, or cloud-init re-types the part.
    public static let contentTypeMismatch = RuleID(rawValue: "content-type-mismatch")

    /// Decoding or decompressing would produce more than the configured limit.
    public static let decodedTooLarge = RuleID(rawValue: "decoded-too-large")

    /// Two parts with the same file name: the later script overwrites the earlier one.
    public static let duplicateFilename = RuleID(rawValue: "duplicate-filename")

    /// A cloud-config part that is empty or not a mapping: cloud-init skips it.
    public static let emptyCloudConfig = RuleID(rawValue: "empty-cloud-config")

    /// gzip data that does not decompress: cloud-init reads the raw bytes instead.
    public static let gzipCorrupt = RuleID(rawValue: "gzip-corrupt")

    /// A part of a gzip content type whose payload is not gzip: cloud-init rejects the whole user-data.
    public static let gzipPartNotGzip = RuleID(rawValue: "gzip-part-not-gzip")

    /// A URL cloud-init downloads at boot; cloudcfg does not fetch or check it.
    public static let includeURL = RuleID(rawValue: "include-url")

    /// A base64 part body that is not valid base64.
    public static let invalidBase64Body = RuleID(rawValue: "invalid-base64-body")

    /// A `Launch-Index` that is not an integer, or one cloud-init cannot use.
    public static let launchIndexInvalid = RuleID(rawValue: "launch-index-invalid")

    /// A merge header cloud-init does not read.
    public static let mergeTypeIgnored = RuleID(rawValue: "merge-type-ignored")

    /// Merge rules cloud-init cannot parse: the part is not merged.
    public static let mergeTypeSyntax = RuleID(rawValue: "merge-type-syntax")

    /// A merger or option cloud-init does not know.
    public static let mergeTypeUnknown = RuleID(rawValue: "merge-type-unknown")

    /// A header block Python's email parser reads differently from what was meant.
    public static let mimeHeaderSyntax = RuleID(rawValue: "mime-header-syntax")

    /// MIME nested deeper than cloudcfg reads.
    public static let mimeNestingTooDeep = RuleID(rawValue: "mime-nesting-too-deep")

    /// MIME user-data that is not UTF-8: cloud-init rejects the whole user-data.
    public static let mimeNotUTF8 = RuleID(rawValue: "mime-not-utf8")

    /// MIME without `MIME-Version` in its first 4096 bytes: cloud-init does not read it as MIME.
    public static let mimeVersionMissing = RuleID(rawValue: "mime-version-missing")

    /// A multipart container with a transfer encoding other than 7bit, 8bit or binary.
    public static let multipartTransferEncoding = RuleID(rawValue: "multipart-transfer-encoding")

    /// Non-ASCII text in a part that is not base64-encoded: cloud-init mangles it.
    public static let nonASCIIWithoutBase64 = RuleID(rawValue: "non-ascii-without-base64")

    /// A part cloud-init receives but ignores.
    public static let partIgnored = RuleID(rawValue: "part-ignored")

    /// Text before the first or after the closing delimiter, which cloud-init ignores.
    public static let textOutsideParts = RuleID(rawValue: "text-outside-parts")

    /// A content type no cloud-init handler takes, often a misspelling.
    public static let unknownContentType = RuleID(rawValue: "unknown-content-type")

    /// A `Content-Transfer-Encoding` that cloud-init does not decode.
    public static let unknownTransferEncoding = RuleID(rawValue: "unknown-transfer-encoding")

    /// A `#cloud-config-jsonp` part cloud-init cannot read as a JSON patch.
    public static let jsonPatchInvalid = RuleID(rawValue: "json-patch-invalid")

    /// User-data larger than the platform accepts.
    public static let userDataTooLarge = RuleID(rawValue: "user-data-too-large")
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

    /// What a cloud-init schema file given with `--schema` says, as cloud-init's validator would.
    public static let jsonSchema = RuleID(rawValue: "json-schema")
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

// MARK: - jinja

/// Jinja templates (`## template: jinja`) as cloud-init renders them (``RuleFamily/jinja``).
extension RuleID {
    /// Jinja cannot parse the template; cloud-init drops the whole part.
    public static let jinjaSyntaxError = RuleID(rawValue: "jinja-syntax-error")

    /// A block is not closed before the end of the template.
    public static let jinjaUnclosedBlock = RuleID(rawValue: "jinja-unclosed-block")

    /// A tag Jinja does not know.
    public static let jinjaUnknownTag = RuleID(rawValue: "jinja-unknown-tag")

    /// A filter stock Jinja does not have.
    public static let jinjaUnknownFilter = RuleID(rawValue: "jinja-unknown-filter")

    /// A test stock Jinja does not have.
    public static let jinjaUnknownTest = RuleID(rawValue: "jinja-unknown-test")

    /// `include`, `import` or `extends`, which need a loader cloud-init does not have.
    public static let jinjaNoLoader = RuleID(rawValue: "jinja-no-loader")

    /// The `## template:` header names a renderer other than `jinja`.
    public static let jinjaTemplateType = RuleID(rawValue: "jinja-template-type")

    /// Jinja that cloudcfg does not render.
    public static let jinjaUnsupported = RuleID(rawValue: "jinja-unsupported")

    /// A printed variable the instance data does not define.
    public static let jinjaUndefinedVariable = RuleID(rawValue: "jinja-undefined-variable")

    /// Rendering fails, so cloud-init drops the part.
    public static let jinjaRenderError = RuleID(rawValue: "jinja-render-error")

    /// A variable name cloud-init's instance data does not have.
    public static let jinjaUnknownVariable = RuleID(rawValue: "jinja-unknown-variable")

    /// A hyphen in a dotted name, which Jinja reads as a subtraction.
    public static let jinjaHyphenInName = RuleID(rawValue: "jinja-hyphen-in-name")

    /// The template exceeds a bound on nesting, loop iterations or output size.
    public static let jinjaLimitExceeded = RuleID(rawValue: "jinja-limit-exceeded")
}

// MARK: - script

/// Scripts, boothooks and the commands of `runcmd` and `bootcmd` (``RuleFamily/script``).
extension RuleID {
    /// A script whose `#!` line ends with CR LF.
    public static let shebangCRLF = RuleID(rawValue: "shebang-crlf")

    /// A script or boothook without a usable interpreter line.
    public static let scriptInterpreter = RuleID(rawValue: "script-interpreter")

    /// A user script that relies on what only a boothook gets.
    public static let boothookWithoutHeader = RuleID(rawValue: "boothook-without-header")

    /// ShellCheck's findings as a whole (`--shellcheck`): configuring or suppressing `shellcheck`
    /// applies to every ShellCheck code.
    public static let shellcheck = RuleID(rawValue: "shellcheck")

    /// The identifier of one ShellCheck code, such as `shellcheck/SC2086`, which configuration
    /// files and suppressions may name on its own; its rule is ``shellcheck``.
    ///
    /// - Parameter code: ShellCheck's code number, such as 2086.
    /// - Returns: The identifier.
    public static func shellcheck(code: Int) -> RuleID { RuleID(rawValue: "shellcheck/SC\(code)") }

    /// The rule a dynamic identifier belongs to (``shellcheck`` for `shellcheck/SC2086`), or `nil`
    /// for an identifier of its own.
    public var parent: RuleID? {
        guard let slash = rawValue.firstIndex(of: "/"), rawValue[..<slash] == RuleID.shellcheck.rawValue,
            rawValue[rawValue.index(after: slash)...].hasPrefix("SC"),
            rawValue[rawValue.index(after: slash)...].dropFirst(2).allSatisfy(\.isASCIIDigitCharacter),
            rawValue.count > RuleID.shellcheck.rawValue.count + 3
        else { return nil }
        return .shellcheck
    }

    /// Whether the identifier is one of ShellCheck's codes.
    public var isShellCheck: Bool { parent == .shellcheck }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
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
