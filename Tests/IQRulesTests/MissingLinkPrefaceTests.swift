import IQTestSupport
import Testing

/// The author's preface written in points under the page's title is no question list.
@Suite struct MissingLinkPrefaceTests {
    private let bank = "\n# 基础概念\n\n- [解释方差](a.md#L1)\n- [解释偏差](a.md#L4)\n- [什么情况下引发高方差](a.md#L26)\n- 如何解决高方差问题\n"

    @Test func sentencesUnderTheTitleAreAPreface() throws {
        let preface = "# Reflection_Summary\n\n1. [以下内容](https://github.com/tcandzq)为我作为面试官的提问，以及陪伴参加校招面试各类算法问题的汇总\n"
            + "2. 部分内容为手记pdf内容，因为公式实在太多，手写比较快\n3. 现在算法工程师的面试以下内容都不会直接提问，而是以项目交流的方式\n"
        let found = try LintHarness.lint(preface + bank, rules: ["missing-link"])
        #expect(found.map(\.line) == [12], "\(found.map(\.message))")
        // The same points in a section of the bank are its entries.
        let inSection = "# Reflection_Summary\n\n## 笔记\n\n" + preface.dropFirst("# Reflection_Summary\n\n".count)
        #expect(try LintHarness.lint(inSection + bank, rules: ["missing-link"]).count == 3)
    }
}
