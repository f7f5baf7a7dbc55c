/// The variables cloud-init's instance data gives templates, by cloud-init version, and a check
/// of a template's names against them.
///
/// Facts from cloud-init's `_get_standardized_metadata` and `persist_instance_data` (the same in
/// 22.4.2 and 26.2 except where a version is given). `ds.*` depends on the datasource, and
/// `merged_cfg` on the system configuration, so names below them are not checked.
public struct InstanceDataCatalog: Sendable {
    /// A known variable.
    public struct Entry: Sendable, Hashable {
        /// The dotted name, such as `v1.local_hostname`.
        public var name: String
        /// The first cloud-init release that writes it, if later than 22.4.2's baseline.
        public var since: String?
        /// A caveat (only in the sensitive file, only for `cloud-init query`, ...).
        public var note: String?
    }

    /// The known top-level and `v1` (and `sys_info`) variables.
    public let entries: [Entry]
    private let names: Set<String>

    /// Creates a catalog.
    ///
    /// - Parameter entries: The known variables.
    public init(entries: [Entry]) {
        self.entries = entries
        self.names = Set(entries.map(\.name))
    }

    /// The `v1` keys cloud-init writes, hyphenated duplicates included.
    static let v1Keys = [
        "_beta_keys", "availability-zone", "availability_zone", "cloud-name", "cloud_id", "cloud_name", "distro",
        "distro_release", "distro_version", "instance-id", "instance_id", "kernel_release", "local-hostname",
        "local_hostname", "machine", "platform", "public_ssh_keys", "python_version", "region", "subplatform",
        "system_platform", "variant",
    ]

    /// Names people write that cloud-init never provides, with what to use instead.
    static let misconceptions: [String: String] = [
        "v1.kernel": "v1.kernel_release", "v1.python": "v1.python_version", "v1.hostname": "v1.local_hostname",
        "v1.fqdn": "v1.local_hostname", "v1.image": "ds.meta_data.imds.compute.offer",
        "v1.instance_type": "ds.meta_data.imds.compute.vmSize",
    ]

    /// cloud-init's instance data as of 26.2, with the versions that added names.
    public static let standard = InstanceDataCatalog(
        entries: [
            Entry(name: "v1"), Entry(name: "ds"), Entry(name: "merged_cfg"), Entry(name: "sys_info"),
            Entry(name: "base64_encoded_keys"), Entry(name: "sensitive_keys"),
            Entry(name: "merged_system_cfg", since: "23.3"),
            Entry(name: "system_info", since: "23.3", note: "only in the root-readable instance-data-sensitive.json"),
            Entry(name: "features", since: "23.3", note: "only in the root-readable instance-data-sensitive.json"),
            Entry(name: "userdata", note: "added by 'cloud-init query' only; boot-time templates do not have it"),
            Entry(name: "vendordata", note: "added by 'cloud-init query' only; boot-time templates do not have it"),
            Entry(
                name: "combined_cloud_config", since: "23.3",
                note: "added by 'cloud-init query' only; boot-time templates do not have it"),
        ] + v1Keys.map { Entry(name: "v1." + $0) }
            + ["dist", "platform", "python", "release", "system", "uname", "variant"].map {
                Entry(name: "sys_info." + $0)
            })

    /// The top-level names: the catalog's roots plus the `v1` keys cloud-init copies to the top.
    private var topLevelNames: [String] {
        entries.map(\.name).filter { !$0.contains(".") } + Self.v1Keys
    }

    /// Checks a template's variable names: unknown names (with did-you-mean), names cloud-init
    /// only provides in later versions or outside boot, and hyphens in dotted names, which Jinja
    /// reads as subtraction.
    ///
    /// - Parameter template: A parsed template.
    /// - Returns: The findings, in template order.
    public func check(_ template: JinjaTemplate) -> [JinjaFinding] {
        var expressions: [JinjaExpression] = []
        var local: Set<String> = ["loop"]
        var nodes = template.nodes[...]
        var pending: [JinjaNode] = Array(nodes)
        nodes = []
        func targetNames(_ target: JinjaTarget) {
            switch target {
            case .name(let name): local.insert(name)
            case .tuple(let targets): targets.forEach(targetNames)
            case .namespaceAttribute(let name, _): local.insert(name)
            }
        }
        while let node = pending.popLast() {
            switch node {
            case .text, .noLoader, .unsupported: break
            case .output(let expression, _), .expression(let expression, _, _): expressions.append(expression)
            case .ifBlock(let branches, let otherwise, _):
                for (test, body) in branches {
                    expressions.append(test)
                    pending += body
                }
                pending += otherwise
            case .forLoop(let loop):
                targetNames(loop.target)
                expressions.append(loop.iterable)
                if let condition = loop.condition { expressions.append(condition) }
                pending += loop.body + loop.otherwise
            case .set(let target, let expression, _):
                targetNames(target)
                expressions.append(expression)
            case .setBlock(let target, let filters, let body, _):
                targetNames(target)
                for filter in filters {
                    expressions += filter.arguments.positional + filter.arguments.keywords.map(\.1)
                }
                pending += body
            case .with(let assignments, let body, _):
                for (target, expression) in assignments {
                    targetNames(target)
                    expressions.append(expression)
                }
                pending += body
            case .filterBlock(let filters, let body, _):
                for filter in filters {
                    expressions += filter.arguments.positional + filter.arguments.keywords.map(\.1)
                }
                pending += body
            }
        }
        var findings: [JinjaFinding] = []
        var stack = expressions
        while let expression = stack.popLast() {
            if let finding = checkPath(expression, local: local) {
                findings.append(finding)
                continue
            }
            if let finding = checkHyphen(expression, template: template, local: local) {
                findings.append(finding)
                continue
            }
            stack += Self.children(of: expression)
        }
        return findings.sorted { $0.range.start < $1.range.start }
    }

