import ArgumentParser
import CloudConfig

/// `cloudcfg rules`: the rules, by family.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the lint rules with their default severities.",
        discussion: """
            Turn a rule off or change its severity in .cloudcfg.yaml; `cloudcfg explain RULE` shows its examples. \
            --format markdown prints the whole reference (every rule with its rationale and examples), \
            from which the library's documentation pages are made.

            Examples:
              cloudcfg rules
              cloudcfg rules --format json
              cloudcfg rules --format markdown > RULES.md
            """
    )

    enum Format: String, ArgumentChoice {
        case text, json, markdown
    }

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() throws {
        let rules = RuleRegistry.all.map(\.definition)
        switch format {
        case .markdown:
            Console.out(RuleReference.document(rules: rules))
        case .json:
            let value = JSONValue.array(
                rules.map { rule in
                    .object([
                        ("id", .string(rule.id.rawValue)), ("family", .string(rule.family.rawValue)),
                        ("severity", .string(rule.defaultSeverity.rawValue)), ("summary", .string(rule.summary)),
                        ("rationale", .string(rule.rationale)),
                        ("aliases", .array(rule.aliases.map { .string($0.rawValue) })),
                    ])
                })
            Console.out(value.serialized(pretty: true, sortKeys: true) + "\n")
        case .text:
            let width = (rules.map(\.id.rawValue.count).max() ?? 0) + 2
            var output = ""
            for family in RuleFamily.allCases {
                let members = rules.filter { $0.family == family }
                guard !members.isEmpty else { continue }
                output += "\(family.rawValue):\n"
                for rule in members {
                    let id = rule.id.rawValue
                    let padding = String(repeating: " ", count: max(1, width - id.count))
                    let severity = rule.defaultSeverity.rawValue
                    output +=
                        "  \(id)\(padding)\(severity)\(String(repeating: " ", count: 9 - severity.count))\(rule.summary)\n"
                }
                output += "\n"
            }
            Console.out(output)
        }
    }
}
