import Foundation
import IQCore
import IQTestSupport
import Testing
@testable import IQRules

/// Shapes of the security checklists, the Japanese and Korean collections, learning logs and
/// solution indexes and Chinese frontend banks read in audits GJ–GO (slide decks, partial tables of contents, reference
/// lists closed by thanks, drafts written for another folder), each through the real parser and
/// linter.
@Suite struct AuditGJtoGOTests {
    /// Six slides cut by `---`, two parts announced by a title slide, then titled again.
    static let deck = "# 今日のテーマ\n\n- セキュリティ\n- API\n\n---\n\n# セキュリティ\n\n---\n\n# セキュリティ\n- リスク\n- 事例\n\n---\n\n"
        + "# 事例\n\n- 漏洩\n\n---\n\n# REST\n\n---\n\n# REST\n- リソース\n\n---\n\n# まとめ\n\n- 以上\n"

    // MARK: slide decks

    @Test func aDecksRepeatedTitlesAndTitleSlidesAreItsOwn() throws {
        #expect(SlideDecks.of(MarkdownFile(path: "slide.md", text: Self.deck)).isDeck)
        #expect(try LintHarness.lint(Self.deck, rules: ["duplicate-heading", "empty-section"]).isEmpty)
    }

    @Test func aPageWithAFewRulesIsNoDeck() throws {
        // The same sections with two rules only: a page, whose title without content and
        // repeated heading are reported.
        let page = "# Guide\n\nIntro.\n\n## Security\n\n---\n\n## Security\n\n- risk\n\n---\n\n## REST\n\n- resources\n"
        #expect(!SlideDecks.of(MarkdownFile(path: "guide.md", text: page)).isDeck)
        let found = try LintHarness.lint(page, rules: ["duplicate-heading", "empty-section"])
        #expect(Set(found.map(\.ruleID)) == ["duplicate-heading", "empty-section"], "\(found.map(\.message))")
        // Long sections set apart by rules: a README, not a deck.
        let section = (1...25).map { "- [Tool \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        let readme = (1...6).map { "## Part \($0)\n\n\(section)\n" }.joined(separator: "\n---\n\n")
        #expect(!SlideDecks.of(MarkdownFile(path: "README.md", text: readme)).isDeck)
    }

    // MARK: heading-punctuation

    @Test func aKeywordStatementKeepsItsSemicolon() throws {
        #expect(HeadingPunctuationRule.endsWithCodeStatement("use utf8;"))
        #expect(HeadingPunctuationRule.endsWithCodeStatement("use strict; use warnings;"))
        #expect(HeadingPunctuationRule.endsWithCodeStatement("そこで use utf8;"))
        #expect(HeadingPunctuationRule.endsWithCodeStatement("そこで 必ず use utf8;"))
        #expect(!HeadingPunctuationRule.endsWithCodeStatement("Notes 注意 use utf8;"))
        #expect(!HeadingPunctuationRule.endsWithCodeStatement("Install the tools;"))
        #expect(!HeadingPunctuationRule.endsWithCodeStatement("工具;"))
        let found = try LintHarness.lint("## use utf8;\n\n* text\n\n## Install the tools;\n\n* text\n", rules: ["heading-punctuation"])
        #expect(found.map(\.line) == [5])
    }

    // MARK: mixed-list

    @Test func remarksAtTheMarginAfterIndentedStepsAreNoSteps() throws {
        let steps = "### Example\n  1. take 1,000 yen\n  1. add 1,000 yen\n* if either fails, the data is inconsistent\n* does it work twice at once?\n"
        #expect(try LintHarness.lint(steps, rules: ["mixed-list"]).isEmpty)
        // Numbers and bullets at one margin: the bullets are unnumbered questions.
        let flat = "### Example\n1. take 1,000 yen\n1. add 1,000 yen\n* if either fails, the data is inconsistent\n* does it work twice at once?\n"
        #expect(try LintHarness.lint(flat, rules: ["mixed-list"]).map(\.line) == [4, 5])
    }

    // MARK: toc-sync

    @Test func aTableOfAnchoredSectionsLeavesTheOthersOut() throws {
        let guide = "# Guide\n\n## Contents\n- [Intro](#intro)\n- [List](#list)\n- [Others](#others)\n\n## Intro <a name=\"intro\"></a>\ntext\n\n"
            + "## List <a name=\"list\"></a>\ntext\n\n## Recap\ntext\n\n## Others <a name=\"others\"></a>\ntext\n"
        let found = try LintHarness.lint(guide, rules: ["toc-sync"])
        #expect(found.map(\.line) == [14] && found.allSatisfy { $0.severity == .info && $0.fix?.applicability != .safe }, "\(found)")
        // Without the anchors, the section between listed ones was forgotten.
        let plain = guide.replacingOccurrences(of: " <a name=\"intro\"></a>", with: "").replacingOccurrences(of: " <a name=\"list\"></a>", with: "")
            .replacingOccurrences(of: " <a name=\"others\"></a>", with: "")
        #expect(try LintHarness.lint(plain, rules: ["toc-sync"]).map(\.severity) == [.error])
    }

    @Test func aMovedSectionNamedInWordsIsListed() throws {
        let links = "# Links\n\n## Contents\n\n- [Online Tools](#online-tools)\n- Privacy Software, moved to [here](https://a.example/p)\n- [Academic](#academic)\n\n"
            + "## Online Tools\n\n- [Scan](https://a.example/s)\n\n## Privacy Software\n\nMoved.\n\n## Academic\n\n- [Paper](https://a.example/a)\n"
        #expect(try LintHarness.lint(links, rules: ["toc-sync"]).isEmpty)
        #expect(TOCSyncRule.nameBeforeRemark("Privacy Software, moved to here") == "Privacy Software")
        #expect(TOCSyncRule.nameBeforeRemark("Security Hardware - see the gadgets page") == "Security Hardware")
        #expect(TOCSyncRule.nameBeforeRemark("Pre-commit hooks") == nil)
    }

    // MARK: bare-url

    @Test func thanksClosingAReferencesListIsNoEntry() throws {
        let references = "#### References\n\n- Mozilla's guidelines at https://a.example/openssh\n- https://a.example/audit\n- https://a.example/sshd\n"
            + "- `man sshd_config`\n- Thanks to [than0s](https://a.example/t) for [finding duplicates](https://a.example/38).\n"
        #expect(try LintHarness.lint(references, rules: ["bare-url"]).isEmpty)
        // A titled source instead of the thanks: the addresses alone are links without titles.
        let titled = references.replacingOccurrences(of: "- Thanks to [than0s](https://a.example/t) for [finding duplicates](https://a.example/38).\n",
                                                      with: "- [SSH hardening](https://a.example/h)\n- [Audit guide](https://a.example/g)\n")
        #expect(!(try LintHarness.lint(titled, rules: ["bare-url"])).isEmpty)
    }

    // MARK: duplicate-question

    @Test func oneWordSpeltTwoWaysIsTwoSubjects() throws {
        let net = "# Network\n\n## Subnetting ?\n- splitting a network\n\n## Subnet ?\n- a part of a network\n\n## Subnet Mask ?\n- marks the network bits\n"
        #expect(try LintHarness.lint(net, rules: ["duplicate-question"]).isEmpty)
        #expect(try LintHarness.lint(net + "\n## subnet?\n- again\n", rules: ["duplicate-question"]).map(\.line) == [12])
        #expect(DuplicateQuestionRule.areOneWordVariants("Subnetting ?", "Subnet ?"))
        #expect(!DuplicateQuestionRule.areOneWordVariants("Docker?", "docker"))
        #expect(!DuplicateQuestionRule.areOneWordVariants("什么是Subnet？", "Subnetting"))
    }

    // MARK: toc-anchor

    @Test func aLinkInASentenceIsPointedAtTheSectionTheContentsLink() throws {
        let guide = "# Guide\n\n## Contents\n\n- [Firewall With UFW (Uncomplicated Firewall)](#firewall-with-ufw-uncomplicated-firewall)\n- [Other](#other)\n\n"
            + "### Firewall With UFW (Uncomplicated Firewall)\n\ntext\n\n### Other\n\nSince we use [UFW](#ufw-uncomplicated-firewall) we go on.\n"
        let found = try LintHarness.lint(guide, rules: ["toc-anchor"])
        #expect(found.count == 1 && found[0].message.hasSuffix("did you mean '#firewall-with-ufw-uncomplicated-firewall'"), "\(found.map(\.message))")
    }

    // MARK: duplicate-question, GL–GM

    @Test func theOpeningQuestionsAskedAgainOverTheirAnswers() throws {
        let article = "# 问题\n\n## 问题\n\n1. String s1 = \"a\" + \"b\"; //创建了几个对象？\n2. String s2 = new String(\"ab\"); //创建了几个对象？\n\n"
            + "## 关于intern()\n\n说明文字。\n\nRETURN\n\n1. String s1 = \"a\" + \"b\"; //创建了几个对象？\n\n- 最多一个。\n\n1. String s2 = new String(\"ab\"); //创建了几个对象？\n\n- 一个或两个。\n"
        #expect(try LintHarness.lint(article.replacingOccurrences(of: "RETURN", with: "回到开始的问题："), rules: ["duplicate-question"]).isEmpty)
        #expect(try LintHarness.lint(article.replacingOccurrences(of: "RETURN", with: "另一种写法："), rules: ["duplicate-question"]).map(\.line) == [14, 18])
        #expect(ReferringSections.leadsBackToTheQuestions("Back to the questions:"))
        #expect(!ReferringSections.leadsBackToTheQuestions("回到首页"))
    }

    @Test func aSolutionsStepsCopiedUnderTheOldSolutionAreNoQuestions() throws {
        let steps = "- 把根节点 push 到栈中\n- 循环检测栈是否为空，若不空，则取出栈顶元素，保存其值\n- 看其右子节点是否存在，若存在则 push 到栈中\n- 看其左子节点，若存在，则 push 到栈中。\n"
        let article = "# 144\n\n## TITLE\n\n\(steps)\n## TITLE2\n\n\(steps)"
        #expect(try LintHarness.lint(article.replacingOccurrences(of: "TITLE2", with: "旧版题解").replacingOccurrences(of: "TITLE", with: "题目解析"),
                                     rules: ["duplicate-question"]).isEmpty)
        // Under titles that name no solution, the copied list is asked twice.
        #expect(try LintHarness.lint(article.replacingOccurrences(of: "TITLE2", with: "二叉树").replacingOccurrences(of: "TITLE", with: "栈"),
                                     rules: ["duplicate-question"]).count == 4)
        #expect(StepLists.isStepsTitle("## 旧版题解"))
    }

    // MARK: link-format, GM

    @Test func aDraftWrittenForTheFolderAboveIsOneFinding() throws {
        let scratch = try ScratchDirectory()
        for name in ["docs/data/manifest.json", "docs/index.md", "problems/1.md"] { try scratch.write(name, "x\n") }
        let draft = "# Draft\n\n- [manifest](docs/data/manifest.json)\n- [index](docs/index.md)\n- [problems](problems/1.md)\n"
        let found = try LintHarness.lint(draft, path: try scratch.write("revamp/README.draft.md", draft), rules: ["link-format"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["3 info"], "\(found.map(\.message))")
        // A translation read where it is: each link is broken for its readers.
        let translation = try LintHarness.lint(draft, path: try scratch.write("translations/README-ja.md", draft), rules: ["link-format"])
        #expect(translation.map(\.severity) == [.error, .error, .error], "\(translation.map(\.message))")
        #expect(ProjectDocuments.isDraft("drafts/intro.md") && ProjectDocuments.isDraft("a/README.draft.md") && !ProjectDocuments.isDraft("a/redraft.md"))
    }

    // MARK: missing-link, GL

    @Test func aRoadmapsPracticeQuestionsBesideItsResourcesWaitForNoLink() throws {
        func stage(_ name: String) -> String {
            "### \(name)\n\n#### 经典面试题\n\n1. 什么是\(name)？\n2. \(name)有哪些特点？\n3. 如何学习\(name)？\n\n#### 资源\n\n"
                + "- 视频：[https://a.example/\(name)/v](https://a.example/\(name)/v)\n- 文档：[https://a.example/\(name)/d](https://a.example/\(name)/d)\n"
                + "- 项目：[https://a.example/\(name)/p](https://a.example/\(name)/p)\n\n"
        }
        let roadmap = "# Java 学习路线\n\n" + ["Java 基础", "Java 8", "Maven", "Spring"].map(stage).joined()
        #expect(try LintHarness.lint(roadmap, rules: ["missing-link"]).isEmpty)
        // Linked questions numbered like them: the unlinked ones miss their answers.
        let bank = "# 面试题\n\n## 基础\n\n1. [什么是 JVM？](https://a.example/1)\n2. [什么是 GC？](https://a.example/2)\n3. [什么是类加载？](https://a.example/3)\n\n"
            + "## 进阶\n\n1. 什么是逃逸分析？\n2. 什么是 JIT？\n"
        #expect(!(try LintHarness.lint(bank, rules: ["missing-link"])).isEmpty)
    }

    // MARK: duplicate-question, GO

    @Test func casesToldApartByACountAreTwoQuestions() throws {
        let check = "# 链表题自检\n\n1. 如果链表为空时，代码是否能正常工作？\n2. 如果链表只包含一个结点时，代码是否能正常工作？\n3. 如果链表只包含两个结点时，代码是否能正常工作？\n"
        #expect(try LintHarness.lint(check, rules: ["duplicate-question"]).isEmpty)
        #expect(try LintHarness.lint(check + "4. 如果链表只包含两个结点时，代码是否能正常工作？\n", rules: ["duplicate-question"]).map(\.line) == [6])
        #expect(CountedCases.differOnlyInANumber("What is 2PC?", "What is 3PC?"))
        #expect(CountedCases.differOnlyInANumber("Java 8 新特性", "Java 11 新特性"))
        #expect(!CountedCases.differOnlyInANumber("1. 什么是 Transformer", "2. 什么是 Transformer"))
        #expect(!CountedCases.differOnlyInANumber("一致性哈希", "一致性 hash"))
    }

    // MARK: insecure-link, GN

    @Test func anAdoptedCodeOfConductKeepsItsLinks() throws {
        let conduct = "# Code of Conduct\n\nAdapted from the [Contributor Covenant](http://contributor-covenant.org/version/1/4).\n"
        #expect(try LintHarness.lint(conduct, path: "CODE_OF_CONDUCT.md", rules: ["insecure-link"]).isEmpty)
        #expect(try LintHarness.lint(conduct, path: "README.md", rules: ["insecure-link"]).count == 1)
    }

    // MARK: list-numbering, GO

    @Test func aOneAfterTheLastCountedNumberIsRenumberedOnlyByAnUnsafeFix() throws {
        let glued = "# React\n\n1. react 生命周期\n2. react hooks 原理\n3. redux\n\n1. React 与 Vue 的主要区别:\n\n正文\n"
        let found = try LintHarness.lint(glued, rules: ["list-numbering"])
        #expect(found.map(\.line) == [7] && found.allSatisfy { $0.fix?.applicability == .unsafe }, "\(found)")
        // A stray `1.` the next number confirms is a slip: renumbered safely.
        let stray = "# T\n\n1. a\n2. b\n1. c\n1. d\n5. e\n"
        let strays = try LintHarness.lint(stray, rules: ["list-numbering"])
        #expect(strays.map(\.line) == [5, 6] && strays.allSatisfy { $0.fix?.applicability == .safe }, "\(strays)")
    }

    @Test func twoCompaniesFilesInAFolderOfRecordsAskAlikeAsRecordsDo() throws {
        let scratch = try ScratchDirectory()
        let shimo = "# 石墨\n\n## 面试题\n\n1. git rebase 和 git merge 的区别?\n2. 设计模式\n3. 事件循环\n"
        let xiaomi = "# 小米\n\n## 面试题\n\n1. 箭头函数和普通函数区别\n2. 设计模式\n3. css 权重\n"
        func lint(_ folder: String) throws -> [Diagnostic] {
            let files = [MarkdownFile(path: try scratch.write("\(folder)/shimo.md", shimo), text: shimo),
                         MarkdownFile(path: try scratch.write("\(folder)/xiaomi.md", xiaomi), text: xiaomi)]
            return try Linter(ruleTypes: BuiltinRules.all, select: ["duplicate-question"]).lint(files)
        }
        #expect(try lint("company").map(\.severity) == [.info])
        #expect(try lint("topics").map(\.severity) == [.error])
        #expect(!InterviewRecords.isInRecordsFolder("/home/company/bank/README.md"))
    }
}
