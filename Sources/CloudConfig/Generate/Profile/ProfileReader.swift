/// Reads generation profiles, with every finding at its position in the profile: the entry
/// point for `cloudcfg generate` and for linting a profile (``lint(_:environment:)``).
///
/// A profile is a YAML mapping with the top-level key `cloudcfg-profile: 1`; ``isProfile(_:)``
/// recognises one from its text, so that `cloudcfg lint` can route it here.
public enum ProfileReader {
    /// The key that marks a file as a profile, with the format version as its value.
    public static let marker = "cloudcfg-profile"
    /// The format versions cloudcfg reads.
    public static let versions = [1]

    /// Whether bytes are a profile: a line that starts with `cloudcfg-profile:` (a top-level key
    /// of a YAML mapping).
    ///
    /// - Parameter bytes: The file's bytes.
    /// - Returns: `true` for a profile.
    public static func isProfile(_ bytes: [UInt8]) -> Bool {
        let needle = Array((marker + ":").utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            if bytes[lineStart...].starts(with: needle) { return true }
            guard let end = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = end + 1
        }
        return false
    }

    /// Reads a profile: its YAML, its keys and the types of its values, its distributions,
    /// budget, variables (every reference declared) and overrides.
    ///
    /// - Parameter source: The file.
    /// - Returns: The profile and the findings.
    public static func read(_ source: SourceFile) -> ProfileReading {
        var diagnostics: [Diagnostic] = []
        let stream = YAMLStream.parse(source)
        diagnostics += stream.diagnostics
        if let multiple = stream.multipleDocumentsError { diagnostics.append(multiple) }
        let start = SourceRange(at: source.location(atOffset: source.contentStart))
        guard !stream.isIncomplete, let document = stream.documents.first else {
            if stream.documents.isEmpty, !stream.isIncomplete {
                diagnostics.append(ProfileMissingKeyRule().notMarked(at: start))
            }
            return ProfileReading(profile: nil, diagnostics: diagnostics.sorted(), isMarked: false)
        }
        for duplicate in document.duplicateKeys {
            let key = document[document.resolved(duplicate.duplicate)]
            diagnostics.append(
                ProfileDuplicateKeyRule().finding(
                    key.value?.pythonStr ?? key.text, at: document[duplicate.duplicate].range,
                    first: document[duplicate.first].range, keyPath: nil))
        }
        guard let root = ProfileNode.build(document, source: source, diagnostics: &diagnostics) else {
            if document.root == nil { diagnostics.append(ProfileMissingKeyRule().notMarked(at: start)) }
            return ProfileReading(profile: nil, diagnostics: diagnostics.sorted(), isMarked: false)
        }
        guard case .mapping(let entries, let range) = root else {
            diagnostics.append(
                ProfileTypeMismatchRule().finding(
                    "profile", expected: "a mapping of settings", actual: root.phrase, at: root.range, keyPath: nil))
            return ProfileReading(profile: nil, diagnostics: diagnostics.sorted(), isMarked: false)
        }
        var reader = Reader(source: source, root: root, entries: entries)
        reader.run()
        diagnostics += reader.diagnostics
        let base = ProfileNode.mapping(
            entries.filter { !ProfileDecoder.profileKeys.contains($0.key) }, range)
        let profile = Profile(
            source: source, name: reader.name, distros: reader.distros, budget: reader.budget, base: base,
            overrides: reader.overrides, variables: reader.variables)
        return ProfileReading(
            profile: profile, diagnostics: Self.unique(diagnostics), isMarked: entries.contains { $0.key == marker })
    }

    /// Lints a profile: what ``read(_:)`` finds, and for each distribution it targets what
    /// keeps it from being rendered there (the plan's problems at their lines). Variables without
    /// a value (given per host by an inventory) and passwords from the environment are not
    /// needed: the values that use them are left out.
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - environment: The environment, for passwords given as `{env: NAME}`; none are read
    ///     when empty.
    /// - Returns: The findings, sorted, each once.
    public static func lint(_ source: SourceFile, environment: [String: String] = [:]) -> [Diagnostic] {
        let reading = read(source)
        // Without its marker the file is not a profile: what it would render is not asked.
        guard let profile = reading.profile, reading.isMarked else { return reading.diagnostics }
        var diagnostics = reading.diagnostics
        var resolver = ProfileResolver(profile: profile, environment: environment, lenient: true)
        for distro in profile.distros {
            diagnostics += resolver.resolve(for: distro).diagnostics
        }
        return unique(diagnostics)
    }

