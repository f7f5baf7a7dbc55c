/// Numbers, lists and mappings outside their bounds.
struct OutOfRangeRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .outOfRange, family: .schema, defaultSeverity: .error,
        summary: "A number, list or mapping is outside its bounds",
        rationale: "Some values have bounds: `runcmd` needs at least one command, `mounts` entries at most six "
            + "fields, a power-state delay cannot be negative, some lists must not repeat items.",
        triggeringExamples: [
            RuleExample("runcmd: 1️⃣[]\n", message: "expected at least 1 item, found 0"),
            RuleExample(
                "power_state:\n  mode: reboot\n  delay: 1️⃣-5\n", message: "the integer -5 is below the minimum 0"),
        ],
        nonTriggeringExamples: ["runcmd: [ls]\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        let value = { SchemaMessages.describe(finding.node, in: document) }
        let message: Diagnostic.Message
        switch finding.kind {
        case .belowMinimum(let minimum): message = .belowMinimum(value(), minimum)
        case .aboveMaximum(let maximum): message = .aboveMaximum(value(), maximum)
        case .tooFewItems(let count): message = .tooFewItems(count, found: document.items(of: finding.node).count)
        case .tooManyItems(let count): message = .tooManyItems(count)
        case .duplicateItem(let first): message = .duplicateItem(first)
        case .tooFewKeys(let count): message = .tooFewKeys(count, found: document.entries(of: finding.node).count)
        default: return nil
        }
        return diagnostic(message, for: finding, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func belowMinimum(_ value: String, _ minimum: Double) -> Self {
        "\(value) is below the minimum \(number(minimum))"
    }

    fileprivate static func aboveMaximum(_ value: String, _ maximum: Double) -> Self {
        "\(value) is above the maximum \(number(maximum))"
    }

    fileprivate static func tooFewItems(_ count: Int, found: Int) -> Self {
        "expected at least \(count) item\(count == 1 ? "" : "s"), found \(found)"
    }

    fileprivate static func tooManyItems(_ count: Int) -> Self {
        "expected at most \(count) item\(count == 1 ? "" : "s")"
    }

    fileprivate static func duplicateItem(_ first: Int) -> Self {
        "this item repeats item \(first); the list must not repeat items"
    }

    fileprivate static func tooFewKeys(_ count: Int, found: Int) -> Self {
        "expected at least \(count) key\(count == 1 ? "" : "s"), found \(found)"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : PythonFormat.floatRepr(value)
    }
}
