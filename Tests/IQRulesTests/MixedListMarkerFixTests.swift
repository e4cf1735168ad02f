import IQTestSupport
import Testing

/// `- - x1` reads as an empty bullet holding a nested list. Removing the inner marker is the fix
/// only when that list holds the one item: with `  - x2` under it, x2 would nest under x1.
@Suite struct MixedListMarkerFixTests {
    @Test func aNestedListOfOneItemLosesItsMarker() throws {
        let fixed = try LintHarness.fix("- a\n- - x1\n- b\n", rules: ["mixed-list"], unsafe: true)
        #expect(fixed == "- a\n- x1\n- b\n")
    }

    @Test func aNestedListOfSeveralItemsIsReportedWithoutAFix() throws {
        let markdown = "- a\n\n- - x1\n  - x2\n\n- b\n"
        let found = try LintHarness.lint(markdown, rules: ["mixed-list"])
        #expect(found.count == 1 && found.first?.fix == nil)
        #expect(try LintHarness.fix(markdown, rules: ["mixed-list"], unsafe: true) == markdown)
    }
}

/// The numbers the fix gives bullets after an ordered list, and what it says of the list after them.
@Suite struct MixedListNumberingFixTests {
    /// Under `1.` `1.`, the bullets become `1.` too, and the list after them keeps its numbers.
    @Test func bulletsUnderAListOfOnesBecomeOnes() throws {
        let markdown = "# Q\n\n1. 什么是a\n1. 什么是b\n- 什么是c\n- 什么是d\n\n1. 什么是e\n1. 什么是f\n"
        let found = try LintHarness.lint(markdown, rules: ["mixed-list"])
        #expect(found.map(\.message) == Array(repeating: "expected an item numbered '1.' like those of the ordered list above, found the bullet '-'", count: 2))
        #expect(try LintHarness.fix(markdown, rules: ["mixed-list"], unsafe: true)
                    == "# Q\n\n1. 什么是a\n1. 什么是b\n1. 什么是c\n1. 什么是d\n\n1. 什么是e\n1. 什么是f\n")
    }

    /// Counting numbers go on through the bullets, and the title says the list after them moves too.
    @Test func theListAfterCountingBulletsIsNamedInTheTitle() throws {
        let markdown = "# Q\n\n1. 什么是a\n2. 什么是b\n- 什么是c\n- 什么是d\n\n1. 什么是e\n2. 什么是f\n"
        let found = try LintHarness.lint(markdown, rules: ["mixed-list"])
        #expect(found.first?.fix?.title == "continue the ordered numbering: number the bullets 3–4, and the list after them from 5")
        #expect(try LintHarness.fix(markdown, rules: ["mixed-list"], unsafe: true)
                    == "# Q\n\n1. 什么是a\n2. 什么是b\n3. 什么是c\n4. 什么是d\n\n5. 什么是e\n6. 什么是f\n")
    }
}
