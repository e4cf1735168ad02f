import Foundation
import IQCore
import IQTestSupport
import Testing
@testable import IQRules

/// Shapes of the Russian, Ukrainian and French collections, curricula and course indexes,
/// interview banks outside programming and prompt collections read in audits GP–GS (two counts
/// of headings at one level, a contents nested by two spaces, a book in each language's edition,
/// a conversation's turns as headings), each through the real parser and linter.
@Suite struct AuditGPtoGSTests {
    // MARK: heading-numbering

    /// Questions `## 760.` … `## 770.` with the sections' `## 3. Исключения` between two of them.
    static let interleaved = "# Курс\n\n" + (760...765).map { "## \($0). Что такое \($0)?\n\n" }.joined()
        + "## 3. Исключения (перейти в раздел)\n\n" + (766...770).map { "## \($0). Что такое \($0)?\n\n" }.joined()

    @Test func theSectionsCountBetweenTheQuestionsIsASecondCount() throws {
        #expect(try LintHarness.lint(Self.interleaved, rules: ["heading-numbering"]).isEmpty)
        // A number skipped in the questions' count is still one.
        let skipped = Self.interleaved.replacingOccurrences(of: "## 768. Что такое 768?\n\n", with: "")
        #expect(try LintHarness.lint(skipped, rules: ["heading-numbering"]).map(\.message) == ["expected 768 after 767, found 769"])
        // A question typed with a wrong number between two others asks: still reported.
        let typed = Self.interleaved.replacingOccurrences(of: "## 3. Исключения (перейти в раздел)", with: "## 3. Что такое исключение?")
        #expect(try LintHarness.lint(typed, rules: ["heading-numbering"]).count == 2)
    }

    @Test func interjectionsAreHeadingsBetweenACountThatGoesOn() {
        #expect(HeadingNumberingRule.interjections(in: [(1, false), (762, true), (763, true), (2, false), (764, true), (765, true)]) == [0, 3])
        #expect(HeadingNumberingRule.interjections(in: [(50, true), (2, true), (51, true)]) == [])
        #expect(HeadingNumberingRule.interjections(in: [(50, true), (2, false), (51, true)]) == [1])
        // A number above the count, or typed twice with no question in it (`### 6.大模型架构介绍`,
        // `### 6.LLMs复读机问题`): the count's slip.
        #expect(HeadingNumberingRule.interjections(in: [(5, true), (9, false), (6, true)]) == [])
        #expect(HeadingNumberingRule.interjections(in: [(5, true), (6, false), (6, false), (7, true)]) == [])
        // A number typed twice breaks the count, and asks: no second count.
        #expect(HeadingNumberingRule.interjections(in: [(96, true), (97, true), (98, true), (98, true), (99, true)]) == [])
    }

    // MARK: list-marker-spacing

    @Test func aContentsNestedByTwoSpacesIsNotHeldToTheBodysNestedLists() throws {
        let page = "# Title\n\n- [Alpha](#alpha)\n  - [Beta](#beta)\n  - [Gamma](#gamma)\n\n## Alpha\n\n- one\n    -   two\n    -   three\n- four\n    -   five\n"
            + "    -   six\n\n## Beta\n\n- seven\n    -   eight\n    -   nine\n\n## Gamma\n\n- ten\n"
        #expect(try LintHarness.lint(page, rules: ["list-marker-spacing"]).isEmpty)
        // A nested list indented as the others, one space after its marker: still the exception.
        let odd = page.replacingOccurrences(of: "    -   nine", with: "    - nine")
        #expect(try LintHarness.lint(odd, rules: ["list-marker-spacing"]).count == 1)
        #expect(Columns.after("\t".utf8) == 4)
        #expect(Columns.after("  \t".utf8) == 4)
        #expect(Columns.after("> ".utf8) == 2)
    }

    // MARK: link-format

