import CloudConfig
import Foundation
import Testing

/// `cloudcfg rules --format markdown`, run as a subprocess: the reference of every rule, of which
/// the committed DocC rule pages are the families' parts.
@Suite struct RulesMarkdownTests {
    @Test func markdownHasEveryRuleAndEveryCommittedPage() throws {
        let run = try ReadmeTests.run(["rules", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("# cloudcfg rules\n\n"))
        for rule in RuleRegistry.all.map(\.definition) {
            #expect(run.stdout.contains("\n### \(rule.id.rawValue)\n\n"), "\(rule.id) has no section")
        }
        // Each committed page's rule sections are in the output, one heading level down.
        let pages = ReadmeTests.root.appendingPathComponent("Sources/CloudConfig/CloudConfig.docc/Rules")
        let families = RuleFamily.allCases.filter { family in
            RuleRegistry.all.contains { $0.definition.family == family }
        }
        for family in families {
            let file = RuleReference.pageName(for: family) + ".md"
            let page = try String(contentsOf: pages.appendingPathComponent(file), encoding: .utf8)
            let ids = RuleRegistry.all.map(\.definition).filter { $0.family == family }.map(\.id.rawValue)
            let first = try #require(ids.first)
            let start = try #require(page.range(of: "\n## \(first)\n"), "\(file) has no section for \(first)")
            var sections = String(page[start.lowerBound...])
            for id in ids { sections = sections.replacing("\n## \(id)\n", with: "\n### \(id)\n") }
            #expect(run.stdout.contains(sections), "\(file): its rule sections differ from rules --format markdown")
        }
    }
}
