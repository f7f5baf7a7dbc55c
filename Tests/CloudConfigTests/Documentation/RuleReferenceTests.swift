import CloudConfig
import Foundation
import TestSupport
import Testing

/// The rule reference: the committed DocC rule pages are what ``RuleReference`` writes from the
/// rules, every rule has its section, and the Markdown shows every example as it is linted.
///
/// After adding or changing a rule, `CLOUDCFG_RECORD=docs swift test --filter RuleReferenceTests`
/// writes the pages again; review the diff.
@Suite struct RuleReferenceTests {
    static var isRecording: Bool { Recording.isRecording("docs") }

    /// Each family's page under `CloudConfig.docc/Rules`, and the page that lists them, is the
    /// generated one, byte for byte, and no other page is there.
    @Test func committedRulePagesAreTheGeneratedOnes() throws {
        let directory = DocumentationCatalog.rulesDirectory
        var expected = Dictionary(
            uniqueKeysWithValues: RuleReference.families().map {
                (RuleReference.pageName(for: $0) + ".md", RuleReference.page(for: $0))
            })
        expected[RuleReference.indexPageName + ".md"] = RuleReference.indexPage()
        if Self.isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where expected[file] == nil
            {
                try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
            }
            for (file, text) in expected {
                try Data(text.utf8).write(to: directory.appendingPathComponent(file))
            }
            return
        }
        let committed = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        #expect(
            committed == Set(expected.keys),
            "the rule pages are not one per family; CLOUDCFG_RECORD=docs swift test --filter RuleReferenceTests writes them"
        )
        for (file, text) in expected.sorted(by: { $0.key < $1.key }) {
            let data = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path) ?? Data()
            let actual = String(decoding: data, as: UTF8.self)
            #expect(
                actual == text,
                "\(file) is not the generated page (CLOUDCFG_RECORD=docs re-records it): \(Self.firstDifference(actual, text))"
            )
        }
    }

    /// Every rule has a section in its family's page, and the page's table links to it.
    @Test func everyRuleHasASection() {
        for rule in RuleRegistry.all.map(\.definition) {
            let page = RuleReference.page(for: rule.family)
            #expect(page.hasPrefix("# \(RuleReference.title(of: rule.family))\n\n"))
            #expect(page.contains("\n## \(rule.id.rawValue)\n\n"), "\(rule.id) has no section")
            #expect(page.contains("| [\(rule.id.rawValue)](#\(rule.id.rawValue)) | \(rule.defaultSeverity.rawValue) |"))
            #expect(page.contains(RuleReference.section(for: rule, level: 2)))
        }
        // One page per family that has rules, with distinct names, each listed by the index page.
        let names = RuleReference.families().map(RuleReference.pageName(for:)) + [RuleReference.indexPageName]
        #expect(Set(names).count == names.count)
        let index = RuleReference.indexPage()
        for family in RuleReference.families() {
            #expect(index.contains("\n- <doc:\(RuleReference.pageName(for: family))>\n"))
        }
    }

    /// A family without a name of its own still gets a page, named from its raw value.
    @Test func familiesWithoutAnEntryGetAPage() {
        #expect(RuleReference.pageName(for: .systemConfig) == "SystemConfigRules")
        for family in RuleFamily.allCases where RuleReference.names[family] == nil {
            #expect(RuleReference.pageName(for: family).hasSuffix("Rules"))
            #expect(RuleReference.page(for: family, rules: []).hasPrefix("# \(RuleReference.title(of: family))\n\n"))
        }
    }

    /// A rule's section states its facts and shows its examples: the flagged ones with their
    /// markers, the header they are linted with, the message and the text after the fix.
    @Test func sectionOfARuleWithAFix() throws {
        let rule = try #require(RuleRegistry.definition(for: .writeFilesPermissions))
        let section = RuleReference.section(for: rule, level: 2)
        #expect(section.hasPrefix("## write-files-permissions\n\n"))
        #expect(section.contains("- Severity: \(rule.defaultSeverity.rawValue) by default\n"))
        #expect(section.contains("- Checks: user-data and system configuration\n"))
        #expect(section.contains("- Fix: " + Markdown.prose(RuleReference.fixDescription(rule))))
        if let safety = rule.fixSafety { #expect(section.contains(Markdown.prose(safety.reason))) }
        #expect(section.contains("**Why it matters.** "))
        let flagged = try #require(rule.triggeringExamples.first { $0.corrected != nil })
        #expect(section.contains("```yaml\n#cloud-config\n" + flagged.markedText))
        #expect(section.contains("After the fix:\n\n```yaml\n#cloud-config\n" + (flagged.corrected ?? "")))
        if let message = flagged.message { #expect(section.contains("The finding says: “\(message)”.")) }
        for example in rule.nonTriggeringExamples {
            #expect(section.contains("```yaml\n#cloud-config\n" + example.text))
        }
    }

    @Test func sectionOfARuleWithoutAFix() throws {
        let rule = try #require(RuleRegistry.definition(for: .duplicateKey))
        let section = RuleReference.section(for: rule, level: 3)
        #expect(section.hasPrefix("### duplicate-key\n\n"))
        #expect(section.contains("- Fix: none\n"))
        #expect(!section.contains("After the fix"))
        #expect(!RuleReference.offersFix(rule))
    }

    /// Examples of the files of an image, of another kind of input, for an older release or a
    /// distribution say what they are linted as.
    @Test func examplesSayWhatTheyAreLintedAs() throws {
        let image = RuleReference.page(for: .image)
        #expect(image.contains("Linted together, as the files of one image"))
        #expect(image.contains("```\n==> etc/waagent.conf <==\n"))
        let waagent = RuleReference.page(for: .waagent)
        #expect(waagent.contains("```ini\n"))
        #expect(waagent.contains("Linted for `--distro "))
        let configuration = RuleReference.page(for: .configuration)
        #expect(configuration.contains("Linted as waagent.conf:"))
        let schema = RuleReference.page(for: .schema)
        #expect(schema.contains("Linted for cloud-init 22.4.2 (`--cloud-init 22.4.2`):"))
    }

    /// A made-up rule whose text needs escaping: markup in prose, backticks and invisible
    /// characters in examples, a rule of a family of its own.
    @Test func escapingAndInvisibleCharacters() {
        let rule = RuleDescription(
            id: RuleID(rawValue: "made-up"), family: .semantics, defaultSeverity: .note,
            summary: "A merge key (<<) or *stars* | pipes",
            rationale: "DataSource<name> and _emphasis_ stay text; `a_b <c>` is code; write_files too",
            triggeringExamples: [RuleExample("a: ```\n1️⃣b:\tc\r\n\u{feff}d: \u{7}\n", message: "uses `x`")],
            nonTriggeringExamples: [""])
        let page = RuleReference.page(for: .semantics, rules: [rule])
        #expect(page.contains("| [made-up](#made-up) | note | no | A merge key (\\<\\<) or \\*stars\\* \\| pipes |"))
        #expect(page.contains("A merge key (\\<\\<) or \\*stars\\* | pipes.\n"))
        #expect(page.contains("DataSource\\<name\\> and \\_emphasis\\_ stay text; `a_b <c>` is code; write_files too."))
        #expect(page.contains("````yaml\n#cloud-config\na: ```\n1️⃣b:␉c␍\n⟨U+FEFF⟩d: ␇\n````\n"))
        #expect(
            page.contains(
                "In this example, ␉ stands for a tab, ␍ stands for a carriage return, ⟨U+FEFF⟩ stands for a byte order mark (U+FEFF) and ␇ stands for the control character U+0007."
            ))
        #expect(page.contains("The finding says: “uses `x`”."))
        #expect(Markdown.code("a_b") == "`a_b`")
        #expect(Markdown.code("a `b` *c*") == "a `b` \\*c\\*")
        #expect(page.contains("**Not flagged.**\n\n```yaml\n#cloud-config\n```\n"))
        // Only the made-up rule's family is listed.
        #expect(RuleReference.families(of: [rule]) == [.semantics])
        #expect(RuleReference.document(rules: [rule]).contains("cloudcfg has 1 rule in 1 family."))
    }

    @Test func anchorsAreWhatGitHubMakes() {
        #expect(RuleReference.anchor("waagent.conf rules") == "waagentconf-rules")
        #expect(RuleReference.anchor("Configuration and input rules") == "configuration-and-input-rules")
        #expect(RuleReference.anchor("duplicate-key") == "duplicate-key")
    }

    /// The document `cloudcfg rules --format markdown` prints holds every family's rule
    /// sections, one level down, and links each family from its table.
    @Test func documentHoldsEveryPage() {
        let document = RuleReference.document()
        #expect(document.hasPrefix("# cloudcfg rules\n\n"))
        for family in RuleReference.families() {
            #expect(document.contains("\n## \(RuleReference.title(of: family))\n\n"))
            #expect(document.contains("(#\(RuleReference.anchor(RuleReference.title(of: family))))"))
        }
        for rule in RuleRegistry.all.map(\.definition) {
            #expect(document.contains(RuleReference.section(for: rule, level: 3)))
        }
    }

    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let left = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let right = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let committed = index < left.count ? String(left[index]) : "<end of file>"
            let generated = index < right.count ? String(right[index]) : "<end of file>"
            if committed != generated {
                return
                    "line \(index + 1): committed \(committed.debugDescription), generated \(generated.debugDescription)"
            }
        }
        return "the texts differ in bytes only"
    }
}
