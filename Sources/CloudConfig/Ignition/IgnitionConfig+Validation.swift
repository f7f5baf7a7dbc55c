extension IgnitionConfig {
    /// The systemd unit types Ignition accepts as a unit name's extension.
    static let unitTypes: Set<String> = [
        "service", "socket", "device", "mount", "automount", "swap", "target", "path", "timer", "slice", "scope",
    ]

    /// Checks the config the way Ignition would, before it is written: every finding is
    /// something Ignition refuses (`ignition-validate` exits 1) or applies differently than
    /// written. An empty result means the config is valid.
    ///
    /// - Returns: The findings, in the order of the config's JSON.
    public func validate() -> [IgnitionFinding] {
        var findings: [IgnitionFinding] = []
        if !version.isSupported { findings.append(.unsupportedVersion(version)) }
        checkNames(users.map(\.name), at: "$.passwd.users", into: &findings)
        for (index, user) in users.enumerated() {
            var keys: Set<String> = []
            for (keyIndex, key) in user.sshAuthorizedKeys.enumerated() where !keys.insert(key).inserted {
                findings.append(.duplicateKey(user.name, at: "$.passwd.users.\(index).sshAuthorizedKeys.\(keyIndex)"))
            }
        }
        checkNames(groups.map(\.name), at: "$.passwd.groups", into: &findings)

        var seen: [String: String] = [:]
        let nodes: [(kind: String, path: String, mode: Int?, source: String?)] =
            directories.map { ("directories", $0.path, $0.mode, nil) }
            + files.map { ("files", $0.path, $0.mode, $0.source) }
            + links.map { ("links", $0.path, nil, nil) }
        var counters: [String: Int] = [:]
        for node in nodes {
            let index = counters[node.kind, default: 0]
            counters[node.kind] = index + 1
            let location = "$.storage.\(node.kind).\(index)"
            if !node.path.hasPrefix("/") {
                findings.append(.relativePath(node.path, at: location + ".path"))
            } else if !Self.isSimplified(node.path) {
                findings.append(.unsimplifiedPath(node.path, at: location + ".path"))
            }
            if let first = seen[node.path] {
                findings.append(.duplicatePath(node.path, first: first, at: location))
            } else {
                seen[node.path] = location
            }
            if let link = links.first(where: { node.path.hasPrefix($0.path + "/") }) {
                findings.append(.pathThroughLink(node.path, link: link.path, at: location + ".path"))
            }
            if let mode = node.mode {
                if !(0...0o7777).contains(mode) {
                    findings.append(.modeOutOfRange(mode, at: location + ".mode"))
                } else if mode & 0o7000 != 0, version < IgnitionVersion("3.4.0") ?? .v330 {
                    findings.append(.specialModeBits(mode, version: version, at: location + ".mode"))
                }
            }
            if let source = node.source {
                do throws(IgnitionDataURL.DecodingError) {
                    _ = try IgnitionDataURL.decode(source)
                } catch {
                    findings.append(.malformedDataURL(error.message, at: location + ".contents.source"))
                }
            }
        }
        for (index, file) in files.enumerated() where file.overwrite == true && file.source == nil {
            findings.append(.overwriteWithoutContents(file.path, at: "$.storage.files.\(index).overwrite"))
        }
        for (index, link) in links.enumerated() where link.target.isEmpty {
            findings.append(.emptyLinkTarget(at: "$.storage.links.\(index).target"))
        }

        var unitNames: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            let location = "$.systemd.units.\(index)"
            let type = unit.name.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init)
            if !unit.name.contains(".") || !Self.unitTypes.contains(type ?? "") || unit.name.hasPrefix(".") {
                findings.append(.invalidUnitName(unit.name, at: location + ".name"))
            }
            if let first = unitNames[unit.name] {
                findings.append(.duplicateName(unit.name, first: "$.systemd.units.\(first)", at: location))
            } else {
                unitNames[unit.name] = index
            }
            if let contents = unit.contents, let line = Self.unterminatedSection(contents) {
                findings.append(.malformedUnitContents(line: line, at: location + ".contents"))
            }
            if unit.enabled == true, let contents = unit.contents, !Self.hasInstallSection(contents) {
                findings.append(.enabledWithoutInstall(unit.name, at: location + ".contents"))
            }
            var dropinNames: [String: Int] = [:]
            for (dropinIndex, dropin) in unit.dropins.enumerated() {
                let dropinLocation = location + ".dropins.\(dropinIndex)"
                if !dropin.name.hasSuffix(".conf") || dropin.name == ".conf" || dropin.name.contains("/") {
                    findings.append(.invalidDropinName(dropin.name, at: dropinLocation + ".name"))
                }
                if let first = dropinNames[dropin.name] {
                    findings.append(
                        .duplicateName(dropin.name, first: location + ".dropins.\(first)", at: dropinLocation))
                } else {
                    dropinNames[dropin.name] = dropinIndex
                }
                if let contents = dropin.contents, let line = Self.unterminatedSection(contents) {
                    findings.append(.malformedUnitContents(line: line, at: dropinLocation + ".contents"))
                }
            }
        }
        return findings
    }

    private func checkNames(_ names: [String], at list: String, into findings: inout [IgnitionFinding]) {
        var first: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if name.isEmpty { findings.append(.emptyName(at: "\(list).\(index).name")) }
            if let previous = first[name] {
                findings.append(.duplicateName(name, first: "\(list).\(previous)", at: "\(list).\(index)"))
            } else {
                first[name] = index
            }
        }
    }

    /// Whether an absolute path is already in the form Go's `filepath.Clean` gives it.
    static func isSimplified(_ path: String) -> Bool {
        if path == "/" { return true }
        if path.hasSuffix("/") { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
        }
    }

    /// Whether unit contents have an `[Install]` section.
    static func hasInstallSection(_ contents: String) -> Bool {
        contents.split(separator: "\n").contains { line in
            line.trimmingPrefix(while: { $0 == " " || $0 == "\t" }).hasPrefix("[Install]")
        }
    }

    /// The first line (1-based) that opens a section header without closing it, if any.
    static func unterminatedSection(_ contents: String) -> Int? {
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("["), !trimmed.contains("]") { return index + 1 }
        }
        return nil
    }
}

