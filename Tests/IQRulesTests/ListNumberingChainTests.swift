import IQTestSupport
import Testing

/// One count of questions split into many lists by unindented lines (`**[⬆ Back to Top]**`
/// after every answer): renumbering one list carries on through the lists that go on from it,
/// so one fix repairs the count instead of moving the error to the next list, one round each.
@Suite struct ListNumberingChainTests {
    /// `count` one-item lists numbered 1, 2, 4, 5, …: question 3 is missing.
    static func splitQuestions(_ count: Int) -> String {
        let numbers = [1, 2] + (4...(count + 1))
        return "# Questions\n\n" + numbers.map { "\($0). ### Question \($0)?\n\n**[Back to Top](#questions)**\n\n" }.joined()
    }

    @Test func oneFixRenumbersEveryListThatGoesOn() throws {
        let markdown = Self.splitQuestions(40)
        let found = try LintHarness.lint(markdown, rules: ["list-numbering"])
        #expect(found.map(\.message) == ["expected 3, found 4"])
        #expect(found.first?.fix?.edits.count == 38, "the list at 4 and the 37 lists after it")
        // More lists than the fixer's rounds: one list per round would never converge.
        let fixed = try LintHarness.fix(markdown, rules: ["list-numbering"], unsafe: true)
        #expect(fixed.contains("3. ### Question 4?") && fixed.contains("40. ### Question 41?"))
        #expect(try LintHarness.lint(fixed, rules: ["list-numbering"]).isEmpty)
    }

    @Test func aGapInsideAListCarriesOnToTheListsAfterIt() throws {
        let markdown = "1. a\n2. b\n4. c\n\nNote.\n\n5. d\n6. e\n\nNote.\n\n7. f\n"
        let found = try LintHarness.lint(markdown, rules: ["list-numbering"])
        #expect(found.map(\.line) == [3])
        // The later lists' first numbers show on the page: renumbering them is not safe.
        #expect(try LintHarness.fix(markdown, rules: ["list-numbering"]) == markdown)
        #expect(try LintHarness.fix(markdown, rules: ["list-numbering"], unsafe: true) == "1. a\n2. b\n3. c\n\nNote.\n\n4. d\n5. e\n\nNote.\n\n6. f\n")
        // Alone, the gap's renumbering changes no number the page shows: safe.
        #expect(try LintHarness.fix("1. a\n2. b\n4. c\n", rules: ["list-numbering"]) == "1. a\n2. b\n3. c\n")
    }

    @Test func aListThatDoesNotGoOnStopsTheChain() throws {
        // `10.` does not go on from `5.`: a count of its own, left as written.
        let markdown = "1. a\n\nNote.\n\n3. b\n\nNote.\n\n4. c\n\nNote.\n\n10. d\n"
        let fixed = try LintHarness.fix(markdown, rules: ["list-numbering"], unsafe: true)
        #expect(fixed.hasPrefix("1. a\n\nNote.\n\n2. b\n\nNote.\n\n3. c\n"))
    }

    /// `2.What does …` without a space after its dot is no item, but the number is written: the
    /// `3.` after it goes on from it, and renumbering it to 2 would give two questions one number.
    @Test func aNumberWrittenWithoutItsSpaceStillCounts() throws {
        let quiz = "# Questions\n\n1. What does `typeof null` return?\n\n- A: object\n- B: null\n\n"
            + "2.What does `0.1 + 0.2` return?\n\n- A: 0.3\n- B: 0.30000000000000004\n\n3. What does `[] + {}` return?\n\n- A: 0\n- B: object\n"
        #expect(try LintHarness.lint(quiz, rules: ["list-numbering"]).isEmpty)
        // A number missing from the count is still reported.
        let gap = quiz.replacingOccurrences(of: "3. What", with: "4. What")
        #expect(try LintHarness.lint(gap, rules: ["list-numbering"]).map(\.message) == ["expected 2, found 4"])
    }
}
