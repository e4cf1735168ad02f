@testable import IQRules
import IQTestSupport
import Testing

/// English names what a question asks about a subject before the subject: the longer question
/// asks about a part or a property of the shorter one's subject.
@Suite struct EnglishAspectsTests {
    @Test(arguments: [
        ("What is a Regular Expression", "What are modifiers in regular expression"),
        ("What is the event loop", "What are tasks in the event loop?"),
        ("What are server-sent events", "What are the events available for server sent events"),
        ("What is a higher order function", "What are the benefits higher order functions?"),
        ("Explain promises", "What are the main rules of promises?"),
    ])
    func anAspectNamedBeforeTheSubjectIsAnotherQuestion(shorter: String, longer: String) {
        #expect(EnglishAspects.oneNarrowsTheOther(shorter, longer))
        #expect(EnglishAspects.oneNarrowsTheOther(longer, shorter))
    }

    @Test(arguments: [
        ("What is a closure", "What is a closure in JavaScript?"),
        ("Explain hoisting", "Explain hoisting in detail"),
        ("What is memoization", "What is the meaning of memoization?"),
        ("Spring HATEOAS", "An Intro to Spring HATEOAS"),
        ("What is a closure", "What are JavaScript closures"),
        ("什么是闭包", "闭包的优点是什么"),
        ("What is a closure?", "What is a closure?"),
    ])
    func aContextOrTheSameQuestionIsNoAspect(first: String, second: String) {
        #expect(!EnglishAspects.oneNarrowsTheOther(first, second))
    }

    @Test func aspectQuestionsAreNotReportedButRewordingsStillAre() throws {
        let markdown = """
            # JavaScript

            1. What is a regular expression?
            2. What are modifiers in regular expressions?
            3. What is the event loop?
            4. What are tasks in the event loop?
            5. What is event delegation?
            6. Explain event delegation.

            """
        let found = try LintHarness.lint(markdown, rules: ["duplicate-question"]).map(\.line)
        #expect(found == [8])
    }
}