    @Test func aRunOnAddressHoldingACodeSpanOrASecondAddressHasNoFix() throws {
        let text = "# Bookmarks\n\n- 常に最短のリンクを選ぶ： http://example.com/dir/index.html`よりも`http://example.com/dir/`の方がよい。\n"
        let found = try LintHarness.lint(text, rules: ["link-format"])
        #expect(found.count == 1 && found.allSatisfy { $0.fix == nil }, "\(found.map(\.message))")
        // One address running on into the sentence: the fix ends it.
        let plain = try LintHarness.lint("# B\n\nhttps://github.com/x/y。然后\n", rules: ["link-format"])
        #expect(plain.count == 1 && plain.allSatisfy { $0.fix != nil })
    }

    @Test func aMadeUpAddressRunningOnIsAnInfo() throws {
        let prompts = "# 提示词\n\n| 任务 | 提示 |\n|---|---|\n| 图像分类 | 请将下面这张图片分类：\"https://example.com/image.jpg\"。 |\n\n对于这张图片（https://www.xxxxx.com/a.jpg），它属于哪个类别？\n"
        let found = try LintHarness.lint(prompts, rules: ["link-format"])
        #expect(found.count == 2 && found.allSatisfy { $0.severity == .info }, "\(found.map(\.message))")
        #expect(BareURLRule.isExampleAddress("https://sample.com/x"))
        #expect(!BareURLRule.isExampleAddress("https://xkcd.com/1"))
        let real = try LintHarness.lint("# B\n\n对于这张图片（https://imgur.com/a.jpg），它属于哪个类别？\n", rules: ["link-format"])
        #expect(real.map(\.severity) == [.error])
    }

    // MARK: empty-item

    @Test func aQuerysWildcardIsNoEmptyItem() throws {
        let query = "250. Как объединить таблицы?\nINSERT INTO\n    `users_new`\nSELECT\n    *\nFROM\n    `users`\n"
        #expect(try LintHarness.lint(query, rules: ["empty-item"]).isEmpty)
        #expect(EmptyItemRule.opensWithQueryKeyword("SELECT"))
        #expect(EmptyItemRule.opensWithQueryKeyword("  FROM users"))
        #expect(!EmptyItemRule.opensWithQueryKeyword("Selection of papers"))
        // Under prose, the lone `*` is still a stray marker.
        #expect(try LintHarness.lint("* Contribution of this paper\n  * \n* Limitations\n", rules: ["empty-item"]).count == 1)
    }

    // MARK: mixed-list

    @Test func aTablesDelimiterRowReadAsMarkersHasNoFix() throws {
        let found = try LintHarness.lint("# SQL\n\nx| y\n- - -|- - 10 | 30\n    20 | 40\n", rules: ["mixed-list"])
        #expect(found.count == 1 && found[0].fix == nil, "\(found.map(\.message))")
        // A marker typed twice still has its fix.
        #expect(try LintHarness.lint("- a\n- - b\n- c\n", rules: ["mixed-list"]).first?.fix != nil)
    }

    // MARK: markdown-in-html

    @Test func aSummaryWrittenOverLinesIsNotAList() throws {
        let folded = "<details>\n<summary>Explain the following:\n  - PublicURL\n  - InternalURL\n  - AdminURL</summary><br><b>\n\nEndpoints.\n</b></details>\n"
        #expect(try LintHarness.lint(folded, rules: ["markdown-in-html"]).isEmpty)
        // After the summary closes, a list in the block still shows as text.
        let after = "<details>\n<summary>Answer</summary>\n- The event goes to the first responder.\n</details>\n"
        #expect(try LintHarness.lint(after, rules: ["markdown-in-html"]).count == 1)
    }

    // MARK: toc-sync

