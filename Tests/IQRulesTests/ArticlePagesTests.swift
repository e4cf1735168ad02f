import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// Chapters of a book that cite each other, and a site's navigation, are cross-references:
/// neither `duplicate-link` nor `duplicate-question` reports an entry they share. Two lists of
/// entries still can hold one entry twice.
@Suite struct ArticlePagesTests {
    /// An article: paragraphs and code, a few points, a reading list at the end.
    static let article = """
        # 132. 分割回文串 II

        关于回文子串，两道题目大家是一定要掌握的。

        * [动态规划：647. 回文子串](https://a.example/0647.html)
        * [动态规划：5. 最长回文子串](https://a.example/0005.html)

        本题的思路和上面两道题类似，先判断回文，再求最少分割次数。

        ```cpp
        int minCut(string s) { return 0; }
        ```

        时间复杂度 O(n^2)，空间复杂度 O(n^2)。

        """

    /// A summary page: a list of entries.
    static let summary = """
        # 动态规划总结篇

        ## 子序列问题

        * [动态规划：最长递增子序列](https://a.example/0300.html)
        * [动态规划：回文子串](https://a.example/0647.html)
        * [动态规划：最长回文子序列](https://a.example/0516.html)

        """

    @Test func anArticleCitingAnotherPagesEntryIsNoDuplicate() throws {
        let found = try LintHarness.lint(Self.summary, path: "summary.md", rules: ["duplicate-link", "duplicate-question"],
                                         companions: ["0132.md": Self.article])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func twoListsOfEntriesStillHoldOneEntryTwice() throws {
        let other = "# 动态规划\n\n* [最长递增子序列](https://a.example/0300.html)\n* [回文子串](https://a.example/0647.html)\n* [打家劫舍](https://a.example/0198.html)\n"
        let found = try LintHarness.lint(Self.summary, path: "summary.md", rules: ["duplicate-link"], companions: ["a-index.md": other])
        #expect(found.count == 2 && found.allSatisfy { $0.message.contains("a-index.md") }, "\(found.map(\.message))")
    }

    @Test func aSiteNavigationIsNoDuplicate() throws {
        let navigation = "* [首页](https://a.example/)\n* [回文子串](https://a.example/0647.html)\n"
        let found = try LintHarness.lint(Self.summary, path: "summary.md", rules: ["duplicate-link"], companions: ["_navbar.md": navigation])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// Two chapters (another edition) sharing a passage's example questions: an info saying
    /// so. Two lists of questions in two files are still a question asked twice.
    @Test func questionsTwoArticlesShareAreAnInfo() throws {
        let questions = "1. 这个请求是否超时了？\n2. 这项服务的第 99 百分位响应时间是多少？\n3. 这个缓存条目何时到期？\n"
        func chapter(_ number: Int) -> String {
            "# 第\(number)章\n\n本章讨论分布式系统。\n\n## 时钟\n\n应用程序依赖时钟来回答以下问题：\n\n" + questions
                + "\n在分布式系统中，时间是一件棘手的事情。\n\n## 小结\n\n本章讨论了部分失效。\n"
        }
        let shared = try LintHarness.lint(chapter(9), path: "ch9.md", rules: ["duplicate-question"], companions: ["v1/ch8.md": chapter(8)])
        #expect(shared.map(\.severity) == [.info, .info, .info], "\(shared.map(\.message))")
        #expect(shared.first?.help.first?.hasPrefix("both files are articles") == true)
        let banks = try LintHarness.lint("## 时钟\n\n" + questions, path: "b.md", rules: ["duplicate-question"], companions: ["a.md": "## 时钟\n\n" + questions])
        #expect(banks.map(\.severity) == [.error, .error, .error], "\(banks.map(\.message))")
    }

    /// An article quoting a bank's questions as examples ("以下是一些例子："): an info, on
    /// whichever side the finding falls.
    @Test func questionsAnArticleQuotesFromABankAreAnInfo() throws {
        let questions = "1. 这个请求是否超时了？\n2. 这项服务的第 99 百分位响应时间是多少？\n3. 这个缓存条目何时到期？\n"
        let article = "# 第9章\n\n本章讨论分布式系统。\n\n## 时钟\n\n应用程序依赖时钟来回答以下问题：\n\n" + questions
            + "\n在分布式系统中，时间是一件棘手的事情。\n\n## 小结\n\n本章讨论了部分失效。\n"
        let bank = "## 时钟\n\n" + questions
        // The file that comes second is reported: the article, then the bank.
        for (first, second) in [(("bank.md", bank), ("ch9.md", article)), (("ch9.md", article), ("bank.md", bank))] {
            let found = try LintHarness.lint(first.1, path: first.0, rules: ["duplicate-question"], companions: [second.0: second.1])
            #expect(Set(found.map(\.path)) == [second.0])
            #expect(found.map(\.severity) == [.info, .info, .info], "\(found.map(\.message))")
            #expect(found.first?.help.first?.hasPrefix("one of the two files is an article") == true)
        }
    }

    @Test func articlesAreTold() {
        let article = MarkdownFile(path: "a.md", text: Self.article)
        let summary = MarkdownFile(path: "s.md", text: Self.summary)
        #expect(ArticlePages.of(article).isArticle)
        #expect(!ArticlePages.of(summary).isArticle)
    }

    /// In an article, its outline's question and the practice problem it links at the end.
    @Test func anArticlesOutlineAndItsPracticeLinkAreNoDuplicate() throws {
        let text = """
            # LRU 缓存

            文章内容概览：

            1. 什么是 LRU 缓存？
            2. LRU 为什么适合做缓存淘汰？

            LRU 是一种缓存淘汰策略。

            它淘汰最久没有访问的数据。

            实现时用哈希表加双向链表。

            ## 推荐练习题

            - [146. LRU 缓存](https://a.example/lru-cache/)

            """
        #expect(try LintHarness.lint(text, rules: ["duplicate-question"]).isEmpty)
    }
}

/// A page named from the repository's root and from the linking file's folder is one page.
@Suite struct LocalPageIdentityTests {
    @Test func aRootPathAndARelativePathNameOnePage() {
        #expect(LocalPages.areSamePage("docs/high-concurrency/redis-master-slave.md", "work/repo/docs/high-concurrency/redis-master-slave.md"))
        #expect(LocalPages.areSamePage("docs/a.md", "docs/a.md"))
        #expect(!LocalPages.areSamePage("README.md", "work/repo/docs/README.md"))
        #expect(!LocalPages.areSamePage("docs/a.md", "work/repo/olddocs/a.md"))
    }
}
