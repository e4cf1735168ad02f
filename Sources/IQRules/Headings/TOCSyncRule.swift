import IQCore
import IQMarkdown

public struct TOCSyncRule: DocumentRule {
    public static let description = RuleDescription(
        id: "toc-sync",
        summary: "the table of contents lists the sections that follow it",
        details: """
            The table of contents is the list of `[text](#anchor)` links right under a heading \
            named in option `heading` (ignoring case and the marks or emoji around it, `📖 Table of \
            Contents`; a title ending with `目录` or `Table of Contents` (or `Table of content`), `【CVPR 2024 论文开源目录】`, \
            names one too; HTML comments between the heading and the list are fine; a list of entries \
            right after it, or after a short label of its own, `*(More than Top 100)*`, goes on with it). What it covers is read from its own entries (`iqlint \
            conventions FILE` shows it): the smallest heading level most of whose headings it \
            lists, and a deeper level only under the parents half of whose subsections it lists (one \
            `### Navigation` of twenty under `## Components` is a shortcut, not a promise; a flat \
            table lists a deeper level only where it lists half of that level's headings: one \
            `### Learning Videos` of sixteen beside the `##` entries is a section set a level too deep); a table \
            under a deep heading (`##### Table of Contents` inside one chapter) covers that \
            chapter. An entry at another depth than the others of its heading level (group labels \
            aside: `* Libraries` over `[Parsers](#parsers)` adds no depth) is a \
            cross-reference (an index listing `Elm` at the top and under `JavaScript`): it may \
            repeat an entry and stand outside document order; so may an entry under another group \
            label (`Database-aaS` under `Data` and under `As a Service`: one section in two \
            categories). Option \
            `levels` replaces that inference. Unlinked entries holding nested entries are group \
            labels, and entries landing on HTML anchors (`<a id="…">`, `<a name="…">`) are \
            fine: `toc-anchor` accepts them too. An entry whose fragment differs from its \
            heading's anchor only in case lands on it on GitHub and counts as linked. \
            Headings named in `exclude` (their text, \
            ignoring case, or `#anchor`) need no entry, but may have one.

            Reported: a heading without an entry (at the heading), an entry linking nowhere \
            where a heading of that stretch has no entry (a renamed section: named as it, but for its outline \
            number, `[Karakter Meta]` for `## 2. Karakter Meta`, or numbered as it, `2.5 …` for `## 2.5 …`, or \
            its fragment cut short, it is that heading's at any depth), a repeated entry, \
            and entries out of document order: one finding per table, at the first entry out of \
            place, saying how many are: a `warning`, since every entry still lands where it \
            points; `info` when most are (the table follows an order of its own, alphabetical \
            or by importance), or when the entries are in alphabetical order but for one in five. An entry whose link lands is never reported for \
            its level or its text. A heading whose `<a name>` or `<a id>` an entry names has its \
            entry, also when another heading's own anchor has the same name.

            A table that lists `#` headings and no underlined (setext) one was generated from the \
            `#` headings: underlined headings (`**Label**` over `---`) are outside it. \
            Whether a section without an entry was forgotten or left out on purpose is judged \
            from the document. Forgotten (error): the sections just before and after it are \
            listed, and it has list items when most listed sections do. Left out (`info`): it \
            comes before the first or after the last listed section, where collections keep an \
            introduction, pinned items, a licence or contributors, or it has no list items where \
            most listed sections have them (a meta section), or it is the project's own \
            (`## Contributing`, `## License`, `## Code of Conduct`, `## 贡献指南`, which awesome-lint \
            keeps out of an awesome-list's contents), wherever it stands, or it holds no HTML anchor where \
            every listed section of its level does (`## Intro <a name="intro"></a>`: the table lists the \
            sections the author anchored). An entry naming the section in words before a remark and a link \
            elsewhere (`- Privacy-Respecting Software, moved to [here](https://…)`) lists it. A section between listed ones next \
            to another unlisted one is an error but not clearly forgotten. With option `levels` \
            the configuration says which headings belong: each missing one is an error (`info` \
            after the last listed section) with a safe fix.

            The safe fix adds each forgotten entry after the entry of the section before it (in \
            a flat table in alphabetical order, at its place in the alphabet; a nested or numbered \
            one gets the entry by an unsafe fix only; so does a table with an order of its own, \
            some entries out of the document's order, where the place is a guess), in the list's own style, with the heading's Markdown as link text when it renders to \
            the same text; entries for the other sections are added only by an unsafe fix, as \
            they may be left out on purpose. A renamed section's entry is repaired by an unsafe \
            fix (its text changes, unless the entry's text was never the heading's, a short label \
            of the author's own, `[2. 卡片证明问题](#2-四张卡片…)`: then only its fragment); in a nested table it pairs only with a heading of the level its \
            depth shows (when one depth is that level's usual one). A heading next to an entry that \
            links nowhere and pairs with no heading gets its entry only by an unsafe fix: the dead \
            entry may be its own, and a second one would list it twice. An entry repeated for the later of two headings of one name (`Newsletters` \
            under two parts, both entries linking `#newsletters`) is that heading's entry with the \
            wrong anchor: it is reported once and pointed at `#newsletters-1` by an unsafe fix, \
            never doubled by a new entry. So is an entry whose anchor an earlier heading took \
            (`[C](#c)` where `### <a id="cpp"></a>C++` comes first and takes `#c`, leaving `#c-1` \
            to `### C`), and an entry landing on an earlier heading of its name at a level the table does not \
            list (`[Error handling](#error-handling)` on `### Error Handling`, while `## Error Handling` has \
            none). No fix ever deletes or moves an entry.
            """,
        rationale: """
            Sections are added, renamed and moved while the table of contents is edited by \
            hand. Readers then miss whole topics, or follow a link that lands at the top of \
            the page.
            """,
        defaultSeverity: .error,
        fix: .safeOrUnsafe,
        options: [
            RuleOptionDescription(name: "heading", summary: "texts of the heading the table of contents sits under (ignoring case)",
                                  defaultValue: .list(TOCConventions.defaultHeadingNames.map { .string($0) })),
            RuleOptionDescription(name: "levels", summary: "heading levels listed; empty: read them from the table's own entries",
                                  defaultValue: .list([])),
            RuleOptionDescription(name: "exclude", summary: "headings (text, or `#anchor`) that need no entry",
                                  defaultValue: []),
        ],
        triggeringExamples: [
            // Entries under a group label and after it stand at one depth: `IDEs` out of order is reported.
            RuleExample("## Contents\n\n* Libraries\n  * [Parsers](#parsers)\n  * [Testing](#testing)\n  * [Unions](#unions)\n* [Tools](#tools)\n* ↓[IDEs](#ides)\n* [Community](#community)\n\n"
                        + "## Parsers\n\nx\n\n## Testing\n\nx\n\n## Unions\n\nx\n\n## Tools\n\nx\n\n## Community\n\nx\n\n## IDEs\n\nx\n"),
            RuleExample("## 目录\n\n1. [机器学习基础](#机器学习基础)\n2. [其他](#其他)\n\n## 机器学习基础\n\n内容\n\n↓## 深度学习基础\n\n内容\n\n## 其他\n\nx\n"),
            RuleExample("## 目录\n\n1. ↓[大模型微调](#大模型微调)\n2. [其他](#其他)\n\n## 大模型微调技术\n\n内容\n\n## 其他\n\nx\n"),
            RuleExample("## 目录\n\n- [A](#a)\n- ↓[C](#c)\n- [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n\n## C\n\nx\n"),
            RuleExample("## 目录\n\n1. [A](#a)\n2. ↓[A](#a)\n\n## A\n\nx\n"),
            // The singular title.
            RuleExample("## Table of content\n\n- [Build Tools](#build-tools)\n- [Other](#other)\n\n## Build Tools\n\nx\n\n↓## Mock frameworks\n\nx\n\n## Other\n\nx\n"),
            // A title ending with `目录`.
            RuleExample("# 【CVPR 2024 论文开源目录】\n\n- [Backbone](#backbone)\n- [GAN](#gan)\n\n# Backbone\n\ntext\n\n↓# 视频编辑(Video Editing)\n\ntext\n\n# GAN\n\ntext\n"),
            RuleExample("## TOC\n\n- [A](#a)\n  - [A.1](#a1)\n- [B](#b)\n\n## A\n\n### A.1\n\n↓### A.2\n\n## B\n"),
            RuleExample("## Contents\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n↓### A.1\n\n## B\n\n↓### B.1\n", options: ["levels": [2, 3]]),
            RuleExample("### Table of Contents\n\n- [A](#a)\n- [C](#c)\n\n## A\n\nx\n\n↓## B\n\nx\n\n## C\n\nx\n"),
            RuleExample("## Contents\n\n- [A](#a)\n- [B](#b)\n- ↓[C](#c)\n- [D](#d)\n- [E](#e)\n\n## E\n\nx\n\n## D\n\nx\n\n## C\n\nx\n\n## A\n\nx\n\n## B\n\nx\n"),
            RuleExample("## 目录\n\n- [官方文档](#官方文档)\n- [工具](#工具)\n\n↓## 数据维护\n\n- [数据](data.yaml)\n\n↓## 置顶\n\n- [WePY](https://a.example/wepy)\n\n## 官方文档\n\n- [指南](https://a.example/guide)\n\n## 工具\n\n- [Taro](https://a.example/taro)\n"),
            RuleExample("## Contents\n\n- [A](#a)\n- [B](#b)\n- [C](#c)\n\n## A\n\n- [a](https://a.example)\n\n↓## About\n\nWritten by hand.\n\n## B\n\n- [b](https://b.example)\n\n## C\n\n- [c](https://c.example)\n"),
        ],
        nonTriggeringExamples: [
            // A section that moved, named in words with a link to where it went.
            RuleExample("# Links\n\n## Contents\n\n- [Online Tools](#online-tools)\n- Privacy-Respecting Software, moved to [here](https://a.example/privacy)\n- [Academic](#academic)\n\n## Online Tools\n\n- [URL Scan](https://a.example/scan)\n\n## Privacy-Respecting Software\n\nMoved to [here](https://a.example/privacy).\n\n## Academic\n\n- [Paper](https://a.example/paper)\n"),
            // One section listed under two categories of a table grouped by labels.
            RuleExample("# Tools\n\n## Contents\n* Tech\n  * Data\n    * [Storage](#storage)\n    * [Database-aaS](#database-aas)\n  * As a Service\n    * [Database-aaS](#database-aas)\n    * [Backend-aaS](#backend-aas)\n\n## Storage\n\nx\n\n## Database-aaS\n\nx\n\n## Backend-aaS\n\nx\n"),
            // The HTML anchor over `## Algorithm` comes before the later `#### Algorithm`: the entry lands on it.
            RuleExample("## 📑 Table of contents\n\n* [Data](#data)\n* [Algorithm](#algorithm)\n* [OS](#os)\n\n## Data\n\nx\n\n"
                + "<a id=\"algorithm\"></a>\n\n## ⚡️ Algorithm\n\nx\n\n## OS\n\n#### Algorithm\n\nx\n"),
            RuleExample("**目录**\n---\n\n- [梯度](#梯度)\n- [反向传播](#反向传播)\n\n## 梯度\n\n- [什么是梯度](https://a.example/1)\n\n"
                        + "**神经网络是怎样学习的？**\n---\n\n- [学习](https://a.example/2)\n\n## 反向传播\n\n- [链式法则](https://a.example/3)\n"),
            // A table written as two lists under a label of its own: the second list's entries count.
            RuleExample("## Contents\n\n* [Transfer](#transfer)\n* [Optimization](#optimization)\n\n*(More than Top 100)*\n\n* [New Papers](#new-papers)\n\n"
                        + "### Transfer\n\n- x\n\n### Optimization\n\n- y\n\n### New Papers\n\n- z\n"),
            // A flat table listing one `###` heading of four among the `##` ones: its sibling is not promised an entry.
            RuleExample("## Contents\n\n- [Guides](#guides)\n- [Videos](#videos)\n- [Articles](#articles)\n\n## Guides\n\nx\n\n### Outdated guides\n\nx\n\n"
                        + "### Videos\n\nx\n\n## Articles\n\n### Why\n\nx\n\n### Outdated articles\n\nx\n"),
            // One subsection of three listed: a shortcut to it, not a table of the subsections.
            RuleExample("## Contents\n\n- [Articles](#articles)\n- [Components](#components)\n- [Navigation](#navigation)\n\n## Articles\n\nx\n\n## Components\n\n### UI\n\nx\n\n### Navigation\n\nx\n\n### Charts\n\nx\n"),
            RuleExample("## 目录\n\n- [OCaml](#OCaml)\n- [Go](#go)\n\n## OCaml\n\nx\n\n## Go\n\nx\n"),
            RuleExample("## 目录\n\n1. [机器学习基础](#机器学习基础)\n2. [Transformer、Bert、GPT系列模型](#transformerbertgpt系列模型)\n\n## 机器学习基础\n\n### 细节\n\nx\n\n## Transformer、Bert、GPT系列模型\n\nx\n"),
            RuleExample("## 项目简介\n\n内容\n\n## 目录\n\n- [A](#a)\n\n## A\n\nx\n\n## 贡献指南\n\nx\n", options: ["exclude": ["贡献指南"]]),
            RuleExample("## Table of Contents\n\n- [A](#a)\n  - [A.1](#a1)\n- [B](#b)\n\n## A\n\n### A.1\n\n## B\n"),
            RuleExample("## 其他问题\n\n1. [其他问题](#其他问题-1)\n\n## 其他问题\n\nx\n", options: ["heading": ["其他问题"]]),
            RuleExample("## 目录\n\n本文没有目录列表。\n\n## A\n"),
            RuleExample("## 目录\n\n1. [A](#a)\n2. [B](#b)\n\n## A\n\n### B\n\nx\n"),
            RuleExample("## 目录\n\n- [Java](#java)\n- [Go 语言](#go)\n\n## Java\n\nx\n\n<a id=\"go\"></a>\n## Go\n\nx\n"),
            RuleExample("## Contents\n\n- 基础篇\n  - [A](#a)\n  - [B](#b)\n- 进阶篇\n  - [C](#c)\n\n## A\n\nx\n\n## B\n\nx\n\n## C\n\nx\n"),
            RuleExample("## 目录\n\n- [机器学习](#机器学习基础)\n- [B](#b)\n\n## 机器学习基础\n\nx\n\n## B\n\nx\n"),
            RuleExample("## 目录\n\n1. [Java](#java)\n\n## Java\n\n### 集合\n\n### 并发\n"),
            RuleExample("## Index\n\n- [Elm](#elm)\n- [JavaScript](#javascript)\n  - [Elm](#elm)\n  - [TypeScript](#typescript)\n- [Python](#python)\n\n## JavaScript\n\n### Elm\n\nx\n\n### TypeScript\n\nx\n\n## Python\n\nx\n"),
            RuleExample("## Index\n\n- [Go](#go)\n- [Language Agnostic](subjects.md)\n\n## Go\n\nx\n\n## Language Agnostic\n\nMoved to another file.\n"),
            RuleExample("## Tools\n\n##### Table of Contents\n\n- [find](#find)\n- [grep](#grep)\n\n##### find\n\nx\n\n##### grep\n\nx\n\n## Other\n\n##### awk\n\nx\n"),
            RuleExample("## <a name='toc'>Contents</a>\n\n* [NoSQL Questions](#nosql)\n  * [CAP Theorem](#cap-theorem)\n  * [NoSQL](#nosql)\n* [Web Questions](#web)\n  * [SPAs](#spas)\n\n### [[↑]](#toc) <a name='nosql'>Questions about NoSQL:</a>\n\n#### CAP Theorem\n\nx\n\n#### NoSQL\n\nx\n\n### [[↑]](#toc) <a name='web'>Questions about Web:</a>\n\n#### SPAs\n\nx\n"),
            RuleExample("## Contents\n\n- [Bar](#bar)\n- [Awesome Foo](#awesome-foo-)\n\n## Bar\n\nx\n\n## Awesome Foo [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\nx\n"),
        ],
        corrections: [
            // A fragment missing the anchor by its hyphens alone (a dash leaves two): only the fragment changes.
            RuleCorrection("## Contents\n\n1. [Scenario 4: leak](#scenario-4-a-user-leaks-the-prompt)\n2. [Scenario 5: handoff](#scenario-5-multi-agent-system-one-agent)\n\n"
                           + "### Scenario 4: A user leaks the prompt\n\nAnswer.\n\n### Scenario 5: Multi-agent system — one agent\n\nAnswer.\n",
                           "## Contents\n\n1. [Scenario 4: leak](#scenario-4-a-user-leaks-the-prompt)\n2. [Scenario 5: handoff](#scenario-5-multi-agent-system--one-agent)\n\n"
                           + "### Scenario 4: A user leaks the prompt\n\nAnswer.\n\n### Scenario 5: Multi-agent system — one agent\n\nAnswer.\n",
                           unsafe: true),
            // A table grouped by labels in an order of its own: where a forgotten section goes is a
            // guess, so no safe fix places it.
            RuleCorrection("# Tools\n\n## Contents\n* Business\n  * Payments\n    * [Billing](#billing)\n  * Tracking\n    * [Income Analytics](#income-analytics)\n\n## Income Analytics\n\nx\n\n## Payments and Downloads\n\nx\n\n## Billing\n\nx\n",
                           "# Tools\n\n## Contents\n* Business\n  * Payments\n    * [Billing](#billing)\n  * Tracking\n    * [Income Analytics](#income-analytics)\n\n## Income Analytics\n\nx\n\n## Payments and Downloads\n\nx\n\n## Billing\n\nx\n"),
            // A table of the questions set in list items leaves out a question's own sub-heading.
            RuleCorrection("## Table of Contents\n\n- [1 What is a tuple?](#what-is-a-tuple)\n- [2 What are Modules?](#what-are-modules)\n- [3 What is an enum?](#what-is-an-enum)\n\n1. ### What is a tuple?\n\nx\n\n2. ### What are Modules?\n\nx\n\n### Example\n\ny\n\n3. ### What is an enum?\n\nz\n",
                           "## Table of Contents\n\n- [1 What is a tuple?](#what-is-a-tuple)\n- [2 What are Modules?](#what-are-modules)\n- [3 What is an enum?](#what-is-an-enum)\n\n1. ### What is a tuple?\n\nx\n\n2. ### What are Modules?\n\nx\n\n### Example\n\ny\n\n3. ### What is an enum?\n\nz\n", unsafe: true),
            // An entry naming its heading with a number of its own: only the fragment changes.
            RuleCorrection("## Table of Contents\n\n- [1 Difference between explicit and implicit types ?](#difference-between-explicit-and-implicit-types)\n- [2 Why is generic used?](#why-is-generic-used)\n\n### Difference between explicit and implicit types ?\n\nx\n\n### Why is generic used?\n\nx\n",
                           "## Table of Contents\n\n- [1 Difference between explicit and implicit types ?](#difference-between-explicit-and-implicit-types-)\n- [2 Why is generic used?](#why-is-generic-used)\n\n### Difference between explicit and implicit types ?\n\nx\n\n### Why is generic used?\n\nx\n", unsafe: true),
            // A short label of the author's own (never the heading's text): only the fragment changes.
            RuleCorrection("## 目录\n\n* [1. 浑浊药罐问题](#1-四个药罐中有一个浑浊的药罐如何只用一次天平找出浑浊的药罐)\n* [2. 卡片证明问题](#2-四张卡片卡片正面是数字反面是字母我翻哪两张)\n\n### 1. 四个药罐中有一个浑浊的药罐，如何只用一次天平找出浑浊的药罐？\n\n答案。\n\n### 2. 四张卡片，卡片正面是数字，反面是字母。我只能翻两张牌，我翻哪两张？\n\n答案。\n",
                           "## 目录\n\n* [1. 浑浊药罐问题](#1-四个药罐中有一个浑浊的药罐如何只用一次天平找出浑浊的药罐)\n* [2. 卡片证明问题](#2-四张卡片卡片正面是数字反面是字母我只能翻两张牌我翻哪两张)\n\n### 1. 四个药罐中有一个浑浊的药罐，如何只用一次天平找出浑浊的药罐？\n\n答案。\n\n### 2. 四张卡片，卡片正面是数字，反面是字母。我只能翻两张牌，我翻哪两张？\n\n答案。\n", unsafe: true),
            // Entries that leave out their headings' numbers: the repaired entry leaves it out too.
            RuleCorrection("## 导航目录\n\n1. [计算机系统基本概念](#1-计算机系统基本概念)\n2. [冯·诺依曼体系结构](#2-冯诺依曼体系结构)\n\n## 1. 计算机系统的基本概念与组成\n\n内容。\n\n## 2. 冯·诺依曼体系结构\n\n内容。\n",
                           "## 导航目录\n\n1. [计算机系统的基本概念与组成](#1-计算机系统的基本概念与组成)\n2. [冯·诺依曼体系结构](#2-冯诺依曼体系结构)\n\n## 1. 计算机系统的基本概念与组成\n\n内容。\n\n## 2. 冯·诺依曼体系结构\n\n内容。\n", unsafe: true),
            // An entry landing on the page's title, named as a section below the contents.
            RuleCorrection("# Support Vector Machines\n\n## Contents\n\n- [Margin](#margin)\n- [Support Vector Machines](#support-vector-machines)\n\n## Margin\n\nx\n\n## Support Vector Machines\n\nx\n",
                           "# Support Vector Machines\n\n## Contents\n\n- [Margin](#margin)\n- [Support Vector Machines](#support-vector-machines-1)\n\n## Margin\n\nx\n\n## Support Vector Machines\n\nx\n", unsafe: true),
            // Two dead entries, one heading without an entry: the entry whose fragment is nearest to
            // its anchor is its, pointed there (its label its own); the other stays (a section the page lacks).
            RuleCorrection("## Contents\n\n- [Perceptron](#perceptron)\n- [Activation Functions](#Activation-Functions)\n- [Training Hyperparameter](#Training-Hyperparameters)\n\n## Perceptron\n\nx\n\n## Training and Hyperparameters\n\nx\n",
                           "## Contents\n\n- [Perceptron](#perceptron)\n- [Activation Functions](#Activation-Functions)\n- [Training Hyperparameter](#training-and-hyperparameters)\n\n## Perceptron\n\nx\n\n## Training and Hyperparameters\n\nx\n", unsafe: true),
            // A heading misspelt (`theorm it`) under an entry written right: the entry keeps its
            // words, and only its fragment follows the heading.
            RuleCorrection("## Contents\n\n+ [What is MongoDB?](#what-is-mongodb)\n+ [How does MongoDB fit into CAP theorem?](#How-does-MongoDB-fit-into-CAP-theorem)\n\n"
                + "## What is MongoDB?\n\nx\n\n## how does MongoDB fit into CAP theorm it?\n\nx\n",
                           "## Contents\n\n+ [What is MongoDB?](#what-is-mongodb)\n+ [How does MongoDB fit into CAP theorem?](#how-does-mongodb-fit-into-cap-theorm-it)\n\n"
                + "## What is MongoDB?\n\nx\n\n## how does MongoDB fit into CAP theorm it?\n\nx\n", unsafe: true),
            // A heading's way back to the contents (`[↑](#contents)`) is no part of its name.
            RuleCorrection("## Contents\n\n- [Meta Search](#-meta-search)\n- [Data Breach Search](#-databreach-search)\n\n## [↑](#contents) Meta Search\n\nx\n\n## [↑](#contents) Data Breach Search\n\nx\n",
                           "## Contents\n\n- [Meta Search](#-meta-search)\n- [Data Breach Search](#-data-breach-search)\n\n## [↑](#contents) Meta Search\n\nx\n\n## [↑](#contents) Data Breach Search\n\nx\n", unsafe: true),
            // Anchors that lost their accents: each entry keeps its own heading (`Právo` is not
            // taken for the missing `Operačné systémy`), and no entry is added twice.
            RuleCorrection("### Index\n\n* [Basics](#basics)\n    * [Právo](#pravo)\n    * [Všeobecné](#vseobecne)\n* [Operačné systémy](#operacne-systemy)\n* [Python](#python)\n\n### Basics\n\n#### Právo\n\nx\n\n#### Všeobecné\n\nx\n\n### Operačné systémy\n\nx\n\n### Python\n\nx\n",
                           "### Index\n\n* [Basics](#basics)\n    * [Právo](#pravo)\n    * [Všeobecné](#vseobecne)\n* [Operačné systémy](#operačné-systémy)\n* [Python](#python)\n\n### Basics\n\n#### Právo\n\nx\n\n#### Všeobecné\n\nx\n\n### Operačné systémy\n\nx\n\n### Python\n\nx\n", unsafe: true),
            // An entry named as its heading but for the outline number, or numbered as it is, is that
            // heading's (a translated label kept, only its fragment repaired).
            RuleCorrection("## Table of Contents\n\n- [Intro](#intro)\n- [Karakter Meta](#2-meta-characters)\n  - [Set Karakter](#22-character-sets)\n  - [Pengulangan](#23-repetitions)\n\n## Intro\n\nx\n\n## 2. Karakter Meta\n\nx\n\n## 2.2 Set Karakter\n\nx\n\n## 2.3 Pengulangan\n\nx\n",
                           "## Table of Contents\n\n- [Intro](#intro)\n- [Karakter Meta](#2-karakter-meta)\n  - [Set Karakter](#22-set-karakter)\n  - [Pengulangan](#23-pengulangan)\n\n## Intro\n\nx\n\n## 2. Karakter Meta\n\nx\n\n## 2.2 Set Karakter\n\nx\n\n## 2.3 Pengulangan\n\nx\n", unsafe: true),
            RuleCorrection("## 目录\n\n* [1. 基本匹配](#1-基本匹配)\n* [2. 元字符](#2-元字符)\n\t* [2.5 (...) 特征标群](#25--特征标群)\n\t* [2.6 | 或运算符](#26--或运算符)\n* [额外补充](#额外补充)\n* [贡献](#贡献)\n\n## 1. 基本匹配\n\nx\n\n## 2. 元字符\n\nx\n\n## 2.5 `(...)` 捕获组\n\nx\n\n## 2.6 `|` 或运算符\n\nx\n\n## 贡献\n\nx\n",
                           "## 目录\n\n* [1. 基本匹配](#1-基本匹配)\n* [2. 元字符](#2-元字符)\n\t* [2.5 `(...)` 捕获组](#25--捕获组)\n\t* [2.6 | 或运算符](#26--或运算符)\n* [额外补充](#额外补充)\n* [贡献](#贡献)\n\n## 1. 基本匹配\n\nx\n\n## 2. 元字符\n\nx\n\n## 2.5 `(...)` 捕获组\n\nx\n\n## 2.6 `|` 或运算符\n\nx\n\n## 贡献\n\nx\n", unsafe: true),
            // An entry whose fragment was cut short is its heading's, at whatever depth it stands.
            RuleCorrection("## 目录\n\n* [常用算法](#常用算法)\n    * [经典笔试题](#经典笔试题)\n      * [1. 扁平化](#1-扁平化)\n      * [2. 去重](#2-去重)\n* [智力题](#智力题)\n  * [1. 夹角问题](#1-夹角问题)\n  * [2. 卡片问题](#2-四张卡片正面是数字)\n\n# 常用算法\n\n## 经典笔试题\n\n#### 1. 扁平化\n\nx\n\n#### 2. 去重\n\nx\n\n# 智力题\n\n#### 1. 夹角问题\n\nx\n\n#### 2. 四张卡片正面是数字，我翻哪两张？\n\nx\n",
                           "## 目录\n\n* [常用算法](#常用算法)\n    * [经典笔试题](#经典笔试题)\n      * [1. 扁平化](#1-扁平化)\n      * [2. 去重](#2-去重)\n* [智力题](#智力题)\n  * [1. 夹角问题](#1-夹角问题)\n  * [2. 卡片问题](#2-四张卡片正面是数字我翻哪两张)\n\n# 常用算法\n\n## 经典笔试题\n\n#### 1. 扁平化\n\nx\n\n#### 2. 去重\n\nx\n\n# 智力题\n\n#### 1. 夹角问题\n\nx\n\n#### 2. 四张卡片正面是数字，我翻哪两张？\n\nx\n", unsafe: true),
            // A group label names its heading without a link; an entry named as its heading, at another depth, is that heading's.
            RuleCorrection("## 目录\n\n* [打包](#打包)\n* UI\n  * [日期](#日期)\n  * [数字](#数字)\n* [视频/音频](#视频/音频)\n\n## 打包\n\nx\n\n## UI\n\n## 日期\n\nx\n\n## 数字\n\nx\n\n## 视频/音频\n\nx\n",
                           "## 目录\n\n* [打包](#打包)\n* UI\n  * [日期](#日期)\n  * [数字](#数字)\n* [视频/音频](#视频音频)\n\n## 打包\n\nx\n\n## UI\n\n## 日期\n\nx\n\n## 数字\n\nx\n\n## 视频/音频\n\nx\n", unsafe: true),
            // An entry Markdown shows as text (a space in its fragment) still stands for its heading: no second entry.
            RuleCorrection("## Contents\n\n- [Privacy](#privacy)\n- [Defenses & Mitigation](#defenses & mitigation)\n- [Datasets](#datasets)\n\n## Privacy\n\nx\n\n## Defenses & Mitigation\n\nx\n\n## Datasets\n\nx\n",
                           "## Contents\n\n- [Privacy](#privacy)\n- [Defenses & Mitigation](#defenses & mitigation)\n- [Datasets](#datasets)\n\n## Privacy\n\nx\n\n## Defenses & Mitigation\n\nx\n\n## Datasets\n\nx\n", unsafe: true),
            // The later heading's anchor is the earlier heading's HTML anchor: an entry would link that one, so none is added.
            RuleCorrection("# Contents\n\n- [Related](#related)\n- [Honeypots](#honeypots)\n- [Tools](#tools)\n\n## Related\n\nx\n\n## <a name=\"honeypots\"></a> Honeypots\n\nx\n\n## Honeypots\n\nx\n\n## Tools\n\nx\n",
                           "# Contents\n\n- [Related](#related)\n- [Honeypots](#honeypots)\n- [Tools](#tools)\n\n## Related\n\nx\n\n## <a name=\"honeypots\"></a> Honeypots\n\nx\n\n## Honeypots\n\nx\n\n## Tools\n\nx\n", unsafe: true),
            RuleCorrection("## 目录\n\n1. [A](#a)\n2. [C](#c)\n\n## A\n\nx\n\n## B\n\nx\n\n## C\n\nx\n",
                           "## 目录\n\n1. [A](#a)\n2. [B](#b)\n2. [C](#c)\n\n## A\n\nx\n\n## B\n\nx\n\n## C\n\nx\n"),
            RuleCorrection("## 目录\n\n* [B](#b)\n* [A](#a)\n* [Gone](#gone)\n\n## A\n\nx\n\n## B\n\nx\n",
                           "## 目录\n\n* [B](#b)\n* [A](#a)\n* [Gone](#gone)\n\n## A\n\nx\n\n## B\n\nx\n"),
            RuleCorrection("## TOC\n\n1) [A](#a)\n   1) [A.1](#a1)\n2) [`B` 模型](#b-模型)\n\n## A\n\n### A.1\n\n### A.2\n\n## `B` 模型\n",
                           "## TOC\n\n1) [A](#a)\n   1) [A.1](#a1)\n   2) [A.2](#a2)\n2) [`B` 模型](#b-模型)\n\n## A\n\n### A.1\n\n### A.2\n\n## `B` 模型\n"),
            // B lies between two listed sections: forgotten, so the safe fix adds it (a section
            // after the last listed one may be left out on purpose and gets only an unsafe fix).
            RuleCorrection("## <a name='toc'>Contents</a>\n\n1. [A](#a-anchor)\n2. [C](#c-anchor)\n\n#### [⬆](#toc) <a name='a-anchor'>A</a>\n\nx\n\n#### [⬆](#toc) <a name='b-anchor'>B</a>\n\nx\n\n#### [⬆](#toc) <a name='c-anchor'>C</a>\n\nx\n",
                           "## <a name='toc'>Contents</a>\n\n1. [A](#a-anchor)\n2. [B](#b-anchor)\n2. [C](#c-anchor)\n\n#### [⬆](#toc) <a name='a-anchor'>A</a>\n\nx\n\n#### [⬆](#toc) <a name='b-anchor'>B</a>\n\nx\n\n#### [⬆](#toc) <a name='c-anchor'>C</a>\n\nx\n"),
            RuleCorrection("## 目录\n\n- [A](#a)\n- [B](#b)\n\n## 置顶\n\n- [x](https://x.example)\n\n## A\n\n- [a](https://a.example)\n\n## B\n\n- [b](https://b.example)\n\n## License\n\nMIT\n",
                           "## 目录\n\n- [A](#a)\n- [B](#b)\n\n## 置顶\n\n- [x](https://x.example)\n\n## A\n\n- [a](https://a.example)\n\n## B\n\n- [b](https://b.example)\n\n## License\n\nMIT\n"),
            RuleCorrection("## 目录\n\n- [A](#a)\n- [Old](#old)\n- [C](#c)\n\n## A\n\nx\n\n## New\n\nx\n\n## C\n\nx\n",
                           "## 目录\n\n- [A](#a)\n- [New](#new)\n- [C](#c)\n\n## A\n\nx\n\n## New\n\nx\n\n## C\n\nx\n", unsafe: true),
        ],
        emittedSeverities: [.error, .warning, .info]
    )

