import IQTestSupport
import IQCore
import IQMarkdown
@testable import IQRules
import Testing

/// Repeats a collection makes on purpose (audit P10).
@Suite struct DuplicateLinkRuleTests {
    /// An entry repeated word for word in one section of a file is that file's duplicate, a
    /// warning against its earlier copy there, though another file of the collection lists it
    /// first (where the pair is a cross-listing, an info).
    /// `## Steps to Reproduce` naming in each step the tool the page lists above: a guide's steps
    /// use the tools, they add no entries; nor is an address in a step's bold label an entry to title.
    @Test func aGuidesStepsUseTheToolsItLists() throws {
        let guide = "# Reverse Engineer an API\n\n## Tools to use\n1. [FoxyProxy](https://a.example/foxy)\n2. [Swagger Editor](https://editor.swagger.io/)\n\n"
            + "## Steps to Reproduce\n1. **Foxyproxy:** Turn on port 8080.\n2. **https://editor.swagger.io/:** Now import the spec.yml file.\n"
        #expect(try LintHarness.lint(guide, rules: ["duplicate-link", "bare-url"]).isEmpty)
        // Under a heading naming no steps, the repeat is reported.
        let repeated = guide.replacingOccurrences(of: "## Steps to Reproduce\n1. **Foxyproxy:** Turn on port 8080.\n2. **https://editor.swagger.io/:** Now",
                                                  with: "## More tools\n1. [Foxy](https://a.example/other)\n2. [Swagger Editor](https://editor.swagger.io/) Now")
        #expect(try LintHarness.lint(repeated, rules: ["duplicate-link"]).map(\.line) == [9])
        // A title naming what a procedure needs (`## Goals`, `#### 目标`) names no steps: its list's links are entries.
        let goals = repeated.replacingOccurrences(of: "## More tools", with: "## Goals")
        #expect(try LintHarness.lint(goals, rules: ["duplicate-link"]).map(\.line) == [9])
    }

    /// `## 置顶` pinning an entry the file lists in its category too: an info, whichever comes first.
    @Test func aPinnedSectionListsAnEntryAgainOnPurpose() throws {
        let list = "# 资源\n\n## 置顶\n\n- [WePY：组件化的小程序开发框架](https://a.example/wepy) :100:\n\n## 工具\n\n"
            + "- [uni-app](https://a.example/uni) - 统一框架\n- [WePY ★21.7k+](https://a.example/wepy) - 组件化框架\n"
        #expect(try LintHarness.lint(list, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["10 info"])
        // Under a heading that highlights nothing, the repeat is a warning.
        let plain = list.replacingOccurrences(of: "## 置顶", with: "## 框架")
        #expect(try LintHarness.lint(plain, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["10 warning"])
    }

