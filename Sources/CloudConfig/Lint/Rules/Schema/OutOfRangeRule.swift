/// Numbers, lists and mappings outside their bounds.
struct OutOfRangeRule: LintRule {
    let definition = RuleDescription(
        id: "out-of-range", family: .schema, defaultSeverity: .error,
        summary: "A number, list or mapping is outside its bounds",
        rationale: "Some values have bounds: `runcmd` needs at least one command, `mounts` entries at most six "
            + "fields, a power-state delay cannot be negative, some lists must not repeat items.",
        triggeringExamples: ["runcmd: 1️⃣[]\n", "power_state:\n  mode: reboot\n  delay: 1️⃣-5\n"],
        nonTriggeringExamples: ["runcmd: [ls]\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            let message: String
            switch finding.kind {
            case .belowMinimum(let minimum):
                message =
                    "\(SchemaMessages.describe(finding.node, in: document)) is below the minimum \(Self.number(minimum))"
            case .aboveMaximum(let maximum):
                message =
                    "\(SchemaMessages.describe(finding.node, in: document)) is above the maximum \(Self.number(maximum))"
            case .tooFewItems(let count):
                message =
                    "expected at least \(count) item\(count == 1 ? "" : "s"), found "
                    + "\(document.items(of: finding.node).count)"
            case .tooManyItems(let count):
                message = "expected at most \(count) item\(count == 1 ? "" : "s")"
            case .duplicateItem(let first):
                message = "this item repeats item \(first); the list must not repeat items"
            case .tooFewKeys(let count):
                message =
                    "expected at least \(count) key\(count == 1 ? "" : "s"), found "
                    + "\(document.entries(of: finding.node).count)"
            default:
                return nil
            }
            return diagnostic(message, at: document[finding.node].range, keyPath: finding.path)
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : PythonFormat.floatRepr(value)
    }
}
