import Foundation
import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// `toc-anchor` and `toc-sync` on the sample question bank and on generated documents whose
/// table of contents `--fix` writes.
@Suite struct TOCRulesTests {
    static let rules = ["toc-anchor", "toc-sync"]

    static func sample() throws -> String {
        try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theSampleTableOfContentsIsCorrect() throws {
        let diagnostics = try LintHarness.lint(Self.sample(), path: "README.md", rules: Self.rules)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.ruleID) \($0.line): \($0.message)" })")
    }

    /// A docsify sidebar links the anchors of the page shown beside it; the same list in
    /// another file is checked against that file.
    @Test func aDocsifySidebarIsNotCheckedAgainstItself() throws {
        let sidebar = "- [:coffee: Java](#coffee-java)\n- [Redis](#redis)\n"
        #expect(try LintHarness.lint(sidebar, path: "docs/_sidebar.md", rules: Self.rules).isEmpty)
        #expect(try LintHarness.lint(sidebar, path: "docs/sidebar.md", rules: Self.rules).count == 2)
    }

    @Test func aRenamedSectionBreaksItsEntryAndTheFixRestoresIt() throws {
        let sample = try Self.sample()
        #expect(lines(sample)[222] == "## 大模型微调" && lines(sample)[31] == "6. [大模型微调](#大模型微调)")
        let broken = sample.replacing("\n## 大模型微调\n", with: "\n## 大模型微调技术\n")
        let diagnostics = try LintHarness.lint(broken, path: "README.md", rules: Self.rules)
        // One finding: toc-anchor yields to toc-sync's, which covers the entry.
        #expect(diagnostics.map(\.ruleID).sorted() == ["toc-sync"])
        #expect(diagnostics.allSatisfy { $0.line == 32 }, "\(diagnostics.map { "\($0.ruleID) \($0.line)" })")
        let anchor = try #require(try LintHarness.lint(broken, path: "README.md", rules: ["toc-anchor"]).first)
        #expect(anchor.message == "expected an anchor of this document, found '#大模型微调'; did you mean '#大模型微调技术'")
        let sync = try #require(diagnostics.first { $0.ruleID == "toc-sync" })
        #expect(sync.message.hasPrefix("expected an entry for '大模型微调技术' (#大模型微调技术), found '大模型微调'"))

        // Repairing the entry changes its text: an unsafe fix.
        #expect(try LintHarness.fix(broken, path: "README.md", rules: Self.rules) == broken)
        let fixed = try LintHarness.fix(broken, path: "README.md", rules: Self.rules, unsafe: true)
        #expect(try LintHarness.lint(fixed, path: "README.md", rules: Self.rules).isEmpty)
        #expect(lines(fixed)[31] == "6. [大模型微调技术](#大模型微调技术)")
        // Only that line changed.
        #expect(zip(lines(fixed), lines(broken)).filter { $0 != $1 }.count == 1)
        #expect(fixed.replacing("6. [大模型微调技术](#大模型微调技术)", with: "6. [大模型微调](#大模型微调)")
                    .replacing("\n## 大模型微调技术\n", with: "\n## 大模型微调\n") == sample)
    }

    @Test func aNewSectionIsReportedAtItsHeadingAndAdded() throws {
        let sample = try Self.sample()
        let extended = sample.replacing("\n## pytorch基础\n", with: "\n## 多模态大模型\n\n1. [CLIP](https://a.example/clip)\n\n## pytorch基础\n")
        let diagnostics = try LintHarness.lint(extended, path: "README.md", rules: Self.rules)
        let headingLine = try #require(lines(extended).firstIndex(of: "## 多模态大模型")) + 1
        #expect(diagnostics.map { "\($0.ruleID) \($0.line)" } == ["toc-sync \(headingLine)"])
        // The entry is added after the one before it; list-numbering renumbers the rest.
        let fixed = try LintHarness.fix(extended, path: "README.md", rules: Self.rules + ["list-numbering"])
        #expect(Array(lines(fixed)[36...39]) == ["11. [其他问题](#其他问题)", "12. [多模态大模型](#多模态大模型)",
                                                 "13. [pytorch基础](#pytorch基础)", "14. [贡献指南](#贡献指南)"])
        #expect(try LintHarness.lint(fixed, path: "README.md", rules: Self.rules).isEmpty)
    }

    /// Heading texts that stress anchors and link text: the issue's examples, repeats, emoji, CJK
    /// punctuation, full-width characters, code spans, links, emphasis and escapes.
    static let headingTexts = [
        "Transformer、Bert、GPT系列模型", "Q&A：LoRA 与 QLoRA 的区别？", "🔥 热门题目", "大模型　应用（RAG）",
        "其他问题", "其他问题", "其他问题", "😄 emoji 题目", "问答：《深度学习》「入门」", "ＧＰＴ－４ 与 ＬＬａＭＡ２ 对比１２３",
        "`torch.nn` 模块", "[LoRA](https://a.example/lora) 原理", "**粗体** 与 _斜体_ 标题", "C# 与 C++", "foo_bar_baz",
        "a \\* b", "\\[方括号\\] 标题", "使用 &lt;br&gt; 标签", "1. 数字开头", "`a|b` 与 `[x]`", "a-1", "a", "a",
    ]

    static func fixtureHeadingTexts() throws -> [String] {
        struct Case: Decodable { let markdown: String }
        struct Fixture: Decodable { let cases: [Case] }
        let path = RepositoryPaths.root + "/Tests/IQMarkdownTests/Fixtures/github-anchor-cases.json"
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: URL(fileURLWithPath: path))).cases.map(\.markdown)
    }

    /// A document with a stale one-entry table of contents and one section per heading text.
    static func document(headings: [String], toc: String = "1. [旧条目](#旧条目)") -> String {
        "# 题库\n\n## 目录\n\n\(toc)\n\n" + headings.map { "## \($0)\n\n内容\n\n" }.joined()
    }

    /// The table lists level 2 by configuration: one stale entry says nothing about coverage.
    static let levelTwo: [String: [String: ConfigValue]] = ["toc-sync": ["levels": [2]]]

    /// After `--fix --unsafe-fixes` (the stale entry is repaired, the rest added after it) the
    /// table of contents lists every heading, in order, by its exact text, and both rules are silent.
    private func expectRoundTrip(_ headings: [String], toc: String = "1. [旧条目](#旧条目)") throws {
        let rules = Self.rules + ["list-numbering"]
        let fixed = try LintHarness.fix(Self.document(headings: headings, toc: toc), rules: rules, unsafe: true, options: Self.levelTwo)
        let remaining = try LintHarness.lint(fixed, rules: rules, options: Self.levelTwo)
        #expect(remaining.isEmpty, "\(remaining.map { "\($0.line): \($0.message)" })\n\(fixed)")
        let document = MarkdownParser.parse(fixed)
        let sections = Array(document.headings.dropFirst(2))
        let tocList = try #require(document.lists.first)
        #expect(tocList.items.count == sections.count)
        for (item, heading) in zip(tocList.items, sections) {
            let link = try #require(item.links.first)
            #expect(link.text == heading.text)
            #expect(document.anchors.headingIndex(forFragment: link.fragmentOnly ?? "") == heading.index)
        }
    }

    @Test func fixedTablesOfContentsAreCleanForStressHeadings() throws {
        try expectRoundTrip(Self.headingTexts)
        for text in Self.headingTexts { try expectRoundTrip([text]) }
    }

    @Test func fixedTablesOfContentsAreCleanForEveryFixtureHeading() throws {
        let texts = try Self.fixtureHeadingTexts()
        #expect(texts.count == 74)
        try expectRoundTrip(texts)
        try expectRoundTrip(Self.headingTexts + texts)
        for text in texts { try expectRoundTrip([text]) }
    }

    @Test func addedEntriesKeepTheListStyle() throws {
        try expectRoundTrip(["A", "B"], toc: "- [B](#b)")
        let bullets = try LintHarness.fix(Self.document(headings: ["A", "B"], toc: "* [B](#b)"), rules: Self.rules, options: Self.levelTwo)
        #expect(bullets.contains("\n* [A](#a)\n* [B](#b)\n"))
        let parens = try LintHarness.fix(Self.document(headings: ["A", "B", "C"], toc: "1)  [A](#a)"), rules: Self.rules, options: Self.levelTwo)
        #expect(parens.contains("\n1)  [A](#a)\n2)  [B](#b)\n3)  [C](#c)\n"))
        let ones = try LintHarness.fix(Self.document(headings: ["A", "B", "C"], toc: "1. [A](#a)\n1. [C](#c)"), rules: Self.rules, options: Self.levelTwo)
        #expect(ones.contains("\n1. [A](#a)\n1. [B](#b)\n1. [C](#c)\n"))
        let quoted = try LintHarness.fix("> ## 目录\n>\n> - [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n", rules: Self.rules, options: Self.levelTwo)
        #expect(quoted == "> ## 目录\n>\n> - [A](#a)\n> - [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n")
    }

    @Test func staleAndOutOfPlaceEntriesAreNeverDeleted() throws {
        let markdown = "## 目录\n\n- [B](#b)\n- [A](#a)\n- [Gone](#gone)\n- [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n"
        let diagnostics = try LintHarness.lint(markdown, rules: ["toc-sync"])
        #expect(diagnostics.map(\.line).sorted() == [3, 6])
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"], unsafe: true) == markdown)
    }

    @Test func nestedLevelsAreAddedWithTheirIndentation() throws {
        let markdown = "## Contents\n\n- [A](#a)\n    - [A.1](#a1)\n- [B](#b)\n\n## A\n\n### A.1\n\n### A.2\n\n## B\n\n### B.1\n\nx\n"
        let options: [String: [String: ConfigValue]] = ["toc-sync": ["levels": [2, 3]]]
        let diagnostics = try LintHarness.lint(markdown, rules: ["toc-sync"], options: options)
        #expect(diagnostics.map(\.line) == [11, 15])
        let fixed = try LintHarness.fix(markdown, rules: ["toc-sync"], options: options)
        #expect(fixed.hasPrefix("## Contents\n\n- [A](#a)\n    - [A.1](#a1)\n    - [A.2](#a2)\n- [B](#b)\n    - [B.1](#b1)\n\n## A\n"))
        #expect(try LintHarness.lint(fixed, rules: ["toc-sync"], options: options).isEmpty)
    }

    @Test func excludedHeadingsNeedNoEntryButMayHaveOne() throws {
        let options: [String: [String: ConfigValue]] = ["toc-sync": ["exclude": ["贡献指南", "#faq"]]]
        let without = Self.document(headings: ["A", "贡献指南", "FAQ"], toc: "1. [A](#a)")
        #expect(try LintHarness.lint(without, rules: ["toc-sync"], options: options).isEmpty)
        let with = Self.document(headings: ["A", "贡献指南", "FAQ"], toc: "1. [A](#a)\n2. [贡献指南](#贡献指南)")
        #expect(try LintHarness.lint(with, rules: ["toc-sync"], options: options).isEmpty)
    }

    @Test func theAnchorFixRewritesOnlyWhenOneHeadingHasTheLinkText() throws {
        let one = "[其他问题](#其他)\n\n## 其他问题\n"
        #expect(try LintHarness.fix(one, rules: ["toc-anchor"], unsafe: true) == "[其他问题](#其他问题)\n\n## 其他问题\n")
        let two = "[其他问题](#其他)\n\n## 其他问题\n\n## 其他问题\n"
        #expect(try LintHarness.fix(two, rules: ["toc-anchor"], unsafe: true) == two)
        #expect(try LintHarness.lint(two, rules: ["toc-anchor"]).first?.message
                    == "expected an anchor of this document, found '#其他'; did you mean '#其他问题'")
    }
}