    /// `## 面试题集合` re-listing, retitled, the articles of the sections above: a section most of
    /// whose entries the file lists elsewhere gathers them on purpose: each repeat an info.
    @Test func aSectionGatheringTheFilesEntriesListsThemAgainOnPurpose() throws {
        let sections = "# 编程学习路线\n\n## 计算机网络\n\n- [计算机网络常见面试题整理](https://a.example/net)\n- [TCP连接数](https://a.example/tcp)\n\n"
            + "## 数据库\n\n- [数据库索引到底是什么](https://a.example/index)\n- [事务隔离级别](https://a.example/tx)\n\n"
        let gathering = "## 面试题集合\n\n- [计网：计算机网络常见面试题整理](https://a.example/net)\n- [计网：TCP连接数](https://a.example/tcp)\n"
            + "- [数据库：数据库索引到底是什么](https://a.example/index)\n- [Java：集合面试50问](https://a.example/java)\n"
        let found = try LintHarness.lint(sections + gathering, rules: ["duplicate-link"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["15 info", "16 info", "17 info"])
        // One repeat in a section of its own entries is a slip: a warning.
        let slip = sections + "## 其他\n\n- [计网：计算机网络常见面试题整理](https://a.example/net)\n- [Java：集合面试50问](https://a.example/java)\n- [Go：切片](https://a.example/go)\n"
        #expect(try LintHarness.lint(slip, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["15 warning"])
    }

    /// `[Prismane](https://www.patternfly.org/)` under `[PatternFly React](…patternfly.org/)`, each
    /// described, each with its own source: the address, whose site name opens the first entry's
    /// name, was copied from it: a warning, as for any copied address.
    @Test func anAddressCopiedFromTheEntryItsSiteNamesIsAWarning() throws {
        let list = "# Awesome UIKit\n\n## React\n\n- [PatternFly React](https://www.patternfly.org/) - A set of React components. [source](https://github.com/patternfly/patternfly-react)\n"
            + "- [Prismane](https://www.patternfly.org/) - An innovative React UI library. [source](https://github.com/prismaneui/prismane)\n"
        #expect(try LintHarness.lint(list, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["6 warning"])
    }

    @Test func aRepeatInOneFileIsReportedAgainstItsCopyThere() throws {
        let entry = "* [Transfer Learning for NLP](https://www.manning.com/books/transfer-learning-for-nlp) - Book"
        let books = "# Books\n\n## Deep Learning\n\n" + (0..<8).map { "* [Book \($0)](https://www.manning.com/books/b\($0)) - Book" }.joined(separator: "\n")
            + "\n" + entry + "\n"
        let courses = "# Courses\n\n## Machine Learning\n\n\(entry)\n* [Course A](https://a.example/a) - A\n* [Course B](https://a.example/b) - B\n\(entry)\n"
        let found = try LintHarness.lint(courses, path: "courses.md", rules: ["duplicate-link"], companions: ["books.md": books])
            .filter { $0.path == "courses.md" }
        let copy = try #require(found.first { $0.line == 8 })
        #expect(copy.severity == .warning, "\(found)")
        #expect(copy.message.hasSuffix("same article as line 5"), "\(copy.message)")
    }

    /// `### Great [list of over 25 books](books.md)` over the top three of that file: a preview,
    /// not a copy; the same entries under a heading linking nothing are a cross-listing.
    @Test func aSectionLinkingTheOtherFilePreviewsItsEntries() throws {
        let entries = "- [Fundamentals of Data Engineering](https://www.amazon.com/dp/1098108302/)\n- [Designing Data-Intensive Applications](https://www.amazon.com/dp/1449373321/)\n"
        let books = "# Amazing Data Engineering books\n\n" + entries + "- [Data Pipelines Pocket Reference](https://www.amazon.com/dp/1492087831)\n"
        let readme = "# The Data Engineering Handbook\n\n## Resources\n\n### Great [list of over 25 books](books.md)\n\nTop 2 must read books are:\n\n" + entries
        let previews = try LintHarness.lint(readme, path: "README.md", rules: ["duplicate-link"], companions: ["books.md": books])
        #expect(previews.isEmpty, "\(previews.map(\.message))")
        let plain = readme.replacingOccurrences(of: "### Great [list of over 25 books](books.md)", with: "### Great books")
        #expect(!(try LintHarness.lint(plain, path: "README.md", rules: ["duplicate-link"], companions: ["books.md": books])).isEmpty)
    }

    @Test func anAnswerLabelAfterTheItemThatLinksTheArticleIsNotADuplicate() throws {
        let markdown = """
            ## 函数调用

            - [函数调用 Function Call 篇](https://articles.example.com/id_asxg09)
              - 一、为什么需要 函数调用？
              - 二、什么是 函数调用？

            - [点击查看答案](https://articles.example.com/id_asxg09)

            - [开源模型 Function Call 篇](https://articles.example.com/id_s2ojkz)
              - 开源模型 Function Call 方案有哪些？

            - [点击查看答案](https://articles.example.com/id_s2ojkz)

            """
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-link"]).isEmpty)
    }

    /// Exercises whose sentences open with the data they work on (`[countries array](…) dizisinden
    /// ilk 10 ülkeyi dilimleyin`) name one data file twice, not one entry. In a list of linked
    /// entries, or with a separator before the description, the repeat is still reported.
    @Test func exercisesOpeningWithTheirDataLinkAreNoDuplicates() throws {
        let data = "https://github.com/example/course/tree/master/data/countries.js"
        let exercises = """
            ## Egzersiz: Seviye 2

            1. [countries array](\(data)) dizisinden ilk 10 ülkeyi dilimleyin
            1. [countries array](\(data)) dizisinden ortadaki ülkeleri bulun.
            2. countries dizisini iki eşit diziye bölün
            3. webTechs dizisindeki ilk elemanı bulun

            """
        #expect(try LintHarness.lint(exercises, rules: ["duplicate-link"]).isEmpty)
        let entries = """
            ## Data

            - [countries array](\(data)) - every country of the world, by name
            - [country list](\(data)) - the same file under another name
            - [cities](https://example.com/cities.js) - a thousand cities

            """
        #expect(try LintHarness.lint(entries, rules: ["duplicate-link"]).map(\.line) == [4])
        let linkedSentences = """
            ## Data

            1. [countries array](\(data)) dizisinden ilk 10 ülkeyi dilimleyin
            1. [countries array](\(data)) dizisinden ortadaki ülkeleri bulun.
            2. [webTechs](https://example.com/web_techs.js) dizisindeki ilk elemanı bulun

            """
        #expect(try LintHarness.lint(linkedSentences, rules: ["duplicate-link"]).map(\.line) == [4])
    }

    /// `* 查阅 [关系型数据库](…) 章节` (`See the […] section`): a link inside a Chinese
    /// sentence points at a section, as the English one does; a label before the link
    /// (`答案：[…](…)`) or a description after a separator still leaves it the item's title.
    @Test func aLinkInsideAChineseSentenceIsACitation() throws {
        let steps = "## 第 1 步\n\n* [**MySQL 数据库**](https://a.example/primer#rdbms)\n\n## 第 2 步\n\n* 查阅 [关系型数据库](https://a.example/primer#rdbms) 章节\n"
        #expect(try LintHarness.lint(steps, rules: ["duplicate-link"]).isEmpty)
        let labelled = "## 第 1 步\n\n* [**MySQL 数据库**](https://a.example/primer#rdbms)\n\n## 第 2 步\n\n* 答案 [关系型数据库](https://a.example/primer#rdbms) - 章节\n"
        #expect(try LintHarness.lint(labelled, rules: ["duplicate-link"]).map(\.line) == [7])
        let readingOrder = "## 重点文章\n\n- [常见 SQL 优化手段总结](https://a.example/sql.html)\n\n## 推荐复习顺序\n\n"
            + "1. 先看 [常见 SQL 优化手段总结](https://a.example/sql.html)，把慢查询讲清楚。\n"
            + "2. 再看 [常见 SQL 优化手段总结](https://a.example/sql.html)、[索引](https://a.example/index.html)，重点理解索引。\n"
        #expect(try LintHarness.lint(readingOrder, rules: ["duplicate-link"]).isEmpty)
    }

    /// Two groups of articles, each headed by a link to one category page under its own name:
    /// an info. Two plain entries linking one page stay a warning.
    @Test func aCategoryPageHeadingTwoGroupsIsAnInfo() throws {
        let menu = """
            ### [第零章、计算机算法基础](https://a.example/menu/basic/)

              * [手把手带你实现单/双链表](https://a.example/menu/linked-list/)
                * [链表基本原理](https://a.example/linkedlist-basic/)

            ### [第一章、经典数据结构算法](https://a.example/menu/ds/)

              * [手把手刷链表算法](https://a.example/menu/linked-list/)
                * [双指针技巧秒杀七道链表题目](https://a.example/linked-list-skills/)

            """
        #expect(try LintHarness.lint(menu, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["8 info"])
        let plain = "- [手把手带你实现单/双链表](https://a.example/menu/linked-list/)\n- [手把手刷链表算法](https://a.example/menu/linked-list/)\n"
        #expect(try LintHarness.lint(plain, rules: ["duplicate-link"]).map(\.severity) == [.warning])
    }

    /// A table's rows are entries: a row's first link, when it is a web link, is compared with
    /// the rows of its own table.
    @Test func tableRowsAreComparedWithinTheirTable() throws {
        let problems = "|Title|Solution|\n|---|---|\n|[891. Sum of Subsequence Widths](https://leetcode.example/problems/sum-of-subsequence-widths)|[Go](https://g.example/891)|\n"
            + "|[907. Sum of Subarray Minimums](https://leetcode.example/problems/sum-of-subarray-minimums)|[Go](https://g.example/907)|\n"
            + "|[922. Sort Array By Parity II](https://leetcode.example/problems/sum-of-subarray-minimums)|[Go](https://g.example/922)|\n"
        #expect(try LintHarness.lint(problems, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["5 warning"])
        // In another table, the same address is not compared: a table of best sellers repeats entries.
        let twoTables = "|API|Description|\n|---|---|\n|[IPstack](https://ipstack.example/)|Locate visitors|\n\n## Geocoding\n\n"
            + "|API|Description|\n|---|---|\n|[ipstack](https://ipstack.example/)|Locate and identify visitors|\n"
        #expect(try LintHarness.lint(twoTables, rules: ["duplicate-link"]).isEmpty)
        // A row led by a link to a file of the repository has no web entry: its contributors are none.
        let quizzes = "| Quiz | Credits |\n|---|---|\n| [AutoCAD](autocad/quiz.md) | [@djayor](https://github.com/djayor) |\n"
            + "| [Fusion](fusion/quiz.md) | [@djayor](https://github.com/djayor) |\n"
        #expect(try LintHarness.lint(quizzes, rules: ["duplicate-link"]).isEmpty)
        // Two records of one source (two sessions on one paper): an info.
        let sessions = "| Date | Paper |\n|---|---|\n| 4/14/22 | [Video survey](https://arxiv.example/2012.06567)（上） |\n"
            + "| 4/21/22 | [Parameter server](https://usenix.example/ps.pdf) |\n| 4/28/22 | [Video survey](https://arxiv.example/2012.06567)（下） |\n"
        #expect(try LintHarness.lint(sessions, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["5 info"])
    }

    /// Two papers whose `代码` fields lead to one repository: an info; a paper whose `代码` and
    /// `论文` fields lead to one address: a warning.
    @Test func oneFieldOfTwoEntriesIsAnInfo() throws {
        let papers = "**BlendMask**\n\n- 论文：https://arxiv.example/2001.00309\n- 代码：https://github.example/AdelaiDet\n\n"
            + "**Deep Snake**\n\n- 论文：https://arxiv.example/2001.01629\n- 代码：https://github.example/snake\n\n"
            + "**MEInst**\n\n- 论文：https://arxiv.example/2003.11712\n- 代码：https://github.example/AdelaiDet\n"
        let found = try LintHarness.lint(papers, rules: ["duplicate-link"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["14 info"], "\(found.map(\.message))")
        #expect(found.first?.help.contains { $0.contains("the field '代码' of two entries") } == true)
        let slip = papers.replacingOccurrences(of: "https://github.example/snake", with: "https://arxiv.example/2001.01629")
        #expect(try LintHarness.lint(slip, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["9 warning", "14 info"])
    }

    /// An awesome-list describing one tool in two categories cross-lists it: an info. A question
    /// bank linking one article from two sections' questions: a warning.
    @Test func aToolDescribedInTwoCategoriesOfANamesListIsAnInfo() throws {
        let tools = (1...8).map { "- [Tool \($0)](https://a.example/t\($0)) - A library for parsing format \($0)." }.joined(separator: "\n")
        let names = "## Parsing\n\n" + tools + "\n- [serde](https://a.example/serde) - A framework for serializing data.\n\n"
            + "## Encoding\n\n- [serde](https://a.example/serde) - Encoders and decoders for many formats.\n"
        #expect(try LintHarness.lint(names, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["15 info"])
        let bank = names.replacingOccurrences(of: "[Tool ", with: "[What is tool ").replacingOccurrences(of: "[serde]", with: "[What is serde?]")
        #expect(try LintHarness.lint(bank, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["15 warning"])
        // Described or not: `KNN` under Data Mining is `k-nearest neighbor` of Supervised Learning.
        let bare = names.replacingOccurrences(of: "[serde](https://a.example/serde) - Encoders and decoders for many formats.",
                                              with: "[Serde (serialisation)](https://a.example/serde)")
        #expect(try LintHarness.lint(bare, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["15 info"])
        // One name in the singular and the plural, or inflected: `Support Vector Machines` and
        // `SVM (Support Vector Machine)`, `Self-Organized Maps` and `Self-organizing map`.
        #expect(DuplicateLinkRule.nameOneThing("Support Vector Machines", "SVM (Support Vector Machine)"))
        #expect(DuplicateLinkRule.nameOneThing("Self-Organized Maps", "Self-organizing map"))
        #expect(!DuplicateLinkRule.nameOneThing("Design Instagram", "Design Autocomplete"))
        // A talk's title with its venue inserted: the words of one stand in the other in order.
        #expect(DuplicateLinkRule.nameOneThing("The event loop explained — Philip Roberts", "The event loop explained | JSConf EU — Philip Roberts"))
        #expect(!DuplicateLinkRule.nameOneThing("Loop talk", "The loop of the event talk by Philip Roberts"))
        #expect(!DuplicateLinkRule.nameOneThing("Explained loop event", "The event loop explained"))
        // A bookmark tree of described entries, with no question list: filed under two entries.
        let bookmarks = "# Design Patterns\n\n+ **Unidirectional Data Flow**: An architecture design pattern.\n"
            + "    + **[Immutable UIs](https://a.example/talk)**: Lee Byron talks about immutable UIs.\n"
            + "        + **[Immutable.js](https://a.example/immutable)**: Immutable persistent data collections.\n"
            + "    + **[Redux](https://a.example/redux)**: A predictable state container.\n"
            + "        + **[Immutable.js](https://a.example/immutable)**: Immutable persistent data collections.\n"
        #expect(try LintHarness.lint(bookmarks, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["7 info"])
        // Under one heading it is listed twice.
        let twice = names.replacingOccurrences(of: "\n\n## Encoding\n\n", with: "\n")
        #expect(try LintHarness.lint(twice, rules: ["duplicate-link"]).map(\.severity) == [.warning])
        // Nested under two entries of one heading: filed under both.
        let nested = "## Parsing\n\n" + tools + "\n- [Redux](https://a.example/redux) - A state container.\n"
            + "  - [Immutable.js](https://a.example/immutable) - Persistent data collections.\n"
            + "- [Immutable UIs](https://a.example/talk) - A talk on immutable interfaces.\n"
            + "  - [Immutable.js](https://a.example/immutable) - Persistent data collections.\n"
        #expect(try LintHarness.lint(nested, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["14 info"])
        // Under one entry twice, it is listed twice.
        let underOne = "## Parsing\n\n" + tools + "\n- [Redux](https://a.example/redux) - A state container.\n"
            + "  - [Immutable.js](https://a.example/immutable) - Persistent data collections.\n"
            + "  - [Immutable.js](https://a.example/immutable) - Persistent data collections.\n"
        #expect(try LintHarness.lint(underOne, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["13 warning"])
    }

    /// Two files that both name things (books by subject and by language, courses and
    /// screencasts) may each list one entry: an info. Two files of a question bank linking one
    /// article from their questions: a warning.
    @Test func anEntryInTwoFilesListingNamesIsAnInfo() throws {
        func list(_ heading: String, _ prefix: String, _ shared: String) -> String {
            "## \(heading)\n\n" + (1...8).map { "- [\(prefix) \($0)](https://\(heading.lowercased()).example/\($0)) - by Author \($0)" }.joined(separator: "\n")
                + "\n- " + shared + "\n"
        }
        let shared = "[Think Complexity](https://a.example/think-complexity) - Allen B. Downey"
        let subjects = list("Algorithms", "Book", shared)
        let languages = list("Python", "Guide", shared)
        let named = try LintHarness.lint(subjects, path: "books-subjects.md", rules: ["duplicate-link"], companions: ["books-langs.md": languages])
        #expect(named.map { "\($0.path):\($0.line) \($0.severity)" } == ["books-subjects.md:11 info"])
        #expect(named.first?.help.contains { $0.contains("cross-listed in two of the collection's lists") } == true)
        let askedShared = "[What is complexity?](https://a.example/think-complexity)"
        let bankA = list("Algorithms", "What is algorithm", askedShared).replacingOccurrences(of: " - by Author", with: "?")
        let bankB = list("Python", "What is Python feature", askedShared).replacingOccurrences(of: " - by Author", with: "?")
        let asked = try LintHarness.lint(bankA, path: "bank-a.md", rules: ["duplicate-link"], companions: ["bank-b.md": bankB])
        #expect(asked.map { "\($0.path):\($0.line) \($0.severity)" } == ["bank-b.md:11 warning"])
    }

    /// Two releases of one product at its front page, or at its account on a hosting site, are
    /// worth a look; two names at one article's page, or one blog under two names at its front
    /// page, are a repeat.
    @Test func twoNamesAtOneFrontPageAreAnInfo() throws {
        let models = "## Meta\n\n- [Llama 3.2](https://llama.a.example/)\n- [Llama 3.1](https://llama.a.example/)\n\n"
            + "## Baichuan\n\n- [Baichuan-7B](https://huggingface.co/baichuan-inc)\n- [Baichuan2-7B](https://huggingface.co/baichuan-inc)\n\n"
            + "## Sizes\n\n- [Llama 3.2-1|3|11|90B](https://meta.a.example/)\n- [Llama 3.1-8|70|405B](https://meta.a.example/)\n"
        #expect(try LintHarness.lint(models, rules: ["duplicate-link"]).map { "\($0.line) \($0.severity)" } == ["4 info", "9 info", "14 info"])
        let slip = "- [Design Autocomplete](https://a.example/design/autocomplete)\n- [Design Instagram](https://a.example/design/autocomplete)\n"
        #expect(try LintHarness.lint(slip, rules: ["duplicate-link"]).map(\.severity) == [.warning])
        let sameName = "- [Engineering at Quora](https://engineering.a.example/)\n- [Quora Engineering](https://engineering.a.example/)\n"
        #expect(try LintHarness.lint(sameName, rules: ["duplicate-link"]).map(\.severity) == [.warning])
    }

    @Test func anAnswerLabelFarFromTheItemItRepeatsIsStillADuplicate() throws {
        let markdown = "- [函数调用篇](https://a.example/fc)\n- [开源模型篇](https://a.example/os)\n- [点击查看答案](https://a.example/fc)\n"
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-link"]).map(\.line) == [3])
    }

    @Test func anEntryCopiedUnderAnotherGroupLabelIsCrossListed() throws {
        let markdown = """
            ## Web programming

            * HTTP Client
              * [hyperium/hyper](https://github.com/hyperium/hyper) - an HTTP implementation
              * [seanmonstar/reqwest](https://github.com/seanmonstar/reqwest) - an easy and powerful Rust HTTP Client
            * HTTP Server
              * [hyperium/hyper](https://github.com/hyperium/hyper) - an HTTP implementation
              * [tokio-rs/axum](https://github.com/tokio-rs/axum) - Ergonomic and modular web framework

            """
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-link"]).isEmpty)
    }

    /// Group labels in bold with a description (`+ **Observable**: An Observable is…`) are
    /// categories too: an entry copied under two of them is cross-listed; under one, repeated.
    @Test func anEntryCopiedUnderAnotherDescribedGroupLabelIsCrossListed() throws {
        let entry = "    + **[Server-Sent Events](https://a.example/sse)**: Cycle.js driver for Server-Sent Events.\n"
        let markdown = "## Architecture\n\n+ **Observable**: An Observable is an event stream which can emit zero or more events.\n" + entry
            + "+ **Reactive Programming：** Programming with asynchronous data streams, which the drivers feed.\n" + entry
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-link"]).isEmpty)
        let once = "## Architecture\n\n+ **Observable**: An Observable is an event stream which can emit zero or more events.\n" + entry + entry
        #expect(try LintHarness.lint(once, rules: ["duplicate-link"]).map(\.line) == [5])
        // A described item without bold is an entry, not a label.
        let plain = markdown.replacingOccurrences(of: "**Observable**", with: "Observable")
            .replacingOccurrences(of: "**Reactive Programming：**", with: "Reactive Programming：")
        #expect(try LintHarness.lint(plain, rules: ["duplicate-link"]).map(\.line) == [6])
    }

    @Test func anEntryCopiedWithinOneGroupLabelIsStillADuplicate() throws {
        let markdown = "* HTTP Client\n  * [hyper](https://a.example/hyper) - an HTTP implementation\n"
            + "  * [hyper](https://a.example/hyper) - an HTTP implementation\n"
        #expect(try LintHarness.lint(markdown, rules: ["duplicate-link"]).map(\.line) == [3])
    }

    @Test func anEntryCopiedUnderAHeadingOfTheSameNameInAnotherFileIsAnInfo() throws {
        let entry = "- [Merge K Sorted Lists](https://leetcode.com/problems/merge-k-sorted-lists/)\n"
        let copied = try LintHarness.lint("# Linked list\n\n## Recommended practice questions\n\n" + entry, path: "linked-list.md", rules: ["duplicate-link"],
                                          companions: ["heap.md": "# Heap\n\n## Recommended practice questions\n\n" + entry])
        #expect(copied.map(\.severity) == [.info], "\(copied.map(\.message))")
        let elsewhere = try LintHarness.lint("# Linked list\n\n## Practice\n\n" + entry, path: "linked-list.md", rules: ["duplicate-link"],
                                             companions: ["heap.md": "# Heap\n\n## Recommended practice questions\n\n" + entry])
        #expect(elsewhere.map(\.severity) == [.warning], "\(elsewhere.map(\.message))")
        // By one name (`Word Break Problem` on one page, `Word Break` on the other): the same problem.
        let renamed = try LintHarness.lint("# Trie\n\n## Recommended practice questions\n\n- [Word Break](https://leetcode.com/problems/word-break/)\n",
                                           path: "trie.md", rules: ["duplicate-link"],
                                           companions: ["dp.md": "# DP\n\n## Recommended practice questions\n\n- [Word Break Problem](https://leetcode.com/problems/word-break/)\n"])
        #expect(renamed.map(\.severity) == [.info], "\(renamed.map(\.message))")
        // Two names for one address are a slip, wherever they stand.
        let slip = try LintHarness.lint("# Trie\n\n## Recommended practice questions\n\n- [Word Search](https://leetcode.com/problems/word-break/)\n",
                                        path: "trie.md", rules: ["duplicate-link"],
                                        companions: ["dp.md": "# DP\n\n## Recommended practice questions\n\n- [Word Break Problem](https://leetcode.com/problems/word-break/)\n"])
        #expect(slip.map(\.severity) == [.warning], "\(slip.map(\.message))")
    }
    /// Entries not written yet all lead to one "coming soon" page: no duplicate, whatever the
    /// case or the whitespace before the words; a real title linking one page twice still is.
    @Test func placeholderEntriesSharingOnePageAreNoDuplicates() throws {
        for text in ["正在更新 ing", "  Coming Soon", "TODO: write it", "敬请期待"] {
            let markdown = "## A\n\n- [\(text)](https://a.example/updating/)\n- [\(text)](https://a.example/updating/)\n"
            #expect(try LintHarness.lint(markdown, rules: ["duplicate-link"]).isEmpty, "\(text)")
        }
        let titles = "## A\n\n- [Tokenizers](https://a.example/updating/)\n- [更新日志](https://a.example/updating/)\n"
        #expect(try LintHarness.lint(titles, rules: ["duplicate-link"]).map(\.line) == [4])
    }

    @Test func thePlaceholderPrefilterKeepsEveryTextTheFullTestMatches() {
        let texts = ["Coming soon", " \t wip", "Ｔodo", "\u{301}todo", "İtem", "更新中", "正在更新", "教程", "How to", "", "  "]
        for text in texts {
            let full = Placeholders.texts.contains { text.trimmedWhitespace.lowercased().hasPrefix($0) }
            #expect(!full || Placeholders.mayOpenPlaceholder(text), "\(text)")
        }
        #expect(!Placeholders.mayOpenPlaceholder("教程") && !Placeholders.mayOpenPlaceholder("How to"))
        #expect(Placeholders.mayOpenPlaceholder(" Todo") && Placeholders.mayOpenPlaceholder("更新中"))
    }
    /// A bilingual document lists each entry once per script (`README-kk.md`: Cyrillic, then
    /// Latin, headings included): the repeat is an info; the same entry twice in one script,
    /// or in two scripts under headings in one (a Chinese bank), stays a warning.
    @Test func anEntryAgainInAnotherScriptIsAnInfo() throws {
        let markdown = "## Бейнелер\n\n- [Данышпан программист туралы миф](https://v.example/0SAR)\n- [Басқа бейне](https://v.example/1i8y)\n\n"
            + "## Beyneler\n\n- [Danışpan programmïst twralı mïf](https://v.example/0SAR)\n- [Basqa beyne](https://v.example/1i8y)\n\n"
            + "## 资料\n\n- [Transformer 原理](https://t.example/a)\n\n## Reading\n\n- [How Transformers work](https://t.example/a)\n- [Transformer paper](https://t.example/p)\n"
            + "- [The Transformer paper](https://t.example/p)\n\n## 面试\n\n- [RAG 是什么](https://r.example/1)\n- [What is RAG](https://r.example/1)\n"
        let found = try LintHarness.lint(markdown, rules: ["duplicate-link"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["8 info", "9 info", "17 info", "19 warning", "24 warning"], "\(found.map { "\($0.line) \($0.message)" })")
        #expect(DuplicateLinkRule.areInTwoScripts("Đây là gì?", "Что это?") && !DuplicateLinkRule.areInTwoScripts("Đây là gì?", "What is it?"))
    }

    /// Folders of papers (`paper-lists`): a file too short to tell a small bank from a list of
    /// names (five papers, one titled as a question; a single paper) is read by the collection's
    /// files that can tell. When they name things, a paper under two topics is an info; when
    /// the files that can tell ask questions, the same repeat stays a warning.
    @Test func aShortFileIsReadByTheCollectionsFilesThatCanTell() throws {
        let folder = RepositoryPaths.fixture("collections/paper-lists")
        let paths = ["README.md", "gossip/README.md", "networks/README.md", "datastores/README.md", "security/README.md", "ethics/README.md"]
        let files = try paths.map { MarkdownFile(path: $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
        let linter = try LintHarness.makeLinter(rules: ["duplicate-link"])
        let found = linter.lint(files)
        #expect(found.map { "\($0.path):\($0.line) \($0.severity)" } == ["networks/README.md:3 info", "security/README.md:3 info"])
        #expect(found.allSatisfy { $0.help.contains { $0.contains("read by the others (3 of the collection's files name things, 0 ask questions)") } })
        // The same short files in a bank whose long files ask questions: the repeat is a warning.
        let asking = files.map { file in
            guard ["gossip/README.md", "datastores/README.md", "security/README.md"].contains(file.path) else { return file }
            let text = file.source.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("* [") ? line.replacing("* [", with: "* [What is ", maxReplacements: 1).replacing("](", with: "?](", maxReplacements: 1) : line
            }.joined(separator: "\n")
            return MarkdownFile(path: file.path, text: String(text))
        }
        let inBank = linter.lint(asking)
        #expect(inBank.map { "\($0.path):\($0.line) \($0.severity)" } == ["networks/README.md:3 warning", "security/README.md:3 warning"],
                "\(inBank.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    /// Something with a section of its own (`## The Daily Byte`), listed again in a category
    /// under its name: an info. Another name for the same address stays a warning.
    @Test func anEntryNamedLikeTheOtherLinksSectionIsAnInfo() throws {
        let markdown = """
            # Interviews

            ## The Daily Byte
            * [FAANG Interview Prep](https://thedailybyte.dev/?ref=kevin)

            ## Live Coding Practice
            * [The Daily Byte](https://thedailybyte.dev/?ref=kevin)
            * [Pramp](https://www.pramp.com/)

            ## Mock Interviews
            * [Daily coding](https://thedailybyte.dev/?ref=kevin)

            """
        let found = try LintHarness.lint(markdown, rules: ["duplicate-link"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["7 info", "11 warning"], "\(found.map { "\($0.line) \($0.message)" })")
        #expect(found.first?.help.first?.contains("named like the section 'The Daily Byte'") == true)
    }

    /// The project's contribution guide or licence, in a menu and in a sentence: no entry.
    @Test func theProjectsOwnPoliciesAreNoEntries() throws {
        let markdown = """
            ## Misc

            * [Contributing](https://github.com/owner/repo/blob/master/CONTRIBUTING.md)
            * [Credits](#credits)

            ## Future

            * [Contributions](https://github.com/owner/repo/blob/master/CONTRIBUTING.md) are welcome!
            * [License](LICENSE)
            * [MIT](./LICENSE)
            * [Book A](https://books.example/license.html)
            * [Book B](https://books.example/license.html)

            """
        let found = try LintHarness.lint(markdown, rules: ["duplicate-link"])
        #expect(found.map(\.line) == [12], "\(found.map { "\($0.line) \($0.message)" })")
        func link(_ destination: String) -> Link {
            Link(kind: .inline, isImage: false, text: "x", destination: destination, title: nil, range: SourceRange(0, 1), destinationRange: nil, textRange: nil)
        }
        #expect(DuplicateLinkRule.isProjectPolicy(link("../CODE_OF_CONDUCT.md")))
        #expect(DuplicateLinkRule.isProjectPolicy(link("https://gitlab.com/a/b/-/blob/main/LICENSE#mit")))
        #expect(!DuplicateLinkRule.isProjectPolicy(link("https://books.example/license.html")))
    }

    /// Two chapters of one document, each cited for its topic: an info.
    @Test func twoChaptersOfOneDocumentAreAnInfo() throws {
        let markdown = """
            ### Programming
            * [Python GIL, Fluent Python, chapter 17](https://example.org/Fluent%20Python.pdf)
            * [Python multithread](https://realpython.com/intro-to-python-threading/)
            * [Python concurrency, Fluent Python, chapter 18](https://example.org/Fluent%20Python.pdf)
            * [The GIL again, Fluent Python, chapter 17](https://example.org/Fluent%20Python.pdf)

            """
        let found = try LintHarness.lint(markdown, rules: ["duplicate-link"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["4 info", "5 warning"], "\(found.map { "\($0.line) \($0.message)" })")
        #expect(DuplicateLinkRule.chapterNumber(in: "深度学习 第 5 章") == "第5章")
        #expect(DuplicateLinkRule.chapterNumber(in: "Deep Learning, ch. 3") == "ch 3")
        #expect(DuplicateLinkRule.chapterNumber(in: "Chapters of my life") == nil)
    }

    /// `Docker Compose` and `docker-compose` at one address in one list: one entry added twice,
    /// a warning like a repeat of one name. Two names of their own stay an info, with a help
    /// that says why.
    @Test func oneNameWrittenTwiceIsNoSecondPartOfTheProject() throws {
        let list = "## DevOps 工具\n\n*   [Docker Compose](https://docs.docker.com/compose/)：快速，分离的开发环境。\n*   [Fabric](https://www.fabfile.org/)：远程执行和部署。\n*   [docker-compose](https://docs.docker.com/compose/)：使用 Docker 的开发环境。\n"
        let found = try LintHarness.lint(list, rules: ["duplicate-link"])
        #expect(found.map(\.severity) == [.warning], "\(found.map(\.message))")
        let parts = list.replacing("[docker-compose]", with: "[compose-build]")
        let info = try LintHarness.lint(parts, rules: ["duplicate-link"])
        #expect(info.map(\.severity) == [.info], "\(info.map(\.message))")
        #expect(info.first?.help.contains("the two entries have names and descriptions of their own: often two parts or releases of one project at one address") == true)
        #expect(DuplicateLinkRule.areOneName("Docker Compose", "docker-compose"))
        #expect(!DuplicateLinkRule.areOneName("uv", "uv-build"))
    }
}

/// A reading list whose article titles are often questions (four of nine) in a collection of
/// lists that name things is read as one of them: an article it shares with a weekly digest is a
/// cross-listing (an info), not a bank's repeated link.
@Suite struct ReadingListCrossListingTests {
    @Test func aReadingListWithQuestionTitlesIsReadByTheCollection() throws {
        func names(_ prefix: String) -> String {
            "# \(prefix)\n\n" + (1...8).map { "- [\(prefix) tool \($0)](https://\(prefix.lowercased()).example/\($0))\n" }.joined()
        }
        let titles = ["What is a monad?", "Core Functional Programming Concepts", "What's Functional Programming All About?",
                      "Jargon from the functional programming world", "Why does functional programming matter?",
                      "Introduction to functional JavaScript", "Is functional programming the future?", "Early history of FP",
                      "Lenses in practice"]
        let reading = "# FP reading list\n\n" + titles.enumerated().map { "- [\($0.element)](https://fp.example/\($0.offset))\n" }.joined()
        let weekly = "# Weekly 2.2\n\n- [What's Functional Programming All About?](https://fp.example/2)\n" + (1...8).map { "- [News \($0)](https://news.example/\($0))\n" }.joined()
        let found = try LintHarness.lint(weekly, path: "weekly.md", rules: ["duplicate-link"],
                                         companions: ["fp.md": reading, "a.md": names("Alpha"), "b.md": names("Beta"), "c.md": names("Gamma")])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
    }

    /// `react-hook-form ★9346`: the star count is no part of the name, and the address names the
    /// first entry only: a copy, a warning as without the count.
    @Test func aStarCountLeavesACopiedAddressAWarning() throws {
        let markdown = "* [react-hook-form ★9346](https://github.com/react-hook-form/react-hook-form) - React hooks for forms validation.\n"
            + "* [formik](https://github.com/jaredpalmer/formik) - Forms.\n"
            + "* [redux-hook-form](https://github.com/react-hook-form/react-hook-form) - React hooks for form validation.\n"
        let found = try LintHarness.lint(markdown, rules: ["duplicate-link"])
        #expect(found.map(\.severity) == [.warning], "\(found.map(\.message))")
    }
}