extension IgnitionFinding {
    fileprivate static func unsupportedVersion(_ version: IgnitionVersion) -> Self {
        IgnitionFinding(
            .unsupportedVersion, at: "$.ignition.version",
            "spec version \(version) is not one cloudcfg writes; use 3.0.0 through 3.3.0")
    }

    fileprivate static func relativePath(_ path: String, at location: String) -> Self {
        IgnitionFinding(.relativePath, at: location, "path '\(path)' is not absolute")
    }

    fileprivate static func unsimplifiedPath(_ path: String, at location: String) -> Self {
        IgnitionFinding(
            .unsimplifiedPath, at: location,
            "path '\(path)' has '.', '..', '//' or a trailing '/', which Ignition refuses")
    }

    fileprivate static func duplicatePath(_ path: String, first: String, at location: String) -> Self {
        IgnitionFinding(.duplicatePath, at: location, "path '\(path)' is already defined at \(first)")
    }

    fileprivate static func pathThroughLink(_ path: String, link: String, at location: String) -> Self {
        IgnitionFinding(
            .pathThroughLink, at: location, "path '\(path)' goes through the link '\(link)' the config creates")
    }

    fileprivate static func modeOutOfRange(_ mode: Int, at location: String) -> Self {
        IgnitionFinding(.modeOutOfRange, at: location, "mode \(mode) is outside 0 through 4095 (0o7777)")
    }

    fileprivate static func specialModeBits(_ mode: Int, version: IgnitionVersion, at location: String) -> Self {
        IgnitionFinding(
            .specialModeBits, at: location,
            "mode 0o\(String(mode, radix: 8)) sets setuid, setgid or sticky bits, which spec \(version) does not apply")
    }

    fileprivate static func malformedDataURL(_ reason: String, at location: String) -> Self {
        IgnitionFinding(.malformedDataURL, at: location, "the data URL is malformed: \(reason)")
    }

    fileprivate static func emptyName(at location: String) -> Self {
        IgnitionFinding(.emptyName, at: location, "the name is empty")
    }

    fileprivate static func duplicateName(_ name: String, first: String, at location: String) -> Self {
        IgnitionFinding(.duplicateName, at: location, "name '\(name)' is already defined at \(first)")
    }

    fileprivate static func duplicateKey(_ user: String, at location: String) -> Self {
        IgnitionFinding(.duplicateKey, at: location, "the same SSH key is listed twice for '\(user)'")
    }

    fileprivate static func invalidUnitName(_ name: String, at location: String) -> Self {
        IgnitionFinding(
            .invalidUnitName, at: location, "unit name '\(name)' does not end in a systemd unit type such as .service")
    }

    fileprivate static func invalidDropinName(_ name: String, at location: String) -> Self {
        IgnitionFinding(.invalidDropinName, at: location, "drop-in name '\(name)' does not end in .conf")
    }

    fileprivate static func malformedUnitContents(line: Int, at location: String) -> Self {
        IgnitionFinding(.malformedUnitContents, at: location, "line \(line) opens a section header it does not close")
    }

    fileprivate static func overwriteWithoutContents(_ path: String, at location: String) -> Self {
        IgnitionFinding(
            .overwriteWithoutContents, at: location,
            "file '\(path)' replaces what is there but has no contents; give it contents (an empty 'data:,') or no overwrite"
        )
    }

    fileprivate static func enabledWithoutInstall(_ name: String, at location: String) -> Self {
        IgnitionFinding(
            .enabledWithoutInstall, at: location,
            "unit '\(name)' is enabled but has no [Install] section, so enabling does nothing")
    }

    fileprivate static func emptyLinkTarget(at location: String) -> Self {
        IgnitionFinding(.emptyLinkTarget, at: location, "the link has no target")
    }
}
