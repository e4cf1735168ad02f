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

/// A number typed again and again (`1.` `2.` `2.` `2.`): each message names the number the
/// renumbering fix writes there.
@Suite struct RepeatedNumberMessagesTests {
    @Test func eachMessageNamesTheFixedNumber() throws {
        let markdown = "类方法：\n\n1. 属于类对象\n2. 通过类对象调用\n2. self 是类对象\n2. 可以调用其他类方法\n"
        let found = try LintHarness.lint(markdown, rules: ["list-numbering"])
        #expect(found.map(\.message) == ["expected 3, found 2", "expected 4, found 2"], "\(found.map(\.message))")
        #expect(try LintHarness.fix(markdown, rules: ["list-numbering"]) == "类方法：\n\n1. 属于类对象\n2. 通过类对象调用\n3. self 是类对象\n4. 可以调用其他类方法\n")
    }
}
