import IQCore
import IQDedup
import IQMarkdown

public struct DuplicateLinkRule: CorpusRule {
    public static let description = RuleDescription(
        id: "duplicate-link",
        summary: "no two links point to the same article",
        details: """
            Compares every web link of the files linted together after normalising its URL: \
            http and https, the case of the host, a `www.` before it, default ports, a trailing slash, \
            percent-encoding, tracking parameters (those of `tracking-param`'s defaults), the \
            order of the remaining parameters and the fragment do not matter. Some hosts give \
            one article several addresses: a CSDN article is the same by its id on \
            `blog.csdn.net/<user>/article/details/<id>` and `<user>.blog.csdn.net`; a Zhihu \
            article on `zhuanlan.zhihu.com/p/<id>` and `www.zhihu.com/tardis/…/art/<id>`; a \
            WeChat article is identified by `__biz`, `mid` and `idx`; an arXiv paper by its number on \
            `arxiv.org/abs/<id>`, `/pdf/<id>(.pdf)` and `/html/<id>`, in any version (`v2`). A repeat is reported against \
            the earlier link in its own file when there is one, else against the collection's first.

            Only each list item's main link is compared (its title link at the start of the item, \
            not the links in its description or inside a sentence; in a paper list, the link tagged \
            `[[paper](…)]` or `[[PDF]](…)` after the title), a heading that is nothing but \
            its link where three headings or more are (`##### [1.3 无锁消息队列详解](…)`: entries \
            written as headings), and the first link of each \
            table row when it is a web link (not one after words in a later cell, a source a \
            sentence cites; one in a later cell of a row named in plain text in its first cell, \
            `| Design Miro | … | [Canvas API](…) |`, is that row's resource, and two rows repeat it \
            only when their names are one too), compared with the rows of its own table only (a table \
            repeating its header row and delimiter inside, snapshots whose blank lines were left \
            out, part by part; an \
            address first in three rows of one table or more is a column's value, not an entry); \
            a link equal to its section heading's link is the section's own. Two different \
            questions linking one section of a page (`#53-连接管理`) are both answered there. \
            Links under a heading of sources or further reading (`Source(s) and further \
            reading`, `参考资料`, `延伸阅读`, or prerequisites, `前置知识`) are citations and are not compared, nor are \
            the steps of a guide under a title naming them (`## Steps to Reproduce`, `## 操作步骤`), which use \
            the tools the page lists, and so are \
            the plain items of a checklist, between its `[ ]` tasks or nested in them: each task's tools and \
            articles, which several tasks share on purpose (the tasks' own links are compared, unless the \
            task's sentence goes on after its link, `[Google Code Jam](…) year of your choice`: the platform \
            a harder task goes back to); nor are the rows of a table with a progress column (`Status`, \
            `Done`, `完成`), a study plan's checklist. \
            People credited (`[@片刻](https://github.com/jiangzhonglian)`: a name after `@`, or a \
            GitHub or GitLab account's page) may be credited in every list of contributors, and \
            a placeholder (`[正在更新 ing](…)`, `[Coming soon](…)`) leads every entry not written \
            yet to one page: neither is compared. A label \
            link (`[点击查看答案](…)`, see `iqlint conventions`) nested in or right after the item \
            that links the same article points at that item's answer, and the links nested under \
            an entry that repeat its link or each other are that entry's parts when their text names \
            a part three entries or more have (`[Syllabus]`, `[Lectures]` under a course, leading to \
            its pages), or name a part and lead to the entry's own page (`[Discussion Notes]`, `[Home]` \
            under `[CS 168](…/cs168/fa14/)`), or number an instalment of a series the entry links the \
            first of (`[…综述三部曲](…/p/1)` over `[…综述（一）](…/p/1)`, `[…（二）](…/p/2)`). An entry copied word for word \
            under another heading (Markdown's or HTML's, `<h2>C++</h2>`), or another group label (an item without a link whose nested \
            list holds the entries, `* HTTP Client`, or a name in bold with what the group is \
            about, `+ **Observable**: An Observable is…`), is listed in both categories on purpose, \
            and a lesson's review question (under `### Knowledge check`) links the reading that \
            answers it on purpose; \
            two entries with their own names and descriptions at one address (parts of one \
            project), or two releases of one product (names differing only in their numbers) at \
            its site's front page or its account on a hosting site (`Llama 3.2` and `Llama 3.1` \
            at llama.meta.com), or two chapters of one document (`…, chapter 17` and `…, \
            chapter 18` at one PDF), or an entry again in a section gathering the file's entries (three or \
            more of its entries, and half of them, listed in the file's other sections: `## 面试题集合` \
            re-listing `计网：…` and `数据库：…`) or in a section highlighting a few (`## 置顶`, `## Featured`, \
            `## Top picks`), or one field of two entries' sheets (`- 代码：https://…` under two \
            papers whose code one repository holds; see `iqlint conventions`' `fields`), are only an `info`, and so is, in a collection that names things (an \
            awesome-list, see `iqlint conventions`; or a document of described entries with no \
            question list, a bookmark tree of `+ **[Name](…)**: what it is`), one entry under two headings or nested under \
            two entries (`Immutable.js` under `Redux` and under `Immutable User Interfaces`), described in \
            each or by one name (`k-nearest neighbor`, `KNN (K-Nearest Neighbors)`; `Support Vector \
            Machines`, `SVM (Support Vector Machine)`: in the singular or the plural, a tool or topic \
            cross-listed in two categories), and so is one entry in two files that both name \
            things (a book under its subject in one list and under its language in another, a \
            video series among courses and among screencasts; a file whose items are fewer than half \
            asking anything (a short one, or a reading list of article titles, some of them questions) \
            names things when three files or more of the collection that can tell name things, three \
            times as many as ask questions; five such entries of a file or more, views of one collection \
            such as its rankings and categories, are one info at the first, counting the others), and so is the same entry word for \
            word, or by one name (`Word Break`, `Word Break Problem`), under a heading of the same \
            name in two files (a page gathering the others, one problem recommended on two topics' \
            pages), and so is an entry again in another script under a \
            heading in that script (`[Бұл не?](…)` then `[Bul ne?](…)`: a bilingual document listing \
            each entry once per language), and so is an entry named like the section that holds \
            the other link (`* [The Daily Byte](…)` under `## Live Coding Practice`, the site's own \
            section `## The Daily Byte` above: something with a section of its own, listed again \
            in a category). The project's own contribution guide, licence or code of conduct (a \
            file of the repository, `CONTRIBUTING.md` in a menu and in `Contributions are \
            welcome!`) is no entry, and neither is an entry of a file repeated under a heading that links \
            that file (`### Great [list of over 25 books](books.md)` over its top three), nor one event on two dates of a calendar (`May  3. Team \
            Meeting` and `May 10. Team Meeting` at the meeting's room: texts opening with a date, the same \
            but for their numbers; or entries whose fields differ only in a dated line, `- 일시: 07. 03(토)` and \
            `- 일시: 07. 10(토)` under one course). Two files that gather or copy each other's entries \
            (most entries of the smaller one, three at least, are the other's, leaving out links \
            under most pages: `category/all.md` \
            holding every topic's file, a README generated from a template) are one `info` for the \
            pair, at the later file's first repeat. The `#fragment` is part of the identity (`#top` and WeChat's `#rd` aside): two \
            sections of one page are two links. The sources of a references list (under \
            `## References`, `**参考资料**` or a `Useful resources:` line, or a list after a quiz's \
            options `- [x] …` in the same section) are citations, not entries. \
            Files that translate each other \
            (`README.zh-CN.md`, `README-af.md`: any ISO 639-1 code, `translations/README-ja.md`, \
            `docs/<lang>/…`, `README.he-IL.md`, `README.korean.md`, a language's folder under `translations/` or named in \
            English (`Chinese/`) against the rest, or the \
            groups in `conventions: translations:`) are not compared with each other, nor are a \
            file of exercises and the file of their solutions (`sum.md` and `solutions/sum.md`, \
            `exercise.md` and `solution.md`: the solution restates the task), and \
            neither are two files one of which is an article (more paragraphs and code blocks, three \
            at least, than list items with a link: chapters of a book cross-reference each other; in \
            an article, a link again under another heading is a citation too, unless its address \
            names the other entry and not its own) or a docsify \
            site's navigation (`_navbar.md`, `_sidebar.md`, a GitBook's `SUMMARY.md`), nor files that all link one article when three files or more do (a footer \
            of topics under every page, a tool every article cites): a site-wide reference.

            Files are taken in path order and each file in source order; every later link to an \
            article is reported, pointing at the first. In pull-request mode the base tree's \
            other files are compared too (a file being linted replaces its own base version), \
            so a new link to an article the repository already has is reported. Same-document \
            `#fragment` links and relative links are never compared. A changelog's and a meeting's \
            minutes' links (`CHANGELOG-1.19.md`, `meeting-notes-archive/2023.md`) are records, each \
            date citing its issues and queries again: not compared.
            """,
        rationale: """
            A question bank grows by many hands; the same article added twice under two \
            titles wastes the reader's time and usually means one of the questions is a \
            duplicate too.
            """,
        defaultSeverity: .warning,
        fix: .none,
        triggeringExamples: [
            // A paper list's entry: its title, then its link tagged `[paper]`.
            RuleExample("### Node Classification\n- (*CIKM'24*) Distilling LLMs for Graph Learning [[paper](https://arxiv.org/abs/2402.12022)]\n"
                        + "- (*EMNLP'24*) Let's Ask GNN [[paper](https://arxiv.org/abs/2410.07074)]\n- (*CIKM'24*) Distilling LLMs for Graph Learning [↓[paper](https://arxiv.org/abs/2402.12022)]\n"),
            // A package registry's page names one package: the second entry copied the first's address.
            RuleExample("## Parsers\n\n* [XML](https://pub.dev/packages/xml) - Parse XML.\n* ↓[xmlstream](https://pub.dev/packages/xml) - A streaming XML parser.\n"),
            // One arXiv paper by its abstract and by its PDF.
            RuleExample("## Decoding\n\n- [Exploring Drafts in Blockwise Parallel Decoding](https://arxiv.org/abs/2404.09221) - KAIST.\n- [Medusa](https://arxiv.org/abs/2401.10774) - Princeton.\n"
                + "- ↓[Drafts in Blockwise Parallel Decoding](https://arxiv.org/pdf/2404.09221v2.pdf) - added again.\n"),
            // A numbered table of papers listing one twice: the row numbers are no results.
            RuleExample("| No. | Paper | Year |\n| --- | --- | --- |\n| 1 | [Attention Is All You Need](https://a.example/1706) | 2017 |\n| 2 | [BERT](https://a.example/1810) | 2018 |\n| 3 | ↓[Attention Is All You Need](https://a.example/1706) | 2017 |\n"),
            // Two entries given one reference label: one of them leads to the other's page.
            RuleExample("## Engines\n\n* [DarkPlaces][314] - In C.\n* [Godot][1] - A game engine.\n\n## HTML5\n\n* ↓[Processing.js][314] - In ECMAScript.\n\n[1]: https://godotengine.org/\n[314]: https://icculus.org/twilight/darkplaces/\n"),
            // Entries marked with an emoji's shortcode, one listed again.
            RuleExample("### 3 月 14 号添加\n\n* :white_check_mark: [BookletAI](https://bookletai.org/)：小册子 AI 工具\n\n### 3 月 9 号添加\n\n* :white_check_mark: ↓[BookletAI](https://bookletai.org/)：AI 生成小册子\n"),
            // A star count on every entry is no part of the name the address names.
            RuleExample("* [react-hook-form ★9346](https://github.com/react-hook-form/react-hook-form) - Forms validation.\n* [formik](https://github.com/jaredpalmer/formik) - Forms.\n* ↓[redux-hook-form](https://github.com/react-hook-form/react-hook-form) - Form validation.\n"),
            // The address names the entry above and not this one: copied from it.
            RuleExample("- [spring-boot-hello](https://a.example/tree/master/spring-boot-hello)：Hello World 示例\n- ↓[spring-boot-banner](https://a.example/tree/master/spring-boot-hello)：定制 banner 示例\n"),
            RuleExample("- [Dimension Reduction](https://a.example/dr)\n  - [Principal Component Analysis](https://b.example/pca)\n  - ↓[t-SNE](https://b.example/pca)\n"),
            RuleExample("## 学习计划\n\n- [ ] [MIT 6.006 第一讲](https://a.example/6006/1)\n- [ ] [算法导论第二章](https://a.example/clrs/2)\n- [ ] ↓[6.006 Lecture 1](https://a.example/6006/1/)\n"),
            RuleExample("1. [梯度裁剪目的、原理、示例代码](https://blog.csdn.net/ZacharyGz/article/details/135410610)\n2. ↓[梯度裁剪](https://zacharygz.blog.csdn.net/article/details/135410610?spm=1001.2014.3001.5502)\n"),
            RuleExample("1. [gpu对深度学习的作用](https://www.zhihu.com/tardis/bd/art/106669828)\n2. ↓[gpu的作用](https://zhuanlan.zhihu.com/p/106669828)\n"),
            RuleExample("1. [全参数微调的显存占用](https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247565072&idx=2&sn=1a94697ed9b5289968e6210214090be0&chksm=eaaa32e01615f923&scene=27)\n2. ↓[显存占用](https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw%3D%3D&mid=2247565072&idx=2&sn=1a94697ed9b5289968e6210214090be0)\n"),
            RuleExample("1. [模型显存占用分析](https://blog.51cto.com/welcomeweb/7213052)\n2. ↓[显存](HTTP://Blog.51cto.com:443/welcomeweb/7213052/#top)\n"),
            RuleExample("- [uv](https://a.example/uv) - An extremely fast package manager.\n- ↓[uv-build](https://a.example/uv) - The build backend of the uv project.\n"),
            // Renamed, its description copied with the address: one entry twice.
            RuleExample("- [Next & Now template](https://a.example/landing) - Serverless, Jest, SCSS boilerplate\n- [Next Right Now](https://a.example/nrn) - Production boilerplate\n- ↓[Next & Vercel template](https://a.example/landing) - Serverless, Jest, SCSS boilerplate\n"),
            RuleExample("- [函数调用篇](https://a.example/fc)\n- [开源模型篇](https://a.example/os)\n- ↓[点击查看答案](https://a.example/fc)\n"),
            RuleExample("* HTTP Client\n  * [hyper](https://a.example/hyper) - an HTTP implementation\n  * ↓[hyper](https://a.example/hyper) - an HTTP implementation\n"),
            // A paper's `代码` field at its `论文` address: a slip.
            RuleExample("**TrianFlow**\n\n- 论文：https://a.example/trianflow\n- 代码：↓https://a.example/trianflow\n"),
            // Entries written as headings.
            RuleExample("### 博文合集\n\n##### [1.1 红黑树讲解](https://a.example/NO.1.md)\n\n##### [1.2 B树详解](https://a.example/NO.2.md)\n\n"
                + "##### [1.3 无锁消息队列详解](https://a.example/NO.3.md)\n\n##### ↓[1.4 Socket 究竟是什么](https://a.example/NO.3.md)\n"),
            // Cross-listed under two headings, then repeated in the second one.
            RuleExample("## Approaches\n\n- [Chain of Density](https://a.example/2309) (2023)\n- [Paper B](https://a.example/b)\n\n"
                + "## Applications\n\n- [Chain of Density](https://a.example/2309) (2023)\n- [Paper E](https://a.example/e)\n- ↓[Chain of Density](https://a.example/2309) (2023)\n"),
            RuleExample("- ↓[残差网络](https://zhuanlan.zhihu.com/p/91385516)\n",
                        companions: ["basics.md": "1. [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n"]),
        ],
        nonTriggeringExamples: [
            // A knowledge check's question links the assignment's reading.
            RuleExample("### Assignment\n\n1. [What is an operating system?](https://a.example/os/1/)\n1. [Taking screenshots](https://a.example/screenshots/1/)\n\n### Knowledge check\n\n- [Is Windows an operating system or an application?](https://a.example/os/1/)\n- [What are some use cases of a screenshot?](https://a.example/screenshots/1/)\n"),
            // One tool listed word for word under two HTML headings.
            RuleExample("# Tools\n\n<h2>C</h2>\n\n- [cppcheck](https://cppcheck.example) — static analysis of C/C++ code.\n- [CMetrics](https://a.example/cmetrics) — size.\n\n<h2>C++</h2>\n\n- [cppcheck](https://cppcheck.example) — static analysis of C/C++ code.\n- [clazy](https://a.example/clazy) — Qt.\n"),
            // Rows named in their first cell citing one resource in a later cell.
            RuleExample("| Problem | Time | Resource |\n|---|---|---|\n| Design Figma | 2h | [Canvas API](https://developer.mozilla.org/Canvas_API) |\n| Design Miro | 2h | [Canvas API](https://developer.mozilla.org/Canvas_API) |\n"),
            // A series' entry links its first instalment, listed again among its parts.
            RuleExample("## 目标检测\n\n- [目标检测算法综述三部曲](https://a.example/p/1)\n  - [目标检测算法综述（一）](https://a.example/p/1)\n  - [目标检测算法综述（二）](https://a.example/p/2)\n  - [目标检测算法综述（三）](https://a.example/p/3)\n"),
            // A source cited inside a later cell's sentence, in two rows.
            RuleExample("| Variable | Meaning |\n| --- | --- |\n| `MASTER_OPTS` | 所有属性可以参考官方文档：[standalone](https://a.example/standalone#mode) |\n| `WORKER_PORT` | worker 端口 |\n| `WORKER_OPTS` | 所有属性可以参考官方文档：[standalone](https://a.example/standalone#mode) |\n"),
            // One reference used again by the same name is one link.
            RuleExample("## Engines\n\n* [DarkPlaces][314] - In C.\n* [Godot][1] - A game engine.\n\n## Ports\n\n* [DarkPlaces][314] - Again, ported.\n\n[1]: https://godotengine.org/\n[314]: https://icculus.org/twilight/darkplaces/\n"),
            // An entry's own address restated in its details.
            RuleExample("- 2024.08.15 综述GraphRAG方案\n  - [《Graph Retrieval-Augmented Generation: A Survey》](https://arxiv.org/abs/2408.08921)\n    <details>\n    <summary>详情</summary>\n\n    - https://arxiv.org/abs/2408.08921\n    - 系统性地回顾了 GraphRAG 的现状。\n    </details>\n- 2024.05.10 综述RAG\n  - [《A Survey on RAG Meeting LLMs》](https://arxiv.org/abs/2405.06211)\n"),
            // Daily snapshots whose blank lines were left out: Markdown makes one table of them, whose parts are compared apart.
            RuleExample("|名称|简介|\n|---|---|\n|[AFFiNE](https://github.com/toeverything/AFFiNE)|Notion and Miro.|\n|[questdb](https://github.com/questdb/questdb)|Time series.|\n|名称|简介|\n|---|---|\n|[AFFiNE](https://github.com/toeverything/AFFiNE)|Notion and Miro.|\n"),
            // One course's two sessions, each dated in its fields.
            RuleExample("## 21년 07월\n\n- __[NodeJS 4주 완성](https://a.example/codelabs/135)__\n  - 주최: 양재동코드랩\n  - 일시: 07. 03(토) 10:00 ~ 17:00\n- __[GDG 해커톤](https://a.example/events/1644)__\n  - 일시: 07. 05(월)\n- __[NodeJS 4주 완성](https://a.example/codelabs/135)__\n  - 주최: 양재동코드랩\n  - 일시: 07. 10(토) 10:00 ~ 17:00\n"),
            // One meeting on two dates, at its one room.
            RuleExample("# Upcoming Events\n\n* [May  3. Rust Community Team Meeting](https://chat.a.example/?channel=%23rust-community).\n* [May  8. Prague Rust Meetup #3](https://meetup.a.example/239129625/).\n* [May 10. Rust Community Team Meeting](https://chat.a.example/?channel=%23rust-community).\n"),
            // Two questions one section of the notes answers.
            RuleExample("* 2）[TCP为什么需要三次握手和四次挥手？](https://a.example/note/net.md#53-连接管理)\n* 3）[TCP三次握手和四次挥手的状态转换？](https://a.example/note/net.md#53-连接管理)\n"),
            // An article's examples each cite the section of the specification they rely on.
            RuleExample("# Quirks\n\n## Array equals not array\n\nAn array equals its negation.\n\n```js\n[] == ![];\n```\n\n"
                + "Both sides become numbers.\n\n- [**7.2.13** Abstract Equality Comparison](https://tc39.es/ecma262/#sec-abstract-equality-comparison)\n\n"
                + "## True is false\n\n```js\ntrue == [];\n```\n\nAgain both sides become numbers.\n\n"
                + "- [**7.2.13** Abstract equality](https://tc39.es/ecma262/#sec-abstract-equality-comparison)\n"),
            // A link inside a sentence, zero-width spaces after it, is a citation.
            RuleExample("## 系统调试\n\n- 使用[`mtr`](https://a.example/mtr/) \u{200B}\u{200B}去跟蹤路由。\n\n## 冷門但有用\n\n- [`mtr`](https://a.example/mtr/)：更好的網路偵錯工具\n"),
            // The sources under two quiz questions' options.
            RuleExample("#### Q1. Which command runs the tests?\n\n- [ ] `go test all`\n- [x] `go test ./...`\n\n1. [Testing in Go](https://pkg.go.dev/testing)\n\n"
                + "#### Q2. What does `t.Fatal` do?\n\n- [x] It stops the test.\n\n1. [testing package](https://pkg.go.dev/testing)\n"),
            // A course's part leading to its own page.
            RuleExample("- [CS 168](https://a.example/cs168/) **Introduction to the Internet**\n  - [Lecture Notes](https://a.example/cs168/class.html)\n  - [Discussion Notes](https://a.example/cs168/)\n- [CS 179](https://a.example/cs179/) **GPU Programming**\n"),
            RuleExample("- [CS 189](https://a.example/cs189/) **Machine Learning**\n\t- [Notes](https://a.example/cs189/)\n\t- [Homework](https://a.example/cs189/)\n- [CS 2004](https://a.example/cs2004/index.html) **Programming**\n\t- [Practice Exams](https://a.example/cs2004/index.html)\n"),
            // A course's parts, each leading to one of its pages.
            RuleExample("- [CS 101](https://cs.example.edu/cs101/) **Intro to Systems**\n\t- [Syllabus](https://cs.example.edu/cs101/)\n\t- [Lectures](https://cs.example.edu/cs101/)\n\t- [Assignments](https://cs.example.edu/cs101/hw.html)\n- [CS 202](https://cs.example.edu/cs202/) **Operating Systems**\n\t- [Syllabus](https://cs.example.edu/cs202/)\n\t- [Lectures](https://cs.example.edu/cs202/schedule.html)\n\t- [Assignments](https://cs.example.edu/cs202/schedule.html)\n- [CS 303](https://cs.example.edu/cs303/) **Networks**\n\t- [Syllabus](https://cs.example.edu/cs303/syllabus.html)\n\t- [Lectures](https://cs.example.edu/cs303/lectures.html)\n\t- [Assignments](https://cs.example.edu/cs303/hw.html)\n"),
            RuleExample("## 性能\n\n- [ ] **页面大小：** 压缩后不超过 500 KB。\n\n- 🛠 [WebPageTest](https://www.webpagetest.org/)\n\n- [ ] **PageSpeed：** 得分 90 以上。\n\n- 🛠 [WebPageTest](https://www.webpagetest.org/)\n"),
            // A study plan's tasks going back to one platform, in a checklist or its table.
            RuleExample("# Algorithms\n\n- [ ] [Google Code Jam](https://codingcompetitions.withgoogle.com/codejam/archive) year of your choice\n- [ ] [Google Code Jam](https://codingcompetitions.withgoogle.com/codejam/archive) year of your choice (one you have not done)\n"),
            RuleExample("| Courses | Status | Evidence |\n| :-- | :-: | :-: |\n| [Google Code Jam](https://codingcompetitions.withgoogle.com/codejam/archive) year of your choice | | |\n| **Practice** | | |\n| [Google Code Jam](https://codingcompetitions.withgoogle.com/codejam/archive) year of your choice | | |\n"),
            // The same tool nested under two tasks of a checklist.
            RuleExample("- [ ] **Minified HTML:** The HTML code is minified.\n\n  - 🛠 [HTML Compressor](https://a.example/compress)\n\n- [ ] **Minified CSS:** All CSS files are minified.\n\n  - 🛠 [Online CSS Compressor](https://a.example/compress)\n"),
            // Contributors credited in every period's list, and pages not written yet.
            RuleExample("> 第一期\n\n* [@片刻](https://github.com/jiangzhonglian)\n\n> 第二期\n\n* [@片刻](https://github.com/jiangzhonglian)\n"),
            RuleExample("* [哈希表](https://a.example/menu/hashtable/)\n  * [正在更新 ing](https://a.example/intro/updating/)\n* [图论](https://a.example/menu/graph/)\n  * [正在更新 ing](https://a.example/intro/updating/)\n"),
            RuleExample("1. [模型并行训练](https://blog.csdn.net/v_JULY_v/article/details/132462452)\n2. [llama2](https://blog.csdn.net/v_JULY_v/article/details/129709105)\n"),
            RuleExample("1. [机器学习基础](#机器学习基础)\n2. [机器学习基础](#机器学习基础)\n"),
            RuleExample("1. [全参数微调](https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247565072&idx=2&sn=1a94697ed9b5289968e6210214090be0)\n2. [constrained beam search](https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247565072&idx=3&sn=759a0fbfc878ed8844e12798701d175a)\n"),
            RuleExample("1. [集成学习](https://baijiahao.baidu.com/s?id=1799441021746509245)\n2. [训练数据](https://baijiahao.baidu.com/s?id=1805283661252037515)\n"),
            RuleExample("1. [题解](./answers/q1.md)\n2. [题解](./answers/q1.md)\n"),
            RuleExample("- [残差网络][resnet]，见 [原文][resnet]\n\n[resnet]: https://zhuanlan.zhihu.com/p/91385516\n"),
            RuleExample("- [Alpha](https://a.example/alpha) - fork of [Base](https://a.example/base).\n- [Beta](https://a.example/beta) - also based on [Base](https://a.example/base).\n"),
            RuleExample("- [Guide, part 1](https://a.example/guide#install)\n- [Guide, part 2](https://a.example/guide#usage)\n"),
            RuleExample("## [Vapor](https://vapor.example)\n\n- [Vapor](https://vapor.example) - the framework itself\n- [Docs](https://vapor.example/docs)\n"),
            RuleExample("- [Consistent hashing](https://a.example/ch)\n- Rebalancing is simpler with [consistent hashing](https://a.example/ch).\n"),
            RuleExample("## Caching\n\n- [Caches](https://a.example/cache) - part 3\n\n### Source(s) and further reading\n\n- [Scalability](https://a.example/cache)\n"),
            RuleExample("## C\n\n- [Julia](https://a.example/julia) - a fast language\n\n## Science\n\n- [Julia](https://a.example/julia) - a fast language\n"),
            RuleExample("* HTTP Client\n  * [hyper](https://a.example/hyper) - an HTTP implementation\n* HTTP Server\n  * [hyper](https://a.example/hyper) - an HTTP implementation\n"),
            RuleExample("- [函数调用篇](https://a.example/fc)\n  - 为什么需要函数调用？\n\n- [点击查看答案](https://a.example/fc)\n"),
            RuleExample("- [函数调用篇](https://a.example/fc)\n  - [点击查看答案](https://a.example/fc)\n"),
            RuleExample("- [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n",
                        companions: ["test.zh-CN.md": "- [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n"]),
            // An article's callout of what to read first, and its backlinks: the index's entries, pointed at.
            RuleExample("# 状态压缩\n\n> [!NOTE]\n> 阅读本文前，你需要先学习：\n>\n> - [动态规划框架](https://a.example/dp)\n\n正文\n\n<details>\n<summary><strong>引用本文的文章</strong></summary>\n\n - [股票买卖问题](https://a.example/stock)\n\n</details>\n",
                        companions: ["README.md": "# 目录\n\n- [动态规划框架](https://a.example/dp)\n- [股票买卖问题](https://a.example/stock)\n"]),
            RuleExample("## 快取\n\n- [Scalability](https://a.example/s)\n\n### 來源及延伸閱讀\n\n- [可擴展性](https://a.example/s)\n\n### その他の参考資料、ページ\n\n- [スケーラビリティ](https://a.example/s)\n"),
            // A section's questions, each linking the page that answers them all.
            RuleExample("## 百度\n\n#### [1. Java三大特性](https://a.example/baidu/readme.md)\n\n#### [2. Java的基本数据类型](https://a.example/baidu/readme.md)\n\n#### [3. SpringBoot最重要的注解](https://a.example/baidu/readme.md)\n"),
            // A table of results: two models of one paper, each scored and citing it.
            RuleExample("| Model | Test perplexity | Paper |\n| --- | :---: | --- |\n| Mogrifier LSTM + dynamic eval | 44.8 | [Mogrifier LSTM](https://a.example/1909.01792) |\n| AWD-LSTM-DOC | 52.38 | [Direct Output Connection](https://a.example/1808.10143) |\n| Mogrifier LSTM | 50.1 | [Mogrifier LSTM](https://a.example/1909.01792) |\n"),
        ],
        emittedSeverities: [.warning, .info]
    )

