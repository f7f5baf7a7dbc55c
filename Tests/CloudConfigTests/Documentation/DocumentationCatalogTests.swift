import Foundation
import Testing

/// The DocC catalog stays true to the code without running DocC: every symbol link names public
/// API that exists, every article link names a page (and a heading on it), the landing page
/// lists every article and every public type, and every Swift example is compiled and run by
/// ``ArticleExamplesTests``. (`swift package generate-documentation --target CloudConfig` checks
/// the same and more, but takes a minute; the README says how to run it.)
@Suite struct DocumentationCatalogTests {
    /// The Markdown of the catalog, without its fenced code blocks.
    static func prose() throws -> [(name: String, text: String)] {
        try DocumentationCatalog.markdownFiles().map { ($0.name, withoutCodeBlocks($0.text)) }
    }

    /// The lines of a Markdown text outside fenced code blocks.
    static func withoutCodeBlocks(_ text: String) -> String {
        var fence: Substring?
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let run = line.prefix { $0 == "`" }
            if let open = fence {
                if run.count >= open.count, line.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if run.count >= 3 {
                fence = run
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// The contents of the fenced `swift` code blocks of a Markdown text.
    static func swiftBlocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```swift" {
                current = []
            } else if let lines = current, line == "```" {
                blocks.append(lines.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Every ``Symbol`` link names a public type, and each of its further components a public
    /// member declared with that type or an extension of it, with the argument labels given.
    @Test func everySymbolLinkNamesPublicAPI() throws {
        let index = try #require(APIIndex.shared)
        var count = 0
        for (name, text) in try Self.prose() {
            // DocC reads any inline code fenced by two or more backticks as a symbol link, so
            // every such fence must belong to one.
            let fences = text.matches(of: /``+/).count
            let links = text.matches(of: /(?:^|[^`])``([^`]+)``(?!`)/).count
            #expect(fences == 2 * links, "\(name) has a code span DocC would read as a symbol link")
            for match in text.matches(of: /(?:^|[^`])``([^`]+)``(?!`)/) {
                let link = String(match.output.1)
                count += 1
                let problem = index.problem(with: link)
                #expect(problem == nil, "\(name): ``\(link)``: \(problem ?? "")")
            }
        }
        #expect(count > 100)
    }

    /// Every `<doc:Page>` link names a page of the catalog, and `<doc:Page#heading>` a heading on it.
    @Test func everyArticleLinkResolves() throws {
        let files = try DocumentationCatalog.markdownFiles()
        var headings: [String: Set<String>] = [:]
        for (name, text) in files {
            let page = DocumentationCatalog.pageName(name)
            #expect(headings[page] == nil, "two pages are named \(page)")
            let titles = Self.withoutCodeBlocks(text).split(separator: "\n").compactMap { line in
                line.firstMatch(of: /^#{2,6} (.+)$/).map { Self.anchor(String($0.output.1)) }
            }
            headings[page] = Set(titles)
        }
        var count = 0
        for (name, text) in try Self.prose() {
            for match in text.matches(of: /<doc:([A-Za-z0-9_-]+)(?:#([A-Za-z0-9_-]+))?>/) {
                count += 1
                let page = String(match.output.1)
                guard let anchors = headings[page] else {
                    Issue.record("\(name): <doc:\(page)> names no page of the catalog")
                    continue
                }
                if let anchor = match.output.2 {
                    #expect(anchors.contains(String(anchor)), "\(name): \(page) has no heading #\(anchor)")
                }
            }
        }
        #expect(count > 20)
    }

    /// The landing page lists every article and the rule reference (whose generated page lists
    /// the rule pages), and every public type of the library in a topic group; no page is named
    /// like a heading of the landing page, which makes its link ambiguous to DocC.
    @Test func landingPageListsEveryPageAndType() throws {
        let landing = try String(contentsOf: DocumentationCatalog.landingPage, encoding: .utf8)
        let topics = try #require(landing.split(separator: "\n## Topics\n").last)
        let index = try String(
            contentsOf: DocumentationCatalog.rulesDirectory.appendingPathComponent("RuleReference.md"), encoding: .utf8)
        for (name, _) in try DocumentationCatalog.markdownFiles() where name != "CloudConfig.md" {
            let page = DocumentationCatalog.pageName(name)
            let listing = name.hasPrefix("Rules/") && page != "RuleReference" ? index : String(topics)
            #expect(listing.contains("- <doc:\(page)>\n"), "\(page) is listed by no topics section")
        }
        let headings = Set(
            landing.split(separator: "\n").compactMap { $0.firstMatch(of: /^#{2,6} (.+)$/).map { String($0.output.1) } }
        )
        for (name, _) in try DocumentationCatalog.markdownFiles() {
            #expect(!headings.contains(DocumentationCatalog.pageName(name)), "\(name) is named like a heading")
        }
        let listed = Set(topics.matches(of: /- ``([A-Za-z]+)``/).map { String($0.output.1) })
        let types = try #require(APIIndex.shared).topLevelTypes.subtracting(APIIndex.outsideSymbolGraph)
        for type in types.sorted() {
            #expect(
                listed.contains(type),
                "\(type) is public but in no topic group of CloudConfig.docc/CloudConfig.md; add it to one")
        }
    }

    /// Every Swift example of the catalog is in ``ArticleExamplesTests``, line for line (blank
    /// lines and indentation aside), so it compiles and runs.
    @Test func everySwiftExampleIsTested() throws {
        let tests = try String(
            contentsOf: DocumentationCatalog.packageRoot.appendingPathComponent(
                "Tests/CloudConfigTests/Documentation/ArticleExamplesTests.swift"),
            encoding: .utf8)
        let tested = Self.normalizedLines(tests)
        var count = 0
        for (name, text) in try DocumentationCatalog.markdownFiles() {
            for block in Self.swiftBlocks(text) {
                count += 1
                let lines = Self.normalizedLines(block)
                let found = (0...max(0, tested.count - lines.count)).contains { start in
                    Array(tested[start..<min(tested.count, start + lines.count)]) == lines
                }
                #expect(found, "\(name): a Swift example is not in ArticleExamplesTests:\n\(block)")
            }
        }
        #expect(count >= 10)
    }

    static func normalizedLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The anchor DocC gives a heading, for the headings these pages use.
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().map { $0 == " " ? "-" : $0 }
                .filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }
}

/// The public API of `Sources/CloudConfig`, read from the source text: enough to tell whether a
/// symbol link names something that exists.
struct APIIndex {
    /// Public types DocC's symbol graph does not have, so that no page can list them: the
    /// symbol graph tool of Swift 6.3.1 leaves out `CloudConfigVersion` (a caseless enum named
    /// after the module), though it is public.
    static let outsideSymbolGraph: Set<String> = ["CloudConfigVersion"]

    /// The index, read once for all tests.
    static let shared: APIIndex? = try? APIIndex()

    /// The source files.
    let files: [String]
    /// The public types declared at the top level.
    let topLevelTypes: Set<String>
    /// The files that declare or extend each type, by index in ``files``.
    let filesOfType: [String: [Int]]

    init() throws {
        files = try DocumentationCatalog.swiftSources("Sources/CloudConfig")
        topLevelTypes = Set(
            files.flatMap { file in
                file.matches(
                    of: /(?m)^public (?:indirect |final )?(?:struct|enum|class|protocol|typealias|actor) (\w+)/
                )
                .map { String($0.output.1) }
            })
        var filesOfType: [String: [Int]] = [:]
        for (index, file) in files.enumerated() {
            let names = Set(
                file.matches(of: /(?:struct|enum|class|protocol|extension|actor) (\w+)/).map { String($0.output.1) })
            for name in names { filesOfType[name, default: []].append(index) }
        }
        self.filesOfType = filesOfType
    }

    /// Why a link does not resolve, or `nil` when it does.
    func problem(with link: String) -> String? {
        let components = link.split(separator: "/").map(String.init)
        guard let type = components.first else { return "empty link" }
        // The module itself: the landing page's title.
        if components == ["CloudConfig"] { return nil }
        guard topLevelTypes.contains(type) else { return "\(type) is not a public type" }
        var owner = type
        for component in components.dropFirst() {
            let base = String(component.prefix { $0 != "(" })
            let labels: [String]? =
                component.contains("(")
                ? component.drop { $0 != "(" }.dropFirst().dropLast().split(separator: ":").map(String.init) : nil
            let scope = (filesOfType[owner] ?? []).map { files[$0] }
            guard scope.contains(where: { Self.declares(base, labels: labels, in: $0) }) else {
                return "no public \(component) on \(owner)"
            }
            owner = base
        }
        return nil
    }

    /// Whether a file declares a member (public, or an enum case) with a name and, for a
    /// function or initializer, the argument labels.
    static func declares(_ name: String, labels: [String]?, in file: String) -> Bool {
        let keywords = ["func", "var", "let", "case", "struct", "enum", "class", "typealias", "protocol"]
        guard let labels else {
            return keywords.contains { keyword in
                file.contains("\(keyword) \(name) ") || file.contains("\(keyword) \(name):")
                    || file.contains("\(keyword) \(name)(") || file.contains("\(keyword) \(name)<")
                    || file.contains("\(keyword) \(name)\n") || file.contains("\(keyword) \(name),")
            }
        }
        let opener = name == "init" ? ["init(", "init?("] : ["func \(name)("]
        for open in opener {
            var rest = Substring(file)
            while let range = rest.range(of: open) {
                let prefix = rest[..<range.lowerBound].split(separator: "\n").last ?? ""
                let parameters = Self.parameters(after: rest[range.upperBound...])
                rest = rest[range.upperBound...]
                guard prefix.contains("public") else { continue }
                if parameters == labels { return true }
            }
        }
        return false
    }

    /// The argument labels of a parameter list, read up to its closing parenthesis.
    static func parameters(after text: Substring) -> [String] {
        var depth = 0
        var current = ""
        var parameters: [String] = []
        var previous: Character = " "
        for character in text {
            defer { previous = character }
            if character == "(" || character == "[" || character == "<" { depth += 1 }
            if character == ")" || character == "]" || (character == ">" && previous != "-") {
                if depth == 0 { break }
                depth -= 1
            }
            if character == ",", depth == 0 {
                parameters.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { parameters.append(current) }
        return parameters.compactMap { parameter in
            let names = parameter.split(separator: ":").first?.split(whereSeparator: { $0 == " " || $0 == "\n" })
            return names?.first.map(String.init)
        }
    }
}
