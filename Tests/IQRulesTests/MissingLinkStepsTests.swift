import IQCore
import IQTestSupport
import Testing

/// A numbered list without links belongs to the linked questions only when they are numbered
/// too, or when its items ask: the steps of a guide among bulleted links have no answers to miss.
@Suite struct MissingLinkStepsTests {
    private let links = """
        ## Common questions

        - [Tell me about yourself](https://a.example/1)
        - [Tell me about a conflict](https://a.example/2)
        - [Why this company?](https://a.example/3)

        """

    @Test func stepsOfAGuideAreNoQuestions() throws {
        let page = "# Behavioral\n\n## How to prepare\n\n1. Learn the STAR answer format\n1. Try out mock interviews\n1. Use structured courses\n\n" + links
        let found = try LintHarness.lint(page, rules: ["missing-link"])
        #expect(found.isEmpty, "\(found.map { "\($0.line) \($0.message)" })")
    }

    /// In a collection that names things, an entry without a link misses a link, not an answer.
    @Test func anEntryOfANamesListMissesALinkNotAnAnswer() throws {
        let tools = (1...9).map { "- [Tool \($0)](https://a.example/\($0)) - a tool for task \($0)" }.joined(separator: "\n")
        let found = try LintHarness.lint("# Tools\n\n" + tools + "\n- Tool 10 - search for it by name\n", rules: ["missing-link"])
        #expect(found.map(\.message) == ["expected a link, found only the text 'Tool 10 - search for it …'"], "\(found.map(\.message))")
    }

    @Test func numberedQuestionsStillMissTheirLinks() throws {
        let page = "# Behavioral\n\n## More\n\n1. What is your biggest weakness?\n2. Where do you see yourself in five years?\n\n" + links
        let found = try LintHarness.lint(page, rules: ["missing-link"])
        #expect(found.map(\.line) == [5, 6], "\(found.map { "\($0.line) \($0.message)" })")
    }

    /// A roadmap whose lists name articles, asking its reader a few questions of its own: a
    /// self-check, not entries missing links. A question among the named entries still misses its link.
    @Test func aNamesListsSelfCheckMissesNothing() throws {
        let reading = (1...14).map { "- [Maven 文章 \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        let selfCheck = "学完之后，务必要搞懂下面这些问题：\n\n1. Maven 项目如何创建？如何引入依赖？\n2. Maven 依赖冲突如何解决？\n3. Maven 私服如何搭建？\n"
        let page = "# 学习路线\n\n## Maven\n\n" + reading + "\n\n" + selfCheck
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
        let amongEntries = "# 学习路线\n\n## Maven\n\n" + reading + "\n- Maven 私服如何搭建？\n"
        #expect(try LintHarness.lint(amongEntries, rules: ["missing-link"]).map(\.line) == [19])
        // The reader's questions, closed by one link for them all.
        let withAnswers = "# 学习路线\n\n## Maven\n\n" + reading + "\n\n## Be thinking of for when the interview comes\n\n"
            + "- Why do you want this job?\n- What's a tough problem you've solved?\n- If you find it hard to come up with answers, see the link below.\n"
            + "- [General Interview Questions and their Answers](https://a.example/answers)\n"
        #expect(try LintHarness.lint(withAnswers, rules: ["missing-link"]).isEmpty)
    }

    /// Topics announced under `## Coming soon` (or `## 待更新`) have no links yet by design; the
    /// same names under another heading still miss theirs.
    @Test func topicsAnnouncedAsComingHaveNoLinksToMiss() throws {
        let topics = "# Interview Questions\n\n## Topics\n\n" + (1...5).map { "\($0). [Topic \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        for heading in ["Coming soon", "Upcoming topics", "TODO", "待更新", "敬请期待"] {
            let page = topics + "\n\n## \(heading)\n\n1. DevOps\n2. Kubernetes\n3. Terraform\n"
            #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty, "\(heading)")
        }
        let elsewhere = topics + "\n\n## More topics\n\n1. DevOps\n2. Kubernetes\n3. Terraform\n"
        #expect(try LintHarness.lint(elsewhere, rules: ["missing-link"]).map(\.line) == [13, 14, 15])
    }
}