    public init(options: RuleOptions) {}

    public func check(files: [MarkdownFile], reference: [MarkdownFile]) -> [FileViolation] {
        check(files: files, reference: reference, comparing: nil)
    }

    /// The findings among the links `selection` admits (every link when nil): a finding's two
    /// links have one identity, so leaving out links of other identities changes no finding
    /// of the identities kept.
    func check(files: [MarkdownFile], reference: [MarkdownFile], comparing selection: LinkSelection?) -> [FileViolation] {
        let linted = Set(files.map(\.path))
        let others = reference.sorted(by: { $0.path < $1.path }).filter { !linted.contains($0.path) }
        let all = others + files.sorted(by: { $0.path < $1.path })
        // Positions (file, link) rather than copies of both: copying them dominated on large banks.
        // The first link to each article per file: a translation's copy must not hide a repeat
        // in another file.
        var first: [EntryKey: Occurrences] = [:]
        first.reserveCapacity(all.reduce(0) { $0 + $1.document.links.count })
        let groups = all.first?.derived.overrides.stringGroups("translations") ?? []
        func record(_ identity: EntryKey, _ fileIndex: Int, _ linkIndex: Int) {
            if let index = first.index(forKey: identity) {
                if !first.values[index].contains(file: fileIndex) { first.values[index].later.append((fileIndex, linkIndex)) }
            } else {
                first[identity] = Occurrences((fileIndex, linkIndex))
            }
        }
        let linksOfFile = Parallel.map(Array(all.indices)) { webLinks(in: all[$0], comparing: selection) }
        // An article linked from three files or more is a site-wide reference (the same footer
        // of topics under every page, a tool every article cites): not one entry added twice.
        let sharedAcrossFiles = Self.sharedAcrossFiles(linksOfFile)
        for fileIndex in others.indices {
            for (identity, linkIndex) in linksOfFile[fileIndex] { record(identity, fileIndex, linkIndex) }
        }
        var violations: [FileViolation] = []
        // The cross-listings of each file in the collection's other files (violation indexes): summed up below.
        var crossListings: [String: [Int]] = [:]
        // Files that gather or copy each other's entries, by pair of file indexes (the later
        // first): worked out when a repeat across two files is found, from every entry of both.
        var copiedFiles = CopiedFiles(selection == nil ? (linksOfFile, sharedAcrossFiles) : nil)
        // Whether the collection names things, asked when an entry repeats across two files.
        lazy var naming = CollectionNaming(all)
        // Worked out only for files with an entry copied word for word within one section.
        var groupLabelRanges: [Int: [SourceRange]] = [:]
        // `<h2>C</h2>` … `<h2>C++</h2>`: headings written in HTML, which GitHub shows as headings too.
        var htmlHeadingOffsets: [Int: [Int]] = [:]
        func category(of offset: Int, inFile fileIndex: Int) -> Category {
            let ranges = groupLabelRanges[fileIndex] ?? Self.groupLabelRanges(in: all[fileIndex].document)
            groupLabelRanges[fileIndex] = ranges
            let htmlHeadings = htmlHeadingOffsets[fileIndex] ?? HeadingIncrementRule.htmlHeadings(in: all[fileIndex].document.blocks)
                .filter { $0.level != HeadingIncrementRule.summaryLevel }.map(\.offset)
            htmlHeadingOffsets[fileIndex] = htmlHeadings
            let heading = all[fileIndex].document.heading(before: offset)?.range.start ?? -1
            return Category(groupLabel: Self.groupLabel(around: offset, in: ranges),
                            htmlHeading: htmlHeadings.last { $0 < offset && $0 > heading })
        }
        // The sections of each file that gather entries listed in its other sections; worked
        // out for a file when one of its repeats is first judged, from all its entries (in
        // pull-request mode too, so both modes judge alike).
        var gatheringSections: [Int: Set<Int>] = [:]
        func gathers(_ offset: Int, inFile fileIndex: Int) -> Bool {
            let sections = gatheringSections[fileIndex] ?? Self.gatheringSections(
                selection == nil ? linksOfFile[fileIndex] : webLinks(in: all[fileIndex], comparing: nil), in: all[fileIndex].document)
            gatheringSections[fileIndex] = sections
            return sections.contains(all[fileIndex].document.heading(before: offset)?.index ?? -1)
        }
        // The bare names each address of a file is linked under, and how many addresses have two
        // such names or more; worked out for a file when one of its repeats is judged (from all
        // its entries, in pull-request mode too).
        var sharedNames: [Int: (names: [EntryKey: Set<String>], shared: Int)] = [:]
        func namesIndex(_ fileIndex: Int) -> (names: [EntryKey: Set<String>], shared: Int) {
            if let known = sharedNames[fileIndex] { return known }
            let file = all[fileIndex]
            // Only bare names count (`elif`, `eclipse-java`: one word each); titles (`Python GIL,
            // Fluent Python, chapter 17`) name what they cite.
            var names: [EntryKey: Set<String>] = [:]
            for (identity, linkIndex) in selection == nil ? linksOfFile[fileIndex] : webLinks(in: file, comparing: nil) {
                names[identity, default: []].insert(file.document.links[linkIndex].text.trimmedWhitespace.lowercased())
            }
            names = names.filter { $0.value.allSatisfy { name in !name.isEmpty && !name.contains(where: \.isWhitespace) } }
            let found = (names, names.values.count { $0.count >= 2 })
            sharedNames[fileIndex] = found
            return found
        }
        for fileIndex in others.count..<all.count {
            let file = all[fileIndex]
            for (identity, linkIndex) in linksOfFile[fileIndex] {
                let earlierOccurrences = first[identity]
                record(identity, fileIndex, linkIndex)
                let isShared = sharedAcrossFiles.contains(identity)
                // An earlier copy in this file is the repeat to report (`courses.md:22` against
                // `courses.md:14`, not against `books.md:13`, which may be a cross-listing).
                guard var earlierIndex = earlierOccurrences?.position(inFile: fileIndex) ?? earlierOccurrences?.first(where: { occurrence in
                    occurrence.file == fileIndex || !isShared && !TranslationFiles.areTranslations(all[occurrence.file].path, file.path, groups: groups)
                        && !SolutionFiles.areExerciseAndSolution(all[occurrence.file].path, file.path)
                        && !ArticlePages.crossReference(all[occurrence.file], file)
                }) else { continue }
                let link = file.document.links[linkIndex]
                let earlierFile = all[earlierIndex.file]
                var earlier = earlierFile.document.links[earlierIndex.link]
                // Two uses of one reference definition by one name are one link. (`[DarkPlaces][314]`
                // and `[Processing.js][314]`: two entries given one label, one of them by a slip.)
                if link.kind == .reference, earlier.kind == .reference, earlierFile.path == file.path,
                   earlier.destination == link.destination, Self.areOneName(earlier.text, link.text) { continue }
                // The same entry, word for word, under another heading or group label (`* HTTP
                // Client` over its entries): listed in both categories on purpose. Unless a copy
                // stands in this link's own section too: that one is repeated there.
                if earlierFile.path == file.path, Self.entryText(of: link, in: file.source) == Self.entryText(of: earlier, in: file.source),
                   file.document.heading(before: link.range.start)?.index != file.document.heading(before: earlier.range.start)?.index
                    || category(of: link.range.start, inFile: fileIndex) != category(of: earlier.range.start, inFile: fileIndex) {
                    let section = file.document.heading(before: link.range.start)?.index
                    guard let repeated = linksOfFile[fileIndex].first(where: { candidate, index in
                        candidate == identity && index > earlierIndex.link && index < linkIndex
                            && file.document.heading(before: file.document.links[index].range.start)?.index == section
                            && category(of: file.document.links[index].range.start, inFile: fileIndex) == category(of: link.range.start, inFile: fileIndex)
                    }) else { continue }
                    earlierIndex = (fileIndex, repeated.1)
                    earlier = file.document.links[repeated.1]
                }
                // `### Knowledge check` / `- [Is Windows an operating system…?](…/operating-systems/1/)`:
                // a lesson's review question links the reading of the assignment that answers it.
                if earlierFile.path == file.path,
                   ReferringSections.isInReview(link.range.start, of: file) != ReferringSections.isInReview(earlier.range.start, of: file) { continue }
                let line = earlierFile.source.reportedLine(containing: earlier.range.start)
                let place = earlierFile.path == file.path ? "line \(line)" : "\(earlierFile.path):\(line)"
                var help: [String] = []
                // `category/all.md` gathering every topic's file, a README generated from a
                // template: most entries of one file are the other's, on purpose. The pair is
                // reported once, as `info`, at its first repeat.
                let pair = FilePair(later: fileIndex, earlier: earlierIndex.file)
                let copy = earlierFile.path == file.path ? nil : copiedFiles.overlap(pair, entries: {
                    Parallel.map(all) { webLinks(in: $0, comparing: nil) }
                })
                if let copy {
                    // At the later file's first entry the other has, whatever links were selected,
                    // so that pull-request mode reports what a full run does.
                    guard linkIndex == copy.firstRepeat else { continue }
                    help.append("\(copy.shared) of the \(copy.smallerCount) entries of \(all[copy.smaller].path) are also in "
                                + "\(all[copy.smaller == fileIndex ? earlierIndex.file : fileIndex].path): one file gathers or copies the other "
                                + "(an index of every topic, a page generated from a template); reported once for the two files")
                }
                if earlier.destination != link.destination {
                    help.append("both URLs name the same article once normalised (\(identity.identity))")
                }
                // Two entries with their own names and descriptions at one address are usually
                // parts of one project (`uv` and `uv-build`): worth a look, not a warning.
                // `Docker Compose` and `docker-compose`: one name, written twice, is one entry.
                // `[TSLint](…/vscode-eslint)` under `[ESlint](…/vscode-eslint)`: the address names the
                // other entry and not this one, copied from it; a slip whatever the entries say.
                // (`Sedgewick - Суфиксни масиви` under `6. Suffix Arrays`: the name in another script
                // is a translation, not another entry.)
                let copiesTheOthersAddress = earlierFile.path == file.path && Self.addressNamesOnlyTheFirst(link.destination, first: earlier.text, second: link.text)
                    && !Self.areInTwoScripts(link.text, earlier.text)
                // An article (paragraphs and code, a list of links here and there: `wtfjs`'s examples
                // each citing the spec sections they rely on) cites one source again under another
                // heading; only an address that names the other entry is a slip there.
                if !copiesTheOthersAddress, earlierFile.path == file.path, ArticlePages.of(file).isArticle,
                   file.document.heading(before: link.range.start)?.index != file.document.heading(before: earlier.range.start)?.index { continue }
                // `[TCP为什么需要三次握手和四次挥手？](…/net.md#53-连接管理)` and `[TCP三次握手和四次挥手的
                // 状态转换？](…/net.md#53-连接管理)`: two questions one section of the notes answers.
                if !copiesTheOthersAddress, earlierFile.path == file.path, Self.answerTwoQuestions(link, earlier) { continue }
                // `[Don't judge your thoughts, don't associate yourself with them](…/epiphany/)` and
                // `[Enjoy life without suffering. …](…/epiphany/)`: two takeaways, each a sentence
                // of its own, cited to one source.
                if !copiesTheOthersAddress, earlierFile.path == file.path, Self.quoteOneSource(link.text, earlier.text) { continue }
                if earlierFile.path == file.path, identity.table == nil,
                   Self.leadsToTheSectionsAnswerPage(link, identity: identity.identity, in: file.document) { continue }
                // `May  3. Rust Community Team Meeting at #rust-community` and `May 10. …`: one
                // meeting on two dates of an events calendar, at its one room.
                if Self.areDatesOfOneEvent(link.text, earlier.text) { continue }
                // `- [NodeJS 4주 완성](…)` / `  - 일시: 07. 03(토)`, and again a week on: one course's sessions.
                if earlierFile.path == file.path, Self.areSessionsOfOneEvent(link, earlier, in: file) { continue }
                // `### Great [list of over 25 books](books.md)` over `Top 3 must read books are:`:
                // a section that links the other file shows a few of its entries on purpose.
                if earlierFile.path != file.path, Self.sectionLinks(file.path, around: earlier.range.start, in: earlierFile)
                    || Self.sectionLinks(earlierFile.path, around: link.range.start, in: file) { continue }
                if copiesTheOthersAddress {
                    help.append("the address names '\(HeadingText.normalized(earlier.text))', the entry at \(place), and not '\(HeadingText.normalized(link.text))': copied from that entry?")
                }
                // (A description copied word for word with the address, under a name sharing most
                // of its words, is one entry renamed: `Next & Now template` / `Next & Vercel template`.)
                let isRenamedCopy = Self.restOfLine(after: link, in: file.source).trimmedWhitespace == Self.restOfLine(after: earlier, in: earlierFile.source).trimmedWhitespace
                    && Self.shareMostWords(link.text, earlier.text)
                let isAnotherPartOfOneProject = !copiesTheOthersAddress && earlierFile.path == file.path && !Self.areOneName(earlier.text, link.text)
                    && !Self.areOneNameInflected(earlier.text, link.text)
                    && (Self.hasDescription(link, in: file.source) && Self.hasDescription(earlier, in: earlierFile.source) && !isRenamedCopy
                        // `Llama 3.2` and `Llama 3.1` at llama.meta.com: two releases of one product,
                        // whose front page (or account on a hosting site) serves both.
                        || Self.isLandingPage(link.destination) && Self.areReleasesOfOneProduct(link.text, earlier.text)
                        // `ParsBERT DigiMag` and `ParsBERT Persian News` at github.com/hooshvare/parsbert:
                        // two models the project's repository publishes.
                        || Self.areVariantsInOneRepository(link.text, earlier.text, at: link.destination))
                if isAnotherPartOfOneProject {
                    help.append("the two entries have names and descriptions of their own: often two parts or releases of one project at one address")
                }
                // A list that names things (an awesome-list) lists one tool or topic in two
                // categories, with a description fitting each or by one name (`k-nearest
                // neighbor` under Supervised Learning, `KNN (K-Nearest Neighbors)` under Data
                // Mining): a cross-listing, worth a look, not a warning. Two names for one address
                // (`Design Instagram` at the page of `Design Autocomplete`) are a copy-paste slip,
                // and so is a question bank linking one article from two sections.
                // Under one heading, nested under two entries (`Immutable.js` under `Redux` and
                // under `Immutable User Interfaces`): filed under both, as under two headings.
                // So does a document of described entries and no question list at all (a bookmark
                // tree, `+ **[Immutable.js](…)**: Immutable persistent data…` under two entries).
                let conventions = CollectionConventions.of(file)
                let listsNames = conventions.itemKind == .names
                    || !conventions.roles.values.contains(.questions) && Self.hasDescription(link, in: file.source) && Self.hasDescription(earlier, in: earlierFile.source)
                let isCrossListing = !copiesTheOthersAddress && earlierFile.path == file.path && listsNames
                    && (Self.hasDescription(link, in: file.source) && Self.hasDescription(earlier, in: earlierFile.source)
                        || Self.nameOneThing(link.text, earlier.text))
                    && (file.document.heading(before: link.range.start)?.index != file.document.heading(before: earlier.range.start)?.index
                        || Self.areUnderTwoParents(link, earlier, in: file))
                // The same entry word for word under a heading of the same name in another file:
                // a page that gathers the others (`设计模式.md` repeating each pattern's `JDK`
                // list) or one problem recommended on two topics' pages, on purpose either way.
                let copiedHeading = earlierFile.path == file.path ? nil : Self.sharedHeading(of: link, in: file, and: earlier, in: earlierFile)
                if let copiedHeading {
                    let how = Self.entryText(of: link, in: file.source) == Self.entryText(of: earlier, in: earlierFile.source) ? "word for word" : "by one name"
                    help.append("the entry is repeated \(how) under '\(copiedHeading)' in both files: a page gathering the others, or a cross-listing")
                }
                // Two files that both name things (a book under its subject in one and under its
                // language in another; one video series among courses and among screencasts):
                // each list has its own reason to hold the entry. Two files of a question bank
                // linking one article from their questions stay a warning.
                // A file whose items mostly ask nothing (five papers, one titled as a question; a
                // reading list whose article titles are often questions) is read by the collection's
                // files that can tell.
                let isListedInTwoFiles = earlierFile.path != file.path && copy == nil && copiedHeading == nil
                    && (listsNames || naming.isReadByTheCollection(conventions)) && naming.listsNames(earlierFile)
                if isListedInTwoFiles {
                    let readByTheCollection = naming.isReadByTheCollection(conventions)
                        || naming.isReadByTheCollection(CollectionConventions.of(earlierFile))
                    help.append("both files list names (see `iqlint conventions`), not questions: the entry is cross-listed in two of the collection's lists"
                                + (readByTheCollection ? "; a file whose items mostly ask nothing is read by the others (\(naming.summary))" : ""))
                }
                // `[Бұл не?](…)` and `[Bul ne?](…)` under headings in two scripts too: the entry
                // again in the other language of a bilingual document, which lists each entry
                // once per language. Worth a look, not a warning. Under headings in one script (a
                // Chinese bank's `[RAG 是什么]` and `[What is RAG]`) it is listed twice.
                let isInAnotherScript = earlierFile.path == file.path && Self.areInTwoScripts(link.text, earlier.text)
                    && Self.areInTwoScripts(file.document.heading(before: link.range.start)?.text ?? "",
                                            file.document.heading(before: earlier.range.start)?.text ?? "")
                if isInAnotherScript {
                    help.append("the two entries are written in two scripts: a bilingual document lists each entry once per language")
                }
                // `* [手把手带你实现单/双链表](…/menu/linked-list/)` over its articles in one chapter and
                // `* [手把手刷链表算法](…/menu/linked-list/)` over others in the next: a category page
                // that gathers the entries of two groups, each named for its own.
                let isCategoryOfTwoGroups = earlier.text != link.text && Self.headsAGroup(link, in: file) && Self.headsAGroup(earlier, in: earlierFile)
                if isCategoryOfTwoGroups {
                    help.append("both entries head a group of entries: a category page reached from two groups")
                }
                // `[Python GIL, Fluent Python, chapter 17](…pdf)` and `[Python concurrency, Fluent
                // Python, chapter 18](…pdf)`: two chapters of one document, each cited for its topic.
                let citesTwoChapters = Self.chapterNumber(in: link.text).map { first in
                    Self.chapterNumber(in: earlier.text).map { $0 != first } ?? false
                } ?? false
                if citesTwoChapters {
                    help.append("the two entries cite two chapters of one document, each for its own topic")
                }
                // `* [The Daily Byte](…)` under `## Live Coding Practice`, where the section `## The
                // Daily Byte` holds the other link: something with a section of its own, listed
                // again in a category.
                let ownSection = earlierFile.path == file.path ? Self.ownSection(of: link, earlier: earlier, in: file) : nil
                if let ownSection {
                    help.append("the entry is named like the section '\(ownSection)' that holds the other link: something with a section of its own, listed again in a category")
                }
                // `- 代码：https://github.com/aim-uofa/AdelaiDet` under two papers: one field of two
                // entries' sheets, the repository that holds both (a paper's `论文` and `代码` at
                // one address stay a slip).
                let sharedField = earlierFile.path == file.path ? Self.sharedField(of: link, and: earlier, in: file) : nil
                if let sharedField {
                    help.append("the field '\(sharedField)' of two entries: one repository or site may serve both")
                }
                // `| 4/28/22 | [视频理解论文串讲](…)（下） |` under `| 4/14/22 | [视频理解论文串讲](…)（上） |`:
                // two rows of one table, each its own record (a session, a command) of one source.
                // (A label the file links many pages with, `[github](…)`, names nothing: two rows
                // under two names at one address list it twice.)
                let rows = identity.table == nil ? nil
                    : (TableRows.cells(of: file.source.lineText(file.source.line(containing: link.range.start))),
                       TableRows.cells(of: earlierFile.source.lineText(earlierFile.source.line(containing: earlier.range.start))))
                // `| Mogrifier LSTM + dynamic eval | 44.9 | … | [Mogrifier LSTM](…) |` over `| Mogrifier
                // LSTM | 51.4 | … |`: a table of results, two scores of one paper's models.
                // (Two names, or ratings, at one address stay: a row copied from another.)
                if let rows, link.text == earlier.text, Self.scoreTwoResults(rows.0, rows.1) { continue }
                // `## 面试题集合` re-listing, `计网：…`, `数据库：…`, the articles of the sections above:
                // a section most of whose entries the file lists elsewhere gathers them on purpose.
                let isGathered = earlierFile.path == file.path
                    && file.document.heading(before: link.range.start)?.index != file.document.heading(before: earlier.range.start)?.index
                    && gathers(link.range.start, inFile: fileIndex)
                if isGathered {
                    help.append("most entries of this section are listed in other sections of the file: a section gathering them (a digest, an index) lists them again on purpose")
                }
                // `## 置顶` / `- [WePY：组件化的小程序开发框架](…)` over the same entry in its category:
                // a section highlighting a few entries lists them again on purpose.
                let isHighlighted = !isGathered && earlierFile.path == file.path
                    && [link.range.start, earlier.range.start].contains { offset in
                        file.document.heading(before: offset).map { Self.namesHighlights($0.text) } ?? false
                    }
                    && file.document.heading(before: link.range.start)?.index != file.document.heading(before: earlier.range.start)?.index
                if isHighlighted {
                    help.append("one of the two is in a section highlighting entries (pinned, featured) that lists them again on purpose")
                }
                let recordsOneSource = link.text == earlier.text && rows.map { $0.0 != $0.1 } == true
                    && !LinkLabels.of(file).isLabel(link.text) && !TableLabels.of(file).texts.contains(link.text)
                if recordsOneSource {
                    help.append("two rows of one table name one source alike and differ otherwise: two records of it (two sessions, two uses)")
                }
                // `[if]`, `[elif]`, `[endif]` at one page on conditionals, `[eclipse-java]` and
                // `[eclipse-jee]` at eclipse.org: an index of bare names, one page for several of
                // them, by habit (three names for one page, or two pages named twice or more).
                let isIndexOfNames = earlierFile.path == file.path && link.text != earlier.text
                    && !Self.hasDescription(link, in: file.source) && !Self.hasDescription(earlier, in: file.source)
                    && { let index = namesIndex(fileIndex); return (index.names[identity]?.count ?? 0) >= 3 || index.shared >= 2 }()
                if isIndexOfNames {
                    help.append("an index of names: several of its entries lead to one page that covers them all")
                }
                // `- [ETag](https://developer.mozilla.org/…/ETag) -> …` in two notes pages that hold no
                // list of entries (sentences citing their sources): each cites the page it relies on.
                let citesInNotes = earlierFile.path != file.path && copy == nil
                    && (!conventions.roles.values.contains(.questions) || !CollectionConventions.of(earlierFile).roles.values.contains(.questions))
                if citesInNotes {
                    help.append("one of the two files holds no list of entries (see `iqlint conventions`): its link cites a source in its text")
                }
                // `* [Feb 22. Rust Community Team Meeting …](…)` and `* [Mar  8. Rust Community Team
                // Meeting …](…)`: an events calendar's entries on two dates, a weekly meeting's
                // channel or a conference's site for each.
                let onTwoDates = earlierFile.path == file.path && {
                    let dates = [link, earlier].map { EntryDates.date(in: file.source.lineText(file.source.line(containing: $0.range.start))) }
                    return dates[0] != nil && dates[1] != nil && dates[0] != dates[1]
                }()
                if onTwoDates {
                    help.append("the two entries are on two dates (an event, a meeting, a session): one address serves both")
                }
                if isListedInTwoFiles, !copiesTheOthersAddress { crossListings[file.path, default: []].append(violations.count) }
                violations.append(FileViolation(path: file.path, violation: Violation(
                    range: link.range, message: "duplicate link: same article as \(place)",
                    severity: copiesTheOthersAddress ? nil : isAnotherPartOfOneProject || isCrossListing || isListedInTwoFiles || copiedHeading != nil || copy != nil
                        || isInAnotherScript || isCategoryOfTwoGroups || ownSection != nil || citesTwoChapters || sharedField != nil
                        || recordsOneSource || isGathered || isHighlighted || isIndexOfNames || onTwoDates || citesInNotes ? .info : nil,
                    related: [RelatedLocation(file: earlierFile, range: earlier.range, message: "first linked here")],
                    help: help)))
            }
        }
        return Self.summingUpCrossListings(violations, crossListings)
    }

