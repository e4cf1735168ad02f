import IQTestSupport
import Testing

/// The empty item's unsafe fix deletes its line only where nothing else moves with it.
@Suite struct EmptyItemFixTests {
    /// `-` alone, then a blank line and lines indented four spaces: the page shows them as code;
    /// without the item, the item above would take them in as its nested list.
    @Test func anIndentedBlockAfterTheLastItemWithholdsTheFix() throws {
        let markdown = "### 编译优化\n- 字面量，final 都会在编译期被优化\n-\n\n    - 1)注意c和d中，final变量b已经被替换为其字面量\n    - 2)注意f、g中，b被替换为其字面量\n"
        let found = try LintHarness.lint(markdown, rules: ["empty-item"])
        #expect(found.count == 1 && found.first?.fix == nil)
        #expect(found.first?.help == ["removing it would put the indented lines below (shown as code now) into the item above; fill it in or remove it by hand"])
        #expect(try LintHarness.fix(markdown, rules: ["empty-item"], unsafe: true) == markdown)
    }

    /// Followed by a paragraph after a blank line, the empty item goes.
    @Test func aParagraphAfterABlankLineKeepsTheFix() throws {
        let markdown = "- a\n-\n\nNext paragraph.\n"
        #expect(try LintHarness.fix(markdown, rules: ["empty-item"], unsafe: true) == "- a\n\nNext paragraph.\n")
    }
}
