import Testing

@testable import CloudConfig

/// The `ignore:` patterns of `.cloudcfg.yaml`.
@Suite struct GlobTests {
    @Test(arguments: [
        // `*` within a component.
        ("*.yaml", "a.yaml", true), ("*.yaml", "dir/a.yaml", true), ("*.yaml", "a.yml", false),
        ("*.yaml", "a.yaml.bak", false), ("a*", "abc", true), ("*", "anything/at/all", true),
        ("dir/*.yaml", "dir/a.yaml", true), ("dir/*.yaml", "dir/sub/a.yaml", false),
        ("dir/*.yaml", "other/dir/a.yaml", false), ("*c*", "abcd", true), ("*x*", "abcd", false),
        ("a*b*c", "aXXbYYc", true), ("a*b*c", "aXXbYY", false),
        // `**` across components.
        ("vendor/**", "vendor/a.yaml", true), ("vendor/**", "vendor/x/y/z.yaml", true),
        ("vendor/**", "src/vendor/a.yaml", false), ("**/fixtures/*.yaml", "fixtures/a.yaml", true),
        ("**/fixtures/*.yaml", "a/b/fixtures/c.yaml", true), ("**/fixtures/*.yaml", "a/b/fixtures/x/c.yaml", false),
        ("a/**/z.yaml", "a/z.yaml", true), ("a/**/z.yaml", "a/b/c/z.yaml", true), ("a/**/z.yaml", "b/z.yaml", false),
        ("**", "x/y", true),
        // `?` is one character, never `/`.
        ("user-data-?.yaml", "user-data-1.yaml", true), ("user-data-?.yaml", "user-data-10.yaml", false),
        ("a?b", "a/b", false), ("?", "é", true),
        // `[...]` sets, ranges and negation.
        ("[abc].yaml", "b.yaml", true), ("[abc].yaml", "d.yaml", false), ("[a-c].yaml", "c.yaml", true),
        ("[!a-c].yaml", "c.yaml", false), ("[!a-c].yaml", "d.yaml", true), ("[^a].yaml", "b.yaml", true),
        ("[]x].yaml", "].yaml", true), ("v[0-9].yaml", "v7.yaml", true), ("v[0-9].yaml", "vx.yaml", false),
        ("[a-].yaml", "-.yaml", true), ("[.yaml", "[.yaml", true),
        // A pattern without `/` matches any component; a matched directory covers its contents.
        ("generated", "generated", true), ("generated", "src/generated/a.yaml", true),
        ("generated", "src/generated-not/a.yaml", false), ("build", "rebuild/a.yaml", false),
        // A pattern with `/` is anchored at the configuration's directory.
        ("src/generated", "src/generated/a.yaml", true), ("src/generated", "x/src/generated/a.yaml", false),
        ("/src/*.yaml", "src/a.yaml", true), ("./src/*.yaml", "src/a.yaml", true), ("src/", "src/a.yaml", true),
        // Literal characters and Unicode.
        ("café.yaml", "café.yaml", true), ("caf?.yaml", "café.yaml", true), ("a+b.yaml", "a+b.yaml", true),
        ("", "a.yaml", false),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    /// Backtracking stays linear enough for patterns with many stars.
    @Test func manyStarsDoNotBlowUp() {
        let path = String(repeating: "a", count: 200) + "b"
        #expect(!Glob(String(repeating: "*a", count: 30) + "c").matches(path))
        #expect(Glob(String(repeating: "*a", count: 30) + "*b").matches(path))
    }
}