    /// From this many entries of one file cross-listed in another, the first stands for all.
    static let crossListingsSummed = 5

    /// `TOP100PAID.md`, `TOP100UPVOTED.md` and `TOPXSS.md`, views of one collection built from one
    /// data file, list the same reports on purpose: thousands of infos, one per entry, would bury
    /// the collection's findings. Each file's cross-listings in the other files, five or more,
    /// are one info at the first, which counts the others.
    static func summingUpCrossListings(_ violations: [FileViolation], _ crossListings: [String: [Int]]) -> [FileViolation] {
        let groups = crossListings.values.filter { $0.count >= crossListingsSummed }
        guard !groups.isEmpty else { return violations }
        var kept = violations
        var dropped = Set<Int>()
        for group in groups {
            let first = group[0]
            var violation = violations[first].violation
            violation.message += ", and \(group.count - 1) more of this file's entries are listed in other files of the collection too"
            violation.help.append("\(group.count) entries of this file are cross-listed: views of one collection (a ranking, a category) list its entries again on purpose")
            kept[first] = FileViolation(path: violations[first].path, violation: violation)
            dropped.formUnion(group.dropFirst())
        }
        return kept.indices.filter { !dropped.contains($0) }.map { kept[$0] }
    }

    /// The sections (by heading index, -1 before the first heading) three or more of whose
    /// entries, and half of them at least, repeat an entry of another section of the file
    /// listed before them: digests and indexes gathering the file's entries.
    /// `置顶`, `Featured`, `Top Picks`: a heading naming a section that highlights entries the
    /// file lists in their categories too (the heading is that name, an emoji aside).
    static func namesHighlights(_ headingText: String) -> Bool {
        let bare = HeadingText.normalized(headingText).lowercased().trimmed { !($0.isLetter || $0.isNumber) }
        return highlightNames.contains(bare)
    }

