import BigInt

/// The cloud-config cloud-init composes from the parts of user-data, as its cloud-config
/// handler builds it (`cloudinit/handlers/cloud_config.py`): each `text/cloud-config` part
/// loaded, its `merge_how` (or `merge_type`) key removed and read together with its
/// `Merge-Type` (or `X-Merge-Type`) header, and merged into what the earlier parts gave; each
/// `text/cloud-config-jsonp` part applied as a JSON patch (RFC 6902) to it.
public struct CloudConfigMerge: Sendable {
    /// What happened to one part.
    public struct Outcome: Sendable {
        /// The part's file name.
        public var filename: String
        /// Where the part is.
        public var path: EnvelopePath
        /// The rules it was merged with (empty when it failed before they were known, and for a
        /// JSON patch).
        public var rules: MergeRules
        /// Why cloud-init skips the part, or `nil` when it was merged.
        public var failure: String?
    }

    /// The composed configuration: a mapping; `nil` when no part was a cloud-config part
    /// (cloud-init then writes an empty `cloud-config.txt`).
    public var value: YAMLValue?
    /// One outcome per cloud-config, JSON-patch or rendered Jinja part, in order.
    public var outcomes: [Outcome]
    /// Whether ``value`` is what cloud-init composes: `false` when a Jinja part could not be
    /// followed because no renderer was given.
    public var isComplete: Bool

    /// Composes the configuration of parts.
    ///
    /// - Parameters:
    ///   - parts: The parts, in the order cloud-init's handlers receive them
    ///     (``UserDataEnvelope/parts``).
    ///   - launchIndex: The instance's launch index; parts with a different `Launch-Index`
    ///     are left out, as cloud-init's launch-index filter does. `nil` keeps every part (Azure
    ///     has no launch index).
    ///   - render: Renders a `text/jinja2` part (with instance data); `nil`, or a renderer that
    ///     returns `nil`, leaves the part out, as a failed render does.
    /// - Returns: The configuration and what happened to each part.
    public static func compose(
        _ parts: [UserDataPart], launchIndex: Int? = nil, render: ((UserDataPart) -> [UInt8]?)? = nil
    ) -> CloudConfigMerge {
        var buffer: YAMLValue?
        var merged = 0
        var isComplete = true
        var outcomes: [Outcome] = []
        for part in parts {
            if let launchIndex, let value = part.launchIndex, PythonText.int(value) != BigInt(launchIndex) { continue }
            var payload = part.payload
            var isPatch = part.contentType == "text/cloud-config-jsonp"
            switch part.handler {
            case .cloudConfig?:
                break
            case .jinja?:
                guard let render else {
                    isComplete = false
                    continue
                }
                guard let rendered = render(part) else { continue }
                let type = UserDataContentType.sniff(rendered)
                guard type == "text/cloud-config" || type == "text/cloud-config-jsonp" else { continue }
                payload = rendered
                isPatch = false
            default:
                continue
            }
            if buffer == nil || merged == 0 { buffer = .mapping([]) }
            let base = buffer ?? .mapping([])
            if isPatch {
                switch JSONPatch.apply(payload, to: base) {
                case .success(let value):
                    buffer = value
                    merged += 1
                    outcomes.append(
                        Outcome(filename: part.filename, path: part.path, rules: MergeRules([]), failure: nil))
                case .failure(let error):
                    outcomes.append(
                        Outcome(filename: part.filename, path: part.path, rules: MergeRules([]), failure: error.message)
                    )
                }
                continue
            }
            switch mergePart(payload, header: part.mergeTypeHeader, into: base) {
            case .success(let (value, rules)):
                buffer = value
                merged += 1
                outcomes.append(Outcome(filename: part.filename, path: part.path, rules: rules, failure: nil))
            case .failure(let failure):
                outcomes.append(
                    Outcome(filename: part.filename, path: part.path, rules: failure.rules, failure: failure.message))
            }
        }
        return CloudConfigMerge(value: buffer, outcomes: outcomes, isComplete: isComplete)
    }

    /// Why a part was not merged, with the rules known by then.
    private struct PartFailure: Error {
        var message: String
        var rules = MergeRules([])
    }

    /// `CloudConfigPartHandler._merge_part`.
    private static func mergePart(_ payload: [UInt8], header: String?, into base: YAMLValue) -> Result<
        (YAMLValue, MergeRules), PartFailure
    > {
        guard case .mapping(var entries)? = EnvelopeOpener.loadMapping(payload) else {
            return .failure(PartFailure(message: "empty cloud config"))
        }
        var rules = MergeRules([])
        var raw: YAMLValue?
        if let index = entries.firstIndex(where: { $0.key.string == "merge_how" }) {
            raw = entries.remove(at: index).value
        }
        if raw == nil || raw?.isNotNone == false,
            let index = entries.firstIndex(where: { $0.key.string == "merge_type" })
        {
            raw = entries.remove(at: index).value
        }
        if let raw, raw.isNotNone {
            switch MergeRules.parse(raw) {
            case .success(let parsed): rules.mergers += parsed.mergers
            case .failure(let error): return .failure(PartFailure(message: error.message))
            }
        }
        switch MergeRules.parse(header ?? "") {
        case .success(let parsed): rules.mergers += parsed.mergers
        case .failure(let error): return .failure(PartFailure(message: error.message, rules: rules))
        }
        if rules.mergers.isEmpty { rules = .userDataDefault }
        if case .failure(let error) = rules.validated() {
            return .failure(PartFailure(message: error.message, rules: rules))
        }
        do {
            return .success((try CloudConfigMerger(rules).merge(base, .mapping(entries)), rules))
        } catch {
            return .failure(PartFailure(message: error.message, rules: rules))
        }
    }

    /// Merges two values with rules, as `mergers.construct(rules).merge(value, mergeWith)`.
    ///
    /// - Parameters:
    ///   - value: The value merged into.
    ///   - mergeWith: The value merged in.
    ///   - rules: The rules.
    /// - Returns: The merged value, or why cloud-init fails (an unknown merger, a type error).
    public static func merge(_ value: YAMLValue, _ mergeWith: YAMLValue, rules: MergeRules) -> Result<
        YAMLValue, MergeRules.Error
    > {
        if case .failure(let error) = rules.validated() { return .failure(error) }
        do {
            return .success(try CloudConfigMerger(rules).merge(value, mergeWith))
        } catch {
            return .failure(MergeRules.Error(message: error.message))
        }
    }
}
