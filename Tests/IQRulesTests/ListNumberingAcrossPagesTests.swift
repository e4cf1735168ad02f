import IQCore
import IQTestSupport
import Testing

/// A book split into pages numbers its questions across them (`8.2.2-rl.md` starts at `4.`
/// where `8.2.1-nlp.md` stopped at `3.`): a file's first numbered list starting past 1 is
/// `info`, while a jump inside a file, or after an earlier list of the file, stays an error.
@Suite struct ListNumberingAcrossPagesTests {
    @Test func aPageContinuingTheChaptersNumbersIsInfo() throws {
        let page = "#### 8.2.2 Reinforcement learning\n\n4. [E] Explain the explore vs exploit tradeoff.\n5. [E] Why do we need the discount term?\n6. [M] What is a policy?\n"
        let found = try LintHarness.lint(page, rules: ["list-numbering"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(found.first?.message == "expected 1, found 4")
        #expect(found.first?.help.contains { $0.contains("another page") } == true)
    }

    @Test func aJumpAfterAnEarlierListOfTheFileIsStillAnError() throws {
        let page = "## A\n\n1. a\n2. b\n\n## B\n\n7. c\n8. d\n"
        let found = try LintHarness.lint(page, rules: ["list-numbering"])
        #expect(found.map(\.severity) == [.error], "\(found.map(\.message))")
        let inside = try LintHarness.lint("4. a\n5. b\n9. c\n", rules: ["list-numbering"])
        #expect(inside.map(\.severity) == [.info, .error], "\(inside.map(\.message))")
    }
}