    private static let highlightNames: Set<String> = ["置顶", "推荐", "精选", "强烈推荐", "编辑推荐", "热门推荐", "featured", "highlights",
                                                      "top picks", "pinned", "editor's picks", "editors' picks", "staff picks", "recommended",
                                                      "must read", "must-read", "essentials", "start here"]

    static func gatheringSections(_ entries: [(EntryKey, Int)], in document: Document) -> Set<Int> {
        var firstSection: [EntryKey: Int] = [:], counts: [Int: (entries: Int, repeats: Int)] = [:]
        for (identity, linkIndex) in entries {
            let section = document.heading(before: document.links[linkIndex].range.start)?.index ?? -1
            counts[section, default: (0, 0)].entries += 1
            if let earlier = firstSection[identity] {
                if earlier != section { counts[section, default: (0, 0)].repeats += 1 }
            } else {
                firstSection[identity] = section
            }
        }
        return Set(counts.filter { $0.value.repeats >= 3 && $0.value.repeats * 2 >= $0.value.entries }.keys)
    }

    /// Whether two rows of a table hold different scores in one column (`44.9`, `51.4`;
    /// `**92.1**`, `88.5%`): two results, such as those of two models of one paper, each
    /// citing it. Only numbers with decimals below 1000 count: whole numbers number the rows
    /// (`| 1 |`, `| 15 |`) or date them (`20230225`), and `2023.05` is a month, all of which a
    /// row listed twice may differ in.
    static func scoreTwoResults(_ first: [String], _ second: [String]) -> Bool {
        func score(_ cell: String) -> Double? {
            var text = Substring(cell)
            while text.hasPrefix("*") || text.hasPrefix("_") { text = text.dropFirst() }
            while text.hasSuffix("*") || text.hasSuffix("_") || text.hasSuffix("%") { text = text.dropLast() }
            guard let point = text.firstIndex(of: "."), (1...3).contains(text.distance(from: text.startIndex, to: point)),
                  text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
            return Double(text)
        }
        return zip(first, second).contains { pair in
            guard let x = score(pair.0), let y = score(pair.1) else { return false }
            return x != y
        }
    }

