import IQTestSupport
import Testing

/// A renumbering fix never runs on through a count that starts again further down the list
/// (an answer's points, unindented): it would make the points questions.
@Suite struct ListNumberingRestartFixTests {
    static let markdown = "1.  ### What is A?\n    Answer.\n\n2.  ### What is B?\n    Answer.\n\n2.  ### What is C?\n    Answer.\n\n"
        + "3.  ### What are the caveats?\n    Two cases:\n\n1. When you set an item\n2. When you change the length\n"

    @Test func theRepeatedNumberGetsNoFixBeforeARestart() throws {
        let found = try LintHarness.lint(Self.markdown, rules: ["list-numbering"])
        #expect(found.map { "\($0.line) \($0.fix == nil)" } == ["7 true", "13 true"], "\(found.map(\.message))")
        #expect(try LintHarness.fix(Self.markdown, rules: ["list-numbering"]) == Self.markdown)
    }

    /// Without the points, the same repeated number is renumbered with the rest.
    @Test func withoutARestartTheRestIsRenumbered() throws {
        let questions = "1. What is A?\n2. What is B?\n2. What is C?\n3. What is D?\n"
        #expect(try LintHarness.fix(questions, rules: ["list-numbering"]) == "1. What is A?\n2. What is B?\n3. What is C?\n4. What is D?\n")
    }
}
