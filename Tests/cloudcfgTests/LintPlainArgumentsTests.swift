import ArgumentParser
import Testing

@testable import cloudcfg

/// `cloudcfg lint PATH...` skips the parser (`LintRun(plainArguments:)`); the run it makes must
/// be the parser's, option by option, and every other command line must go to the parser.
@Suite struct LintPlainArgumentsTests {
    @Test(arguments: [["a.yaml"], ["user-data", "dir/", "waagent.conf", "cloud.cfg.d/90.cfg"]])
    func plainCommandLineIsTheParsersRun(paths: [String]) throws {
        let plain = try #require(LintRun(plainArguments: ["lint"] + paths))
        let parsed = try #require(try CloudCfg.parseAsRoot(["lint"] + paths) as? Lint)
        #expect(plain == parsed.lintRun)
        #expect(plain.paths == paths)
    }

    /// The plain values' defaults differ from no option's: a parsed option shows up.
    @Test func parsedOptionsReachTheRun() throws {
        let parsed = try #require(
            try CloudCfg.parseAsRoot(["lint", "--strict", "--color", "never", "--fix", "a.yaml"]) as? Lint)
        #expect(parsed.lintRun != LintRun(plainArguments: ["lint", "a.yaml"]))
        #expect(parsed.lintRun.options.strict && parsed.lintRun.options.color == .never && parsed.lintRun.fixing.fix)
    }

    @Test(arguments: [
        [], ["lint"], ["lint", "-"], ["lint", "--strict", "a.yaml"], ["lint", "a.yaml", "--format", "json"],
        ["lint", "a.yaml", "-q"], ["lint", "--", "a.yaml"], ["lint", "help"], ["lint", ""], ["show", "a.yaml"],
        ["help", "lint"], ["lnt", "a.yaml"],
    ])
    func otherCommandLinesGoToTheParser(arguments: [String]) {
        #expect(LintRun(plainArguments: arguments) == nil)
    }
}