/// One stale entry of a table of contents is one finding: toc-anchor yields to toc-sync, whose
/// finding covers the entry, and reports it alone when toc-sync is off.
@Suite struct TOCAnchorYieldsToTOCSyncTests {
    private let markdown = "# T\n\n## 目录\n\n- [Alpha](#alpha)\n- [Beta](#beta-old)\n- [Gamma](#gamma)\n\n## Alpha\n\ntext\n\n## Beta\n\ntext\n\n## Gamma\n\ntext\n"

    @Test func oneFindingForAStaleEntry() throws {
        let found = try LintHarness.lint(markdown, rules: ["toc-anchor", "toc-sync"])
        #expect(found.map { "\($0.ruleID):\($0.line)" } == ["toc-sync:6"], "\(found.map { "\($0.ruleID):\($0.line)" })")
    }

    @Test func tocAnchorAloneStillReportsIt() throws {
        #expect(try LintHarness.lint(markdown, rules: ["toc-anchor"]).map { "\($0.ruleID):\($0.line)" } == ["toc-anchor:6"])
    }

    @Test func aDeadLinkOutsideTheTableIsStillReported() throws {
        let found = try LintHarness.lint(markdown + "\nSee [below](#nowhere).\n", rules: ["toc-anchor", "toc-sync"])
        #expect(found.map { "\($0.ruleID):\($0.line)" } == ["toc-sync:6", "toc-anchor:21"], "\(found.map { "\($0.ruleID):\($0.line)" })")
    }

