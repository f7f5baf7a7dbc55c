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
        let files = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".md") }
        #expect(files.count == RuleFamily.allCases.count)
        for file in files {
            let page = try String(contentsOf: pages.appendingPathComponent(file), encoding: .utf8)
            let sections = page.split(separator: "\n## ").dropFirst()
            #expect(!sections.isEmpty, "\(file) has no rule sections")
            for section in sections {
                let demoted = "\n### " + section
                #expect(run.stdout.contains(demoted), "\(file): a section differs from rules --format markdown")
            }
        }
    }
}
