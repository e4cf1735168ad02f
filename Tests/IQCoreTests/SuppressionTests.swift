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

    /// awesome-lint's `<!--lint ignore double-link-->` covers the block after it (a whole list),
    /// and never counts as an unused iqlint suppression.
    @Test func remarkLintIgnoreCoversTheNextBlock() throws {
        let markdown = """
            ## Logging

            - [Graylog](https://www.graylog.org/) - Log management.

            ## As a service

            <!--lint ignore double-link-->
            - [Graylog Cloud](https://www.graylog.org/) - Hosted.
            - [Loki](https://grafana.com/loki) - Logs.

            ## Elsewhere

            - [Graylog again](https://www.graylog.org/) - Listed a third time.

            """
        let found = try LintHarness.lint(markdown, rules: ["duplicate-link", "unused-suppression"])
        #expect(found.map { "\($0.ruleID):\($0.line)" } == ["duplicate-link:13"])
        let unmarked = markdown.replacingOccurrences(of: "<!--lint ignore double-link-->\n", with: "")
        #expect(try LintHarness.lint(unmarked, rules: ["duplicate-link"]).map(\.line) == [7, 12])
        // A rule without a remark-lint counterpart is not covered.
        #expect(try lines("<!--lint ignore double-link-->\n1. a\n3. b\n") == ["list-numbering:3"])
    }

    @Test func remarkLintAndMarkdownlintRegionsCloseOnlyTheirOwn() throws {
        let remark = "<!--lint disable ordered-list-marker-value-->\n1. a\n3. b\n<!--lint enable ordered-list-marker-value-->\n\n1. x\n3. y\n"
        #expect(try lines(remark) == ["list-numbering:7"])
        let markdownlint = "<!-- markdownlint-disable MD029 -->\n1. a\n3. b\n\n<!-- iqlint-disable list-numbering -->\n<!-- markdownlint-enable MD029 -->\n1. x\n3. y\n"
        // markdownlint's `enable` leaves iqlint's own region open, and the comments stay silent.
        #expect(try lines(markdownlint).isEmpty)
        // `restore` ends what the capture's region turned off.
        let restored = "<!-- markdownlint-capture -->\n<!-- markdownlint-disable MD029 -->\n1. a\n3. b\n<!-- markdownlint-restore -->\n\n1. x\n3. y\n"
        #expect(try lines(restored) == ["list-numbering:8"])
        // Naming no rule (around HTML, for inline HTML or line length), it turns nothing off.
        #expect(try lines("<!-- markdownlint-disable -->\n1. a\n3. b\n<!-- markdownlint-enable -->\n") == ["list-numbering:3"])
        // A rule iqlint has no counterpart of (`MD013`, line length) turns nothing off.
        #expect(try lines("<!-- markdownlint-disable-next-line MD013 -->\n1. a\n3. b\n") == ["list-numbering:3"])
        #expect(try lines("1. a\n<!-- markdownlint-disable-next-line ol-prefix -->\n3. b\n") .isEmpty)
    }
}