    let headingNames: [String]
    let configuredLevels: [Int]
    let excluded: [String]

    public init(options: RuleOptions) throws(RuleConfigurationError) {
        headingNames = options.strings("heading")
        let levelValues: [ConfigValue]
        if case .list(let values)? = options.value("levels") { levelValues = values } else { levelValues = [] }
        let levels = levelValues.compactMap { if case .int(let level) = $0 { level } else { nil } }
        guard levels.count == levelValues.count, levels.allSatisfy((1...6).contains) else {
            throw RuleConfigurationError(option: "levels", problem: "expected heading levels between 1 and 6")
        }
        configuredLevels = Array(Set(levels)).sorted()
        excluded = options.strings("exclude").map { HeadingText.normalized($0).lowercased() }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        let overrides = file.derived.overrides
        let levels = configuredLevels.isEmpty ? (overrides.ints("toc-levels") ?? []) : configuredLevels
        guard let conventions = TOCConventions.infer(in: document, headingNames: headingNames, configuredLevels: levels) else { return [] }
        // Entries that leave out their headings' numbers get repairs without them too.
        let dropsNumbers = Self.dropsOutlineNumbers(conventions: conventions, in: document)
        let toc = conventions.toc
        let source = document.source
        let headings = document.headings
        let entries = toc.entries
        let targets = conventions.targets
        let tocLocation = RelatedLocation(file: file, range: toc.heading.range, message: "table of contents")
        var violations: [Violation] = []

        // `**神经网络是怎样学习的？**` over `---`: a table generated from the `#` headings lists no
        // setext heading; where it lists `#` headings and none of those, they are outside it.
        let listed = targets.compactMap { $0.map { headings[$0] } }
        let leavesOutSetext = listed.contains { !$0.isSetext } && !listed.contains(where: \.isSetext)
        let expected = headings.filter {
            conventions.expected.contains($0.index) && !isExcluded($0, in: document) && !(leavesOutSetext && $0.isSetext)
        }
        // The depth most entries of each heading level sit at; an entry at another depth is a
        // cross-reference (an index listing `Elm` at the top and under `JavaScript`).
        // Group labels (`* Libraries` over `[Parsers](#parsers)`) add a depth and no level: an
        // entry's depth counts the linked entries above it only, so `[Tools](#tools)` after the
        // group stands at the depth of `[Parsers]`.
        var depths: [Int] = []
        var ancestors: [Int] = []
        for (position, entry) in entries.enumerated() {
            while let last = ancestors.last, entries[last].depth >= entry.depth { ancestors.removeLast() }
            depths.append(entry.depth - ancestors.count { conventions.groupLabelEntries.contains($0) })
            ancestors.append(position)
        }
        var depthVotes: [Int: [Int: Int]] = [:]
        for (position, target) in targets.enumerated() {
            guard let target else { continue }
            depthVotes[headings[target].level, default: [:]][depths[position], default: 0] += 1
        }
        // A tie is no usual depth (and a dictionary's order would pick one at random).
        let usualDepth = depthVotes.compactMapValues { votes -> Int? in
            guard let top = votes.values.max(), votes.values.count(where: { $0 == top }) == 1 else { return nil }
            return votes.first { $0.value == top }?.key
        }
        func isCrossReference(_ position: Int) -> Bool {
            guard conventions.isNested, let target = targets[position] else { return false }
            return usualDepth[headings[target].level].map { $0 != depths[position] } ?? false
        }
        // The group label (an entry without a link over nested entries) an entry stands under.
        func groupLabel(of position: Int) -> Int? {
            let depth = entries[position].depth
            guard depth > 0 else { return nil }
            return (0..<position).reversed().first { entries[$0].depth < depth }.flatMap { conventions.groupLabelEntries.contains($0) ? $0 : nil }
        }
        var firstEntry: [Int: Int] = [:]
        var candidates: [Int] = []
        // Entries repeating a heading's entry: (position, first entry's position).
        var repeats: [(position: Int, first: Int)] = []
        for (position, target) in targets.enumerated() {
            guard let target, target > toc.heading.index else { continue }
            if let first = firstEntry[target] {
                if isCrossReference(first) || isCrossReference(position) {
                    if isCrossReference(first), !isCrossReference(position) {
                        candidates.removeAll { $0 == first }
                        firstEntry[target] = position
                        candidates.append(position)
                    }
                    continue
                }
                // `* Data` / `* [Database-aaS]` … `* As a Service` / `* [Database-aaS]`: a table grouped
                // by labels lists a section under two of its categories on purpose.
                if let labelA = groupLabel(of: first), let labelB = groupLabel(of: position), labelA != labelB { continue }
                repeats.append((position, first))
            } else {
                firstEntry[target] = position
                candidates.append(position)
            }
        }
        candidates.sort()
        let ordered = Set(Self.longestIncreasingRun(candidates, key: { targets[$0] ?? 0 }))
        let outOfPlace = candidates.filter { !ordered.contains($0) && !isCrossReference($0) }
        let judged = candidates.filter { !isCrossReference($0) }
        let isAlphabetical = Self.isMostlyAlphabetical(judged.compactMap { entries[$0].link.map { HeadingText.normalized($0.text) } },
                                                       fewerOutOfPlaceThan: outOfPlace.count)
        if let order = orderViolation(outOfPlace: outOfPlace, of: judged.count, alphabetical: isAlphabetical,
                                      conventions: conventions, file: file) {
            violations.append(order)
        }

        // An entry linking nowhere, where a heading of that stretch has no entry: a renamed section.
        // An entry named like the heading but linking elsewhere (another file) lists it on purpose.
        var entryTexts = Set(entries.filter { $0.link == nil && $0.item.links.contains { !$0.isImage } }
            .map { HeadingText.normalized($0.item.text).lowercased() })
        // `- Privacy-Respecting Software, moved to [here](https://…)`: the section named in words
        // before a remark and its link elsewhere (the section moved) is listed all the same.
        for entry in entries where entry.link == nil && entry.item.links.contains(where: { !$0.isImage }) {
            if let named = Self.nameBeforeRemark(HeadingText.normalized(entry.item.text)) { entryTexts.insert(named.lowercased()) }
        }
        // `- [Defenses & Mitigation](#defenses & mitigation)`: an entry Markdown shows as text (a
        // space in its fragment, link-format's to report). Its brackets name the heading it
        // stands for: a second entry would list that heading twice.
        // `* UI` over `* [代码高亮](#代码高亮)`: a group label naming its heading without a link
        // lists it all the same.
        for entry in entries where entry.link == nil {
            guard case .paragraph(let lead)? = entry.item.children.first else { continue }
            entryTexts.insert(HeadingText.normalized(lead.text).lowercased())
        }
        for entry in entries where entry.link == nil && entry.item.text.hasPrefix("[") {
            let text = entry.item.text
            guard let close = text.range(of: "]("), close.lowerBound > text.index(after: text.startIndex) else { continue }
            entryTexts.insert(HeadingText.normalized(String(text[text.index(after: text.startIndex)..<close.lowerBound])).lowercased())
        }
        // `[Escaping \](#27-escaping)`, the bracket escaped, for `## 2.7 Escaping`: named but
        // for the outline number, it stands for the heading all the same.
        let entryBareTitles = Set(entryTexts.map(HeadingText.bareTitle).filter { !$0.isEmpty })
        // `1. ### What is a tuple?` … `### Example` … `3. ### What is an enum?`: a table listing only
        // the questions set inside list items (three or more) leaves out a heading outside them,
        // a question's own sub-heading.
        let inItems = Set(document.lists.lazy.flatMap(\.items).flatMap { item in
            item.children.compactMap { block -> Int? in if case .heading(let heading) = block { heading.index } else { nil } }
        })
        // (Judged on a table most of whose entries land: a few landing ones say little.)
        let linkedEntries = entries.count { $0.link != nil }
        let listsOnlyHeadingsInItems = firstEntry.count >= 3 && firstEntry.count * 2 >= linkedEntries && firstEntry.keys.allSatisfy(inItems.contains)
        var missing = expected.filter { heading in
            firstEntry[heading.index] == nil && !conventions.headingsNamedByHTMLAnchors.contains(heading.index)
                && (!listsOnlyHeadingsInItems || inItems.contains(heading.index))
                && !texts(of: heading, in: document).contains(where: entryTexts.contains)
                && !entryBareTitles.contains(HeadingText.bareTitle(document.anchors.anchorText(of: heading)))
        }
        func name(_ text: String) -> String { HeadingText.normalized(text).lowercased() }
        // Headings are named by the text of their anchor: a badge's alt text is no part of it.
        func name(of heading: Heading) -> String { name(document.anchors.anchorText(of: heading)) }
        // An entry named as the heading is, landing elsewhere, is the heading's entry:
        // - `[对抗样本](#AE)` on an `<a name="AE">` the document holds (closing the line above
        //   the heading, say): it lands there, listed;
        // - `[场景文本识别](#Scene-Text-Recognition)`, whose id a copied `<a name>` gives an
        //   earlier section `场景文本检测`: its link is wrong, and a second entry would list the
        //   name twice.
        var namingEntry: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            guard let link = entry.link else { continue }
            let named = name(link.text)
            if namingEntry[named] == nil { namingEntry[named] = position }
        }
        missing.removeAll { heading in
            guard let position = namingEntry[name(of: heading)], let link = entries[position].link else { return false }
            guard let target = targets[position] else { return conventions.htmlAnchorEntries.contains(position) }
            let landing = headings[target]
            // `[Support Vector Machines](#support-vector-machines)` landing on the page's title
            // above the contents, named as the section below it (`#support-vector-machines-1`):
            // the section's entry, its anchor short of GitHub's `-1`.
            if target < toc.heading.index, heading.index > toc.heading.index, !targets[..<position].contains(target) {
                violations.append(repointing(link, to: heading, linking: "'\(HeadingText.normalized(landing.text))', the heading above the contents", in: file, dropsNumbers: dropsNumbers))
                return true
            }
            guard target != heading.index, name(of: landing) != name(link.text), firstEntry[target] == position,
                  !repeats.contains(where: { $0.first == position }) else { return false }
            violations.append(repointing(link, to: heading, linking: "'\(HeadingText.normalized(landing.text))', the section that anchor leads to", in: file, dropsNumbers: dropsNumbers))
            return true
        }
        // An entry named like a heading of the document whose anchor lost its accents (`[Právo](#pravo)`)
        // is that heading's entry with a broken link (toc-anchor's to report), not a renamed
        // section: it pairs with a missing heading only of its own name.
        let headingNames = Set(document.headings.map { name(of: $0) })
        // The headings an entry can stand for: after the heading of the listed entry above it
        // and before that of the listed entry below it.
        func stretch(of position: Int) -> (before: Int, after: Int) {
            (ordered.filter { $0 < position }.compactMap { targets[$0] }.max() ?? toc.heading.index,
             ordered.filter { $0 > position }.compactMap { targets[$0] }.min() ?? Int.max)
        }
        // Entries linking nowhere that no missing heading was paired with: a heading of their
        // stretch may still be theirs (written at another depth), so its entry is not added by a
        // safe fix, which could list it twice.
        var unpairedDeadStretches: [(before: Int, after: Int)] = []
        let dead = entries.indices.filter { entries[$0].link != nil && targets[$0] == nil && !conventions.htmlAnchorEntries.contains($0) }
        // Entries named as a heading is pair first: `[3D语义分割](#3DSS)` is that heading's,
        // wherever it stands, and no neighbour of another name may take the heading before it.
        let deadStretches = Dictionary(uniqueKeysWithValues: dead.map { ($0, stretch(of: $0)) })
        // `[Training Hyperparameter](#Training-Hyperparameters)`: the fragment is nearest to the
        // anchor of one heading of its stretch without an entry (`#training-and-hyperparameters`,
        // as toc-anchor suggests), and of all the page's anchors: that heading's, renamed.
        lazy var allAnchors = NearestAnchors(document.anchors.all)
        func nearMissing(_ position: Int) -> Heading? {
            guard let fragment = entries[position].link?.fragmentOnly, !fragment.isEmpty,
                  let anchor = allAnchors.nearest(to: AnchorFragment.decode(fragment)) else { return nil }
            let (before, after) = deadStretches[position]!
            return missing.first { $0.index > before && $0.index < after && document.anchor(of: $0) == anchor }
        }
        let isNamed = { (position: Int) in headingNames.contains(name(entries[position].link!.text)) }
        let nearFirst = dead.filter { !isNamed($0) && nearMissing($0) != nil }
        let namedFirst = dead.filter(isNamed) + nearFirst + dead.filter { !isNamed($0) && !nearFirst.contains($0) }
        var pairedDead = Set<Int>()
        for position in namedFirst {
            let entry = entries[position]
            let (before, after) = deadStretches[position]!
            guard let link = entry.link else { continue }
            let entryName = name(link.text)
            // In a nested table, an entry's depth says the level of its heading: a dead `h4`
            // entry (`Detaching the Change Detector`) is not the missing `h3`'s.
            let atItsDepth = { (heading: Heading) in
                !conventions.isNested || (usualDepth[heading.level].map { $0 == depths[position] } ?? true)
            }
            let isBetween = { (heading: Heading) in heading.index > before && heading.index < after }
            // Named as the heading is (`[视频/音频](#视频/音频)`, its anchor broken by the `/`),
            // the entry is that heading's at whatever depth it stands.
            // Its fragment cut short (`#2-四张卡片…必然是-1` for the heading's `…-1-我只能翻两张牌…`):
            // the heading it was written for, at whatever depth it stands.
            let fragment = AnchorFragment.decode(link.fragmentOnly ?? "")
            let isCutShort = { (heading: Heading) in fragment.count >= 4 && document.anchor(of: heading).hasPrefix(fragment) }
            // Numbered as the heading is (`2.5 (...) 特征标群` for `## 2.5 \`(...)\` 捕获组`): its
            // section, renamed, at whatever depth it stands.
            let entryNumber = Self.outlineNumber(link.text)
            let isSameNumber = { (heading: Heading) in entryNumber != nil && Self.outlineNumber(heading.text) == entryNumber }
            // Named as the heading is but for its outline number (`[Karakter Meta](…)` for
            // `## 2. Karakter Meta`): that heading's, before any heading of the stretch.
            let bareName = HeadingText.bareTitle(link.text)
            // `[노트 작성 (Note-taking)](#노트-작성-note-taking)` for `### 노트 작성`: the heading's name
            // and a gloss in brackets, the heading's before its neighbour's.
            let glossed = Self.nameBeforeGloss(link.text).map(name)
            // Otherwise, by place alone: the one dead entry of a stretch is its first heading
            // without an entry, and as many dead entries as headings without one (a translation
            // keeping the original's anchors) are theirs in order. `- [医学图像分割](#MIS)` and
            // `- [视频目标分割](#VOS)` next to one unlisted `# 3D目标检测` are categories the
            // document lacks, not a renaming.
            let deadHere = dead.count { other in
                deadStretches[other]!.before == before && entries[other].depth == entry.depth && !pairedDead.contains(other)
            }
            let isAlone = deadHere == 1 || deadHere == missing.count { isBetween($0) && atItsDepth($0) }
            let paired = headingNames.contains(entryName)
                ? missing.firstIndex { isBetween($0) && name(of: $0) == entryName } ?? missing.firstIndex { name(of: $0) == entryName }
                : missing.firstIndex { isBetween($0) && !bareName.isEmpty && HeadingText.bareTitle(document.anchors.anchorText(of: $0)) == bareName }
                    ?? missing.firstIndex { isBetween($0) && (isCutShort($0) || isSameNumber($0)) }
                    ?? glossed.flatMap { base in missing.firstIndex { isBetween($0) && name(of: $0) == base } }
                    ?? nearMissing(position).flatMap { near in missing.firstIndex { $0.index == near.index } }
                    ?? (isAlone ? missing.firstIndex { isBetween($0) && atItsDepth($0) } : nil)
            guard let paired else {
                unpairedDeadStretches.append((before, after))
                continue
            }
            let heading = missing.remove(at: paired)
            pairedDead.insert(position)
            // Once repaired it is the heading's entry: a forgotten section after it goes below it.
            firstEntry[heading.index] = position
            violations.append(repointing(link, to: heading, linking: "to no heading", in: file, dropsNumbers: dropsNumbers))
        }

