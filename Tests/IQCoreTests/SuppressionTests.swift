import IQCore
import IQTestSupport
import Testing

@Suite struct SuppressionTests {
    private func lines(_ markdown: String) throws -> [String] {
        try LintHarness.lint(markdown, rules: ["list-numbering", "unused-suppression"]).map { "\($0.ruleID):\($0.line)" }
    }

    @Test func disableAndEnableRegion() throws {
        let markdown = "1. a\n<!-- iqlint-disable list-numbering -->\n3. b\n<!-- iqlint-enable list-numbering -->\n\n1. x\n3. y\n"
        #expect(try lines(markdown) == ["list-numbering:7"])
    }

    @Test func disableWithoutIdsCoversEveryRuleAndEnableOfOneRuleReopensIt() throws {
        let markdown = "<!-- iqlint-disable -->\n1. a\n3. b\n<!-- iqlint-enable list-numbering -->\n\n1. x\n3. y\n"
        #expect(try lines(markdown) == ["list-numbering:7"])
    }

    @Test func nextLineOnlyCoversTheNextLine() throws {
        let markdown = "1. a\n<!-- iqlint-disable-next-line list-numbering -->\n3. b\n5. c\n"
        #expect(try lines(markdown) == ["list-numbering:4"])
    }

    @Test func fileWideDisable() throws {
        #expect(try lines("1. a\n3. b\n\n<!-- iqlint-disable-file list-numbering -->\n").isEmpty)
    }

    @Test func unusedAndUnknownSuppressionsAreReported() throws {
        let diagnostics = try LintHarness.lint("<!-- iqlint-disable-next-line list-numbering -->\n1. a\n\n<!-- iqlint-disable nope -->\n",
                                               rules: ["list-numbering", "unused-suppression"])
        #expect(diagnostics.map(\.message) == ["suppression of list-numbering suppresses nothing", "unknown rule 'nope' in suppression comment"])
        #expect(diagnostics.map(\.severity) == [.info, .warning])
    }

    @Test func suppressionOfADisabledRuleIsNotJudged() throws {
        #expect(try LintHarness.lint("<!-- iqlint-disable list-numbering -->\n1. a\n", rules: ["unused-suppression"]).isEmpty)
    }

    @Test func commentsInCodeBlocksAreNotDirectives() throws {
        #expect(try lines("```\n<!-- iqlint-disable -->\n```\n\n1. a\n3. b\n") == ["list-numbering:6"])
    }
}
