import Foundation

/// The library's DocC catalog, `Sources/CloudConfig/CloudConfig.docc`, read from the source tree
/// (tests compare it with what the code says, and re-record its generated pages there).
enum DocumentationCatalog {
    /// The root of the package.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Documentation
        .deletingLastPathComponent()  // CloudConfigTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The catalog.
    static let directory = packageRoot.appendingPathComponent("Sources/CloudConfig/CloudConfig.docc")

    /// The generated rule pages, one per family.
    static let rulesDirectory = directory.appendingPathComponent("Rules")

    /// The landing page.
    static let landingPage = directory.appendingPathComponent("CloudConfig.md")

    /// Every Markdown file of the catalog, by path relative to the catalog, sorted.
    static func markdownFiles() throws -> [(name: String, text: String)] {
        try files(under: directory, withExtension: "md").map { url in
            (String(url.path.dropFirst(directory.path.count + 1)), try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The Swift files of a directory and its subdirectories, as text.
    static func swiftSources(_ relativePath: String) throws -> [String] {
        try files(under: packageRoot.appendingPathComponent(relativePath), withExtension: "swift").map {
            try String(contentsOf: $0, encoding: .utf8)
        }
    }

    /// The files with an extension under a directory, sorted by path.
    static func files(under directory: URL, withExtension pathExtension: String) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == pathExtension }
            .sorted { $0.path < $1.path }
    }

    /// The page name DocC gives a Markdown file: its name without the extension (`<doc:Name>`).
    static func pageName(_ relativePath: String) -> String {
        String(relativePath.split(separator: "/").last?.dropLast(3) ?? "")
    }
}
