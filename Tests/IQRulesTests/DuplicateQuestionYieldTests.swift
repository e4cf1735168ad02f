import IQTestSupport
import Testing

/// One entry listed twice (the same question linking the same page) is one finding:
/// duplicate-link's. duplicate-question still reports it when duplicate-link is off.
@Suite struct DuplicateQuestionYieldTests {
    static let markdown = "# 题库\n\n1. [什么是过拟合](https://a.example/overfit)\n2. [什么是正则化](https://a.example/reg)\n"
        + "3. [什么是过拟合](https://a.example/overfit)\n4. [什么是正则化](https://b.example/other)\n"

    @Test func theRepeatedEntryIsReportedOnceByDuplicateLink() throws {
        let found = try LintHarness.lint(Self.markdown, rules: ["duplicate-question", "duplicate-link"])
        #expect(found.map { "\($0.ruleID):\($0.line)" } == ["duplicate-link:5", "duplicate-question:6"], "\(found.map(\.message))")
    }

    @Test func withDuplicateLinkOffTheQuestionRuleReportsIt() throws {
        let found = try LintHarness.lint(Self.markdown, rules: ["duplicate-question"])
        #expect(found.map(\.line) == [5, 6])
    }

    /// Where duplicate-link judges a repeat deliberate (an index gathering a topic's file,
    /// reported once as `info`; one page at a file's top and bottom), the questions linking the
    /// same pages stay its to judge: duplicate-question adds nothing while it runs.
    @Test func whatDuplicateLinkJudgesDeliberateStaysItsOwn() throws {
        let css = ["- [使用css如何拉伸字体？](https://a.example/issues/1)", "- [如何设置字体的左右间距？](https://a.example/issues/2)",
                   "- [怎么让字体自适应大小？](https://a.example/issues/3)", "- [什么是BFC？](https://a.example/issues/4)"]
        let topic = "# CSS\n\n## 历史题目\n\n" + css.joined(separator: "\n") + "\n"
        let index = "# 汇总\n\n## html\n\n- [什么是语义化标签？](https://a.example/issues/9)\n\n## css\n\n" + css.joined(separator: "\n") + "\n"
        let both = try LintHarness.lint(topic, path: "category/css.md", rules: ["duplicate-question", "duplicate-link"],
                                        companions: ["category/all.md": index])
        #expect(both.map { "\($0.ruleID):\($0.line):\($0.severity)" } == ["duplicate-link:5:info"], "\(both.map(\.message))")
        let questionsOnly = try LintHarness.lint(topic, path: "category/css.md", rules: ["duplicate-question"], companions: ["category/all.md": index])
        #expect(!questionsOnly.isEmpty)
    }
}
