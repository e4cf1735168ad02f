import Foundation
@testable import IQRules
import IQTestSupport
import Testing

/// Shapes of Chinese study notes and their docsify sites: thanks and release notes beside the
/// questions, a sidebar repeating the README's index, points labelled `区别1`, headings typed
/// without their space.
@Suite struct ChineseNotesShapesTests {
    /// `## 特别感谢` listing `Netty` and `## 更新记录` listing fixes hold no questions.
    @Test func thanksAndReleaseNotesHoldNoQuestions() throws {
        let project = """
            # cicada

            ## 特性

            - [x] 代码简洁，没有其他依赖。

            ## 更新记录

            ### v1.0.3

            - 修复 [#9](https://a.example/issues/9)
            - 重构了核心代码，新增上下文环境。
            - 优雅停机。

            ## 特别感谢

            - [Netty](https://a.example/netty)
            - [blade](https://a.example/blade)

            """
        let bank = "# 面试\n\n- [谈谈对 Netty 的理解？](https://a.example/q1)\n- [什么是零拷贝？](https://a.example/q2)\n- [什么是 Reactor 模型？](https://a.example/q3)\n"
        let found = try LintHarness.lint(project, path: "cicada.md", rules: ["missing-link", "duplicate-question"], companions: ["bank.md": bank])
        #expect(found.isEmpty, "\(found.map { "\($0.ruleID) \($0.line): \($0.message)" })")
    }

    /// A docsify sidebar lists the site's pages by the README's titles: navigation.
    @Test func aSidebarRepeatingTheIndexIsNoDuplicate() throws {
        let readme = "# JCSprout\n\n### Netty 相关\n- [从线程模型的角度看 Netty 为什么是高性能的？](https://a.example/thread-model)\n- [自己实现一个轻量级 HTTP 框架](https://a.example/cicada)\n"
        let sidebar = "- Netty 相关\n\n  - [从线程模型的角度看 Netty 为什么是高性能的？](netty/Thread-model.md)\n  - [自己实现一个轻量级 HTTP 框架](netty/cicada.md)\n"
        let found = try LintHarness.lint(sidebar, path: "docs/_sidebar.md", rules: ["duplicate-question"], companions: ["README.md": readme])
        #expect(found.isEmpty, "\(found.map(\.message))")
        #expect(try LintHarness.lint(readme + "- [从线程模型的角度看 Netty 为什么是高性能的？](https://a.example/other)\n", path: "README.md",
                                     rules: ["duplicate-question"]).count == 1)
    }

    @Test func aPointsLabelAndNumberAsksNothing() {
        #expect(QuestionOutline.isNumberedLabel("区别1"))
        #expect(QuestionOutline.isNumberedLabel("方法 2"))
        #expect(QuestionOutline.isNumberedLabel("Step 3"))
        #expect(!QuestionOutline.isNumberedLabel("什么是 HTTP2"))
        #expect(!QuestionOutline.isNumberedLabel("Llama 2"))
        #expect(!QuestionOutline.isNumberedLabel("12"))
    }

    /// `##守护线程`: the heading-space finding, and toc-anchor names the line that would make the anchor.
    @Test func aHeadingWithoutItsSpaceIsNamed() throws {
        let notes = "# 并发\n\n- [守护线程](#守护线程)\n\n##守护线程\n当主线程结束，守护线程全部终止。\n"
        let found = try LintHarness.lint(notes, rules: ["heading-space", "toc-anchor"])
        #expect(found.map(\.ruleID).sorted() == ["heading-space", "toc-anchor"])
        #expect(found.first { $0.ruleID == "toc-anchor" }?.message
                    == "expected an anchor of this document, found '#守护线程'; the line '##守护线程' at line 5 would make it, but Markdown needs a space after '##'")
        #expect(try LintHarness.fix(notes, rules: ["heading-space"], unsafe: true).contains("\n## 守护线程\n"))
    }

    /// Every page below an `index.html` that sets up docsify links from the site's root.
    @Test func aDocsifySitesPagesLinkFromItsRoot() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/distributed/Distributed-Limit.md", "# 分布式限流\n")
        let page = "# 限流算法\n\n1. [分布式限流](distributed/Distributed-Limit.md)\n"
        let path = try scratch.write("docs/algorithm/Limiting.md", page)
        #expect(try LintHarness.lint(page, path: path, rules: ["link-format"]).map(\.severity) == [.error])
        try scratch.write("docs/index.html", "<script>window.$docsify = { name: 'JCSprout', loadSidebar: true }</script>\n")
        #expect(try LintHarness.lint(page, path: path, rules: ["link-format"]).map(\.severity) == [.info])
        try scratch.write("docs/index.html", "<script>window.$docsify = { relativePath: true }</script>\n")
        #expect(try LintHarness.lint(page, path: path, rules: ["link-format"]).map(\.severity) == [.error])
    }
}