    /// Whether the two links are different questions leading to one section of a page
    /// (`#53-连接管理`): its answer to both, on purpose.
    static func answerTwoQuestions(_ link: Link, _ earlier: Link) -> Bool {
        guard HeadingText.normalized(link.text) != HeadingText.normalized(earlier.text),
              let fragment = ParsedURL(link.destination).fragmentRange, fragment.count > 1 else { return false }
        let fragmentText = link.destination.utf8.dropFirst(fragment.lowerBound).prefix(fragment.count)
        guard !["top", "readme"].contains(String(decoding: fragmentText, as: UTF8.self).lowercased().trimmingPrefix("#")) else { return false }
        return QuestionOutline.isQuestionLike(link.text) && QuestionOutline.isQuestionLike(earlier.text)
    }

    /// The name of the field both links are the value of, in two field sheets (two entries'
    /// `代码：` lines, see `FieldSheets`); nil when they are not.
    static func sharedField(of link: Link, and earlier: Link, in file: MarkdownFile) -> String? {
        func field(_ link: Link) -> (list: Int, name: String)? {
            for list in file.document.lists where list.range.contains(link.range.start) {
                guard let item = list.items.first(where: { $0.paragraphs.first?.range.contains(link.range.start) == true }) else { continue }
                guard CollectionConventions.of(file).role(of: list) == .fields,
                      let (name, _) = FieldSheets.nameAndValue(of: item.paragraphs[0].text, longestName: FieldSheets.maximumNameLength) else { return nil }
                return (list.index, name)
            }
            return nil
        }
        guard let first = field(link), let second = field(earlier), first.list != second.list,
              first.name.lowercased() == second.name.lowercased() else { return nil }
        return first.name
    }

    /// The chapter (or part, section, page) a link text names (`Fluent Python, chapter 17`,
    /// `ch. 3`, `第 5 章`), as written; nil when it names none.
    static func chapterNumber(in text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        for (index, word) in words.enumerated() where index + 1 < words.count && chapterWords.contains(word) {
            if words[index + 1].allSatisfy(\.isNumber) { return word + " " + words[index + 1] }
        }
        // `第5章`, `第 5 章`: the number between 第 and 章 (or 节, 部分).
        if let start = text.firstIndex(of: "第"), let end = text[text.index(after: start)...].firstIndex(where: { "章节篇".contains($0) }) {
            let number = String(text[text.index(after: start)..<end]).trimmed { $0 == " " }
            if !number.isEmpty, number.count <= 4 { return "第" + number + String(text[end]) }
        }
        return nil
    }

    static let chapterWords: Set<String> = ["chapter", "ch", "chap", "part", "section", "sec", "page", "p", "pp", "lecture", "episode", "ep"]

    /// `[Contributing](…/CONTRIBUTING.md)` in a menu, `[Contributions](…/CONTRIBUTING.md) are
    /// welcome!` further down: the project's own contribution guide, licence or code of
    /// conduct, which a page points at wherever it fits, not an entry of the collection.
    /// A file of a repository: linked by a relative path or on a code host (a site's own
    /// `license.html` is a page like any other). The file's name is read on the bytes first:
    /// asked of every entry's link.
    static func isProjectPolicy(_ link: Link) -> Bool {
        var destination = link.destination
        let namesAPolicy = destination.withUTF8 { bytes -> Bool in
            let end = bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? bytes.count
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            let name = bytes[start..<end]
            return policyNames.contains { policy in
                name.count >= policy.count && zip(name, policy).allSatisfy { ($0 | 0x20) == $1 || $0 == $1 }
                    && (name.count == policy.count || name[name.startIndex + policy.count] == UInt8(ascii: "."))
            }
        }
        guard namesAPolicy else { return false }
        let lowercased = destination.lowercased()
        if lowercased.contains("://") || lowercased.hasPrefix("//") {
            return codeHosts.contains { lowercased.contains("://\($0)/") || lowercased.contains("://www.\($0)/") }
        }
        return true
    }

    /// The names (lowercase) of a project's own policies, as the file names start.
    private static let policyNames = ["contributing", "license", "licence", "code_of_conduct", "code-of-conduct"].map { Array($0.utf8) }
    static let codeHosts = ["github.com", "gitlab.com", "gitee.com", "bitbucket.org", "codeberg.org"]

    /// The heading of the section holding one of the two links when the other link is named
    /// like it (`[The Daily Byte]` elsewhere, a link under `## The Daily Byte`); nil otherwise.
    static func ownSection(of link: Link, earlier: Link, in file: MarkdownFile) -> String? {
        let document = file.document
        for (named, other) in [(link, earlier), (earlier, link)] {
            guard let heading = document.heading(before: other.range.start),
                  heading.index != document.heading(before: named.range.start)?.index else { continue }
            let title = HeadingText.normalized(heading.text)
            if !title.isEmpty, HeadingText.normalized(named.text) == title { return heading.text.trimmedWhitespace }
        }
        return nil
    }

    /// Whether the link's item holds a nested list of entries: it heads a group.
    static func headsAGroup(_ link: Link, in file: MarkdownFile) -> Bool {
        guard let item = OutlinePlaces.of(file).innermost(at: link.range.start)?.item else { return false }
        return item.nestedLists.contains { list in list.items.contains { ListItemSupport.firstOutwardLink(of: $0) != nil } }
    }