    /// The dotted path of `name.attr.attr`, innermost name first.
    static func path(_ expression: JinjaExpression) -> [String]? {
        switch expression.kind {
        case .name(let name): return [name]
        case .attribute(let object, let name): return path(object).map { $0 + [name] }
        case .item(let object, let key):
            if case .literal(.string(let name)) = key.kind { return path(object).map { $0 + [name] } }
            return nil
        default: return nil
        }
    }

    private func checkPath(_ expression: JinjaExpression, local: Set<String>) -> JinjaFinding? {
        guard case .attribute = expression.kind, let path = Self.path(expression) else {
            if case .name(let name) = expression.kind {
                return checkRoot(name, expression, deeper: false, local: local)
            }
            return nil
        }
        if let finding = checkRoot(path[0], expression, deeper: true, local: local) { return finding }
        guard path[0] == "v1" || path[0] == "sys_info", path.count >= 2 else { return nil }
        let name = path[0] + "." + path[1]
        if names.contains(name) || JinjaRenderer.dictAttributes.contains(path[1]) { return nil }
        let deeper = path.count > 2
        let severity: Severity = deeper ? .error : .warning
        let consequence =
            deeper
            ? "cloud-init fails on the deeper access and drops the template"
            : "cloud-init prints CI_MISSING_JINJA_VAR/\(path[1])"
        if let instead = Self.misconceptions[name] {
            return JinjaFinding(
                .unknownVariable, severity,
                "cloud-init has no '\(name)' (\(consequence)); use '\(instead)'", at: expression.range,
                suggestion: ([instead] + path.dropFirst(2)).joined(separator: "."))
        }
        let candidates = entries.map(\.name).filter { $0.hasPrefix(path[0] + ".") && !$0.contains("-") }
        let suggestion = Suggestion.closest(to: name, among: candidates)
        var message = "the instance data has no '\(name)'; \(consequence)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return JinjaFinding(
            .unknownVariable, severity, message, at: expression.range,
            suggestion: suggestion.map { ([$0] + path.dropFirst(2)).joined(separator: ".") })
    }

    private func checkRoot(_ name: String, _ expression: JinjaExpression, deeper: Bool, local: Set<String>)
        -> JinjaFinding?
    {
        if local.contains(name) || JinjaRenderer.globals.contains(name) { return nil }
        if let entry = entries.first(where: { $0.name == name }) {
            guard let note = entry.note else { return nil }
            return JinjaFinding(
                .unknownVariable, .warning, "'\(name)' is \(note)", at: expression.range)
        }
        if Self.v1Keys.contains(name) { return nil }
        let suggestion = Suggestion.closest(to: name, among: topLevelNames.filter { !$0.contains("-") })
        var message = "the instance data has no variable '\(name)'"
        message +=
            deeper
            ? "; cloud-init fails on the attribute access and drops the template"
            : "; cloud-init prints CI_MISSING_JINJA_VAR/\(name)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return JinjaFinding(
            .unknownVariable, deeper ? .error : .warning, message, at: expression.range, suggestion: suggestion)
    }

    /// `v1.cloud-name`: a dotted path, a `-` with no blanks around it, then a name that is not
    /// a template variable.
    private func checkHyphen(_ expression: JinjaExpression, template: JinjaTemplate, local: Set<String>)
        -> JinjaFinding?
    {
        guard case .binary(.subtract, let left, let right) = expression.kind, case .name(let rightName) = right.kind,
            !local.contains(rightName), let path = Self.path(left), path.count >= 2
        else { return nil }
        let between = template.file.text(of: SourceRange(start: left.range.end, end: right.range.start))
        guard between == "-" else { return nil }
        let key = path[path.count - 1] + "-" + rightName
        let alias = path.dropLast().joined(separator: ".") + "." + (JinjaInstanceData.alias(key) ?? key)
        return JinjaFinding(
            .hyphenInName, .error,
            "Jinja reads '\(path.joined(separator: "."))-\(rightName)' as a subtraction, which makes cloud-init drop "
                + "the template; write '\(alias)' or ['\(key)']",
            at: expression.range, suggestion: alias)
    }

    /// The sub-expressions of an expression.
    static func children(of expression: JinjaExpression) -> [JinjaExpression] {
        func arguments(_ arguments: JinjaArguments) -> [JinjaExpression] {
            arguments.positional + arguments.keywords.map(\.1)
        }
        switch expression.kind {
        case .literal, .name, .unsupported: return []
        case .list(let items), .tuple(let items), .concat(let items): return items
        case .dict(let keys, let values): return keys + values
        case .attribute(let object, _): return [object]
        case .item(let object, let key): return [object, key]
        case .slice(let object, let a, let b, let c): return [object] + [a, b, c].compactMap { $0 }
        case .call(let callee, let list): return [callee] + arguments(list)
        case .filter(let operand, _, let list, _), .test(let operand, _, let list, _):
            return [operand] + arguments(list)
        case .not(let operand), .negate(let operand), .plus(let operand): return [operand]
        case .binary(_, let left, let right), .and(let left, let right), .or(let left, let right): return [left, right]
        case .compare(let first, let operations): return [first] + operations.map(\.1)
        case .conditional(let test, let then, let otherwise): return [test, then] + (otherwise.map { [$0] } ?? [])
        }
    }
}
