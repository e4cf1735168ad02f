import IQCore
import IQTestSupport
import Testing

/// A page of a documentation site opens with its metadata: no rule reads it as Markdown, and no
/// fix edits it.
@Suite struct FrontMatterLintTests {
    private let page = """
        ---
        title: Git 专题
        category: 开发工具
        head:
          - - meta
            - name: keywords
              content: git
        sitemap:
          priority: 0.85
        ---

        ## 问题

        - [什么是TCP](https://a.example/tcp)
        - [什么是UDP](https://a.example/udp)

        """

    @Test func noRuleReadsTheMetadata() throws {
        let found = try LintHarness.lint(page)
        #expect(found.isEmpty, "\(found.map { "\($0.ruleID):\($0.line) \($0.message)" })")
    }

    @Test func fixesLeaveItAsItIs() throws {
        #expect(try LintHarness.fix(page, unsafe: true) == page)
    }
}
