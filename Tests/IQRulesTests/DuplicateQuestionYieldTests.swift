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

    /// A series' list under every article: each title pairs with its own copy (the same page,
    /// duplicate-link's) and not with its copy's neighbours (`…树题…` and `…堆题…` differ by
    /// their topic), whose pairs made an exact copy an error before.
    @Test func aSeriesListUnderEveryArticleAddsNoQuestion() throws {
        let series = "本系列包含以下专题：\n\n- [几乎刷完了力扣所有的链表题，我发现了这些东西。。。](https://blog.example/linked-list/)\n"
            + "- [几乎刷完了力扣所有的树题，我发现了这些东西。。。](https://blog.example/tree/)\n"
            + "- [几乎刷完了力扣所有的堆题，我发现了这些东西。。。](https://blog.example/heap/)\n"
        func article(_ topic: String) -> String { "# \(topic) 专题\n\n" + series + "\n## 题目推荐\n\n- [什么是 \(topic)？](https://leetcode.example/\(topic))\n" }
        let found = try LintHarness.lint(article("heap"), path: "heap.md", rules: ["duplicate-question", "duplicate-link"],
                                         companions: ["tree.md": article("tree"), "dfs.md": article("dfs")])
        #expect(found.filter { $0.ruleID == "duplicate-question" }.isEmpty, "\(found.map { "\($0.ruleID) \($0.line) \($0.message)" })")
        // In two files only (no skeleton yet): the copy is the same page, duplicate-link's; its
        // neighbour in the other list is not this item's pair.
        let single = "# heap\n\n- [几乎刷完了力扣所有的链表题，我发现了这些东西。。。](https://blog.example/linked-list/)\n"
        // (The neighbours' own likeness is tree.md's, within its list.)
        let pair = try LintHarness.lint(single, path: "topics/heap.md", rules: ["duplicate-question", "duplicate-link"], companions: ["tree.md": article("tree")])
        #expect(!pair.contains { $0.ruleID == "duplicate-question" && ($0.path == "topics/heap.md" || $0.message.contains("topics/heap.md")) }, "\(pair.map { "\($0.path) \($0.line) \($0.message)" })")
    }

    /// A few items that ask nothing, in files that hardly ask anything (an article's notes
    /// repeated in another article): too little to call them questions, so at most `info`.
    /// Items that ask keep their error.
    @Test func aShortListThatAsksNothingIsAtMostInfo() throws {
        let notes = "## 前菜\n\n1. 异或的性质\n\n两个数字异或的结果。\n\n2. 异或的规律\n\n- 任何数和本身异或则为0\n"
        let found = try LintHarness.lint(notes, path: "thinkings/bit.md", rules: ["duplicate-question"], companions: ["problems/136.md": "## 关键点\n\n" + notes])
        #expect(!found.isEmpty && found.allSatisfy { $0.severity == .info }, "\(found.map { "\($0.severity) \($0.message)" })")
        let asks = "1. 什么是闭包？\n2. 什么是事务？\n"
        let bank = try LintHarness.lint(asks, path: "b.md", rules: ["duplicate-question"], companions: ["a.md": asks])
        #expect(!bank.isEmpty && bank.allSatisfy { $0.severity == .error }, "\(bank.map { "\($0.severity) \($0.message)" })")
    }
}