    /// An anchor a link written with the file's own name already leads to is that entry's:
    /// no hint names it for another dead fragment.
    @Test func theHintSkipsAnchorsLinkedByTheFilesOwnName() throws {
        let markdown = "# Container\n\n* [Docker cons](container_docker.md#docker-cons)\n* [Cons](container_docker.md#docker-con)\n\n## Docker cons\n\nText.\n"
        let found = try LintHarness.lint(markdown, path: "container_docker.md", rules: ["toc-anchor"])
        #expect(found.map(\.message) == ["expected an anchor of this document, found '#docker-con'; no anchor is similar"], "\(found.map(\.message))")
    }

    @Test func theHintNamesOnlyANearAnchor() {
        #expect(TOCAnchorRule.nearest(to: "大模型微调", among: ["大模型微调技术", "doc"]) == "大模型微调技术")
        #expect(TOCAnchorRule.nearest(to: "lora", among: ["lora-原理", "doc"]) == "lora-原理")
        #expect(TOCAnchorRule.nearest(to: "instalation", among: ["installation"]) == "installation")
        // A title going on after the link's text beats an anchor several edits away; a typo's one edit still wins.
        #expect(TOCAnchorRule.nearest(to: "linked-list", among: ["linkedin", "linked-list-已全部做完"]) == "linked-list-已全部做完")
        #expect(TOCAnchorRule.nearest(to: "instalation", among: ["installation", "instalation-guide"]) == "installation")
        #expect(TOCAnchorRule.nearest(to: "intro-id", among: ["doc", "setup"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "zebra-crossing", among: ["apples"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "14", among: ["1466-位操作", "doc"]) == nil)
        // A number (`<h3 id="15">`) is no part of a heading whose anchor holds those digits.
        #expect(TOCAnchorRule.nearest(to: "15", among: ["418-vector的增加删除都是怎么做的为什么是15倍", "1"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "其他", among: ["其他问题"]) == "其他问题")
        // The fragment written as GitHub writes anchors; on a tie, the anchor holding it whole.
        #expect(TOCAnchorRule.nearest(to: "內容傳遞網路(CDN)", among: ["網域名稱系統", "內容傳遞網路cdn"]) == "內容傳遞網路cdn")
        #expect(TOCAnchorRule.nearest(to: "七层负载均衡", among: ["四层负载均衡", "七层负载均衡器"]) == "七层负载均衡器")
    }

