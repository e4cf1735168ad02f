import IQTestSupport
import Testing

/// A question is its item's first paragraph or heading; what follows answers it.
@Suite struct QuestionLeadTests {
    static let answer = "The %@() method is used to call a function or evaluate an expression after a specified number of milliseconds, "
        + "for example to log a message after two seconds using the %@ method."

    static func item(_ number: Int, _ name: String, heading: String? = nil) -> String {
        let body = answer.replacingOccurrences(of: "%@", with: name)
        return "\(number). ### \(heading ?? "What is the use of \(name)")\n\n     \(body)\n\n     **[⬆ Back to Top](#questions)**\n\n"
    }

    @Test func answersWrittenToOneTemplateDoNotMakeTheQuestionsAlike() throws {
        let markdown = "# Questions\n\n" + Self.item(1, "setTimeout") + Self.item(2, "setInterval")
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-question"]).isEmpty)
    }

    @Test func theSameQuestionOverDifferentAnswersIsStillADuplicate() throws {
        let markdown = "# Questions\n\n" + Self.item(1, "setTimeout") + Self.item(2, "setInterval", heading: "What is the use of setTimeout")
        let found = try LintHarness.lint(markdown, rules: ["duplicate-question"])
        #expect(found.map(\.line) == [9], "\(found.map(\.message))")
    }

    @Test func aLinkInTheAnswerDoesNotTitleTheQuestion() throws {
        // Short headings: the answer's link is near enough to the marker to pass for a title.
        let markdown = "# Q\n\n1. ### Q1\n\n   [How JavaScript works under the hood](https://a.example/1)\n\n"
            + "2. ### Q2\n\n   [How JavaScript works under the hood](https://a.example/2)\n"
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-question"]).isEmpty)
    }

    @Test func anAddressAloneIsNoQuestion() throws {
        let markdown = "# Courses\n\n- <https://www.edx.org/course/how-to-code-simple-data>\n- <https://www.edx.org/course/how-to-code-complex-data>\n"
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-question"]).isEmpty)
    }
}
