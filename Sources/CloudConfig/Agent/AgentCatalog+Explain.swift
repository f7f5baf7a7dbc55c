extension AgentCatalog {
    /// What a key is, as text for `cloudcfg explain`: its shape, what it does, how each release
    /// reads it (accessor, default), allowed values, what each distribution ships, notes.
    ///
    /// - Parameters:
    ///   - key: A key, case-sensitive; a key in another case is explained under its real name.
    ///   - version: The agent version to describe the key against.
    /// - Returns: The explanation, or `nil` when no agent knows the key.
    public func explanation(of key: String, for version: AgentVersion = .newest) -> String? {
        if let obsolete = obsoleteOption(key)
            ?? obsoleteOptions.first(where: { $0.key.lowercased() == key.lowercased() })
        {
            var text = "\(obsolete.key) (waagent.conf): obsolete, read by no current agent\n\n"
            text += obsolete.note.prefix(1).uppercased() + obsolete.note.dropFirst() + ".\n"
            if let replacement = obsolete.replacement { text += "Use instead: \(replacement)\n" }
            return text
        }
        guard let option = option(key) ?? options.first(where: { $0.key.lowercased() == key.lowercased() }) else {
            return nil
        }
        var text = "\(option.key) (waagent.conf): \(Self.shape(option))\n\n"
        text += option.summary.prefix(1).uppercased() + option.summary.dropFirst() + ".\n\n"
        if !option.allowedValues.isEmpty {
            text += "Allowed values: " + option.allowedValues.joined(separator: ", ") + " (case-sensitive)\n"
        }
        if let reading = option.reading(for: version) {
            text += "Default (agent \(version)): \(Self.describe(reading.fallback))\n"
            if reading.isListed, let listed = reading.listedDefault, reading.fallback != .value(listed) {
                text += "-show-configuration prints: \(listed) when unset\n"
            }
        } else {
            text += "Agent \(version) does not read it\n"
        }
        text += "\nRead by:\n"
        for release in AgentRelease.allCases {
            guard let reading = option.readings[release] else {
                text += "  \(release): not read\n"
                continue
            }
            let accessor = reading.accessor.map { "\($0)()" } ?? "no accessor (listed for -show-configuration only)"
            text +=
                "  \(release): \(accessor), \(reading.method.rawValue), default \(Self.describe(reading.fallback))\n"
        }
        if let since = option.since { text += "  since \(since)\n" }
        let shipped = AgentBaseline.all.compactMap { baseline in
            baseline.value(for: option.key).map { (baseline.id, $0) }
        }
        if !shipped.isEmpty {
            text += "\nShipped:\n"
            for (id, value) in shipped { text += "  \(id): \(value)\n" }
        }
        if !option.notes.isEmpty {
            text += "\nNotes:\n"
            for note in option.notes { text += "  - \(note)\n" }
        }
        return text
    }

    static func shape(_ option: AgentOption) -> String {
        switch option.kind {
        case .switch: "a switch, y or n"
        case .integer: "an integer"
        case .string: "a string"
        case .enumeration: "one of: " + option.allowedValues.joined(separator: ", ")
        }
    }

    static func describe(_ fallback: AgentReading.Fallback) -> String {
        switch fallback {
        case .value(let value): value.description
        case .option(let key): "the value of \(key)"
        }
    }
}