    /// An entry a letter away from its heading may be the right one: the help says so.
    @Test func anEntryALetterAwayFromItsHeadingMayBeTheRightOne() {
        #expect(TOCSyncRule.typoHelp(entry: "Kill the switch", heading: "Kill the witch")
                    == ["the entry and the heading differ by one character: if the heading is the one misspelt, correct the heading instead"])
        #expect(TOCSyncRule.typoHelp(entry: "大模型微调", heading: "大模型微调技术").isEmpty)
        #expect(TOCSyncRule.typoHelp(entry: "Rebase", heading: "Merging").isEmpty)
    }

    /// An A–Z index's missing letter is as near to every other letter's section: no hint, or it
    /// would send the reader to another letter. Holding the fragment whole still breaks a tie.
    @Test func noHintWhenTwoAnchorsAreAsNear() {
        let letters = ["individualsgroup-contributors", "-individuals", "a-individuals", "b-individuals"]
        #expect(TOCAnchorRule.nearest(to: "q-individuals", among: letters) == nil)
        #expect(TOCAnchorRule.nearest(to: "d-technologies", among: ["a-technologies", "b-technologies", "c-technologies"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "第3章", among: ["第1章", "第2章", "第4章"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "a-individual", among: letters) == "a-individuals")
        #expect(TOCAnchorRule.nearest(to: "七层负载均衡", among: ["四层负载均衡", "七层负载均衡器"]) == "七层负载均衡器")
    }

    /// Two longer anchors holding the fragment whole at about its distance are two sections it
    /// could name (the section with its title translated, and a subsection): no hint. One much
    /// farther does not make it ambiguous.
    /// `#readme` is GitHub's id for a README on the repository's page: fine there, not elsewhere.
    @Test func readmeIsTheReadmesOwnAnchor() throws {
        let markdown = "# Apps\n\n## Realm\n\n[back to top](#readme)\n"
        #expect(try LintHarness.lint(markdown, path: "README.md", rules: ["toc-anchor"]).isEmpty)
        #expect(try LintHarness.lint(markdown, path: "APPSTORE.md", rules: ["toc-anchor"]).count == 1)
    }

    /// The entry's text makes the heading's anchor (`Industry-strength` for `Industry Strength`): the
    /// hint names that heading, never the anchor the next entry already leads to.
    @Test func theHeadingTheTextSlugsToIsNamedAndAnotherEntrysAnchorIsNot() throws {
        let markdown = "| | |\n|-|-|\n| [Industry-strength Natural Language Processing](#industry-strength-nlp) | [Industry-strength Robotics](#industry-strength-robotics) |\n\n"
            + "## Industry Strength Natural Language Processing\n\nx\n\n## Industry Strength Robotics\n\ny\n"
        let found = try LintHarness.lint(markdown, rules: ["toc-anchor"])
        #expect(found.map(\.message) == ["expected an anchor of this document, found '#industry-strength-nlp'; did you mean '#industry-strength-natural-language-processing'"])
        let unnamed = markdown.replacingOccurrences(of: "[Industry-strength Natural Language Processing](", with: "[NLP](")
        #expect(try LintHarness.lint(unnamed, rules: ["toc-anchor"]).map(\.message) == ["expected an anchor of this document, found '#industry-strength-nlp'; no anchor is similar"])
    }

    /// An entry whose fragment keeps a zero width joiner GitHub drops from the anchor: the help names it.
    @Test func anInvisibleJoinerInTheFragmentIsNamed() throws {
        let markdown = "## Table of Contents\n\n- [Intro](#intro)\n- [සත්‍ය](#%E0%B7%83%E0%B6%AD%E0%B7%8A%E2%80%8D%E0%B6%BA)\n\n## Intro\n\nText.\n\n## සත්‍ය\n\nText.\n"
        for rule in ["toc-sync", "toc-anchor"] {
            let found = try LintHarness.lint(markdown, rules: [rule])
            #expect(found.count == 1 && found[0].help.contains { $0.contains("U+200D ZERO WIDTH JOINER") }, "\(rule): \(found.map(\.help))")
        }
    }

    /// A heading swallowed by a fence left open: the message names the line and the block.
    @Test func aHeadingInsideAnOpenCodeBlockIsNamed() throws {
        let markdown = "- [案例](#126-案例-意见抽取)\n\n## 12.5 依存句法\n\n```python\nparse()\n\n### 12.6 案例: 意见抽取\n\n正文。\n"
        let found = try LintHarness.lint(markdown, rules: ["toc-anchor"])
        #expect(found.map(\.message) == ["expected an anchor of this document, found '#126-案例-意见抽取'; the line '### 12.6 案例: 意见抽取' at line 8 would make it, but it stands inside the code block opened at line 5 (a fence left open?)"])
    }

    /// A README's `./#week-2` and `README.md#week-2` lead into the README itself.
    @Test func linksIntoTheReadmeByItsPathAreChecked() throws {
        let markdown = "- [Second week](README.md#week-2)\n- [Week two](./#week-2)\n- [Week one](./#week-1)\n- [Other](docs/a.md#week-2)\n\n## Week 1\n\ntext\n"
        let found = try LintHarness.lint(markdown, path: "README.md", rules: ["toc-anchor"])
        #expect(found.map(\.line) == [1, 2])
        #expect(try LintHarness.lint(markdown, path: "notes.md", rules: ["toc-anchor"]).isEmpty)
    }

    /// `#Effect` for `## Effect` under another entry text: the info names the anchor, and the fix writes it.
    @Test func anAnchorInAnotherCaseIsNamed() throws {
        let markdown = "- [Effect (Blur... etc)](#Effect)\n\n## Effect\n\nx\n"
        let found = try LintHarness.lint(markdown, rules: ["toc-anchor"])
        #expect(found.map(\.message) == ["expected the anchor's exact case '#effect', found '#Effect'; only GitHub ignores the case"])
        #expect(try LintHarness.fix(markdown, rules: ["toc-anchor"], unsafe: true) == "- [Effect (Blur... etc)](#effect)\n\n## Effect\n\nx\n")
    }

    @Test func noHintWhenTwoAnchorsHoldTheFragment() throws {
        #expect(TOCAnchorRule.nearest(to: "virtual-memory", among: ["virtual-memory-가상-메모리", "virtual-memory-usage", "paging"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "virtual-memory", among: ["virtual-memory-가상-메모리", "paging"]) == "virtual-memory-가상-메모리")
        #expect(TOCAnchorRule.nearest(to: "lora", among: ["lora-原理", "how-does-qlora-compare-with-lora-in-memory-use"]) == "lora-原理")
        let markdown = "* [Virtual memory](#virtual-memory)\n\n## Virtual memory (가상 메모리)\n\nText.\n\n### Virtual memory usage\n\nText.\n"
        #expect(try LintHarness.lint(markdown, rules: ["toc-anchor"]).map(\.message) == [
            "expected an anchor of this document, found '#virtual-memory'; '#virtual-memory-usage' and '#virtual-memory-가상-메모리' are as similar, so neither is suggested",
        ])
    }

    /// Distances count characters, not scalars: a Bengali conjunct (`ক্যা`, four scalars) is
    /// one or two characters, and two words that share only those are not near.
    @Test func theHintCountsCharacters() {
        #expect(TOCAnchorRule.nearest(to: "ক্যাশে", among: ["অ্যারে"]) == nil)
        #expect(TOCAnchorRule.nearest(to: "এনট্রপি", among: ["এন্ট্রপি"]) == nil)
        // Written decomposed, `é` is still the one character of the anchor.
        #expect(TOCAnchorRule.nearest(to: "re\u{301}sume\u{301}", among: ["résumés", "doc"]) == "résumés")
    }

    /// The bounded distance is the full one wherever it is within the bound, and nil past it.
    @Test(arguments: [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("大模型微调", "大模型微调技术"), ("same", "same"), ("ab", "ba")])
    func boundedDistanceAgreesWithTheFullOne(left: String, right: String) {
        let full = editDistance(left, right)
        func numbers(_ text: String) -> [Int] { text.map { Int($0.unicodeScalars.first!.value) } }
        for bound in 0...8 {
            #expect(editDistance(numbers(left), numbers(right), atMost: bound) == (full <= bound ? full : nil))
        }
    }

    @Test func idsDeclaredForSiteGeneratorsAreLinkTargets() throws {
        #expect(TOCAnchorRule.explicitID(of: "Introduction {#intro}") == "intro")
        #expect(TOCAnchorRule.explicitID(of: "Setup {: #setup .wide}") == "setup")
        #expect(TOCAnchorRule.explicitID(of: "Sets {a, b}") == nil)
        #expect(TOCAnchorRule.explicitID(of: "Anchors {#}") == nil)
        let found = try LintHarness.lint("- [Intro](#intro)\n- [Other](#other)\n\n## Introduction {#intro}\n\nx\n", rules: ["toc-anchor"])
        #expect(found.map(\.line) == [2], "\(found.map(\.message))")
    }
}

