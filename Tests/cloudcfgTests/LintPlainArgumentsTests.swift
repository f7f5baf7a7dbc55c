import ArgumentParser
import Testing

@testable import cloudcfg

/// `cloudcfg lint PATH...` skips the parser (`Lint(plainArguments:)`); the command it makes
/// must be the parser's, option by option, and every other command line must go to the parser.
@Suite struct LintPlainArgumentsTests {
    @Test(arguments: [["a.yaml"], ["user-data", "dir/", "waagent.conf", "cloud.cfg.d/90.cfg"]])
    func plainCommandLineIsTheParsersCommand(paths: [String]) throws {
        let plain = try #require(Lint(plainArguments: ["lint"] + paths))
        let parsed = try #require(try CloudCfg.parseAsRoot(["lint"] + paths) as? Lint)
        #expect(String(describing: plain) == String(describing: parsed))
        #expect(!String(describing: plain).contains("definition"))
        #expect(plain.paths == paths)
    }

    @Test(arguments: [
        [], ["lint"], ["lint", "-"], ["lint", "--strict", "a.yaml"], ["lint", "a.yaml", "--format", "json"],
        ["lint", "a.yaml", "-q"], ["lint", "--", "a.yaml"], ["lint", "help"], ["lint", ""], ["show", "a.yaml"],
        ["help", "lint"], ["lnt", "a.yaml"],
    ])
    func otherCommandLinesGoToTheParser(arguments: [String]) {
        #expect(Lint(plainArguments: arguments) == nil)
    }
}
