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

    @Test func numberedQuestionsStillMissTheirLinks() throws {
        let page = "# Behavioral\n\n## More\n\n1. What is your biggest weakness?\n2. Where do you see yourself in five years?\n\n" + links
        let found = try LintHarness.lint(page, rules: ["missing-link"])
        #expect(found.map(\.line) == [5, 6], "\(found.map { "\($0.line) \($0.message)" })")
    }
}