    /// Diagnostics sorted, each once (a problem shared by every distribution is one finding).
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.sorted().filter { seen.insert($0).inserted }
    }

    /// The checks of the profile's own keys.
    private struct Reader {
        let source: SourceFile
        let root: ProfileNode
        let entries: [ProfileEntry]
        var diagnostics: [Diagnostic] = []
        var name: String?
        var distros = DistroProfile.all
        var budget: PlatformBudget?
        var overrides: [String: ProfileNode] = [:]
        var variables: [String: ProfileNode?] = [:]

        init(source: SourceFile, root: ProfileNode, entries: [ProfileEntry]) {
            self.source = source
            self.root = root
            self.entries = entries
        }

        func entry(_ key: String) -> ProfileEntry? { entries.last { $0.key == key } }

        mutating func run() {
            marker()
            var decoder = ProfileDecoder(
                source: source, lenient: true, passwords: ProfilePasswords(environment: [:]))
            name = decoder.string(entry("name")?.value, .key("name"))
            _ = decoder.string(entry("description")?.value, .key("description"))
            diagnostics += decoder.diagnostics
            readDistros()
            readBudget()
            readVariables()
            readOverrides()
            references(in: root, path: [])
            structure()
        }

        mutating func marker() {
            guard let marker = entry(ProfileReader.marker) else {
                let first = entries.first?.keyRange ?? root.range
                diagnostics.append(ProfileMissingKeyRule().notMarked(at: SourceRange(at: first.start)))
                return
            }
            if case .scalar(let scalar) = marker.value, case .int(let version) = scalar.value,
                let exact = version.intValue, ProfileReader.versions.contains(exact)
            {
                return
            }
            diagnostics.append(
                ProfileInvalidValueRule().finding(
                    "cloudcfg reads profile format 1; '\(ProfileReader.marker)' must be 1", at: marker.value.range,
                    keyPath: ProfileReader.marker))
        }

        mutating func readDistros() {
            guard let node = entry("distros")?.value, !node.isNull else { return }
            var decoder = ProfileDecoder(source: source, lenient: true, passwords: ProfilePasswords(environment: [:]))
            let ids = DistroProfile.all.map(\.id)
            var chosen: [String] = []
            if case .sequence(let items, _) = node {
                for (index, item) in items.enumerated() {
                    guard let id = decoder.string(item, PlanField.key("distros").index(index)) else { continue }
                    if ids.contains(id) {
                        chosen.append(id)
                    } else {
                        let suggestion = Suggestion.closest(to: id, among: ids)
                        diagnostics.append(
                            ProfileInvalidValueRule().finding(
                                "'\(id)' is not a distribution cloudcfg knows"
                                    + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `cloudcfg distros` lists them"),
                                at: item.range, keyPath: "distros.\(index)"))
                    }
                }
            } else {
                _ = decoder.strings(node, .key("distros"))
            }
            diagnostics += decoder.diagnostics
            if !chosen.isEmpty { distros = DistroProfile.all.filter { chosen.contains($0.id) } }
        }

        mutating func readBudget() {
            guard let node = entry("budget")?.value else { return }
            var decoder = ProfileDecoder(source: source, lenient: true, passwords: ProfilePasswords(environment: [:]))
            let ids = PlatformBudget.all.map(\.id)
            if let id = decoder.string(node, .key("budget")) {
                if let found = PlatformBudget.all.first(where: { $0.id == id }) {
                    budget = found
                } else {
                    diagnostics.append(
                        ProfileInvalidValueRule().finding(
                            "'\(id)' is not a budget; the budgets are " + ids.joined(separator: ", "), at: node.range,
                            keyPath: "budget"))
                }
            }
            diagnostics += decoder.diagnostics
        }

        mutating func readVariables() {
            guard let node = entry("variables")?.value, !node.isNull else { return }
            guard let entries = node.entries else {
                diagnostics.append(
                    ProfileTypeMismatchRule().finding(
                        "variables", expected: "a mapping of names to values", actual: node.phrase, at: node.range,
                        keyPath: "variables"))
                return
            }
            for entry in entries {
                guard ProfileVariables.isName(Substring(entry.key)) else {
                    diagnostics.append(
                        ProfileInvalidValueRule().finding(
                            "'\(entry.key)' is not a variable name: a letter or '_', then letters, digits, '_' or '-'",
                            at: entry.keyRange, keyPath: "variables"))
                    continue
                }
                // A variable's value is taken as written: references in it are not substituted.
                variables[entry.key] = .some(entry.value.literal())
            }
        }

        mutating func readOverrides() {
            guard let node = entry("overrides")?.value, !node.isNull else { return }
            guard let entries = node.entries else {
                diagnostics.append(
                    ProfileTypeMismatchRule().finding(
                        "overrides", expected: "a mapping of distribution identifiers to settings",
                        actual: node.phrase, at: node.range, keyPath: "overrides"))
                return
            }
            let ids = DistroProfile.all.map(\.id)
            for entry in entries {
                let path = "overrides.\(entry.key)"
                guard ids.contains(entry.key) else {
                    diagnostics.append(
                        ProfileUnknownKeyRule().finding(entry.key, known: ids, at: entry.keyRange, keyPath: path))
                    continue
                }
                guard let settings = entry.value.entries else {
                    if !entry.value.isNull {
                        diagnostics.append(
                            ProfileTypeMismatchRule().finding(
                                entry.key, expected: "a mapping of settings", actual: entry.value.phrase,
                                at: entry.value.range, keyPath: path))
                    }
                    continue
                }
                for setting in settings where !ProfileDecoder.parameterKeys.contains(setting.key) {
                    diagnostics.append(
                        ProfileUnknownKeyRule().finding(
                            setting.key, known: ProfileDecoder.parameterKeys, at: setting.keyRange,
                            keyPath: "\(path).\(setting.key)"))
                }
                overrides[entry.key] = .mapping(
                    settings.filter { ProfileDecoder.parameterKeys.contains($0.key) }, entry.value.range)
            }
        }

        /// Every reference, outside `variables`, must name a declared variable.
        mutating func references(in node: ProfileNode, path: [String]) {
            switch node {
            case .mapping(let entries, _):
                for entry in entries where !(path.isEmpty && entry.key == "variables") {
                    references(in: entry.value, path: path + [entry.key])
                }
            case .sequence(let items, _):
                for (index, item) in items.enumerated() { references(in: item, path: path + [String(index)]) }
            case .scalar(let scalar):
                guard scalar.hasReferences, case .string(let text) = scalar.value else { return }
                let keyPath = path.joined(separator: ".")
                do throws(ProfileVariables.SyntaxError) {
                    for piece in try ProfileVariables.pieces(text) {
                        guard case .reference(let name, let offset, let length) = piece, variables[name] == nil
                        else { continue }
                        let range = ProfileVariables.range(of: offset, length: length, in: scalar, source: source)
                        diagnostics.append(
                            ProfileUndefinedVariableRule().undeclared(
                                name, declared: variables.keys.sorted(), at: range, keyPath: keyPath))
                    }
                } catch {
                    let range = ProfileVariables.range(of: error.offset, length: 3, in: scalar, source: source)
                    diagnostics.append(ProfileInvalidValueRule().finding(error.message, at: range, keyPath: keyPath))
                }
            }
        }

        /// The keys and value types of the base and of each override merged into it.
        mutating func structure() {
            let base = ProfileNode.mapping(
                entries.filter { !ProfileDecoder.profileKeys.contains($0.key) }, root.range)
            var trees = [base]
            for id in overrides.keys.sorted() {
                if let override = overrides[id] { trees.append(Profile.merge(base, override)) }
            }
            for tree in trees {
                var decoder = ProfileDecoder(
                    source: source, lenient: true, passwords: ProfilePasswords(environment: [:]))
                _ = decoder.image(tree.entry("image")?.value)
                _ = decoder.parameters(tree)
                diagnostics += decoder.diagnostics.filter { $0.ruleID != .profileInvalidValue }
            }
        }
    }
}

extension ProfileNode {
    /// The value with its references marked as text, not to be substituted.
    func literal() -> ProfileNode {
        switch self {
        case .scalar(var scalar):
            scalar.hasReferences = false
            return .scalar(scalar)
        case .sequence(let items, let range): return .sequence(items.map { $0.literal() }, range)
        case .mapping(let entries, let range):
            return .mapping(
                entries.map { ProfileEntry(key: $0.key, keyRange: $0.keyRange, value: $0.value.literal()) }, range)
        }
    }
}
