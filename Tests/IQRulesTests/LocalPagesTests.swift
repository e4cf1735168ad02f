import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// Items linking to one page of the repository are the page listed twice, wherever they sit.
@Suite struct LocalPagesTests {
    private let tools = "# 工具\n\n- [Docker 专题](./docker/)：容器\n- [Git 专题](git/README.md)\n- [Maven 专题](./maven/)\n"

    @Test func onePageListedInTwoFoldersIsNoDuplicate() throws {
        let git = "# Git\n\n- [Git 专题](./README.md)\n- [Docker 专题](../docker/)\n- [Gradle 专题](../gradle/)\n"
        let found = try LintHarness.lint(tools, path: "docs/tools/README.md", rules: ["duplicate-question"], companions: ["docs/tools/git/README.md": git])
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    @Test func twoPagesForOneQuestionAreADuplicate() throws {
        let git = "# Git\n\n- [Docker 专题](../docker-v2/)\n- [Gradle 专题](../gradle/)\n"
        let found = try LintHarness.lint(tools, path: "docs/tools/README.md", rules: ["duplicate-question"], companions: ["docs/tools/git/README.md": git])
        #expect(found.map(\.path) == ["docs/tools/git/README.md"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    @Test func aCopiedListLinkingItsPagesIsStillOneCopiedList() throws {
        let questions = ["如何设计一个高可用系统？", "如何限流？", "如何进行熔断？", "熔断框架都有哪些？", "如何进行降级？", "如何做服务降级？"]
        let readme = "# 目录\n\n## 高可用\n\n" + questions.enumerated().map { index, question in
            index % 2 == 0 ? "-   [\(question)](/docs/high-availability/q\(index).md)\n" : "-   \(question)\n"
        }.joined()
        let chapter = "# 高可用\n\n" + questions.enumerated().map { index, question in
            index % 2 == 0 ? "-   [\(question)](./q\(index).md)\n" : "-   \(question)\n"
        }.joined()
        let found = try LintHarness.lint(chapter, path: "docs/high-availability/README.md", rules: ["duplicate-question"], companions: ["README.md": readme])
        #expect(found.map { "\($0.severity) \($0.message.prefix(11))" } == ["info copied list"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    /// A stale copy of the index in `docs/` writes the same relative links, which lead to the
    /// folder's own copies (or to nothing): the index listed twice, not questions asked twice,
    /// whether the files are named from the root or from elsewhere.
    @Test func aCopyOfTheIndexInAFolderListsThePagesAgain() throws {
        let index = "# Golang面试题\n\n## 面试题\n\n- [交替打印数字和字母](question/q001.md)\n- [判断字符串中字符是否全都不同](question/q002.md)\n- [翻转字符串](question/q003.md)\n"
        for root in ["", "/tmp/repo/"] {
            let found = try LintHarness.lint(index, path: root + "README.md", rules: ["duplicate-question"], companions: [root + "docs/README.md": index])
            #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
        }
        // Another page under the same title in the copy is still a second question.
        let other = index.replacingOccurrences(of: "question/q002.md", with: "question/q102.md")
        let found = try LintHarness.lint(index, path: "README.md", rules: ["duplicate-question"], companions: ["docs/README.md": other])
        #expect(found.map(\.path) == ["docs/README.md"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    /// One list naming the same page twice under one title: an entry added twice.
    @Test func onePageTwiceInOneListIsAnEntryAddedTwice() throws {
        let index = "# Leetcode solutions\n\n#### Tree\n\n- [Binary Tree Paths](src/tree/BinaryTreePaths.java) (Easy)\n"
            + "- [Find Bottom Left Tree Value](src/tree/FindBottomLeftTreeValue.java) (Medium)\n- [Path Sum III](src/tree/PathSumIII.java) (Medium)\n"
            + "- [Find Bottom Left Tree Value](src/tree/FindBottomLeftTreeValue.java) (Medium)\n"
        let found = try LintHarness.lint(index, path: "README.md", rules: ["duplicate-question"])
        #expect(found.map(\.line) == [8], "\(found.map { "\($0.line) \($0.message)" })")
        // Two lists, a reading order and an index, each naming the page: navigation.
        let twoLists = index.replacingOccurrences(of: "- [Path Sum III]", with: "\n## Index\n\n- [Path Sum III]")
        let navigation = try LintHarness.lint(twoLists, path: "README.md", rules: ["duplicate-question"])
        #expect(navigation.isEmpty, "\(navigation.map { "\($0.line) \($0.message)" })")
    }

    @Test func pathsAreResolvedFromTheFilesFolder() {
        #expect(LocalPages.normalized("docs/tools/git/../docker/") == "docs/tools/docker")
        #expect(LocalPages.normalized("./a/./b/../c.md") == "a/c.md")
        #expect(LocalPages.normalized("../../x.md") == "../../x.md")
    }
}