    /// Whether one text has letters of a script other than Latin (Cyrillic, Greek, Han, …) and
    /// the other has letters, all Latin: an entry and its translation.
    static func areInTwoScripts(_ a: String, _ b: String) -> Bool {
        func letters(_ text: String) -> (any: Bool, other: Bool) {
            var any = false
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                any = true
                // Latin, with its extensions (Vietnamese included), ends before Greek at U+0370.
                if scalar.value >= 0x0370, !(0x1E00...0x1EFF).contains(scalar.value) { return (true, true) }
            }
            return (any, false)
        }
        let (first, second) = (letters(a), letters(b))
        return first.any && second.any && first.other != second.other
    }

    /// Two files of a comparison, by index, the later one first.
    struct FilePair: Hashable {
        let later: Int
        let earlier: Int
    }

    /// Identities linked from three files or more (of three or more), from each file's entries.
    static func sharedAcrossFiles(_ linksOfFile: [[(EntryKey, Int)]]) -> Set<EntryKey> {
        linkedFrom(atLeast: 3, of: linksOfFile)
    }

    /// Identities linked from most files with entries (three at least, and half of them): a
    /// site's header or footer. An index gathering topic files shares each topic's links with
    /// a few files only (the topic's page, the index, a history page).
    static func siteWide(_ linksOfFile: [[(EntryKey, Int)]]) -> Set<EntryKey> {
        let withEntries = linksOfFile.count { !$0.isEmpty }
        return linkedFrom(atLeast: max(3, (withEntries + 1) / 2), of: linksOfFile)
    }

    private static func linkedFrom(atLeast least: Int, of linksOfFile: [[(EntryKey, Int)]]) -> Set<EntryKey> {
        guard linksOfFile.count >= 3 else { return [] }
        var files: [EntryKey: Int] = [:]
        for links in linksOfFile {
            for identity in Set(links.map(\.0)) { files[identity, default: 0] += 1 }
        }
        return Set(files.filter { $0.value >= least }.keys)
    }

    /// Whether two files share most entries of the smaller one (three at least), leaving out
    /// the site-wide ones (`siteWide`): one gathers or copies the other. Entries linked from
    /// three files or more (`sharedAcrossFiles`, never compared) count: `category/all.md` and
    /// `history.md` both gathering `js.md` still gather it. Every file's entries are worked out
    /// once, when first needed.
    struct CopiedFiles {
        static let minimumShared = 3
        typealias Overlap = (shared: Int, smaller: Int, smallerCount: Int, firstRepeat: Int)

        private var entries: (ordered: [[(EntryKey, Int)]], shared: Set<EntryKey>, siteWide: Set<EntryKey>)?
        private var identities: [Int: Set<EntryKey>] = [:]
        private var overlaps: [FilePair: Overlap?] = [:]

        /// `known`: every file's entries and the identities linked from three files or more,
        /// when they are at hand (a comparison of every link; pull-request mode compares a selection).
        init(_ known: (ordered: [[(EntryKey, Int)]], shared: Set<EntryKey>)?) {
            entries = known.map { ($0.ordered, $0.shared, DuplicateLinkRule.siteWide($0.ordered)) }
        }

        /// The entries the two files share, which of them is the smaller, and the link index of
        /// the later file's first entry the earlier one has; nil unless they copy each other.
        /// `allEntries` gives every file's entries when they are not known yet.
        mutating func overlap(_ pair: FilePair, entries allEntries: () -> [[(EntryKey, Int)]]) -> Overlap? {
            if let cached = overlaps[pair] { return cached }
            if entries == nil {
                let ordered = allEntries()
                entries = (ordered, DuplicateLinkRule.sharedAcrossFiles(ordered), DuplicateLinkRule.siteWide(ordered))
            }
            let (ordered, shared, siteWide) = entries!
            func identitiesOf(_ index: Int) -> Set<EntryKey> {
                if let cached = identities[index] { return cached }
                let found = Set(ordered[index].lazy.map(\.0).filter { !siteWide.contains($0) })
                identities[index] = found
                return found
            }
            let later = identitiesOf(pair.later), earlier = identitiesOf(pair.earlier)
            let laterIsSmaller = later.count <= earlier.count
            let (few, many) = laterIsSmaller ? (later, earlier) : (earlier, later)
            let sharedCount = few.count { many.contains($0) }
            var result: Overlap?
            // Reported at the first repeat the two files are compared on.
            if sharedCount >= Self.minimumShared, sharedCount * 2 >= few.count,
               let first = ordered[pair.later].first(where: { earlier.contains($0.0) && !shared.contains($0.0) }) {
                result = (sharedCount, laterIsSmaller ? pair.later : pair.earlier, few.count, first.1)
            }
            overlaps[pair] = result
            return result
        }
    }

    /// The first link to one article in each file, in file order: the first of all kept
    /// apart, so that the usual article, linked once, needs no array of its own (a large
    /// bank's 100,000 arrays cost more to make and free than the comparison).
    private struct Occurrences {
        typealias Position = (file: Int, link: Int)
        let head: Position
        var later: [Position] = []

        init(_ head: Position) { self.head = head }

        func contains(file: Int) -> Bool { head.file == file || later.contains { $0.file == file } }

        /// The position recorded for `file` (its first link to the article), if any.
        func position(inFile file: Int) -> Position? { head.file == file ? head : later.first { $0.file == file } }

        func first(where matches: (Position) -> Bool) -> Position? {
            matches(head) ? head : later.first(where: matches)
        }
    }

    /// Whether the heading of the section holding `offset` in `file` links the file at `path`
    /// (`### Great [list of over 25 books](books.md)`): the section previews that file.
    static func sectionLinks(_ path: String, around offset: Int, in file: MarkdownFile) -> Bool {
        guard let heading = file.document.heading(before: offset) else { return false }
        let folder = FileSystem.folder(of: file.path)
        let target = FileSystem.absolute(path)
        return heading.content.links.contains { link in
            guard !ParsedURL(link.destination).hasScheme, !link.destination.hasPrefix("#") else { return false }
            let relative = ParsedURL.percentDecoded(ParsedURL(link.destination).path, keeping: "/")
            return !relative.isEmpty && FileSystem.absolute(LinkFormatRule.join(folder, relative)) == target
        }
    }

    /// `May  3. Team Meeting` and `May 10. Team Meeting`, `2024-05-03 例会` and `2024-05-10 例会`:
    /// two texts opening with a date, the same but for their numbers.
    static func areDatesOfOneEvent(_ a: String, _ b: String) -> Bool {
        DateOpenings.opensWithADate(a) && DateOpenings.opensWithADate(b) && areReleasesOfOneProduct(a, b)
    }

    /// `Llama 3.2-1|3|11|90B` and `Llama 3.1-8|70|405B`, `Baichuan-7B` and `Baichuan2-7B`: two
    /// texts that differ, and only in their numbers (how many, and the marks between them).
    static func areReleasesOfOneProduct(_ a: String, _ b: String) -> Bool {
        guard a != b, a.contains(where: \.isNumber) || b.contains(where: \.isNumber) else { return false }
        /// The letters, with each run of anything else between them as one space.
        func withoutNumbers(_ text: String) -> String {
            var skeleton = ""
            for character in text.lowercased() {
                if character.isLetter { skeleton.append(character) } else if skeleton.last != " " { skeleton.append(" ") }
            }
            return skeleton.trimmedWhitespace
        }
        let (first, second) = (withoutNumbers(a), withoutNumbers(b))
        return first == second && first.contains(where: \.isLetter)
    }

    /// A site's front page (`https://llama.meta.com/`), or an account's page on a site that
    /// hosts projects (`https://huggingface.co/baichuan-inc`): where several entries of one
    /// maker lead when none has a page of its own.
    /// Whether two names open with the same word, the name of the repository `destination` is
    /// (`ParsBERT DigiMag`, `ParsBERT Persian News` at `github.com/hooshvare/parsbert`), and go on
    /// differently: variants a project's repository holds.
    static func areVariantsInOneRepository(_ a: String, _ b: String, at destination: String) -> Bool {
        let url = ParsedURL(destination)
        guard let host = url.host?.lowercased(), ["github.com", "gitlab.com", "huggingface.co", "gitee.com", "www.github.com"].contains(host) else { return false }
        let segments = url.path.split(separator: "/")
        guard segments.count == 2 else { return false }
        func firstWord(_ text: String) -> String { String(text.trimmedWhitespace.prefix { !$0.isWhitespace }).lowercased() }
        let (first, second) = (firstWord(a), firstWord(b))
        guard first == second, first.count >= 3, a.trimmedWhitespace.lowercased() != b.trimmedWhitespace.lowercased(),
              a.trimmedWhitespace.count > first.count, b.trimmedWhitespace.count > first.count else { return false }
        let repository = segments[1].lowercased().filter { $0.isLetter || $0.isNumber }
        return repository.contains(first.filter { $0.isLetter || $0.isNumber })
    }

    static func isLandingPage(_ destination: String) -> Bool {
        let url = ParsedURL(destination)
        guard let host = url.host?.lowercased() else { return false }
        let segments = url.path.split(separator: "/")
        if segments.isEmpty { return url.query == nil }
        let hosting = ["github.com", "gitlab.com", "huggingface.co", "gitee.com", "bitbucket.org", "www.github.com"]
        return segments.count == 1 && hosting.contains(host)
    }

    /// `[@片刻](https://github.com/jiangzhonglian)`: a person credited, who may be credited in
    /// every list of contributors; a GitHub or GitLab account's page, or a name after `@`.
    static func isCredit(_ link: Link) -> Bool {
        if link.text.utf8.first(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: "@") { return true }
        // Most links lead elsewhere: their bytes rule them out before any parse.
        guard mentionsGit(link.destination) else { return false }
        let url = ParsedURL(link.destination)
        guard let host = url.host?.lowercased(), ["github.com", "www.github.com", "gitlab.com"].contains(host) else { return false }
        let segments = url.path.split(separator: "/")
        return segments.count == 1 && url.query == nil && !siteSections.contains(segments[0].lowercased())
    }

    /// First path segments of GitHub's own pages (`/trending`, `/explore`), not accounts.
    static let siteSections: Set<String> = ["about", "apps", "collections", "explore", "features", "login", "marketplace", "orgs",
                                            "pricing", "search", "settings", "site", "sponsors", "topics", "trending"]

    /// Whether the bytes hold `git` (of github.com, gitlab.com).
    private static func mentionsGit(_ destination: String) -> Bool {
        var last: (UInt8, UInt8) = (0, 0)
        for byte in destination.utf8 {
            if last == (UInt8(ascii: "g"), UInt8(ascii: "i")) && byte == UInt8(ascii: "t") { return true }
            last = (last.1, byte)
        }
        return false
    }

    /// Whether a word or another link follows the link on its line, with nothing but spaces or
    /// a comma between (`先看 […](…)，把慢查询讲清楚`, `再看 […](…)、[…](…)，重点理解`): a
    /// description follows a separator (` - `, `：`) instead.
    static func sentenceGoesOn(after link: Link, in source: SourceText) -> Bool {
        let rest = restOfLine(after: link, in: source)
        // `[mtr](…) \u{200B}\u{200B}去跟蹤路由`: zero-width spaces show nothing between the words.
        func isBlank(_ character: Character) -> Bool { character == " " || InvisibleCharacters.characters.contains(character) }
        guard var next = rest.firstIndex(where: { !isBlank($0) }) else { return false }
        if "，,、".contains(rest[next]) { next = rest.index(after: next) }
        guard let following = rest[next...].first(where: { !isBlank($0) }) else { return false }
        return following.isLetter || following == "["
    }

    /// `1. [countries array](…/countries.js) dizisinden ilk 10 ülkeyi dilimleyin`: the link opens a
    /// sentence that goes on in lowercase words (three or more) with no separator between, so it
    /// is the object of an exercise, not the entry's title. Told only in a list whose items
    /// link nothing, half of them or more (exercises, steps): there two exercises on one data file are no
    /// entry listed twice. An entry's description follows a separator (` - `, `: `).
    static func opensASentence(_ link: Link, in source: SourceText) -> Bool {
        let rest = restOfLine(after: link, in: source)
        guard let first = rest.first, first == " ", let letter = rest.first(where: { $0 != " " }), letter.isLowercase else { return false }
        return rest.split(whereSeparator: \.isWhitespace).count { $0.contains(where: \.isLetter) } >= 3
    }

    /// What follows `link` on the line it starts on: empty when the link ends the line or
    /// goes on past it.
    static func restOfLine(after link: Link, in source: SourceText) -> String {
        let end = source.lineRange(source.line(containing: link.range.start)).end
        return end > link.range.end ? source.string(in: SourceRange(link.range.end, end)) : ""
    }

    /// Fragments that only scroll or come from a share button.
    static let ignoredFragments: Set<String> = ["", "top", "rd", "wechat_redirect", "main", "content", "readme"]

    /// The key of each list item's main link (its first web link) with its index in
    /// `document.links`, leaving out a link equal to its section heading's link, and links
    /// `selection` leaves out.
    func webLinks(in file: MarkdownFile, comparing selection: LinkSelection?) -> [(EntryKey, Int)] {
        // A changelog or a meeting's minutes cites the same pull request or status query again
        // on every date; its items are records, not the collection's entries.
        guard !ProjectDocuments.isRecord(file.path) else { return [] }
        let document = file.document
        let links = document.links
        var mainLinks = Set<Int>()
        // Title links whose text is a label (`[点击查看答案](…)`): they may repeat their item's link.
        var labelLinks = Set<Int>()
        let labels = LinkLabels.of(file)
        // `- [ ] **Minified HTML**` over `  - 🛠 [HTML Compressor](…)`: plain items nested in a
        // checklist's tasks are each task's resources, and one tool helps several tasks. Nested
        // tasks (`- [ ] [6. Suffix Arrays](…)`) are the plan's own entries.
        let taskResources = Set(document.lists.lazy.flatMap { list in
            list.items.lazy.filter { $0.isTaskChecked != nil }.flatMap { item in
                item.nestedLists.filter { !$0.items.contains { $0.isTaskChecked != nil } }.map(\.index)
            }
        })
        let answerSources = Self.answerSourceLists(in: document)
        for list in document.lists where !taskResources.contains(list.index) && !answerSources.contains(list.index) {
            // A list in a block quote is a callout (`> [!NOTE]` / `> - [动态规划核心框架](…)`, the
            // articles to read first): it points at entries, it adds none.
            if let first = list.items.first, ListItemSupport.linePrefix(of: first, in: file.source).contains(">") { continue }
            // Sources cited under `Useful resources:` or `## References`: an answer cites what
            // another cites too. Only a list under a citation label can be one, so the
            // conventions (a document-wide inference other rules wait for too) are asked only then.
            if ReferenceLists.isUnderCitationLabel(list, in: document), CollectionConventions.of(file).role(of: list) == .references { continue }
            // `## Steps to Reproduce` / `3. **https://editor.swagger.io/:** Now import…`: a guide's
            // steps use the tools the page lists; they add no entries.
            if StepLists.isUnderTitleNamingSteps(list, in: document) { continue }
            // In a checklist, the plain items between the tasks are each task's resources (a
            // tool, an article): one tool helps several tasks on purpose.
            let hasTasks = list.items.contains { $0.isTaskChecked != nil }
            // Counted only when an item's sentence goes on after its opening link.
            lazy var isMostlyUnlinked = list.items.count { ListItemSupport.firstOutwardLink(of: $0) != nil } * 2 <= list.items.count
            for item in list.items where !hasTasks || item.isTaskChecked != nil {
                // The title link opens the item; a link inside a sentence is a citation.
                guard let first = ListItemSupport.firstOutwardLink(of: item) else { continue }
                // `* [![Star](…/stars/Dao-AILab/flash-attention.svg)](https://github.com/Dao-AILab/flash-attention)
                // [FlashAttention-2: …](https://arxiv.org/…)`: badges ahead of the title decorate
                // it; the titled link after them is the entry (a paper family shares one
                // repository, and its badge).
                let (link, start) = Self.titleAfterBadges(of: item, first: first, in: file.source)
                    ?? (first, ListItemSupport.contentStart(of: item, in: file.source))
                // Asked first: it is cheaper than the tests below. Links are located one after
                // another, so no two start at one offset.
                if let selection, !selection.mayMatch(link) { continue }
                if Self.isCredit(link) || Placeholders.isPlaceholder(link) || Self.isProjectPolicy(link) { continue }
                // `* :white_check_mark: [BookletAI](…)`: an emoji's shortcode is a mark, no word.
                let before = Self.withoutShortcodes(start <= link.range.start ? file.source.string(in: SourceRange(start, link.range.start)) : "")
                let lettersBefore = before.count(where: { $0.isLetter || $0.isNumber })
                // `* 查阅 [关系型数据库](…#rdbms) 章节`: two characters are a word in Chinese; with
                // words after the link too, the link is inside a sentence (`See the […] section`).
                let isInsideASentence = before.contains(where: \.isLetter) && Self.sentenceGoesOn(after: link, in: file.source)
                // `- [ ] [Google Code Jam](…) year of your choice`: the task's platform, to which
                // a harder task goes back; the sentence names the task.
                if item.isTaskChecked != nil, Self.sentenceGoesOn(after: link, in: file.source) { continue }
                if lettersBefore <= 2, !isInsideASentence,
                   !(isMostlyUnlinked && Self.opensASentence(link, in: file.source)) {
                    mainLinks.insert(link.range.start)
                    if labels.isLabel(link.text) { labelLinks.insert(link.range.start) }
                } else if Self.isPaperTag(link, in: file.source) {
                    // `- (*CIKM'24*) Distilling … Graph Learning [[paper](https://arxiv.org/abs/2402.12022)]`:
                    // a paper list's entry, its title and then its link tagged `[paper]`.
                    mainLinks.insert(link.range.start)
                }
            }
        }
        if !labelLinks.isEmpty { mainLinks.subtract(Self.answerLinkRepeats(among: labelLinks, in: file)) }
        // `[Syllabus]`, `[Lectures]` under a course linking its page: the entry's own parts.
        mainLinks.subtract(Self.facetRepeats(in: file))
        // `| [DownStatus](https://isitdownstatus.com) | … |`: a table's rows are entries too,
        // compared with the rows of their own table only (a table of best sellers or of
        // alternatives repeats the lists' entries on purpose).
        let tableRows = Self.tableRowLinks(in: document)
        mainLinks.formUnion(tableRows.keys)
        // `##### [1.3 无锁消息队列详解](…)` one after the other: headings used as the entries
        // (each its own section's link, which the section's items may repeat).
        let headingEntries = Set(Self.headingEntryLinks(in: document))
        mainLinks.formUnion(headingEntries)
        guard !mainLinks.isEmpty else { return [] }
        // What each heading contributes, worked out once per heading rather than once per link.
        var sections: [Int: (isCitations: Bool, identities: Set<String>)] = [:]
        return links.indices.compactMap { index in
            // The offset first: a link is copied (three strings retained) only when it is a title link.
            guard mainLinks.contains(links[index].range.start) else { return nil }
            let link = links[index]
            guard !link.isImage, selection?.mayMatch(link) ?? true,
                  let identity = Self.identity(of: link.destination), selection?.admits(identity) ?? true else { return nil }
            if !headingEntries.contains(link.range.start), let heading = document.heading(before: link.range.start) {
                let section = sections[heading.index] ?? {
                    // Sources cited again under "further reading" are citations, not new entries.
                    // A heading link that cannot have a kept identity cannot equal a kept link's.
                    let facts = (isCitations: ReferenceLists.isCitationHeading(heading.text),
                                 identities: Set(heading.content.links.compactMap { link in
                                     selection?.mayMatch(link) ?? true ? Self.identity(of: link.destination) : nil
                                 }))
                    sections[heading.index] = facts
                    return facts
                }()
                if section.identities.contains(identity) || section.isCitations { return nil }
            }
            let table = tableRows[link.range.start].map { TablePlace(path: file.path, start: $0) }
            return (EntryKey(identity: identity, table: table), index)
        }
    }

    /// The titled link after the badges that open `item` (links whose whole content is an
    /// image, and images, separated by spaces or `<br>` only), and where the text before it
    /// starts; nil when `first` is no badge or no titled link follows the badges.
    static func titleAfterBadges(of item: ListItem, first: Link, in source: SourceText) -> (Link, Int)? {
        guard let content = first.textRange, source.bytes[content.start..<content.end].contains(UInt8(ascii: "!")) else { return nil }
        let links = item.links
        guard ItemFormatRule.isImageOnly(first, images: links, in: source) else { return nil }
        var cursor = first.range.end
        for link in links where link.range.start >= cursor {
            let gap = source.string(in: SourceRange(cursor, link.range.start))
                .replacing("<br>", with: "").replacing("<br/>", with: "").replacing("<br />", with: "")
            guard gap.allSatisfy(\.isWhitespace) else { return nil }
            if link.isImage || ItemFormatRule.isImageOnly(link, images: links, in: source) {
                cursor = link.range.end
                continue
            }
            return link.fragmentOnly == nil ? (link, link.range.start) : nil
        }
        return nil
    }

    /// `#### [1. Java三大特性](…/百度/readme.md)`, `#### [2. …](…/百度/readme.md)`, …: three
    /// entries or more of one section, each its own question (numbered, or asking), leading to
    /// one page, which answers them all (the section's answer page, not one article listed
    /// under many titles). A section is the one the entries stand in: for a heading, the
    /// nearest larger heading above it. Asked of a repeated link only: its section is read then.
    static func leadsToTheSectionsAnswerPage(_ link: Link, identity: String, in document: Document) -> Bool {
        func isQuestion(_ text: String) -> Bool {
            let trimmed = text.trimmedWhitespace
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let mark = trimmed.dropFirst(digits.count).first, ".、)）".contains(mark) { return true }
            return QuestionOutline.isQuestionLike(trimmed)
        }
        guard !link.isImage, isQuestion(link.text) else { return false }
        let headings = document.headings
        // The section: its heading (nil: the page's start) and where it ends.
        var sectionHeading: Heading?
        if let heading = document.heading(before: link.range.start) {
            sectionHeading = heading.range.contains(link.range.start) ? headings[..<heading.index].last { $0.level < heading.level } : heading
        }
        let start = sectionHeading?.range.end ?? 0
        let end = sectionHeading.flatMap { section in headings[(section.index + 1)...].first { $0.level <= section.level }?.range.start } ?? document.source.bytes.count
        // The section's links, found by their starts (the document's links are in source order).
        let links = document.links
        var low = 0, high = links.count
        while low < high {
            let middle = (low + high) / 2
            if links[middle].range.start < start { low = middle + 1 } else { high = middle }
        }
        var texts = Set<String>()
        var count = 0
        var position = low
        while position < links.count, links[position].range.start < end {
            defer { position += 1 }
            let other = links[position]
            guard !other.isImage, other.destination == link.destination || Self.identity(of: other.destination) == identity else { continue }
            guard isQuestion(other.text) else { return false }
            texts.insert(HeadingText.normalized(other.text))
            count += 1
        }
        return count >= 3 && texts.count == count
    }

    /// Link texts that lead table rows of the document to three addresses or more (`| 中文谣言数据
    /// | … | [github](…) |`): labels, naming no entry. Worked out once per file.
    struct TableLabels: Sendable {
        let texts: Set<String>

        static func of(_ file: MarkdownFile) -> TableLabels {
            file.derived.value(TableLabels.self) { _ in
                let rows = DuplicateLinkRule.tableRowLinks(in: file.document)
                var addresses: [String: Set<String>] = [:]
                for link in file.document.links where rows[link.range.start] != nil {
                    guard let identity = DuplicateLinkRule.identity(of: link.destination) else { continue }
                    addresses[link.text, default: []].insert(identity)
                }
                return TableLabels(texts: Set(addresses.filter { $0.value.count >= 3 }.keys))
            }
        }
    }

    /// The links of headings that are nothing but one web link (`##### [1.1 红黑树讲解](…)`), when
    /// three headings or more are: a collection writing its entries as headings.
    static func headingEntryLinks(in document: Document) -> [Int] {
        let starts = document.headings.compactMap { heading -> Int? in
            let links = heading.content.links.filter { !$0.isImage }
            guard links.count == 1, let link = links.first, link.fragmentOnly == nil,
                  HeadingText.normalized(heading.text) == HeadingText.normalized(link.text), identity(of: link.destination) != nil else { return nil }
            return link.range.start
        }
        return starts.count >= 3 ? starts : []
    }

    /// Whether the shorter of two names shares more than half of its words with the longer.
    /// Two link texts that are sentences (six words or more each, closed by a full stop or
    /// holding one), sharing few of their words: two takeaways or quotations, not one entry named
    /// twice. (`Mildlyoverfitted - Tutorials on intermediate ML/DL topics`, a name and what it is,
    /// is no sentence.)
    static func quoteOneSource(_ a: String, _ b: String) -> Bool {
        func isSentence(_ text: String) -> Bool {
            let trimmed = text.trimmedWhitespace
            guard trimmed.split(whereSeparator: \.isWhitespace).count >= minimumQuoteWords, let last = trimmed.last else { return false }
            return ".!?…。".contains(last) || trimmed.contains(". ")
        }
        return isSentence(a) && isSentence(b) && !shareMostWords(a, b)
    }

    static let minimumQuoteWords = 6

    static func shareMostWords(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> Set<String> { Set(text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)) }
        let (first, second) = (words(a), words(b))
        let shorter = min(first.count, second.count)
        return shorter >= 2 && first.intersection(second).count * 2 > shorter
    }

    /// What an entry is compared by: its address's identity and, for a table row, the table it
    /// stands in (rows match the rows of their own table only).
    struct EntryKey: Hashable {
        let identity: String
        let table: TablePlace?
    }

    /// A table, by its file and the offset it starts at.
    struct TablePlace: Hashable {
        let path: String
        let start: Int
    }

    /// The first link of each body row of the document's tables (by its start, with the start
    /// of its table), when it is a web link: the row's entry (`| [Cat Facts](…) | Daily cat facts | No |`, `|0922|[Sort Array By Parity II](…)|…`).
    /// An address first in three rows of one table or more is a column's value (one site's
    /// page for every row), not an entry.
    static func tableRowLinks(in document: Document) -> [Int: Int] {
        var found: [Int: Int] = [:]
        var pending = [document.blocks]
        let source = document.source
        while let blocks = pending.popLast() {
            for block in blocks {
                switch block {
                case .list(let list): pending += list.items.map(\.children)
                case .blockQuote(let quote): pending.append(quote.children)
                case .table(let table):
                    let headerLine = source.line(containing: table.range.start)
                    // `| Courses | Status | Evidence |`: a study plan's checklist, whose tasks go
                    // back to one platform at each tier on purpose.
                    if TableRows.cells(of: source.lineText(headerLine)).map(TableRows.normalizedHeader).contains(where: Self.progressHeaders.contains) { continue }
                    // The row's first link, whatever it leads to: a row led by a link to a file of
                    // the repository (`[AutoCAD](autocad/quiz.md)`) has no web entry, and its
                    // later links (translations, contributors) are no entries either.
                    // A badge (`[![Star](…)](https://github.com/…)`) leads the row only when no
                    // titled link follows it: the paper's title is the row's entry, not its code's badge.
                    var firstOfRow: [Int: Link] = [:], badgeRows = Set<Int>()
                    let tableLinks = table.links
                    for link in tableLinks where !link.isImage {
                        let row = source.line(containing: link.range.start)
                        guard row > headerLine + 1, firstOfRow[row] == nil || badgeRows.contains(row) else { continue }
                        let isBadge = link.textRange.map { source.bytes[$0.start..<$0.end].contains(UInt8(ascii: "!")) } == true
                            && ItemFormatRule.isImageOnly(link, images: tableLinks, in: source)
                        if isBadge {
                            if firstOfRow[row] == nil { firstOfRow[row] = link; badgeRows.insert(row) }
                        } else {
                            firstOfRow[row] = link
                            badgeRows.remove(row)
                        }
                    }
                    // A row's address written out (`| -Dsun.rmi… | … | <https://coderanch.com/…> |`)
                    // is the source it cites, not an entry's title.
                    let entries = firstOfRow.values.compactMap { link -> (start: Int, identity: String, name: String?)? in
                        // `| SPARK_MASTER_OPTS | …可以参考官方文档：[spark-standalone-mode](…) |`: a link
                        // inside a sentence of a later cell cites a source; the row's entry leads it.
                        if Self.cellIndex(of: link.range.start, in: source) > 0, Self.followsWords(link, in: source) { return nil }
                        guard link.kind != .bareURL, link.kind != .angleAutolink, !isCredit(link), !Placeholders.isPlaceholder(link),
                              !isProjectPolicy(link), let identity = identity(of: link.destination) else { return nil }
                        // (A link whose text only says what it is, `[Paper]`, `[资源链接]`, is the named row's own.)
                        let name = Self.cellIndex(of: link.range.start, in: source) > 0 && !Self.isGenericLinkText(link.text)
                            ? Self.rowName(before: link, in: source) : nil
                        return (link.range.start, identity, name)
                    }
                    var rows: [String: Int] = [:], namedRows: [String: Int] = [:]
                    for entry in entries {
                        rows[entry.identity, default: 0] += 1
                        if let name = entry.name { namedRows[entry.identity + "|" + name, default: 0] += 1 }
                    }
                    // `|名称|Stars|简介|` and `|---|---|---|` again inside the table: snapshots (a
                    // day each) whose blank line was left out, so Markdown made one table of
                    // them; each part is compared on its own.
                    let header = TableRows.cells(of: source.lineText(headerLine))
                    var parts: [(line: Int, start: Int)] = []
                    let lastLine = source.line(containing: max(table.range.start, table.range.end - 1))
                    if lastLine > headerLine + 1 {
                        for line in (headerLine + 2)...lastLine {
                            let cells = TableRows.cells(of: source.lineText(line))
                            if cells == header || TableRows.isDelimiterRow(cells) { parts.append((line, source.lineRange(line).start)) }
                        }
                    }
                    // `| Design Figma | 🔴 | 2h | [Canvas API](…) |` and `| Design Miro | … | [Canvas API](…) |`:
                    // the row's entry is the name in its first cell, the link a resource it cites;
                    // two rows are one entry only when their names are one too.
                    for entry in entries where rows[entry.identity]! < 3 && entry.name.map({ namedRows[entry.identity + "|" + $0]! >= 2 }) ?? true {
                        let line = source.line(containing: entry.start)
                        found[entry.start] = parts.last(where: { $0.line < line })?.start ?? table.range.start
                    }
                default: break
                }
            }
        }
        return found
    }

    /// Which cell of its row `offset` stands in (0 for the first), counting the pipes before it
    /// on its line that no backslash escapes.
    /// The words of a row's first cell, when it names the row's entry in plain text (three letters
    /// or more, no link): `Design Miro` in `| Design Miro | 🔴 | 2h | [Canvas API](…) |`.
    static func rowName(before link: Link, in source: SourceText) -> String? {
        guard let first = TableRows.cells(of: source.lineText(source.line(containing: link.range.start))).first,
              !first.contains("]("), first.count(where: \.isLetter) >= 3 else { return nil }
        return first.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// `Paper`, `GitHub`, `资源链接`, `论文地址`, `4.18`: a link's text saying what kind of page it
    /// leads to (or a number on it), not naming one.
    static func isGenericLinkText(_ text: String) -> Bool {
        let bare = text.trimmed { $0 == "[" || $0 == "]" || $0.isWhitespace }.lowercased()
        // `[4.18](…goodreads…)`: a rating, a year, a number, names nothing.
        return bare.count(where: \.isLetter) < 2 || genericLinkTexts.contains(bare) || paperTags.contains(bare) || ["链接", "地址", "下载", "官网", "点击", "主页"].contains { bare.contains($0) }
    }

    static let genericLinkTexts: Set<String> = ["link", "links", "github", "code", "repo", "repository", "tweet", "website", "site", "homepage",
                                                "here", "demo", "slides", "source", "docs", "url", "project", "project page", "model", "dataset"]

    static func cellIndex(of offset: Int, in source: SourceText) -> Int {
        let line = source.lineRange(source.line(containing: offset))
        let before = source.string(in: SourceRange(line.start, offset)).trimmingPrefix(while: { $0 == " " || $0 == ">" })
        var pipes = 0, escaped = false
        for character in before {
            if character == "|", !escaped { pipes += 1 }
            escaped = character == "\\" && !escaped
        }
        return before.hasPrefix("|") ? max(0, pipes - 1) : pipes
    }

    /// Words stand before `link` in its cell (`…可以参考官方文档：[…](…)`): a sentence's link.
    static func followsWords(_ link: Link, in source: SourceText) -> Bool {
        let line = source.lineRange(source.line(containing: link.range.start))
        let before = source.string(in: SourceRange(line.start, link.range.start))
        let cell = before.split(separator: "|", omittingEmptySubsequences: false).last ?? ""
        return cell.contains { $0.isLetter || $0.isNumber }
    }

    /// Headers of a column that tracks a checklist's progress.
    static let progressHeaders: Set<String> = ["status", "done", "completed", "progress", "evidence", "状态", "完成", "进度", "是否完成"]

    /// `#### Q1. …` over its options `- [x] …`, then `1. [Testing in Go](…)`: a list of links
    /// after the options of a question written as a heading (numbered, or asking) is what backs
    /// the answer, the sources one question cites as another does. A study plan's tasks, under
    /// a topic, are followed by more entries. The indices of those lists.
    static func answerSourceLists(in document: Document) -> Set<Int> {
        var sectionsWithTasks = Set<Int>(), sources = Set<Int>()
        for list in document.lists where list.depth == 0 {
            guard let heading = document.heading(before: list.range.start), QuestionHeadings.isQuestion(heading.text) else { continue }
            let section = heading.index
            if list.items.contains(where: { $0.isTaskChecked != nil }) {
                sectionsWithTasks.insert(section)
            } else if sectionsWithTasks.contains(section) {
                sources.insert(list.index)
            }
        }
        return sources
    }

    /// Whether two links of one file sit in items nested under two different parent items (one
    /// of them may be at the top level).
    static func areUnderTwoParents(_ link: Link, _ earlier: Link, in file: MarkdownFile) -> Bool {
        let places = OutlinePlaces.of(file)
        let (parent, earlierParent) = (places.parentStart(at: link.range.start), places.parentStart(at: earlier.range.start))
        return (parent != nil || earlierParent != nil) && parent != earlierParent
    }

    /// The heading both entries stand under when the entries are the same (word for word, or by
    /// one name) and their headings have the same text; nil otherwise.
    static func sharedHeading(of link: Link, in file: MarkdownFile, and earlier: Link, in earlierFile: MarkdownFile) -> String? {
        // Word for word, or by one name (`[Word Break]` on the trie page, `[Word Break Problem]` on
        // the dynamic programming page, both under `## Recommended practice questions`).
        guard entryText(of: link, in: file.source) == entryText(of: earlier, in: earlierFile.source) || nameOneThing(link.text, earlier.text),
              let heading = file.document.heading(before: link.range.start),
              let earlierHeading = earlierFile.document.heading(before: earlier.range.start) else { return nil }
        let text = HeadingText.normalized(heading.text)
        return !text.isEmpty && text == HeadingText.normalized(earlierHeading.text) ? text : nil
    }

    /// True when the entry goes on after its link with words of its own (`- [x](…) - a tool`).
    static func hasDescription(_ link: Link, in source: SourceText) -> Bool {
        restOfLine(after: link, in: source).count(where: \.isLetter) >= 8
    }

    /// The entry from its link to the end of the line, spaces trimmed.
    /// The entry's line from its link on, runs of spaces as one (`-  description` is shown as
    /// `- description`: the page shows them alike).
    static func entryText(of link: Link, in source: SourceText) -> String {
        let end = source.lineRange(source.line(containing: link.range.start)).end
        let text = source.string(in: SourceRange(link.range.start, max(end, link.range.start))).trimmed { $0 == " " || $0 == "\t" }
        guard text.contains("  ") || text.contains("\t") else { return text }
        var folded = ""
        for character in text {
            if character == " " || character == "\t" {
                if folded.last != " " { folded.append(" ") }
            } else {
                folded.append(character)
            }
        }
        return folded
    }

    static func identity(of destination: String) -> String? {
        identityAndClue(of: destination)?.identity
    }

    /// The identity with the fragment that tells sections apart, and the clue of `URLNormalizer`
    /// (the fragment follows the first `#`, which no other part of a clued identity holds).
    static func identityAndClue(of destination: String) -> (identity: String, clue: URLClue)? {
        guard let (base, clue) = URLNormalizer.identityAndClue(of: destination) else { return nil }
        guard let hash = UTF8Characters.firstIndex(ofASCII: UInt8(ascii: "#"), in: destination) else { return (base, clue) }
        let fragment = String(destination[destination.index(after: hash)...])
        return (ignoredFragments.contains(fragment.lowercased()) ? base : base + "#" + fragment, clue)
    }
}

