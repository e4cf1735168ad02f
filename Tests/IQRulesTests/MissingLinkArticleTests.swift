import IQTestSupport
import Testing

/// An article's enumeration, led in by a sentence ending with a colon, names things some of
/// which it links: no entry there waits for an answer. The same list in a bank still does.
@Suite struct MissingLinkArticleTests {
    private let list = """
        - Apache Http Client 5.4
        - [AssertJ 3.26](https://a.example/assertj)
        - [Artemis 2.37](https://a.example/artemis)
        - Hibernate 6.6
        - [Gson 2.11](https://a.example/gson)
        - [Mockito 5.13](https://a.example/mockito)

        """

    @Test func aReleaseNotesEnumerationInAnArticle() throws {
        let article = "# Spring Boot 3.4\n\nThe release brings structured logging.\n\n```yaml\nlogging.structured.format.console: ecs\n```\n\n"
            + "Virtual threads are used by more components.\n\nImage building defaults changed.\n\n"
            + "许多第三方依赖项也已更新，其中一些更值得注意的包括：\n\n" + list + "\n除了上面列出的更改外，还有很多小调整和改进。\n"
        #expect(try LintHarness.lint(article, rules: ["missing-link"]).isEmpty)
        // Without the article around it, the list's unlinked entries are reported.
        let bank = "# Libraries\n\n" + list
        #expect(try LintHarness.lint(bank, rules: ["missing-link"]).map(\.line) == [6])
    }
}