/// A nested table whose `####` entries sit at two depths as often: no depth is the usual one
/// for that level, so the entry linking nowhere is the renamed entry of the unlisted heading
/// (an unsafe repair), on every run. A dictionary's order once chose the depth, and a run in
/// two said "found none" with a safe fix adding a second entry beside it.
@Suite struct TOCSyncDepthTieTests {
    static let markdown = """
# 算法知识总结

## 目录

* [常用算法和数据结构总结](#常用算法和数据结构总结)
    * [排序](#排序)
        * [冒泡排序](#冒泡排序)
        * [选择排序](#选择排序)
    * [经典笔试题](#经典笔试题)
      * [1. js 如何实现数组扁平化？](#1-js-如何实现数组扁平化)
      * [2. js 如何实现数组去重？](#2-js-如何实现数组去重)
* [常见面试智力题总结](#常见面试智力题总结)
  * [1. 时针与分针夹角度数问题？](#1-时针与分针夹角度数问题)
  * [2. 卡片证明问题](#2-四张卡片卡片正面是数字反面是字母现在桌上四张卡片状态为-a-1-b-2)
  * [3. 赛马问题，25 匹马，5 个赛道，最少几次能选出最快的三匹马？](#3-赛马问题25-匹马5-个赛道最少几次能选出最快的三匹马)

# 常用算法和数据结构总结

## 排序

### 冒泡排序

答案。

### 选择排序

答案。

## 经典笔试题

#### 1. js 如何实现数组扁平化？

答案。

#### 2. js 如何实现数组去重？

答案。

# 常见面试智力题总结

#### 1. 时针与分针夹角度数问题？

答案一。

#### 2. 四张卡片，卡片正面是数字，反面是字母。现在桌上四张卡片，状态为 a 1 b 2 现在我想要证明 a 的反面必然是 1 ，我只能翻两张牌，我翻哪两张？

答案二。

#### 3. 赛马问题，25 匹马，5 个赛道，最少几次能选出最快的三匹马？

答案三。
"""

    @Test func theEntryLinkingNowhereIsTheRenamedOne() throws {
        let found = try LintHarness.lint(Self.markdown, path: "算法.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [14], "\(found.map { "\($0.line): \($0.message)" })")
        #expect(found.first?.message.hasSuffix("found '2. 卡片证明问题' (#2-四张卡片卡片正面是数字反面是字母现在桌上四张卡片状态为-a-1-b-2), which links to no heading") == true)
        // Nothing is added beside it.
        #expect(try LintHarness.fix(Self.markdown, path: "算法.md", rules: ["toc-sync"]) == Self.markdown)
    }
}
