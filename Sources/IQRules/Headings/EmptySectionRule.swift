import Foundation
import IQCore
import IQMarkdown

public struct EmptySectionRule: CollectionFactRule {
    public static let description = RuleDescription(
        id: "empty-section",
        summary: "every section has content before the next heading of its level",
        details: """
            Reports a heading directly followed by a heading of the same or a higher level \
            (`## A` then `## B`, or `### A` then `## B`), with nothing but blank lines between \
            them (a lone `-` between them is an empty item, which `empty-item` reports). A heading with \
            no title at all (`### `) is reported as such, with an unsafe fix that deletes its line (a blank \
            line stays where it parted two blocks; under a list or a quote, or inside an item, there is no \
            fix: the blocks around it would join); so is one holding only a link without text \
            (`## [](https://…)`, its title lost), with no fix. A heading on the file's last lines with nothing under it \
            (after other sections, below level 1 and up to level 4, without links) is reported as well: a \
            warning where the file leaves other sections of its level empty too, else an info (a template's \
            slot, a label or a note may close a page). A heading whose text the file repeats three times or \
            more (`### How to Explain in Interview` under every question) is a slot of the page's own \
            template: an empty one is an `info`, wherever it stands. \
            A heading followed by its own subsections (`## A` then `### A.1`) is fine, also \
            when the outline's numbers say so at one level (`### 10.4 …` then `### 10.4.1 …`, or \
            `### 4.1 …` then its first point `### （1）…`, or a Chinese outline's `#### 一、进程` then \
            `#### 1. 进程模型`). \
            Where most headings of a level are empty, the collection uses headings as its items \
            (`##### [1.1 如何…？](answers/1.1.md)` one after the other): that level is not judged. \
            A question written as a heading (numbered, `#### 9) Implement…`, or asking, `… ?`, \
            also in words without the mark: `集群中为什么要有主节点`, `有几种部署模式`) directly \
            followed by the next question is one without its answer yet: an `info`. \
            A heading that carries its own content, a label and its value (`#### 题目：zookeeper \
            同步流程`, `##### 注:共500条`, `#### 单列索引 key = 一个字段`) or a sentence (`… 供参考。`, `只要社招！`, \
            `Pull requests are welcome.`, or an invitation without its stop, `Pull Request welcome:blush:`, or a \
            warning shouted in capitals, six words or more), or a type's qualified name (`### System.String` under \
            `## OUTPUTS`, PowerShell's help as Markdown), or a meeting it says was cancelled (`## 2023/06/21 [Cancelled]`), \
            announces nothing, and a heading that is a \
            link (`### [面试连环炮](docs/interview.md)`) leads to its content, as do an entry set in a \
            heading's size (`### [Rust Cookbook](…): Recipes`) and a name tagged with its link (`### MLSys \
            2019 [[Proceedings]](…)`, or with its links after its name, `## Exercise 7.23 \
            [Header](ex7_23.h)|[CPP](ex7_23.cpp)`), and one closing a \
            clause with its link (`#### 4、…课程资源等，[点此一键白嫖](…)`, `### High-quality videos - [Channel](…)`, \
            or an `<a href>`), and one written in \
            a list item (`* ### Normalization -> Tokenization`) is the item's text. A level 5 or 6 \
            heading with links right before a larger heading is small print (`###### Built and \
            maintained by our [Steering Committee](#…)`), and a sentence ending before its link \
            (`## … trabalhando nesta seção. [Gostaria de participar?](…)`) a notice. The document's first \
            heading is its title, not an empty section before the next heading of its level or a \
            larger one (`## creative commons` over `# Attribution 4.0 International`): at \
            level 1 (also over chapters written at level 1), and at any level when it opens the \
            document, with only blank lines, front matter, HTML comments and images or badges \
            before it (`## AWS Route 53 - Health Checks` then `## Requirements`); a smaller heading \
            right under a `#` title, before the next `#` heading or long as a tagline (40 characters or \
            six words), is its subtitle. A first heading \
            after a paragraph or a list, or under front matter that gives the page its `title:`, \
            is a section like the others. A heading kept as the target of a link that names the \
            heading right after it is that heading's anchor (a translation keeps `### Why use it?` \
            above `## ហេតុអ្វីប្រើវា?` for the contents' `[ហេតុអ្វីប្រើវា?](#why-use-it)`). Templates (`.github/ISSUE_TEMPLATE/…`, `templates/…`, `…-template.md`) and changelogs \
            (`CHANGELOG.md`, `HISTORY.md`), whose empty sections are placeholders to fill in (`## \
            [Unreleased]` over an empty `### Fixed`), are not checked. A heading that stands under the \
            same headings in three files of the collection or more (`### Go` under `## 其他语言版本` at \
            the end of every solution) is a slot of the template those files share, left for a \
            contribution: an `info` (unless the next heading stands under it in those files: \
            `## Complexities` then `## Time Complexity` is a level slip, a warning); so is a heading that says its section is still to come (`### Fraud \
            detection (TBD)`, `## 待更新`). A heading saying the article ends (`## 正文结束`, `## The End`) \
            holds nothing by design and is not reported, nor is a byline in a heading's size \
            (`### Written By Yoni Goldberg`, `### Editor : Zhiqiang ZHONG`, `#### 作者：…`). In a slide \
            deck (five slides or more cut by `---`, most opened by a heading, a median of 20 lines or \
            fewer each), a slide holding only its title divides the talk: a heading with a slide break \
            before the next is not reported.
            """,
        rationale: """
            An empty section is a topic announced without questions: a placeholder left behind \
            when questions moved, or questions that were lost in a merge. The table of contents \
            leads readers to it for nothing.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        triggeringExamples: [
            // A stub at the end of the file.
            RuleExample("# ShardingSphere\n\n## 内核剖析\n\n### 解析引擎\n\n解析引擎的结构。\n\n↓### 路由引擎\n\n## 快速入门\n\n### 引入依赖\n\n添加依赖。\n\n↓### 执行引擎\n"),
            RuleExample("# 大模型面试题\n\n↓## 大模型幻觉\n\n## 大模型评测\n\n1. [评测指标](https://a.example/m)\n"),
            // A placeholder written as a heading under the section: its content is still to come (an info).
            RuleExample("## Currying\n\nChains of functions.\n\n↓## Contracts\n\n## 暂无\n\n## Categories\n\ntext\n"),
            // A heading without its title; the section above it is not empty for it.
            RuleExample("# Nginx\n\n↓###\n\n## 反向代理\n\n正文。\n"),
            RuleExample("# 3Sum\n\n### 代码实现\n\n↓### \n\n```c++\nint x;\n```\n"),
            // A first heading after a paragraph is no title.
            RuleExample("收录 Go 语言的工具。\n\n↓## Tools for [Go](https://go.dev)\n\n## B\n\n内容\n"),
            RuleExample("## 大模型微调\n\n↓### SFT\n## 大模型评测\n\n1. [评测指标](https://a.example/m)\n"),
            // A title numbered with a colon is no label of Chinese text: `Part 1` announces its section.
            RuleExample("# Course\n\nIntro.\n\n↓## Part 1: Basics\n\n## Part 2: Advanced\n\n- [A](https://a.example/a)\n"),
            // A link to the empty heading under its own name: the section is missing.
            RuleExample("# Guide\n\n- [Why use it?](#why-use-it)\n\n↓### Why use it?\n## Details\n\ntext\n"),
            // The front matter gives the page its title: the first heading is a section.
            RuleExample("---\nid: topics\ntitle: Topics\n---\n\n↓## Arrays\n\n## Strings\n\n- Prefix trees\n"),
            // A question heading without its answer is an info.
            RuleExample("## Questions\n\n↓#### 9) Implement connected components on an image.\n\n#### 10) Implement a sparse matrix class.\n\nUse a dictionary of keys.\n"),
        ],
        nonTriggeringExamples: [
            // A property and what it does, in a heading's size.
            RuleExample("#### maskToBounds:决定是否显示超出边界的内容\n\n#### contentsRect:允许我们在图层边框里显示寄宿图的一个子域\n\n它用单位坐标指定。\n"),
            // Questions set as headings, each linking its answer, the question's mark after the link.
            RuleExample("#### 96、[项目中遇到哪些难题，最终你是如何解决的](https://a.example/96)？\n#### 97、[Activity的生命周期](https://a.example/97)\n"),
            // Entries set in a heading's size, each a clause and its link after a dash.
            RuleExample("## Resources\n\n### High-quality videos to prepare for the interview - [Our channel](https://a.example/yt)\n\n### High-quality blogs to prepare for the interview - [Our blog](https://a.example/blog)\n\n## License\n\nMIT\n"),
            // A tagline under the title; entries and venues set in a heading's size.
            RuleExample("# AI System School\n\n### System for Machine Learning, LLM (Large Language Model), GenAI\n\n### Updates\n\n- [Video](https://a.example/v)\n"),
            RuleExample("# Books\n\n## Web\n\n### [Are We Web Yet?](https://a.example/w): Resources for web development\n\n"
                        + "### [Rust Books](https://a.example/b): Online Rust books\n\n## Contributing\n\nWelcome!\n"),
            RuleExample("# Conference\n\n## Year 2019\n\n### MLSys 2019 [[Proceedings]](https://a.example/p)\n\n### ATC 2019\n\n- [Paper](https://a.example/a)\n"),
            RuleExample("# Chapter 7\n\n## Exercise 7.22\n\nSee the header.\n\n## Exercise 7.23 [Header](https://a.example/ex7_23.h)|[CPP](https://a.example/ex7_23.cpp)\n\n## Exercise 7.24\n\nYes.\n"),
            // Labels over the questions that follow, the numbering going on across them.
            RuleExample("# Containers\n\n## Beginner\n\n### Docker Basics\n\n### 1. What is Docker?\n\nIt packages apps.\n\n### 2. What is an image?\n\nA template.\n\n## Intermediate\n\n### Docker Intermediate\n\n### 3. What is ADD?\n\nIt copies files.\n"),
            // A label and a sentence as its value; a heading closing its phrase with its link; a
            // sentence closed inside a quotation.
            RuleExample("# Prototype vs Constructor\n\nSome text.\n\n## Problem with constructor: Every object has its own instance of the function\n\n## Problem with the prototype: Modifying a property using one object reflects the other object also\n\n## Solution\n\nText.\n"),
            RuleExample("# Bcrypt\n\nSome text.\n\n### Example from my [dev-book app](https://a.example/users.js)\n\n### First hashing and then saving\n\n```js\nx()\n```\n"),
            RuleExample("# T\n\nText.\n\n## Unlike HTML, React components must represent the state of the view at any time.\"*\n\n## Basically, you cannot rely on the input field.\n\nText.\n"),
            // An example's fields with their values in the headings.
            RuleExample("# Two heaps\n\n### Example 2:\n#### Input: `nums=[1, 2, -1, 3, 5], k = 3`\n#### Output: `[1.0, 2.0, 3.0]`\n#### Explanation:\nLets consider all windows of size 3.\n"),
            // A heading that is its link, after its outline number.
            RuleExample("# MySQL\n\n## 2 定位执行效率低SQL\n\n慢查询日志。\n\n## 3 [explain 执行计划](https://a.example/explain)\n\n## 4 简单的优化方案\n\n分析表。\n"),
            // An entry with its `*` typed `#` is the section's content, no heading of its own.
            RuleExample("## Datasets\n\n### Scene Understanding\n # [SUN RGB-D](https://a.example/sun) - A scene understanding benchmark\n # [NYU depth v2](https://a.example/nyu) - Indoor segmentation\n\n### Aerial images\n * [Aerial](https://a.example/aerial) - Segmentation\n"),
            // Headings that are a label and a value listing things.
            RuleExample("# Phân trang\n\n#### Offset-based: Dữ liệu nhỏ, cần random access, prototype nhanh\n\n#### Keyset: Dữ liệu lớn, phân trang tuần tự, cần hiệu năng cao\n\n### 1. Offset\n\nText.\n"),
            // A subtitle on the title's next line, set apart from the page by `---`.
            RuleExample("# Guía Completa\n## Preparación Personalizada\n\n---\n\n## Tu Perfil\n\nTexto.\n"),
            // A figure written as a heading under its section; small print closing the page.
            RuleExample("## 方法\n\n本文使用 Stein 控制变量。\n\n#### 算法\n\n#### <img src=\"img/Stein2.png\" alt=\"截屏\">\n\n运用控制变量的算法。\n"),
            RuleExample("# Guide\n\n## Part\n\nText.\n\n###### Built by [the team](https://a.example)\n"),
            RuleExample("# 提示工程\n\n## 方法\n\n正文。\n\n## 正文结束\n\n## 参考\n\n- [论文](https://a.example)\n"),
            RuleExample("# Testing best practices\n\nStart here.\n\n### Written By Yoni Goldberg - A Node.js consultant\n\n### Translations\n\n- [中文](https://a.example/zh)\n"),
            RuleExample("## Data Science Questions\n### Editor : Zhiqiang ZHONG\n\n# Content\n\nQuestions below.\n"),
            // A heading that is an HTML picture has a title the page shows.
            RuleExample("# <img src=\"https://a.example/logo.png\" width=\"400\" alt=\"awesome windows\">\n\nAn awesome list of Windows tools.\n"),
            // A kicker over the title: the opening heading over a larger one.
            RuleExample("## creative commons\n\n# Attribution 4.0 International\n\nCreative Commons Corporation does not provide legal services.\n"),
            // Announcements closed by the link to follow.
            RuleExample("# 资料\n\n#### 1、学习计算机多年收集到的资料免费分享，包括课程资源等，[点此获取](https://a.example/free)\n\n#### 2、两位工程师的学习笔记，<a href=\"./Doc/other.md\">点此获取</a>\n\n#### 3、赞赏\n\n如果觉得有用，欢迎赞赏。\n"),
            RuleExample("索引说明。\n\n#### 单列索引 key = 一个字段\n\n#### 联合索引 key = 多个字段拼接后的排序 key\n\n内容\n"),
            RuleExample("# ML system design\n\n* ### Normalization -> Tokenization -> Embedding\n\n## Modeling\n\ntext\n"),
            RuleExample("- ## heading in an item\n- ## another\n\n  text\n"),
            RuleExample("## 4.loss计算\n\n### 4.1 Actor loss\n\n### （1）直观设计\n\n正文。\n"),
            RuleExample("## NoSQL\n\nNoSQL 정의.\n\n### CAP 이론\n\n### 1. 일관성(Consistency)\n\n일관성은 동일성이라고도 한다.\n"),
            // A banner image set in a heading's size.
            RuleExample("# One-Liners\n\n## ![image](https://a.example/banner.png)\n\n# Subdomain Enumeration\n\ntext\n"),
            RuleExample("### 第二章 进程与线程\n\n#### 一、进程\n\n#### 1. 进程模型\n\n一个进程就是一个正在执行程序的实例。\n\n#### 二、线程\n\n#### 1. 线程的使用原因\n\n多线程共享地址空间。\n"),
            RuleExample("# 深度学习500问\n\n## AI工程师面试宝典，谈继勇 主编\n\n# 内容简介\n\n本书系统地描述了深度学习。\n"),
            // The outline's numbers make `10.4.1` a subsection of `10.4`, though both are `###`.
            RuleExample("## 10.3 如何搭建网络？\n\n先确定任务。\n\n### 10.4 网络搭建有什么原则？\n\n### 10.4.1 新手原则\n\n不建议直接搭建。\n"),
            RuleExample("## 大模型微调\n\n### 传统微调方法\n\n1. [微调方法总结](https://a.example/1)\n"),
            // A banner: a label and the link it announces.
            RuleExample("# ML Questions\n\n### Recently added: [NLP Interview Questions 2025](https://a.example/nlp)\n\n## Preparation\n\n1. [Course](https://a.example/c)\n"),
            RuleExample("## Day 51~60\n\n### Day59 - [单元测试](./Day59.md)\n\n### Day60 - [项目上线](./Day60.md)\n\n## Day 61~65\n\nx\n"),
            RuleExample("## A\n\n说明文字\n\n## B\n\n内容\n"),
            RuleExample("## Closures\n\n### 5. What is a closure?\n\nA function with its scope.\n\n### 6. Suggest your question!\n\n## Callbacks\n\ntext\n"),
            RuleExample("### [面试连环炮](docs/interview.md)\n\n##### :pray: [How to contribute](CONTRIBUTING.md)\n\n### B\n\n内容\n"),
            RuleExample("## A\n\n```python\n## not a heading\n```\n\n## B\n\nText.\n"),
            RuleExample("## 最后一节\n"),
            RuleExample("# chatglm系列模型\n\n# 1.ChatGLM\n\n## 1.1 背景\n\n内容\n"),
            RuleExample("## AWS Route 53 - Health Checks\n\n## Requirements\n\n3 web instances in different AZs.\n"),
            // Small print under the title, and a notice with its link.
            RuleExample("# Node.js Best Practices\n\n###### Built and maintained by our [Steering Committee](#steering-committee)\n\n# Latest News\n\nx\n\n## Steering Committee\n\ny\n"),
            RuleExample("# Guia\n\nintro\n\n## Nossos colaboradores estão trabalhando nesta seção. [Gostaria de participar?](https://a.example/256)\n\n## Próxima\n\nx\n"),
            RuleExample("# Guide\n\n- [ហេតុអ្វីប្រើវា?](#why-use-it)\n- [Anchors](#anchors)\n\n### Why use it?\n## ហេតុអ្វីប្រើវា?\n\nប្រសិនបើអ្នកចង់ធ្វើការជាវិស្វករ។\n\n## Anchors\n\ntext\n"),
            RuleExample("---\nlayout: page\n---\n<!-- badges -->\n<p align=\"center\"><img src=\"logo.png\"></p>\n\n"
                + "[![CI](https://a.example/ci.svg)](https://a.example/ci)\n\n### Week 1\n\n### Day 1\n\n内容\n"),
            RuleExample("#### **题目**：zookeeper 同步流程\n\n#### **参考答案**：\n\n选完 Leader 以后进入同步。\n"),
            RuleExample("## 机器学习资料\n\n##### 注:机器学习资料共500条,篇目二开始更新\n\n##### 资料\n\n* [A](https://a.example/a)\n"),
            RuleExample("# Qix\n\nIntro.\n\n## Pull requests are welcome.\n\n## My translation\n\n- [A](https://a.example/a)\n"),
            RuleExample("# Qix\n\nIntro.\n\n## Pull Request welcome:blush:\n\n## My translation\n\n- [A](https://a.example/a)\n"),
            RuleExample("# 招聘\n\n## 岗位\n\n1. 开发工程师\n\n## 热烈欢迎各路优秀学子猛砸简历过来！\n\n## 投递方式\n\n发邮件。\n"),
            // A lone bullet under it: empty-item reports the unfilled item.
            RuleExample("# 1004. 题目\n\n内容。\n\n## 前置知识\n\n-\n\n## 公司\n\n- 字节\n"),
            RuleExample("## 阿里篇\n\n##### [1.1 如何实现链表逆序？](a/1.md)\n\n##### [1.2 LRU 缓存](a/2.md)\n\n##### [1.3 最大频率栈](a/3.md)\n\n##### [1.4 虚函数](a/4.md)\n"),
            // A slide deck's title slide, alone before the slides of its part (see `SlideDecks`).
            RuleExample("# Talk\n\n- a\n\n---\n\n# Security\n\n---\n\n# Security\n- risk one\n- risk two\n\n---\n\n# Cases\n\n- c\n\n---\n\n# REST\n\n---\n\n# REST\n- r\n\n---\n\n# End\n"),
        ],
        corrections: [
            RuleCorrection("# Nginx\n\n###\n\n## 反向代理\n\n正文。\n", "# Nginx\n\n\n## 反向代理\n\n正文。\n", unsafe: true),
            // Between a paragraph and a rule, a blank line keeps the paragraph from becoming a heading.
            RuleCorrection("# Nginx\n\n正文。\n###\n---\n", "# Nginx\n\n正文。\n\n---\n", unsafe: true),
            // Under a list, deleting the line would join the lists around it: no fix.
            RuleCorrection("# Nginx\n\n- a\n\n###\n\n- b\n", "# Nginx\n\n- a\n\n###\n\n- b\n", unsafe: true),
        ],
        skippedVariants: [.cjkPrefix: "a paragraph in front makes the first heading a section like the others, no longer the title"],
        fixSafety: """
            Unsafe: only a heading with no title has a fix, which deletes its line; the rest need \
            the section's content, which only the author can write.
            """,
        emittedSeverities: [.warning, .info]
    )

    public init(options: RuleOptions) {}

    /// `* ### Normalization -> Tokenization`: a heading written in a list item (or a quote) is
    /// the item's text, styled; the item is its content, not a section left empty.
    static func isInsideAnItemOrQuote(_ heading: Heading, in source: SourceText) -> Bool {
        let lineStart = source.lineRange(source.line(containing: heading.range.start)).start
        return lineStart < heading.range.start
            && source.string(in: SourceRange(lineStart, heading.range.start)).contains { !$0.isWhitespace }
    }

    /// `Written by …`, `Maintained by …`, `Author: …`, `作者：…`: who wrote the page, set in a
    /// heading's size.
    /// From this many headings of one text in a file, an empty one is a slot of the file's template.
    static let fewestSlotRepeats = 3

    static func isByline(_ text: String) -> Bool {
        // `Editor : Zhiqiang ZHONG`: a space before the colon, as some write it.
        let lower = String(HeadingText.normalized(text).lowercased().drop { !$0.isLetter })
            .replacingOccurrences(of: " :", with: ":").replacingOccurrences(of: " ：", with: "：")
        return ["written by ", "created by ", "maintained by ", "curated by ", "compiled by ", "made by ", "edited by ", "translated by ",
                "author: ", "authors: ", "editor: ", "editors: ", "translator: ", "作者：", "作者:", "整理：", "整理:", "编者：", "译者："]
            .contains { lower.hasPrefix($0) } && lower.count > 5
    }

    /// The slots of a template the collection's files share, found over every file.
    public func prepare(collection: [MarkdownFile]) {
        let slots = TemplateSlots.of(collection)
        for file in collection { file.derived.replace(slots) }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A template's headings are the fields of a form (`## Paper Title:`), left empty to fill
        // in; a changelog keeps its next release's sections (`### Fixed`) empty until then.
        guard !ProjectDocuments.isProjectDocument(file.path), !ProjectDocuments.isTemplate(file.path) else { return [] }
        let headings = file.document.headings
        let source = file.source
        var violations: [Violation] = []
        var empty: [(heading: Heading, next: Heading)] = []
        lazy var titlesOverRules = AccidentalHeadings.underlinesTitlesWithRules(file.document)
        for (heading, next) in zip(headings, headings.dropFirst()) where next.level <= heading.level {
            guard heading.range.end <= next.range.start,
                  isBlank(SourceRange(heading.range.end, next.range.start), in: source),
                  // `## 前置知识` over a lone `-`: the unfilled bullet is empty-item's finding.
                  !holdsAnEmptyItem(SourceRange(heading.range.end, next.range.start), in: source),
                  // A paragraph over `---` that Markdown made a heading: heading-punctuation's.
                  !AccidentalHeadings.isParagraphOverRule(heading, in: source, titlesOverRules: titlesOverRules),
                  // An image underlined by a stray `=======`: the section's content, shown as a heading.
                  !AccidentalHeadings.isImageOverUnderline(heading), !AccidentalHeadings.isImageOverUnderline(next),
                  // `### ` with no title is reported as such, below, and ends no section: once it
                  // goes, what follows it is the content above. A banner image is no title.
                  !AccidentalHeadings.isUntitled(heading), !AccidentalHeadings.isUntitled(next),
                  !AccidentalHeadings.isImagesOnly(heading), !AccidentalHeadings.isImagesOnly(next),
                  // ` # [SUN RGB-D](…) - …`: an entry with its `*` typed `#` is the section's content.
                  !AccidentalHeadings.isEntryInHeadingSize(heading, in: source), !AccidentalHeadings.isEntryInHeadingSize(next, in: source),
                  !AccidentalHeadings.isFormulaOverEquals(heading, in: source), !AccidentalHeadings.isFormulaOverEquals(next, in: source) else { continue }
            empty.append((heading, next))
        }
        // Levels whose headings are mostly empty are items written as headings.
        // The headings of each level that ask a question (`?` or `？` at the end).
        var questionHeadings: [Int: Int] = [:]
        for heading in headings where Self.asks(heading.text) && QuestionHeadings.isQuestion(heading.text) { questionHeadings[heading.level, default: 0] += 1 }
        var total: [Int: Int] = [:], emptyCount: [Int: Int] = [:]
        for heading in headings { total[heading.level, default: 0] += 1 }
        for (heading, _) in empty { emptyCount[heading.level, default: 0] += 1 }
        let itemLevels = Set(emptyCount.filter { level, count in count >= 3 && count * 2 > (total[level] ?? 0) }.keys)
        // `# chatglm系列模型` over `# 1.ChatGLM`, `# 2.ChatGLM-2`: the first heading, at level 1, is
        // the page's title over chapters written at level 1 too (as note exporters write them);
        // at any level when it opens the page (`## AWS Route 53 - Health Checks` over `## Requirements`).
        let title = headings.first.flatMap { $0.level == 1 || DocumentOpening.opens(with: $0, file.document) ? $0.range : nil }
        // `# 深度学习500问` / `## AI工程师面试宝典，谈继勇 主编` / `# 内容简介`: a smaller heading right
        // under a `#` title, with nothing between them, and the next heading a `#` one too, is
        // the title's subtitle.
        // So is one on the title's next line, or set apart from the page by a `---` under it
        // (`# Guía Completa` / `## Preparación Personalizada` / `---` / `## 📋 Tu Perfil`), the
        // next heading of its level starting the page.
        func isSubtitle(_ heading: Heading, before next: Heading) -> Bool {
            guard let title, headings.first?.level == 1, heading.level > 1, title.end <= heading.range.start,
                  headings.first.map({ $0.index + 1 == heading.index }) ?? false,
                  isBlank(SourceRange(title.end, heading.range.start), in: source) else { return false }
            if next.level == 1 { return true }
            // `### 💫💫💫 System for Machine Learning, LLM (Large Language Model), GenAI (Generative AI)`:
            // long as a tagline is, not a section's name.
            if heading.text.count >= Self.taglineLength || heading.text.split(whereSeparator: \.isWhitespace).count >= Self.taglineWords { return true }
            let titleLine = source.line(containing: max(title.start, title.end - 1))
            if source.line(containing: heading.range.start) == titleLine + 1 { return true }
            return source.string(in: SourceRange(heading.range.end, next.range.start)).split(whereSeparator: \.isNewline)
                .contains { line in let marks = line.filter { !$0.isWhitespace }; return marks.count >= 3 && Set(marks).count == 1 && "-*_".contains(marks.first!) }
        }
        // The texts of the same-page links to each heading, worked out only when a heading is empty.
        var linkTexts: [Int: Set<String>]?
        func isAnchorOfTheNext(_ heading: Heading, _ next: Heading) -> Bool {
            let texts = linkTexts ?? Self.linkTexts(in: file.document)
            linkTexts = texts
            return texts[heading.index]?.contains(HeadingText.normalized(next.text)) ?? false
        }
        // The empty heading right before each heading that follows one.
        let emptyBefore = Dictionary(empty.map { ($0.next.range.start, $0.heading) }, uniquingKeysWith: { first, _ in first })
        // The collection's template slots, and each heading's place, read once per file.
        let slots = file.derived.value(TemplateSlots.self) { _ in .of([file]) }
        lazy var places = slots.files.isEmpty ? [:] : TemplateSlots.places(in: file.document)
        // How often each heading's text stands in the file, once a section is empty.
        lazy var headingUses: [String: Int] = headings.reduce(into: [:]) { $0[HeadingText.normalized($1.text), default: 0] += 1 }
        // `#扩展一` over `-------`, then `##题目描述` over another: levels the glued marks were
        // meant to give (`heading-space` reports them), not the page's two level 2 headings.
        for (heading, next) in empty where !itemLevels.contains(heading.level) && !Self.carriesItsContent(heading.text)
            && !(heading.isSetext && heading.text.hasPrefix("#"))
            // A notice set in a heading's size, after the heading before it (`Heading.index` is
            // the position in `headings`).
            && !(heading.index > 0 && NoticeHeadings.isNotice(heading, after: headings[heading.index - 1], before: next, in: source))
            && !Self.leadsElsewhere(heading, in: source) && !Self.isCaption(heading, before: next)
            && !(heading.range == title && next.level <= heading.level) && !isAnchorOfTheNext(heading, next)
            && !isSubtitle(heading, before: next)
            && !Self.numbersItsSubsection(heading.text, next.text, sameLevel: next.level == heading.level) && !Self.isInsideAnItemOrQuote(heading, in: source)
            && !Self.labelsNextQuestions(heading, next, in: headings)
            // A deck's slide holding its title alone, before the part it opens (see `SlideDecks`).
            && !SlideDecks.of(file).hasBreak(in: SourceRange(heading.range.end, next.range.start)) {
            // A numbered or asked question written as a heading, followed by the next one: a
            // question without its answer yet, not a topic announced for nothing.
            // The last of a run of unanswered questions, before the next topic, is one of them.
            let endsARun = next.level < heading.level && QuestionHeadings.isQuestion(heading.text)
                && emptyBefore[heading.range.start].map { $0.level == heading.level && QuestionHeadings.isQuestion($0.text) } == true
            // `##### HttpUrlConnection 和 okhttp关系？` over the label `##### Volley与OkHttp的对比：`,
            // in a bank asking its questions at that level: a question without its answer too.
            let asksAmongQuestions = QuestionHeadings.isQuestion(heading.text) && Self.asks(heading.text)
                && questionHeadings[heading.level, default: 0] >= 3
            // `## zookeeper 有几种部署模式` over `## 集群中为什么要有主节点`: questions asked in words,
            // without a question mark, one after the other.
            // `### How to Explain in Interview` under every question, empty: a slot of the page's
            // own template, whatever the next question's wording.
            let repeats = headingUses[HeadingText.normalized(heading.text), default: 0]
            let isOwnSlot = repeats >= Self.fewestSlotRepeats
            let isQuestion = !isOwnSlot && (next.level == heading.level && Self.isQuestionHeading(heading.text) && Self.isQuestionHeading(next.text)
                || endsARun || asksAmongQuestions)
            // `### Questions for the interviewer` over `#### 1. How many people are in the team?`:
            // the questions a candidate asks, which no answer follows.
            if isQuestion, Self.isUnderQuestionsToAsk(heading, in: headings) { continue }
            // `### Go` under `## 其他语言版本`, as in the collection's other articles: a slot of
            // their template, left for a contribution.
            // `## Complexities` then `## Time Complexity`, where the other files write `### Time
            // Complexity` under it: the next heading is its subsection, a level too high.
            let childFiles = next.level == heading.level ? slots.fileCount(ofChild: next.text, under: heading, places: places) : nil
            let slotFiles = childFiles == nil ? slots.fileCount(of: heading, places: places) : nil
            let asks = Self.asks(heading.text)
            var help = [asks && isQuestion ? "the heading asks a question: add its answer under it"
                        : isQuestion ? "a numbered point like those around it: add its content under it, or remove the heading"
                        : "add the section's content, or remove the heading"]
            // `### Bayes Theorem` over `### Q: State bayes theorem.`: a topic over its questions,
            // written at their level; removing it would lose the topic (and a contents entry's target).
            if !isQuestion, next.level == heading.level, !QuestionHeadings.isQuestion(heading.text),
               QuestionHeadings.isQuestion(next.text) || next.text.hasPrefix("Q:") || next.text.hasPrefix("Q.") {
                help = ["if the questions after it belong to it, write them one level lower ('\(String(repeating: "#", count: heading.level + 1)) \(next.text)'), "
                        + "so that the heading is their section's"]
            }
            if let childFiles {
                help = ["in \(childFiles) files of the collection '\(next.text)' stands under '\(heading.text)': write it one level lower, as '\(String(repeating: "#", count: heading.level + 1)) \(next.text)'"]
            }
            // `### Fraud detection (TBD)`, `## 待补充`: the heading says its section is still to come.
            // `## Contracts` over `## 暂无`: the placeholder, written as a heading, is the section's
            // content still to come; the placeholder itself is no section to fill.
            if Placeholders.isPlaceholderOnly(heading.text) { continue }
            // `## 正文结束`, `## The End`: the heading says the article ends, nothing comes under it.
            if Self.marksTheEnd(heading.text) { continue }
            // `### Written By Yoni Goldberg - A Node.js consultant`: a byline in a heading's size.
            if Self.isByline(heading.text) { continue }
            let announcesMore = Placeholders.announcesFutureContent(heading.text) || Placeholders.isPlaceholderOnly(next.text)
            if announcesMore {
                help = ["the heading says its section is still to come; add it when it is written"]
            } else if let slotFiles {
                help = ["'\(heading.text)' stands under the same headings in \(slotFiles) files of the collection: a slot of the template they share, left to fill in"]
            } else if isOwnSlot {
                help = ["'\(HeadingText.shown(heading.text))' is a heading \(repeats) times in this file: a slot of its template, left to fill in"]
            }
            violations.append(Violation(
                range: heading.range,
                message: "expected content under '\(HeadingText.shown(heading.text))', found the level \(next.level) heading '\(HeadingText.shown(next.text))' directly after it",
                severity: isQuestion || slotFiles != nil || isOwnSlot || announcesMore ? .info : nil,
                related: [RelatedLocation(file: file, range: next.range, message: "next heading")],
                help: help))
        }
        // `### 归并引擎` on the file's last line, after sections with content: a stub like the
        // empty headings above it, before the end of the file instead of the next heading.
        if headings.count >= 2, let last = headings.last, last.level >= 2, !itemLevels.contains(last.level),
           isBlank(SourceRange(last.range.end, source.bytes.count), in: source),
           !AccidentalHeadings.isUntitled(last), !AccidentalHeadings.isImagesOnly(last), !AccidentalHeadings.isImageOverUnderline(last),
           !AccidentalHeadings.isParagraphOverRule(last, in: source, titlesOverRules: titlesOverRules),
           !Self.carriesItsContent(last.text), !Self.leadsElsewhere(last, in: source), !Self.isInsideAnItemOrQuote(last, in: source),
           // Small print in a heading's size closing the page (`###### Built by [us](…)`) is no section.
           !Placeholders.isPlaceholderOnly(last.text), !Self.marksTheEnd(last.text), last.level <= 4, last.content.links.isEmpty {
            let announcesMore = Placeholders.announcesFutureContent(last.text)
            // A warning where the file leaves other sections of that level empty too (stubs of
            // one outline); alone, the last heading may be a template's slot, a label or a note
            // closing the page: an info.
            // (Stubs reported as warnings: the slots of a template the collection's files share,
            // infos, say the last heading may be one too, and so does its own place in that template.)
            let hasStubs = violations.contains { violation in
                violation.severity == nil && headings.contains { $0.range == violation.range && $0.level == last.level }
            }
            let isSlot = slots.fileCount(of: last, places: places) != nil
                || headingUses[HeadingText.normalized(last.text), default: 0] >= Self.fewestSlotRepeats
            violations.append(Violation(
                range: last.range,
                message: "expected content under '\(HeadingText.shown(last.text))', found the end of the file",
                severity: hasStubs && !isSlot && !announcesMore && !QuestionHeadings.isQuestion(last.text) ? nil : .info,
                help: [announcesMore ? "the heading says its section is still to come; add it when it is written" : "add the section's content, or remove the heading"]))
        }
        // `### ` alone: a heading that lost its title (or never had one).
        for heading in headings where AccidentalHeadings.isUntitled(heading) {
            let marks = String(repeating: "#", count: heading.level)
            let deletion = Self.emptyHeadingDeletion(heading, in: file)
            violations.append(Violation(
                range: heading.range,
                message: "expected a title after '\(marks)', found an empty heading",
                fix: deletion.map { .unsafe("delete the empty heading's line", [$0]) },
                help: ["write the section's title after '\(marks) ', or delete the line"]
                    + (deletion == nil ? ["no fix: the heading is all that parts the blocks around it (a list above it would take in what follows), or it stands in a list item or a quote"] : [])))
        }
        // `## [](https://mp.weixin.qq.com/…)`: a heading holding only a link without text shows
        // nothing, its title lost; the link stays, so no fix.
        for heading in headings where !heading.isSetext && heading.text.allSatisfy(\.isWhitespace) && !heading.content.links.isEmpty
            && heading.content.links.allSatisfy({ !$0.isImage && $0.text.allSatisfy(\.isWhitespace) }) {
            let marks = String(repeating: "#", count: heading.level)
            violations.append(Violation(
                range: heading.range,
                message: "expected a title after '\(marks)', found only a link without text, which shows nothing",
                help: ["write the section's title between the link's brackets: [title](…)"]))
        }
        return violations.sorted { $0.range.start < $1.range.start }
    }

    /// The edit that deletes an empty heading's line, or nil when deleting it would join the
    /// blocks around it: `- a` / `###` / `- b` would become one list, and `- a` / `###` /
    /// `text` would glue the text onto the item. An empty heading inside a list item or a
    /// quote keeps its line too: deleting it would drop the item's number or marker. Next to a
    /// line that is not blank, the line becomes a blank one, which parts the blocks as the
    /// heading did (`text` / `###` / `---` must not turn the text into a heading).
    static func emptyHeadingDeletion(_ heading: Heading, in file: MarkdownFile) -> Edit? {
        let source = file.source
        guard !heading.isSetext, !isInsideAnItemOrQuote(heading, in: source) else { return nil }
        let before = file.document.blocks.last { $0.range.end <= heading.range.start }
        switch before {
        case .list, .blockQuote: return nil
        default: break
        }
        let line = source.line(containing: heading.range.start)
        let isBlank = { (line: Int) -> Bool in
            line < 1 || line > source.lineCount || source.lineText(line).allSatisfy { $0 == " " || $0 == "\t" }
        }
        let replacement = isBlank(line - 1) && isBlank(line + 1) ? "" : "\n"
        return Edit(range: source.fullLineRange(line), replacement: replacement)
    }

    /// A question heading (numbered or asking, `QuestionHeadings`), or one asking in words
    /// without a question mark (`集群中为什么要有主节点`, `zookeeper 有几种部署模式`, `说一下 … 的通知机制`).
    /// Whether the section holding `heading` (the nearest larger heading before it) lists the
    /// questions a candidate asks (`Questions for the interviewer`, `反问`).
    static func isUnderQuestionsToAsk(_ heading: Heading, in headings: [Heading]) -> Bool {
        guard let parent = headings[..<heading.index].last(where: { $0.level < heading.level }) else { return false }
        let text = parent.text.lowercased()
        return questionsToAsk.contains { text.contains($0) }
    }

    static let questionsToAsk = ["questions for the interviewer", "questions to ask", "ask the interviewer", "ask your interviewer",
                                 "questions for your interviewer", "反问", "向面试官提问", "问面试官", "提问环节"]

    static func isQuestionHeading(_ text: String) -> Bool {
        guard !QuestionHeadings.isQuestion(text) else { return true }
        guard !QuestionOutline.isQuestionLike(text) else { return true }
        let trimmed = text.trimmedWhitespace
        return askingWords.contains { trimmed.contains($0) } || trimmed.hasSuffix("吗")
    }

    /// Chinese words that ask, besides `QuestionOutline`'s: how many, tell me, talk about.
    private static let askingWords = ["几种", "几个", "多少", "说一下", "说说", "讲一下", "讲讲", "谈谈", "谈一下", "请问"]

    /// The heading ends with a question mark (`?` or `？`).
    static func asks(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return trimmed.hasSuffix("?") || trimmed.hasSuffix("？")
    }

    /// `正文结束`, `全文完`, `The End`: a heading saying the article ends.
    static func marksTheEnd(_ text: String) -> Bool {
        let words = HeadingText.normalized(text).lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.trimmedWhitespace
        return ["正文结束", "全文完", "全文结束", "完", "结束", "本文完", "the end", "end"].contains(words)
    }

    /// `### 10.4 网络搭建有什么原则？` over `### 10.4.1 新手原则`: the outline's numbers make the
    /// next heading a subsection, whatever level it was written at.
    /// `### 4.1 Actor loss` then `### （1）直观设计`: the first of its points, numbered in
    /// parentheses under a numbered heading, is a subsection too.
    /// `#### 一、进程` then `#### 1. 进程模型`: a Chinese outline numbers its parts `一、`, `（一）`,
    /// `1.`, `（1）` in turn, so the next heading numbered `1` opens the part.
    static func numbersItsSubsection(_ heading: String, _ next: String, sameLevel: Bool = true) -> Bool {
        if isNumberedInChinese(heading), opensWithFirstPoint(next) || opensWithOne(next) { return true }
        // `### CAP 이론` then `### 1. 일관성`: a title over its numbered points, written at its level
        // (not `## 1.0.0`, a release).
        if sameLevel, outlineNumber(heading) == nil, !isNumberedInChinese(heading), !QuestionHeadings.isQuestion(heading), opensWithOne(next),
           outlineNumber(next) == [1] { return true }
        guard let number = outlineNumber(heading) else { return false }
        if opensWithFirstPoint(next) { return true }
        guard let nextNumber = outlineNumber(next) else { return false }
        return nextNumber.count >= 2 && nextNumber.count > number.count && nextNumber.starts(with: number)
    }

    /// `（1）直观设计`, `(1) Setup`, `1）…`, `(a) …`: the first point of a list written as headings.
    static func opensWithFirstPoint(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return ["（1）", "(1)", "1）", "1)", "（一）", "(一)", "(a)", "（a）", "a)"].contains { trimmed.hasPrefix($0) }
    }

    /// `一、进程`, `二．线程`, `第三章 内存`: numbered with Chinese numerals.
    static func isNumberedInChinese(_ text: String) -> Bool {
        var rest = Substring(text.trimmedWhitespace)
        let isChapter = rest.first == "第"
        if isChapter { rest = rest.dropFirst() }
        let numerals = rest.prefix { "一二三四五六七八九十百零〇".contains($0) }
        guard !numerals.isEmpty, let mark = rest.dropFirst(numerals.count).first else { return false }
        return isChapter ? "章节部篇讲课".contains(mark) : "、.．".contains(mark)
    }

    /// `1. 进程模型`, `1、…`, `1 …`, `1.1 …`: numbered 1, the first of its points.
    static func opensWithOne(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        guard trimmed.hasPrefix("1"), let mark = trimmed.dropFirst().first else { return false }
        return ".、．) ）".contains(mark)
    }

    /// `10.4.1` of `10.4.1 新手原则` as [10, 4, 1]; nil without a leading number.
    /// `### Docker Intermediate Questions` between `### 20. …` and `### 21. …`: a label over the
    /// questions that follow, written at their level, where the numbering goes on across it, as
    /// a title over its points `1.`, `2.` is (`numbersItsSubsection`).
    static func labelsNextQuestions(_ heading: Heading, _ next: Heading, in headings: [Heading]) -> Bool {
        guard next.level == heading.level, outlineNumber(heading.text) == nil, !QuestionHeadings.isQuestion(heading.text),
              let number = outlineNumber(next.text), number.count == 1, number[0] > 1,
              let previous = headings[..<heading.index].last(where: { $0.level == heading.level && outlineNumber($0.text) != nil })
        else { return false }
        return outlineNumber(previous.text) == [number[0] - 1]
    }

    static func outlineNumber(_ text: String) -> [Int]? {
        let lead = text.trimmedWhitespace.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let parts = lead.split(separator: ".", omittingEmptySubsequences: true).compactMap { Int($0) }
        return parts.isEmpty ? nil : parts
    }

    /// The normalised texts of the same-page links landing on each heading (by index), as GitHub
    /// resolves them. `### Why use it?` right above `## ហេតុអ្វីប្រើវា?`, with the table of contents
    /// linking `[ហេតុអ្វីប្រើវា?](#why-use-it)`: a translation keeps the original heading as the
    /// target of the original anchors, and the section is the next heading's.
    static func linkTexts(in document: Document) -> [Int: Set<String>] {
        var texts: [Int: Set<String>] = [:]
        for link in document.links {
            guard let fragment = link.fragmentOnly, let index = document.anchors.headingIndexOnGitHub(forFragment: fragment) else { continue }
            texts[index, default: []].insert(HeadingText.normalized(link.text))
        }
        return texts
    }

    /// The fields of a worked example, each with its value in its heading.
    static let exampleFields: Set<String> = ["input", "output", "result", "returns", "return", "expected", "expected output", "answer"]

    /// `Pull Request welcome:blush:`, `Contributions are welcome 🎉`: words ending with `welcome`
    /// (an emoji or its `:shortcode:` after it aside).
    static func invites(_ text: String) -> Bool {
        var rest = Substring(text)
        while true {
            rest = rest.trimmingSuffix(while: { $0 == " " || !($0.isLetter || $0.isNumber || $0 == ":") })
            // `:blush:`: a shortcode GitHub shows as an emoji.
            guard rest.hasSuffix(":"), let open = rest.dropLast().lastIndex(of: ":"),
                  rest[rest.index(after: open)..<rest.index(before: rest.endIndex)].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }),
                  rest.index(after: open) < rest.index(before: rest.endIndex) else { break }
            rest = rest[..<open]
        }
        let words = rest.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        return words.count >= 2 && ["welcome", "welcomed", "appreciated"].contains(words.last ?? "")
    }

    /// `[Cancelled]`, `(canceled for KubeCon)`, `取消`: the heading says its meeting or event did not happen.
    static func saysCancelled(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["cancelled", "canceled", "no meeting", "已取消", "取消"].contains { lowered.contains($0) }
    }

    /// `System.String`, `PowerView.ShareInfo[]`: one token of dotted names, each opening with a
    /// capital (not `Node.js`, a product's name over its own section).
    static func isQualifiedName(_ text: String) -> Bool {
        var name = Substring(text)
        if name.hasSuffix("[]") { name = name.dropLast(2) }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            guard let first = part.first, first.isASCII, first.isUppercase else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
    }

    /// Headings saying a field is empty (`无参数`, "no parameters").
    static let saysNone: Set<String> = ["无参数", "无", "没有参数", "无需参数", "无返回值", "无选项", "none", "n/a", "no parameters",
                                        "no arguments", "no options", "no return value", "not applicable"]

    /// `题目：zookeeper 同步流程` (a label and its value after a colon) or a sentence ending with
    /// `。` or `！`, or with `.` or `!` after three words (`Pull requests are welcome.`; not a numbered
    /// question, `9) Implement connected components.`): the heading is the content, not a title
    /// over it.
    static func carriesItsContent(_ text: String) -> Bool {
        // `…at initialization time."*`: a quotation's closing marks after the sentence's end.
        let trimmed = String(Substring(text.trimmedWhitespace).trimmingSuffix(while: { "\"'”’*_".contains($0) }))
        // `#### *无参数*` over `#### 描述`: the heading says there is nothing to list; it is the content.
        if Self.saysNone.contains(trimmed.lowercased().trimmed { !$0.isLetter && !$0.isNumber }) { return true }
        if trimmed.hasSuffix("。") { return true }
        // `Pull Request welcome:blush:`, `PRs Welcome 🎉`: an invitation, said in the heading.
        if Self.invites(trimmed) { return true }
        // `2023/06/21 [Cancelled]`, `Nov 12, 2024 [Canceled for KubeCon]`: a meeting the heading says did not happen.
        if Self.saysCancelled(trimmed) { return true }
        // `IF YOU KNOW A DECENT CRIB (PLAINTEXT), USE CYBERCHEF …`: a warning shouted in a heading's size.
        if NoticeHeadings.isShoutedSentence(trimmed) { return true }
        // `### PowerUp.ModifiablePath` under `## OUTPUTS` (PowerShell's help as Markdown): a type's
        // qualified name, the value of the field above.
        if Self.isQualifiedName(trimmed) { return true }
        // `热烈欢迎各路优秀学子猛砸简历过来！`, `只要社招！`: a Chinese sentence that calls out.
        if trimmed.hasSuffix("！"), trimmed.count >= 5 { return true }
        // A numbered sentence closed by `.` may be a task asked (`9) Implement it.`); closed by
        // `!`, it calls out (`6. Suggest your question!`).
        if trimmed.hasSuffix(".") || trimmed.hasSuffix("!"), !trimmed.hasSuffix(".."),
           trimmed.split(whereSeparator: \.isWhitespace).count >= 3, trimmed.hasSuffix("!") || !QuestionHeadings.isQuestion(trimmed) { return true }
        // `单列索引 key = 一个字段`: a statement and its value.
        if let equals = trimmed.range(of: " = "), trimmed[equals.upperBound...].contains(where: { $0.isLetter || $0.isNumber }) { return true }
        // `注:机器学习资料共500条`: a Chinese label typed with a half-width colon is one too; in
        // other scripts `Part 1: Basics` is a title.
        let halfWidth = trimmed.firstIndex(of: ":").flatMap { colon in
            (1...6).contains(trimmed.distance(from: trimmed.startIndex, to: colon))
                && trimmed[..<colon].unicodeScalars.allSatisfy(HanCharacters.isCJKLetter) ? colon : nil
        }
        // `#### Output: [1.0, 2.0, 3.0]`, `#### Input: nums=[1, 2]`: an example's field and its value.
        if let colon = trimmed.firstIndex(of: ":"), Self.exampleFields.contains(trimmed[..<colon].lowercased().trimmedWhitespace),
           trimmed[trimmed.index(after: colon)...].contains(where: { $0.isLetter || $0.isNumber }) { return true }
        // `Offset-based: Dữ liệu nhỏ, cần random access, prototype nhanh`: a label of a word or
        // three and, after `: `, a value listing things (four words or more, a comma between them),
        // or a sentence (`Problem with constructor: Every object has its own instance of the function`).
        if let colon = trimmed.range(of: ": ") {
            let label = trimmed[..<colon.lowerBound].split(whereSeparator: \.isWhitespace)
            let value = trimmed[colon.upperBound...]
            let valueWords = value.split(whereSeparator: \.isWhitespace).count
            // (`Part 1: Introduction to the networking stack` is a chapter's title: a label with a number.)
            if (1...3).contains(label.count) && value.contains(",") && valueWords >= 4
                || (1...4).contains(label.count) && valueWords >= 6 && !label.joined().contains(where: \.isNumber) { return true }
        }
        // `maskToBounds:决定是否显示超出边界的内容`: a property and, in Chinese, what it does.
        if let colon = trimmed.firstIndex(of: ":"), colon > trimmed.startIndex,
           trimmed[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }),
           trimmed[trimmed.index(after: colon)...].unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 4,
           trimmed[trimmed.index(after: colon)...].unicodeScalars.first.map(HanCharacters.isCJKLetter) == true { return true }
        guard let colon = trimmed.firstIndex(of: "：") ?? halfWidth else { return false }
        return trimmed[trimmed.index(after: colon)...].filter { $0.isLetter || $0.isNumber }.count >= 2
    }

    /// `### [面试连环炮](docs/interview.md)`, `## :pray: [How to contribute](CONTRIBUTING.md)`: the
    /// heading is a link to its content, an entry of an index written as headings, or a banner
    /// (`### Recently added: [NLP Interview Questions](…)`).
    static func leadsElsewhere(_ heading: Heading, in source: SourceText) -> Bool {
        // `#### 4、…课程资源等，[点此一键白嫖](…)`, or `…，<a href="./Doc/other.md">点此获取</a>`:
        // an announcement closed by a call to follow its link.
        if endsWithALinkAfterAClause(heading, in: source) { return true }
        // `#### [题005从尾到头打印链表](#题005)`: a contents entry set as a heading, its link to a
        // section further down the page, leads there too.
        let leading = heading.content.links.filter { !$0.isImage }
        guard !leading.isEmpty else { return false }
        var rest = heading.text
        for link in leading { if let range = rest.range(of: link.text) { rest.removeSubrange(range) } }
        // Emoji shortcodes (`:pray:`) are decoration.
        // So is the outline number before the link (`## 3 [explain 执行计划](…)`), and the
        // question's mark after it (`#### 96、[项目中遇到哪些难题](…)？`).
        let words = rest.split(separator: " ").filter { !($0.count > 2 && $0.hasPrefix(":") && $0.hasSuffix(":")) }
            .filter { !$0.allSatisfy { $0.isNumber || ".、)）?？".contains($0) } }
        if words.joined().filter({ $0.isLetter || $0.isNumber }).isEmpty { return true }
        let outward = leading.filter { $0.fragmentOnly == nil }
        guard !outward.isEmpty else { return false }
        // `### [The Little Book of Rust Books](…): Various online Rust books`: an entry, its link
        // and its description, set in a heading's size; `### MLSys 2019 [[Proceedings]](…)`: a
        // venue and its link, tagged as paper lists tag theirs.
        if let first = outward.first, opensWithLinkAndDescription(heading, first, in: source) { return true }
        // `## Exercise 7.23 [Header](ex7_23.h)|[CPP](ex7_23.cpp)`: a name, then only its links
        // (the answer's files), apart from separators.
        // (Two links at least: `## Tools for [Go](…)` names its subject with its one link.)
        if outward.count >= 2, let first = outward.first, first.range.start > heading.contentRange.start,
           Self.endsWithOnlyLinks(heading, from: first.range.start, in: source) { return true }
        if let last = outward.last, last.text.hasPrefix("["), last.text.hasSuffix("]"),
           source.string(in: SourceRange(last.range.end, max(last.range.end, heading.contentRange.end))).trimmedWhitespace.isEmpty { return true }
        // `### Recently added: [NLP Interview Questions 2025](…)`, `## 最新：[…](…)`: a banner, a
        // short label and its link.
        let label = words.joined(separator: " ").trimmed { $0 == " " }
        return words.count <= 4 && [":", "：", "-", "–", "—", "|"].contains(where: { label.hasSuffix($0) }) && outward.count == 1
            && heading.text.trimmedWhitespace.hasSuffix(outward[0].text.trimmedWhitespace)
    }

    /// From `start` to the heading's end, nothing but links and separators (`|`, `/`, `,`, `、`, `·`, spaces).
    static func endsWithOnlyLinks(_ heading: Heading, from start: Int, in source: SourceText) -> Bool {
        var position = start
        for link in heading.content.links where link.range.start >= start {
            guard source.string(in: SourceRange(position, max(position, link.range.start))).allSatisfy({ " |/,、·".contains($0) }) else { return false }
            position = max(position, link.range.end)
        }
        return position <= heading.contentRange.end
            && source.string(in: SourceRange(position, heading.contentRange.end)).allSatisfy { " |/,、·".contains($0) }
    }

    /// `[Name](url): description`, `[Name](url) - description`: the heading opens with the link
    /// (nothing before it but spaces) and describes it after a colon or a dash.
    static func opensWithLinkAndDescription(_ heading: Heading, _ link: Link, in source: SourceText) -> Bool {
        guard link.range.start >= heading.contentRange.start, link.range.end < heading.contentRange.end,
              source.string(in: SourceRange(heading.contentRange.start, link.range.start)).allSatisfy(\.isWhitespace) else { return false }
        let after = source.string(in: SourceRange(link.range.end, heading.contentRange.end))
        let separators = [": ", "：", " - ", " – ", " — "]
        guard let separator = separators.first(where: { after.hasPrefix($0) }) else { return false }
        return after.dropFirst(separator.count).contains { $0.isLetter }
    }

    /// A heading under the title this long (characters, or words) is a tagline, not a section's name.
    static let taglineLength = 40
    static let taglineWords = 6

    /// Words a phrase ends with that the link after them completes (`from my`, `see`, `in`).
    static let wordsLeadingToALink: Set<String> = ["from", "my", "our", "in", "at", "see", "of", "by", "on", "to", "via", "with"]

    /// Whether the heading ends with an outward link (Markdown or `<a href>`) right after a
    /// clause closed by a comma, a colon or a dash (`，`, `,`, `：`, `:`, ` - `), or after a phrase it completes
    /// (`Example from my [dev-book app](…)`).
    static func endsWithALinkAfterAClause(_ heading: Heading, in source: SourceText) -> Bool {
        let written = source.string(in: heading.contentRange).trimmedWhitespace
        let before: Substring
        if let link = heading.content.links.last(where: { !$0.isImage && $0.fragmentOnly == nil }),
           source.string(in: SourceRange(link.range.end, heading.contentRange.end)).trimmedWhitespace.isEmpty {
            before = Substring(source.string(in: SourceRange(heading.contentRange.start, link.range.start)))
        } else if let open = closingAnchorElement(of: heading, written: written) {
            before = written[..<open]
        } else {
            return false
        }
        let clause = before.trimmingCharacters(in: .whitespaces)
        // `### Example from my [dev-book app](…)`: the link ends the phrase its last word opens.
        let words = clause.lowercased().split(whereSeparator: \.isWhitespace)
        if words.count >= 2, let word = words.last, Self.wordsLeadingToALink.contains(String(word)) { return true }
        // `### High-quality videos to prepare for Android Interview - [Channel](…)`: a dash sets
        // the link after the clause, as a colon does.
        guard let last = clause.last, "，,：:-–—".contains(last) else { return false }
        if "-–—".contains(last), before.last != " " { return false }
        return clause.count(where: { $0.isLetter }) >= 8
    }

    /// Where the `<a href>` element that closes the heading (`written`, its source) opens: its
    /// last two inline HTML tags, as cmark read them (not a tag shown in a code span), are `<a
    /// … href=…>` and `</a>`, and nothing but spaces follows.
    static func closingAnchorElement(of heading: Heading, written: String) -> String.Index? {
        let tags = heading.content.inlineHTML.suffix(2).map { $0.lowercased() }
        guard tags.count == 2, tags[1] == "</a>", tags[0].hasPrefix("<a"), tags[0].dropFirst(2).first?.isWhitespace == true,
              tags[0].contains("href="), written.lowercased().hasSuffix("</a>") else { return nil }
        return written.range(of: heading.content.inlineHTML[heading.content.inlineHTML.count - 2], options: .backwards)?.lowerBound
    }

    /// `###### Built and maintained by our [Steering Committee](#…) and [Collaborators](#…)`
    /// right before a larger heading: the smallest heading level used as styled small print
    /// under the title, with links; or a notice, a sentence that ends before its link (`##
    /// Nossos colaboradores estão trabalhando nesta seção. [Gostaria de participar?](…)`).
    static func isCaption(_ heading: Heading, before next: Heading) -> Bool {
        let links = heading.content.links.filter { !$0.isImage }
        guard !links.isEmpty else { return false }
        if heading.level >= 5 && next.level < heading.level { return true }
        guard let last = links.last, heading.text.trimmedWhitespace.hasSuffix(last.text.trimmedWhitespace) else { return false }
        let before = String(heading.text.trimmedWhitespace.dropLast(last.text.trimmedWhitespace.count)).trimmedWhitespace
        return [".", "。", "!", "！"].contains { before.hasSuffix($0) } && before.contains(" ")
    }

    /// Blank lines only; list markers and quote markers around headings in items count as blank.
    /// Whether a whole line of `range` (not the heading's own line, nor the next heading's
    /// marker) is a bullet alone: an empty item, which `empty-item` reports.
    private func holdsAnEmptyItem(_ range: SourceRange, in source: SourceText) -> Bool {
        // On the bytes: `\r\n` is one Character, which splitting a String on `\n` would not cut.
        let lines = source.bytes[range.start..<range.end].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count > 2 else { return false }
        let ignored: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ">")]
        return lines.dropFirst().dropLast().contains { line in
            let marks = line.filter { !ignored.contains($0) }
            return marks.count == 1 && [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(marks[marks.startIndex])
        }
    }

    private func isBlank(_ range: SourceRange, in source: SourceText) -> Bool {
        source.bytes[range.start..<range.end].allSatisfy {
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ">"),
             UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains($0)
        }
    }
}
