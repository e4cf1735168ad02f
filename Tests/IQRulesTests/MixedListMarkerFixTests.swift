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