        // `- [Nice Tools](#nice-tools)` under `Reconnaissance`, at the depth of its `### Nice Tools`
        // (#nice-tools-1, no entry), landing on the `#### Nice Tools` of an earlier section listed
        // a level deeper: not a cross-reference to that heading but the later section's entry, its
        // anchor taken by the earlier heading of its name. Adding an entry beside it would show
        // the name twice.
        for position in entries.indices where isCrossReference(position) {
            guard let target = targets[position], let link = entries[position].link, name(link.text) == name(of: headings[target]) else { continue }
            let (before, after) = stretch(of: position)
            guard let paired = missing.firstIndex(where: { heading in
                heading.index > before && heading.index < after && name(of: heading) == name(link.text)
                    && usualDepth[heading.level] == depths[position]
            }) else { continue }
            let heading = missing.remove(at: paired)
            firstEntry[heading.index] = position
            violations.append(repointing(link, to: heading, linking: target < heading.index ? "the earlier heading of that name" : "another heading of that name",
                                         in: file, dropsNumbers: dropsNumbers, isLater: target < heading.index))
        }

        // `* [Newsletters](#newsletters)` again, under `Resources`, whose own `## Newsletters`
        // (#newsletters-1) has no entry: the repeat was meant for that heading, and only its
        // anchor is wrong. Adding a second entry beside it would show the name twice. So is
        // `[`m < n` 时](#m--n-时)` after `[`m > n` 时](#m--n-时)`: the two headings share an anchor
        // but for GitHub's `-1`, and the entry names the later one.
        for (position, first) in repeats {
            guard let target = targets[position], let link = entries[position].link else { continue }
            let (before, after) = stretch(of: position)
            let targetName = name(headings[target].text), entryName = name(link.text)
            // `[C](#c)` above `[C++](#cpp)`, where `### <a id="cpp"></a>C++` takes the anchor `#c`
            // and `### C` gets `#c-1`: the earlier entry names the heading without an entry, and
            // only its anchor is wrong. Adding a second `C` entry would show the name twice.
            if let firstLink = entries[first].link, name(firstLink.text) != targetName {
                let (firstBefore, _) = stretch(of: first)
                if let paired = missing.firstIndex(where: { $0.index > firstBefore && $0.index < after && name(of: $0) == name(firstLink.text) }) {
                    let heading = missing.remove(at: paired)
                    violations.append(repointing(firstLink, to: heading,
                                                 linking: "'\(HeadingText.normalized(headings[target].text))', the heading of that anchor", in: file,
                                                 dropsNumbers: dropsNumbers, besides: RelatedLocation(file: file, range: range(of: entries[position], in: source),
                                                                          message: "entry of the heading of that anchor")))
                    continue
                }
            }
            if let paired = missing.firstIndex(where: {
                $0.index > before && $0.index < after && (name(of: $0) == targetName || name(of: $0) == entryName)
            }) {
                let heading = missing.remove(at: paired)
                let linked = name(of: heading) == targetName
                    ? "the earlier heading of that name" : "'\(HeadingText.normalized(headings[target].text))', the earlier heading of that anchor"
                violations.append(repointing(link, to: heading, linking: linked, in: file, dropsNumbers: dropsNumbers, isLater: true,
                                             besides: RelatedLocation(file: file, range: range(of: entries[first], in: source),
                                                                      message: "entry of the earlier heading")))
                continue
            }
            violations.append(Violation(
                range: range(of: entries[position], in: source),
                message: "expected each heading once, found '\(HeadingText.normalized(headings[target].text))' again",
                severity: .warning,
                related: [RelatedLocation(file: file, range: range(of: entries[first], in: source), message: "first entry")]))
        }

