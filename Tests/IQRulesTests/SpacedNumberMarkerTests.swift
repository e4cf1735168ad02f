import IQTestSupport
import Testing

/// `2 .超出…` (a space typed before the dot) and `2.超出…` (no space after it) under item 1:
/// Markdown glues the line onto item 1. lazy-continuation reports it, and list-numbering counts
/// it, so the items after it keep their numbers instead of a safe fix renumbering them.
@Suite struct SpacedNumberMarkerTests {
    private let spaced = "## 对什么东西\n\n1. 不使用的对象.\n2 .超出作用域的对象.\n3. 从gc root开始搜索.\n4. 仍然没有复活的对象.\n\n回答到第3点我就给全部分数.\n"
    private let unspaced = "## 对什么东西\n\n1. 不使用的对象.\n2.超出作用域的对象.\n3. 从gc root开始搜索.\n4. 仍然没有复活的对象.\n"

    @Test func aNumberWithASpaceBeforeItsDotIsReportedAndCounted() throws {
        let found = try LintHarness.lint(spaced, rules: ["lazy-continuation", "list-numbering"])
        #expect(found.map { "\($0.ruleID) \($0.line)" } == ["lazy-continuation 4"])
        #expect(found.first?.message.contains("found '2 .' with a space before the '.'") == true)
    }

    @Test func aNumberWithoutItsSpaceIsCountedToo() throws {
        #expect(try LintHarness.lint(unspaced, rules: ["list-numbering"]).isEmpty)
    }

    @Test func safeFixesLeaveTheNumbersAlone() throws {
        #expect(try LintHarness.fix(spaced, rules: ["lazy-continuation", "list-numbering"]) == spaced)
        #expect(try LintHarness.fix(unspaced, rules: ["lazy-continuation", "list-numbering"]) == unspaced)
    }

    @Test func theUnsafeFixWritesTheMarkerAsTheListDoes() throws {
        let fixed = try LintHarness.fix(spaced, rules: ["lazy-continuation", "list-numbering"], unsafe: true)
        #expect(fixed.contains("\n2. 超出作用域的对象.\n3. 从gc root"))
    }

    /// A number that does not go on from the item (`10 .`), or a figure (`2 . 5`), is no lost item.
    @Test func otherNumbersAreNotCounted() throws {
        let found = try LintHarness.lint("1. 不使用的对象.\n10 .其他\n2. 从gc root开始搜索.\n", rules: ["list-numbering", "lazy-continuation"])
        #expect(!found.contains { $0.ruleID == "list-numbering" })
    }
}
