import IQCore
import IQTestSupport
import Testing

/// A level the document never uses is its style, an info; a level it uses elsewhere and skips
/// here is a slip, a warning.
@Suite struct HeadingIncrementLevelTests {
    @Test func aLevelNeverUsedIsAStyle() throws {
        let questions = "# Front-end Job Interview Questions\n\n## Table of Contents\n\n1. [HTML](#html)\n\n## Questions\n\n"
            + "#### HTML Questions\n\n* What does a doctype do?\n\n#### CSS Questions\n\n* What is CSS selector specificity?\n"
        let found = try LintHarness.lint(questions, rules: ["heading-increment"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(found.map(\.line) == [9])
        let slipped = questions + "\n## Contributors\n\n### Thanks\n\nEveryone.\n"
        let warned = try LintHarness.lint(slipped, rules: ["heading-increment"])
        #expect(warned.map(\.severity) == [.warning])
        // One heading of the level between, closing the part after all its sections, leaves the habit.
        let closed = questions + "\n### Final Note\n\nGood luck!\n"
        #expect(try LintHarness.lint(closed, rules: ["heading-increment"]).map(\.severity) == [.info])
    }
}