/// The links pull-request mode compares: those whose identity is one of the changed links'.
/// A link is normalised only when its destination may have one of them (`URLClue`).
struct LinkSelection {
    let identities: Set<String>
    /// Distinct clues; nil when one of them admits everything, or when there are so many (a
    /// new file of links) that testing each link against all of them would cost more than
    /// normalising it.
    let clues: [URLClue]?

    static let maximumClues = 16

    init(identities: Set<String>, clues: Set<URLClue>) {
        self.identities = identities
        self.clues = clues.contains(.anything) || clues.count > Self.maximumClues ? nil : Array(clues)
    }

    func mayMatch(_ link: Link) -> Bool {
        guard let clues else { return true }
        return clues.contains { $0.mayMatch(link.destination) }
    }

    func admits(_ identity: String) -> Bool { identities.contains(identity) }
}

extension DuplicateLinkRule {
    /// Whether the last path segment of `destination` holds the
    /// name of the `first` entry (three letters or digits at least) and not the `second`'s,
    /// neither name holding the other (`uv-build` at `…/uv` is a part of `uv`).
    /// The text without GitHub's emoji shortcodes (`:white_check_mark:`, `:+1:`).
    static func withoutShortcodes(_ text: String) -> String {
        guard text.contains(":") else { return text }
        var result = "", pending = "", isInCode = false
        for character in text {
            if character == ":" {
                if isInCode, !pending.isEmpty, pending.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }) {
                    pending = ""; isInCode = false
                } else {
                    result += isInCode ? ":" + pending : ""
                    pending = ""; isInCode = true
                }
            } else if isInCode {
                pending.append(character)
            } else {
                result.append(character)
            }
        }
        return result + (isInCode ? ":" + pending : "")
    }

    /// The name without the words that hold a star (`★9346`, `[1290⭐]`).
    static func withoutStarCount(_ name: String) -> String {
        guard name.contains(where: { $0 == "★" || $0 == "⭐" || $0 == "🌟" }) else { return name }
        return name.split(separator: " ").filter { !$0.contains(where: { $0 == "★" || $0 == "⭐" || $0 == "🌟" }) }.joined(separator: " ")
    }

    /// Whether `segment` names two numbers or more as long as the one `name` ends with
    /// (`CVE-2017-15614`), the lowest not above it and the highest not below it: a range of entries
    /// holding the named one (`CVE-2017-15613_to_CVE-2017-15637.txt`).
    static func namesARangeHolding(_ name: String, _ segment: String) -> Bool {
        let digits = name.reversed().prefix(while: \.isNumber)
        guard digits.count >= 2, let number = Int(String(digits.reversed())) else { return false }
        let runs = segment.split { !$0.isNumber }.filter { $0.count == digits.count }.compactMap { Int($0) }
        guard runs.count >= 2, let low = runs.min(), let high = runs.max() else { return false }
        return low <= number && number <= high
    }

    static func addressNamesOnlyTheFirst(_ destination: String, first: String, second: String) -> Bool {
        let squeezed = lettersAndDigits
        // `907. Sum of Subarray Minimums`: the list number is no part of the name.
        // `react-hook-form ★9346`, `flutter_bloc [1290⭐]`: a star count the list puts on every entry.
        let a = squeezed(withoutStarCount(String(OrdinalPrefix.strip(first)))), b = squeezed(withoutStarCount(String(OrdinalPrefix.strip(second))))
        guard a.count >= 3, b.count >= 3, !a.contains(b) else { return false }
        let url = ParsedURL(destination.trimmedWhitespace)
        // `[xmlstream](https://pub.dartlang.org/packages/xml)` under `[XML](…/packages/xml)`: a
        // package registry's page names one package, the first entry's, though the second's name holds it.
        if b.contains(a) {
            guard let host = url.host, Self.packageRegistries.contains(where: { ParsedURL.host(host, isWithin: $0) }),
                  let last = URLNormalizer.segments(of: url.path).last else { return false }
            return squeezed(ParsedURL.percentDecoded(last)) == a
        }
        guard url.isHTTP else { return false }
        guard let host = url.host else { return false }
        // A front page names its site by the host (`[Karma](http://mochajs.org/)` under
        // `[MochaJS](http://mochajs.org/)`); a page by its last segment.
        let hostName = host.split(separator: ".").filter { $0 != "www" }.first.map(String.init) ?? host
        let segments = URLNormalizer.segments(of: url.path)
        // A site named two ways (`TeachYourselfCS`, `Teach Yourself Computer Science` at
        // teachyourselfcs.com): the names start alike, one entry.
        if segments.isEmpty, zip(a, b).prefix(while: { $0 == $1 }).count >= 4 { return false }
        let last = segments.last.map { ParsedURL.percentDecoded($0) } ?? hostName
        // `CVE-2017-15613_to_CVE-2017-15637.txt` under `CVE-2017-15614`: the page covers a range of
        // numbered entries, the second's number among them.
        if Self.namesARangeHolding(second, last) { return false }
        // `github.com/sqlkata/querybuilder` names `SqlKata` too, as its owner.
        let whole = squeezed(host + "/" + segments.map { ParsedURL.percentDecoded($0) }.joined(separator: "/"))
        // `[Facebook php-webdriver](github.com/facebook/php-webdriver)`: its owner and name, in order.
        // `[PatternFly React](https://www.patternfly.org/)`: the front page's site name opens the entry's.
        let site = squeezed(last)
        return (site.contains(a) || a.count >= 8 && whole.contains(a) || segments.isEmpty && site.count >= 4 && a.hasPrefix(site)) && !whole.contains(b)
    }

    /// `[[paper](url)]`, `[[PDF]](url)`, `[论文](url)`: a link tagged as a paper's own, in brackets,
    /// the way paper lists write an entry's link after its title.
    static func isPaperTag(_ link: Link, in source: SourceText) -> Bool {
        let text = link.text.trimmed { $0 == "[" || $0 == "]" || $0.isWhitespace }.lowercased()
        guard paperTags.contains(text), link.range.start > 0 else { return false }
        return source.bytes[link.range.start - 1] == UInt8(ascii: "[") || link.text.hasPrefix("[")
    }

    static let paperTags: Set<String> = ["paper", "pdf", "arxiv", "论文", "abs", "blog", "article", "post", "link", "video"]

    /// Hosts whose page paths end with one package's name (`/packages/xml`, `/package/react`).
    static let packageRegistries = ["pub.dartlang.org", "pub.dev", "npmjs.com", "pypi.org", "crates.io", "rubygems.org", "packagist.org",
                                    "nuget.org", "hex.pm", "hackage.haskell.org", "metacpan.org", "cocoapods.org"]

    /// `Docker Compose` and `docker-compose`: the same letters and numbers, case aside.
    static func areOneName(_ a: String, _ b: String) -> Bool {
        lettersAndDigits(a) == lettersAndDigits(b)
    }

    /// `Indie Hackers Newsletter` and `Indie Hacker Newsletter`: the same words once each English
    /// word's inflection is folded, one name.
    static func areOneNameInflected(_ a: String, _ b: String) -> Bool {
        foldedWords(a) == foldedWords(b)
    }

    /// The words of `text`, lowercased, each English word's inflection folded.
    static func foldedWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map { word in
            word.allSatisfy({ $0.isASCII && $0.isLetter }) ? EnglishInflection.folded(word) : String(word)
        }
    }

    /// The letters and digits of `text`, lowercased.
    static func lettersAndDigits(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Whether two link texts name one thing: the letters and digits of one, lowercased and
    /// each English word's inflection folded, hold the other's (`k-nearest neighbor` in `KNN
    /// (K-Nearest Neighbors)`, `Support Vector Machines` in `SVM (Support Vector Machine)`,
    /// `Self-Organized Maps` and `Self-organizing map`, `DataTalks.Club` twice), or the words of
    /// one, two at least and half the other's, stand in the other in their order (`The event loop
    /// explained — Philip Roberts` in `The event loop explained | JSConf EU — Philip Roberts`).
    static func nameOneThing(_ a: String, _ b: String) -> Bool {
        let (firstWords, secondWords) = (foldedWords(a), foldedWords(b))
        let (first, second) = (firstWords.joined(), secondWords.joined())
        guard !first.isEmpty, !second.isEmpty else { return false }
        if first.count <= second.count ? second.contains(first) : first.contains(second) { return true }
        let (shorter, longer) = firstWords.count <= secondWords.count ? (firstWords, secondWords) : (secondWords, firstWords)
        guard shorter.count >= 2, shorter.count * 2 >= longer.count else { return false }
        var rest = longer[...]
        for word in shorter {
            guard let found = rest.firstIndex(of: word) else { return false }
            rest = rest[(found + 1)...]
        }
        return true
    }
}

extension DuplicateLinkRule {
    /// What an entry is listed under below its heading: the group label around it, and the
    /// HTML heading (`<h2>C++</h2>`) after the heading, if any.
    struct Category: Equatable {
        let groupLabel: Int?
        let htmlHeading: Int?
    }
}