    @Test func anEntryKeepsItsWordsWhenTheHeadingIsMisspelt() throws {
        let page = "## Contents\n\n+ [What is MongoDB?](#what-is-mongodb)\n+ [How does MongoDB fit into CAP theorem?](#How-does-MongoDB-fit-into-CAP-theorem)\n\n"
            + "## What is MongoDB?\n\nx\n\n## how does MongoDB fit into CAP theorm it?\n\nx\n"
        let fixed = try LintHarness.fix(page, rules: ["toc-sync"], unsafe: true)
        #expect(fixed.contains("+ [How does MongoDB fit into CAP theorem?](#how-does-mongodb-fit-into-cap-theorm-it)"), "\(fixed)")
        // A heading renamed (no word of the entry left): the entry is written from the heading.
        let renamed = "## Contents\n\n- [Alpha](#alpha)\n- [Setup steps](#setup-steps)\n\n## Alpha\n\nx\n\n## Installing the tools\n\nx\n"
        #expect(try LintHarness.fix(renamed, rules: ["toc-sync"], unsafe: true).contains("- [Installing the tools](#installing-the-tools)"))
        #expect(TOCSyncRule.shareOfWords(of: "how does mongodb fit into cap theorem?", in: "how does mongodb fit into cap theorm it?") > 0.8)
        #expect(TOCSyncRule.shareOfWords(of: "大模型微调", in: "大模型训练") == 0.6)
        #expect(TOCSyncRule.shareOfWords(of: "Setup", in: "Setup and tools") == 0)
    }

    // MARK: duplicate-heading

    @Test func aConversationsTurnsAreNoRepeatedSections() throws {
        let chat = "# YOLOv4\n\n## Person:\n\n- 写一个训练脚本\n\n## ChatGPT:\n\n- 好的\n\n## Person:\n\n- 再解释一下\n\n## ChatGPT:\n\n- 好的\n"
        #expect(try LintHarness.lint(chat, rules: ["duplicate-heading"]).isEmpty)
        // One label twice with no other speaker between: a section repeated.
        let twice = "# Notes\n\n## Summary:\n\nx\n\n## Details\n\ny\n\n## Summary:\n\nz\n"
        #expect(try LintHarness.lint(twice, rules: ["duplicate-heading"]).count == 1)
    }

    // MARK: duplicate-question

    @Test func oneTitleInTwoLanguagesEditionsIsTwoEntries() throws {
        #expect(LanguageVersions.nameTwoLanguages("Elements of Programming Interviews (C++ version)", "Elements of Programming Interviews in Python"))
        #expect(LanguageVersions.nameTwoLanguages("How do you reverse a string in JS?", "How do you reverse a string in Java?"))
        #expect(!LanguageVersions.nameTwoLanguages("How does Python compare with Java?", "How does Java compare to Python?"))
        #expect(!LanguageVersions.nameTwoLanguages("What is a closure?", "What is a closure in Python?"))
        #expect(LanguageVersions.languages(in: "C# и C++ (версія на Python)") == ["c#", "c++", "python"])
        let books = "# Books\n\n- [Elements of Programming Interviews (C++ version)](https://a.example/1)\n- [Elements of Programming Interviews in Python](https://a.example/2)\n"
        #expect(try LintHarness.lint(books, rules: ["duplicate-question"]).isEmpty)
    }

    @Test func aLecturesSourceAndMediumNamedAgainIsAnotherLecture() throws {
        #expect(MediaLabels.isMediaLabel("MIT (video)"))
        #expect(MediaLabels.isMediaLabel("Lecture notes (PDF)"))
        #expect(!MediaLabels.isMediaLabel("What is BFS? (video)"))
        #expect(!MediaLabels.isMediaLabel("Breadth-first search explained in detail for beginners (video)"))
        let curriculum = "# Trees\n\n- BFS\n    - [MIT (video)](https://a.example/watch?v=1)\n    - level order\n- DFS\n    - [MIT (video)](https://a.example/watch?v=2)\n"
        #expect(try LintHarness.lint(curriculum, rules: ["duplicate-question"]).isEmpty)
    }
}