        // `[Error handling](#error-handling)` landing on `### Error Handling` under `## Operator
        // Table`, a heading the table does not list, while `## Error Handling` (#error-handling-1)
        // has no entry: the entry is that section's, its anchor taken by the earlier heading of
        // its name. A second entry would list the name twice.
        if !missing.isEmpty {
            // The level no other entry lands on, where three entries or more land on another one.
            var entriesByLevel: [Int: Int] = [:]
            for target in targets.compactMap({ $0 }) { entriesByLevel[headings[target].level, default: 0] += 1 }
            let mostAtOneLevel = entriesByLevel.values.max() ?? 0
            for position in entries.indices {
                guard let target = targets[position], entriesByLevel[headings[target].level] == 1, mostAtOneLevel >= 3, let link = entries[position].link,
                      name(link.text) == name(of: headings[target]),
                      let paired = missing.firstIndex(where: { $0.index > target && name(of: $0) == name(link.text) }) else { continue }
                let heading = missing.remove(at: paired)
                violations.append(repointing(link, to: heading, linking: "the earlier heading of that name, a level the table does not list", in: file,
                                             dropsNumbers: dropsNumbers, isLater: true))
            }
        }

        // Missing entries: inserted after the entry of the section before, grouped by place and
        // numbered on from that entry. A table none of whose entries lands gets repairs first.
        let judgements = TOCOmissions.judge(missing: missing, expected: expected, configured: conventions.levelsOverridden, in: document)
        var placements: [Int: [(heading: Heading, place: Placement)]] = [:]
        var placeOf: [Int: Int] = [:]
        // `## Codes` twice, one entry linking the first from the second's place: a second entry of that name, which a
        // fix would add, lists the name twice; which section the entry means is for a person to
        // say (and duplicate-heading reports the two headings).
        // Only an entry out of place can be the missing heading's, written with the other's anchor.
        let misplacedTargets = outOfPlace.compactMap { targets[$0] }
        let linkedNames = Dictionary(misplacedTargets.map { (HeadingText.normalized(headings[$0].text), $0) }, uniquingKeysWith: { first, _ in first })
        let namedByAnotherEntry = Dictionary(missing.compactMap { heading in linkedNames[HeadingText.normalized(heading.text)].map { (heading.index, $0) } },
                                             uniquingKeysWith: { first, _ in first })
        // `## <a name="honeypots"></a> Honeypots` (anchor `#-honeypots`), then `## Honeypots`
        // (`#honeypots`): a browser goes to the first element of that id, the HTML anchor, so no
        // entry can lead to the later heading. An entry added for it would link the earlier one.
        let htmlAnchored = missing.isEmpty ? [:] : TOCConventions.htmlAnchoredHeadings(in: document)
        let shadowedBy = Dictionary(missing.compactMap { heading in
            htmlAnchored[document.anchor(of: heading)].flatMap { $0 < heading.index ? (heading.index, $0) : nil }
        }, uniquingKeysWith: { first, _ in first })
        // A table in alphabetical order takes a forgotten section at its place in the alphabet;
        // where that place cannot be written (a nested or numbered table), the entry put in
        // document order is for a person to move: no safe fix.
        var outOfTheAlphabet = Set<Int>()
        if !firstEntry.isEmpty {
            for heading in missing where namedByAnotherEntry[heading.index] == nil && shadowedBy[heading.index] == nil {
                let alphabetical = isAlphabetical ? alphabeticalPlacement(for: heading, conventions: conventions, in: document) : nil
                if isAlphabetical, alphabetical == nil { outOfTheAlphabet.insert(heading.index) }
                guard let place = alphabetical ?? placement(for: heading, conventions: conventions, firstEntry: firstEntry, in: document) else { continue }
                placements[place.offset, default: []].append((heading, place))
                placeOf[heading.index] = place.offset
            }
        }
        var fixes: [Int: Fix] = [:]
        for (offset, placed) in placements {
            // Two forgotten sections at one place of an alphabetical table go in alphabetically.
            let group = isAlphabetical && !outOfTheAlphabet.contains(placed[0].heading.index)
                ? placed.sorted { HeadingText.normalized($0.heading.text).lowercased() < HeadingText.normalized($1.heading.text).lowercased() } : placed
            var text = ""
            for (step, (heading, place)) in group.enumerated() {
                let number = place.number.map { place.sameNumber ? $0 : $0 + step }
                let link = entryLink(for: heading, conventions: conventions, in: document)
                text += place.prefix + ListItemSupport.marker(like: place.item, in: place.list, number: number) + link + "\n"
            }
            if place(offset, isAfterUnterminatedLastLineOf: source) { text = "\n" + text.dropLast() }
            let title = group.count == 1 ? "add the entry to the table of contents" : "add the \(group.count) entries to the table of contents"
            // One insertion for the group: safe only when every section in it was clearly forgotten,
            // and the table follows the document (or the alphabet): in a table with an order of
            // its own (grouped by labels, `Payments` over `Income Analytics`), the place after the
            // section before is a guess.
            let isSafe = (outOfPlace.isEmpty || isAlphabetical) && group.allSatisfy { member in
                judgements[member.heading.index]?.isFixSafe ?? false && !outOfTheAlphabet.contains(member.heading.index)
                    && !unpairedDeadStretches.contains { $0.before < member.heading.index && member.heading.index < $0.after }
            }
            fixes[offset] = isSafe ? .safe(title, [.insert(text, at: offset)]) : .unsafe(title, [.insert(text, at: offset)])
        }
        for heading in missing {
            let named = HeadingText.normalized(document.anchors.anchorText(of: heading))
            if let other = namedByAnotherEntry[heading.index] {
                violations.append(Violation(
                    range: heading.range,
                    message: "expected an entry for '\(named)' in the table of contents, found only the entry of the other heading of that name",
                    severity: .warning,
                    related: [tocLocation, RelatedLocation(file: file, range: headings[other].range, message: "heading the entry links")],
                    help: ["two sections share the name '\(named)': rename one (or merge them), then point the entry at the one it means"]))
                continue
            }
            let shadowing = shadowedBy[heading.index].map { headings[$0] }
            violations.append(Violation(
                range: heading.range,
                message: "expected an entry for '\(named)' in the table of contents, found none",
                severity: judgements[heading.index]?.severity,
                related: [tocLocation] + (shadowing.map { [RelatedLocation(file: file, range: $0.range, message: "heading holding the HTML anchor of that id")] } ?? []),
                fix: placeOf[heading.index].flatMap { fixes[$0] },
                help: shadowing.map { earlier in
                    ["its anchor '#\(document.anchor(of: heading))' is also the id of the HTML anchor of the heading at line "
                        + "\(source.reportedLine(containing: earlier.range.start)), which a browser reaches first: no entry can lead here; "
                        + "rename one of the two, then list it"]
                } ?? []))
        }
        return violations
    }

    /// `Privacy-Respecting Software` of `Privacy-Respecting Software, moved to here`: the words
    /// before the first comma, colon or spaced dash, when a remark follows them.
    static func nameBeforeRemark(_ text: String) -> String? {
        var previous: Character = " "
        for (offset, character) in zip(text.indices, text) {
            let isDash = "-–—".contains(character) && previous == " " && text[offset...].dropFirst().first == " "
            if ",，:：".contains(character) || isDash {
                let name = text[..<offset].trimmingCharacters(in: .whitespaces)
                let remark = text[text.index(after: offset)...].trimmingCharacters(in: .whitespaces)
                return name.isEmpty || remark.isEmpty ? nil : name
            }
            previous = character
        }
        return nil
    }

    /// An entry that stands for `heading` but links elsewhere (`linking`: what it links, `to no
    /// heading` or another heading), pointed at `heading` by an unsafe fix (`isLater`: the later
    /// of two headings of one name or anchor); `besides`: the other entry involved.
    private func repointing(_ link: Link, to heading: Heading, linking linked: String, in file: MarkdownFile, dropsNumbers: Bool, isLater: Bool = false,
                            besides other: RelatedLocation? = nil) -> Violation {
        let document = file.document
        let anchor = document.anchor(of: heading)
        let named = TOCLinkWriter.textWithoutPageLinks(heading, in: document) ?? HeadingText.normalized(document.anchors.anchorText(of: heading))
        // `[1 Difference between … ?](#…-types)` for `### Difference between … ?`: the entry names
        // the heading (with a number of its own); only its fragment is wrong, and only that changes.
        let entryText = HeadingText.normalized(link.text).lowercased(), headingText = named.lowercased()
        // `[Scenario 5: Multi-agent handoff…](#scenario-5-multi-agent-research-system-one-agent-…)` for
        // `### Scenario 5: Multi-agent research system — one agent …` (anchor `…system--one…`): the
        // fragment misses the anchor by its hyphens alone (a dash leaves two); the label is the
        // author's own, and only the fragment changes.
        let fragment = AnchorFragment.decode(link.fragmentOnly ?? "").lowercased()
        let missesByHyphens = Self.collapsingHyphens(fragment) == Self.collapsingHyphens(anchor.lowercased())
        // `[2. 卡片证明问题](#2-四张卡片…我翻哪两张)` for `#### 2. 四张卡片，…我只能翻两张牌，我翻哪两张？`: a
        // label that was never the heading's text (its own anchor would differ from the fragment it
        // links), a short name the author chose; only the fragment changes.
        // (An entry that leaves out the heading's number, `[计算机系统基本概念](#1-计算机系统基本概念)`,
        // was written from the heading all the same.)
        let labelSlug = GitHubSlugger.baseSlug(HeadingText.normalized(link.text))
        let isOwnLabel = !fragment.isEmpty && labelSlug != GitHubSlugger.baseSlug(fragment)
            && labelSlug != String(fragment.drop { $0.isASCII && $0.isNumber || $0 == "-" })
        // `[How does MongoDB fit into CAP theorem?](#How-does-MongoDB-fit-into-CAP-theorem)` for `## how
        // does MongoDB fit into CAP theorm it?`: the entry names the heading in words of its own,
        // most of them the heading's but not all (a typo in the heading, a word dropped from it);
        // only the fragment changes, and the entry's words stay. (Written from a heading holding
        // all its words, `大模型微调技术` for `大模型微调`, the entry loses none.)
        let share = Self.shareOfWords(of: entryText, in: headingText)
        let keepsMostWords = share >= 0.6 && share < 1
        let edit: Edit
        if let destination = link.destinationRange, link.kind == .inline, !headingText.isEmpty,
           entryText == headingText || entryText.hasSuffix(" " + headingText) || missesByHyphens || isOwnLabel || keepsMostWords {
            edit = Edit(range: destination, replacement: "#" + HeadingAnchors.fragment(for: anchor))
        } else {
            edit = Edit(range: link.range, replacement: Self.withoutOutlineNumber(TOCLinkWriter.link(to: heading, anchor: anchor, in: document), if: dropsNumbers))
        }
        return Violation(
            range: link.range,
            message: "expected an entry for '\(named)' (#\(anchor)), found '\(HeadingText.normalized(link.text))' (#\(link.fragmentOnly ?? "")), which links \(linked)",
            related: [RelatedLocation(file: file, range: heading.range, message: "heading")] + (other.map { [$0] } ?? []),
            fix: .unsafe("point the entry at \(isLater ? "the later " : "")'\(named)'",
                         [edit],
                         rewrites: [.repairDeadAnchor(from: link.destination, text: link.text)]),
            help: (missesByHyphens ? ["the fragment differs from the anchor only by its hyphens: GitHub keeps one '-' for each space and drops the dash between them ('a — b' becomes 'a--b')"] : [])
                + CJKRadicals.help(for: named) + Self.typoHelp(entry: HeadingText.normalized(link.text), heading: named)
                + InvisibleCharacters.help(fragment: AnchorFragment.decode(link.fragmentOnly ?? ""), anchor: anchor))
    }

    /// The share of the words of `entry` (as `NegatedQuestions.tokens` reads them: runs of letters
    /// and digits, each Han character one) that `heading` holds too; 0 for an entry of fewer than two.
    static func shareOfWords(of entry: String, in heading: String) -> Double {
        let entryWords = NegatedQuestions.tokens(entry)
        guard entryWords.count >= 2 else { return 0 }
        let headingWords = Set(NegatedQuestions.tokens(heading))
        return Double(entryWords.count { headingWords.contains($0) }) / Double(entryWords.count)
    }

    /// The text with each run of `-` made one.
    static func collapsingHyphens(_ text: String) -> String {
        var result = ""
        for character in text where !(character == "-" && result.last == "-") { result.append(character) }
        return result
    }

    /// `[Kill the switch]` for `#### Kill the witch`: the two differ by a letter or two, and
    /// either may be the one misspelt; the fix copies the heading's text.
    static func typoHelp(entry: String, heading: String) -> [String] {
        // One character in a short title, two in a long one: a typo, not a word added (`大模型微调`, `大模型微调技术`).
        let shorter = min(entry.count, heading.count)
        guard entry != heading, shorter >= 5,
              let distance = editDistance(Array(entry.lowercased()), Array(heading.lowercased()), atMost: shorter >= 16 ? 2 : 1), distance > 0 else { return [] }
        return ["the entry and the heading differ by \(distance == 1 ? "one character" : "two characters"): if the heading is the one misspelt, correct the heading instead"]
    }

    /// One finding per table for its order, at the first entry out of place. When most entries
    /// are out of place the table follows an order of its own (alphabetical, by importance):
    /// `info`, since nothing says which of the two orders the author wants; so it is when the
    /// entries are in alphabetical order but for one in five (`alphabetical`). Otherwise a
    /// `warning`: every entry still lands where it points, only the reading order is off.
    private func orderViolation(outOfPlace: [Int], of total: Int, alphabetical: Bool, conventions: TOCConventions, file: MarkdownFile) -> Violation? {
        guard let first = outOfPlace.first, let target = conventions.targets[first] else { return nil }
        let heading = file.document.headings[target]
        let name = HeadingText.normalized(file.document.anchors.anchorText(of: heading))
        // `total` counts the entries that land on a heading: say so where others lead nowhere.
        let linked = conventions.toc.entries.count { $0.link != nil }
        let counted = total < linked ? "the \(total) entries landing on a heading" : "\(total)"
        let found = outOfPlace.count == 1 ? "'\(name)' out of place" : "\(outOfPlace.count) of \(counted) out of place ('\(name)' first)"
        return Violation(
            range: range(of: conventions.toc.entries[first], in: file.document.source),
            message: "expected entries in document order, found " + found,
            severity: outOfPlace.count * 2 > total || alphabetical ? .info : .warning,
            related: [RelatedLocation(file: file, range: heading.range, message: "heading")],
            help: alphabetical ? ["the entries are in alphabetical order (all but a few): if that is the table's order, keep it, or order the sections alike"] : [])
    }

    /// Four entries or more, each opening with a Latin letter, all but one in five of them in
    /// alphabetical order (ignoring case), and fewer out of that order than the
    /// `fewerOutOfPlaceThan` out of the document's: a table ordered by name, not by the document.
    static func isMostlyAlphabetical(_ texts: [String], fewerOutOfPlaceThan documentOrderMisses: Int) -> Bool {
        guard texts.count >= 4, texts.allSatisfy({ $0.first.map { $0.isASCII && $0.isLetter } ?? false }) else { return false }
        let keys = texts.map { $0.lowercased() }
        let ranks = Dictionary(Set(keys).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let inOrder = longestIncreasingRun(Array(keys.indices), key: { ranks[keys[$0]] ?? 0 }).count
        return inOrder >= texts.count - max(1, texts.count / 5) && texts.count - inOrder < documentOrderMisses
    }

    /// `Notes (Note-taking)`, `노트 작성（Note-taking）`: the name before a gloss in brackets; nil without one.
    static func nameBeforeGloss(_ text: String) -> String? {
        let trimmed = text.trimmedWhitespace
        guard trimmed.hasSuffix(")") || trimmed.hasSuffix("）"),
              let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }), open > trimmed.startIndex else { return nil }
        let base = trimmed[..<open].trimmingSuffix(while: \.isWhitespace)
        return base.isEmpty ? nil : String(base)
    }

    /// `2.5` of `2.5 (...) 特征标群`: the outline number opening a title, two numbers joined by
    /// a dot or more (`2.5`, `3.1.2`); nil without one.
    static func outlineNumber(_ text: String) -> String? {
        let trimmed = text.trimmedWhitespace
        var number = String(trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
        while number.hasSuffix(".") { number.removeLast() }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy({ !$0.isEmpty }) ? number : nil
    }

    /// The new entry's link: to the heading's HTML anchor when the table links such anchors,
    /// with the heading's text minus its own same-document links (`[⬆](#toc)`).
    private func entryLink(for heading: Heading, conventions: TOCConventions, in document: Document) -> String {
        let resolved = conventions.targets.compactMap { $0 }.count
        let htmlAnchor = conventions.htmlAnchorEntries.count * 2 > resolved
            ? TOCConventions.htmlAnchoredHeadings(in: document).first { $0.value == heading.index }?.key : nil
        let ownLinks = heading.content.links.filter { $0.fragmentOnly != nil }
        guard htmlAnchor != nil || !ownLinks.isEmpty else {
            let link = Self.withoutOutlineNumber(TOCLinkWriter.link(to: heading, anchor: document.anchor(of: heading), in: document),
                                                 if: Self.dropsOutlineNumbers(conventions: conventions, in: document))
            // `* [taskset](#tool-taskset)` where every entry leaves out its heading's `Tool: `.
            if let prefix = Self.droppedPrefix(conventions: conventions, in: document), link.hasPrefix("[" + prefix),
               !link.dropFirst(1 + prefix.count).hasPrefix("]") {
                return "[" + link.dropFirst(1 + prefix.count)
            }
            return link
        }
        var text = heading.text
        for link in ownLinks { if let range = text.range(of: link.text) { text.removeSubrange(range) } }
        text = HeadingText.normalized(text)
        let fragment = htmlAnchor ?? HeadingAnchors.fragment(for: document.anchor(of: heading))
        return "[\(TOCLinkWriter.escaped(text))](#\(fragment))"
    }

    /// `2. [冯·诺依曼体系结构](#2-冯诺依曼体系结构)` for `## 2. 冯·诺依曼体系结构`: the entries leave out
    /// their headings' outline numbers (every entry of a numbered heading does, one at least).
    static func dropsOutlineNumbers(conventions: TOCConventions, in document: Document) -> Bool {
        var dropped = 0
        for (position, target) in conventions.targets.enumerated() {
            guard let target, let link = conventions.toc.entries[position].link,
                  let number = outlineNumber(of: HeadingText.normalized(document.headings[target].text)) else { continue }
            if HeadingText.normalized(link.text).hasPrefix(number) { return false }
            dropped += 1
        }
        return dropped >= 1
    }

    /// `1. `, `2.3 `, `7、`: the outline number opening a heading's text, with its mark and space.
    static func outlineNumber(of text: String) -> String? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard digits.first?.isNumber == true else { return nil }
        let rest = text.dropFirst(digits.count)
        let mark = rest.prefix { $0 == "、" || $0 == " " || $0 == "　" }
        guard !mark.isEmpty || digits.hasSuffix("."), rest.count > mark.count else { return nil }
        return String(digits) + mark
    }

    /// `[1. 计算机系统的基本概念与组成](#…)` as `[计算机系统的基本概念与组成](#…)` when `drop` holds.
    static func withoutOutlineNumber(_ link: String, if drop: Bool) -> String {
        guard drop, link.hasPrefix("["), let number = outlineNumber(of: String(link.dropFirst())) else { return link }
        return "[" + link.dropFirst(1 + number.count)
    }

    /// The text every entry leaves out of its heading's (`Tool: ` of `##### Tool: [terminal](…)`
    /// listed as `[terminal](#tool-terminal)`): three entries or more, three in four of those
    /// linking a heading. Nil when the entries write their headings whole.
    static func droppedPrefix(conventions: TOCConventions, in document: Document) -> String? {
        var prefixes: [String: Int] = [:]
        var linked = 0
        for (position, target) in conventions.targets.enumerated() {
            guard let target, let link = conventions.toc.entries[position].link else { continue }
            linked += 1
            let headingText = HeadingText.normalized(document.headings[target].text)
            let entryText = HeadingText.normalized(link.text)
            guard !entryText.isEmpty, headingText.count > entryText.count, headingText.hasSuffix(entryText) else { continue }
            prefixes[String(headingText.dropLast(entryText.count)), default: 0] += 1
        }
        guard let (prefix, count) = prefixes.max(by: { $0.value < $1.value }), count >= 3, count * 4 >= linked * 3 else { return nil }
        return prefix
    }

    struct Placement {
        let offset: Int
        /// Bytes before the marker: indentation, `> `.
        let prefix: String
        /// The item and list whose marker style the new entry copies.
        let item: ListItem
        let list: MarkdownList
        let number: Int?
        let sameNumber: Bool
    }

    /// Where a missing entry goes: after the entry of the nearest earlier heading of the same or
    /// a higher level (as its first child when higher and the table nests), or before the first
    /// entry when no entry comes before it.
    private func placement(for heading: Heading, conventions: TOCConventions, firstEntry: [Int: Int],
                           in document: Document) -> Placement? {
        let source = document.source
        let entries = conventions.toc.entries
        func isSameNumber(_ list: MarkdownList) -> Bool { list.items.count > 1 && Set(list.items.compactMap(\.number)).count == 1 }
        let earlier = document.headings[..<heading.index].reversed().first { candidate in
            firstEntry[candidate.index] != nil && conventions.expected.contains(candidate.index)
                && (!conventions.isNested || candidate.level <= heading.level)
        }
        guard let anchorHeading = earlier, let position = firstEntry[anchorHeading.index] else {
            // Before every listed section: in front of the table's first entry.
            guard let first = entries.first, first.depth == 0,
                  let firstTarget = conventions.targets.compactMap({ $0 }).min(), heading.index < firstTarget else { return nil }
            let line = source.line(containing: first.item.markerRange.start)
            return Placement(offset: source.lineRange(line).start, prefix: ListItemSupport.linePrefix(of: first.item, in: source),
                             item: first.item, list: first.list, number: first.item.number, sameNumber: true)
        }
        let entry = entries[position]
        if conventions.isNested, anchorHeading.level < heading.level {
            if let nested = entry.item.nestedLists.first, let first = nested.items.first {
                let line = source.line(containing: first.markerRange.start)
                return Placement(offset: source.lineRange(line).start, prefix: ListItemSupport.linePrefix(of: first, in: source),
                                 item: first, list: nested, number: first.number, sameNumber: true)
            }
            guard let paragraph = entry.item.paragraphs.first else { return nil }
            // The indentation other nested entries use, else the parent's content column.
            let parentPrefix = ListItemSupport.linePrefix(of: entry.item, in: source)
            var width = ListItemSupport.contentStart(of: entry.item, in: source)
                - source.lineRange(source.line(containing: entry.item.markerRange.start)).start - parentPrefix.utf8.count
            if let index = entries.firstIndex(where: { $0.depth == entry.depth + 1 }),
               let parent = entries[..<index].last(where: { $0.depth == entry.depth }) {
                width = ListItemSupport.linePrefix(of: entries[index].item, in: source).utf8.count
                    - ListItemSupport.linePrefix(of: parent.item, in: source).utf8.count
            }
            let style = entries.first { $0.depth == entry.depth + 1 }
            return Placement(offset: source.fullLineRange(paragraph.lines.upperBound).end,
                             prefix: parentPrefix + String(repeating: " ", count: max(width, 1)),
                             item: style?.item ?? entry.item, list: style?.list ?? entry.list,
                             number: (style?.list ?? entry.list).isOrdered ? 1 : nil, sameNumber: true)
        }
        let lastLine = source.line(containing: max(entry.item.range.end - 1, entry.item.range.start))
        return Placement(offset: source.fullLineRange(lastLine).end, prefix: ListItemSupport.linePrefix(of: entry.item, in: source),
                         item: entry.item, list: entry.list, number: entry.item.number.map { isSameNumber(entry.list) ? $0 : $0 + 1 },
                         sameNumber: isSameNumber(entry.list))
    }

    /// Where a flat, unnumbered table in alphabetical order lists `heading`: before the first
    /// entry whose text sorts after the heading's, or after the last; nil for another table.
    private func alphabeticalPlacement(for heading: Heading, conventions: TOCConventions, in document: Document) -> Placement? {
        let source = document.source
        let entries = conventions.toc.entries
        guard !conventions.isNested, entries.allSatisfy({ $0.item.number == nil }), let last = entries.last else { return nil }
        let name = HeadingText.normalized(document.anchors.anchorText(of: heading)).lowercased()
        if let next = entries.first(where: { entry in entry.link.map { HeadingText.normalized($0.text).lowercased() > name } ?? false }) {
            let line = source.line(containing: next.item.markerRange.start)
            return Placement(offset: source.lineRange(line).start, prefix: ListItemSupport.linePrefix(of: next.item, in: source),
                             item: next.item, list: next.list, number: nil, sameNumber: true)
        }
        let lastLine = source.line(containing: max(last.item.range.end - 1, last.item.range.start))
        return Placement(offset: source.fullLineRange(lastLine).end, prefix: ListItemSupport.linePrefix(of: last.item, in: source),
                         item: last.item, list: last.list, number: nil, sameNumber: true)
    }

    /// True when `offset` is the end of a file whose last line has no line break.
    private func place(_ offset: Int, isAfterUnterminatedLastLineOf source: SourceText) -> Bool {
        offset == source.bytes.count && source.bytes.last != UInt8(ascii: "\n") && source.bytes.last != UInt8(ascii: "\r")
    }

    private func isExcluded(_ heading: Heading, in document: Document) -> Bool {
        // `##` alone, a divider: no title for an entry to show (empty-section reports it).
        if HeadingText.normalized(heading.text).isEmpty { return true }
        let texts = texts(of: heading, in: document)
        return excluded.contains { entry in
            entry.hasPrefix("#") ? entry.dropFirst() == document.anchor(of: heading) : texts.contains(entry)
        }
    }

    /// The heading's text as shown and as its anchor reads it (without a badge's alt text),
    /// normalized and lowercased: an entry or an `exclude` may name it either way.
    private func texts(of heading: Heading, in document: Document) -> [String] {
        [heading.text, document.anchors.anchorText(of: heading)].map { HeadingText.normalized($0).lowercased() }
    }

    private func range(of entry: TableOfContents.Entry, in source: SourceText) -> SourceRange {
        if let link = entry.link { return link.range }
        let start = ListItemSupport.contentStart(of: entry.item, in: source)
        return SourceRange(start, source.lineRange(source.line(containing: start)).end)
    }

    /// Positions of the longest run of `items` whose keys increase (patience sorting).
    static func longestIncreasingRun(_ items: [Int], key: (Int) -> Int) -> [Int] {
        var tails: [Int] = []
        var previous = [Int?](repeating: nil, count: items.count)
        for index in items.indices {
            let value = key(items[index])
            let low = tails.partitionIndex { key(items[$0]) >= value }
            previous[index] = low > 0 ? tails[low - 1] : nil
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var run: [Int] = []
        var cursor = tails.last
        while let index = cursor {
            run.append(items[index])
            cursor = previous[index]
        }
        return run.reversed()
    }
}
