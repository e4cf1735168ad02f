import IQCore
import IQMarkdown

public struct MissingLinkRule: DocumentRule {
    public static let description = RuleDescription(
        id: "missing-link",
        summary: "every question links to an answer",
        details: """
            Reports a question without a link to its answer, judged by the collection's own \
            conventions (`iqlint conventions FILE` shows them). Where most questions link to \
            their answers, a question without a link is reported; where a section's questions \
            share one answer link (a line such as `[答案](…)` or `[Answers](…)` after them, or a \
            link on the heading), that section is fine and a section without one is reported \
            once; where questions carry no links at all, nothing is missing, nor in an article \
            (more paragraphs and code than linked items) with fewer than four linked items (its \
            footer's credits, a few terms linked to an encyclopedia are no answers). An item that \
            carries its answer itself (a paragraph, code block or sub-list under the question) is \
            fine, and so is a numbered item standing alone with paragraphs or code after it (`3. \
            dp数组如何初始化` over its explanation: an article's step, or a question answered under \
            it), and so are empty items (see `empty-item`), notes (`- 注：…`, `- Note: …`, `- Keywords: …`), \
            checklists, prose bullets, a list's filler (`- 等等`, `- etc.`) and an item naming the \
            page itself (its first heading or file name: a series list under each of its articles \
            leaves the current one unlinked), an entry found by a search in an app (`微信搜索`, \
            `公众号`, `QR code`: no address to link), and an index's cross-reference to another \
            entry (`LLMs (see large language models)`, `（见 AI Act）`, `参见…`), an item whose link \
            Markdown did not make (`[Deprecating the Observer Pattern](deprecating-the observer-pattern.pdf)`, \
            a space in the destination: `link-format` reports it), and a list without \
            links under a heading announcing it (`## Coming soon`, `Upcoming`, `TODO`, `待更新`, \
            `敬请期待`), a bold name right above a linked item (`- **Java 核心概念**` in a site's \
            sidebar: the label of the items after it), an entry written as a bold name without a \
            link in a document that writes five or more so (`- **nimfmt** :warning: — …`, its \
            deprecated tools), a list without links or questions right after a linked entry, in \
            another bullet or under the lead-in that entry ends with (`* 💪 Powerful: …` under \
            `- [composer-dependency-analyser](…) — …`: the entry's points, not indented under it), a phrase \
            in a list whose every link stands inside its item's sentence (`1. Go to [dnsbin](…)` / `2. Execute a \
            simple 'ls'`, `- 在 [Metrics](…) 中增强了支持` / `- 各类Bug修复`: points, no entry titled by its link), \
            a schedule (most items, three or more, opening with a date: `- **Tuesday, July 27th**: Week 14 - …`), a list of examples with one link at most (under `## Basic examples`, `### 示例`: \
            what such questions look like), a list whose every item is one code span (`` 1. `render` ``: \
            method names in their order, commands), and, in a file of a few lists \
            that ask nothing (fewer than eight items, under one in five asking), an unlinked remark \
            (`- 目前，已支持llama/llama2` under a linked entry), a list of the page's translations (most of its links \
            lead to files translating this one; its unlinked item is the page itself), a list of unlinked questions whose last item is an \
            ellipsis or `等等` (`5. 。。。`: examples of what readers ask), measurement (`- train performance: 550 \
            tokens/s`) or artifact's path (`- nvcr.io/nvidia/pytorch:24.05-py3`), unless the list's linked \
            entries are described after their links (`- [apsw](…)：另一个 Python SQLite 封装。`). In a docsify site's navigation \
            (`_sidebar.md`, `_navbar.md`, a GitBook's `SUMMARY.md`), an unlinked entry is a page not written yet: an `info`. Placeholders \
            (`...`, `待补充`) are one `info` per section; an item announcing more entries (`More to \
            come`, `Stay tuned`, `持续更新中`, also among a few words: `更多资源会持续更新，敬请期待…`) is not reported.

            Only question lists are judged: lists whose items mostly link somewhere or are \
            phrased as questions, and lists of short phrases that continue a question list or \
            are numbered where the linked question lists are numbered too (numbered steps of \
            a guide among bulleted links are not questions, nor is the last bullet that leads into \
            them with a colon, `* **操作步骤：**`). Sub-points nested under a question are not, and sub-questions share \
            the answer of a linked question above them, also when a note stands between \
            (`- [The Infinite Hows](…)` / `- The article asks:` / `- What were you expecting?`); the items nested under a group label \
            (`- 基础篇` with children) are questions, and a short unlinked phrase beside such \
            group labels is a label whose group is still empty. A table of contents never is, the lists \
            before the table of contents (the project's introduction) are skipped unless \
            `exclude-before-toc` is false, and so are the sections named in `exclude-sections` (and, \
            always, a list of sentences under the page's title before its first section, none asking: \
            a preface in points). \
            An entry there matches a heading whose text contains it (ignoring case) or, written \
            as `#anchor`, a heading with that GitHub anchor; the heading's subsections are \
            excluded with it. A lone short bullet over numbers starting again at 1 (`- Word2vec` \
            between two numbered groups) is the label of the group below it, and so is a lone \
            numbered item over a bulleted list that links (`2. Latency` over `- HELM: … [Paper](…)`), \
            and in a collection \
            of names, a list of the reader's own questions (`Why do you want this job?`) with one \
            link at most, for them all, has nothing to miss. An item whose marker is indented past the \
            list's first marker, too little to nest (` - replaced by Colossus in 2012` under `- \
            [2003: GFS](…)`), is a note under the item above, and that item, followed by such \
            indented items, is their label (`- 2012: AddressSanitizer:` over ` - [paper](…)`). \
            Neither is an enumeration a sentence ending with a colon leads into in an article (more \
            paragraphs and code blocks than linked items: a release note's `…包括：` over `- Hibernate 6.6`), \
            nor a list of `name：value` fields with a link among them (`- arXiv：https://…`, \
            `- intro：ICLR 2015`: one paper's sheet), steps under a lead-in that announces them \
            (`分为如下几步：`, `Follow these steps:`), nor, in a collection that names things, a sentence \
            among the entries (an instruction or a note about them: clauses of Chinese, or eight words \
            or more closed by a full stop), nor puzzles set for the reader among resources: \
            two questions or more, none linked but for a credit (`(credit [name](…))`), in a list whose \
            links are on items that ask nothing.
            """,
        rationale: """
            A question bank is a list of questions with answers. A question without a link is \
            a placeholder: readers find no answer, and nobody notices that it is missing.
            """,
        defaultSeverity: .warning,
        fix: .none,
        options: [
            RuleOptionDescription(name: "exclude-sections",
                                  summary: "headings (text contained, or `#anchor`) whose sections hold plain items, e.g. a contribution guide",
                                  defaultValue: QuestionLists.defaultExcludedSections),
            RuleOptionDescription(name: "exclude-before-toc",
                                  summary: "skip the lists before the table of contents (the introduction)",
                                  defaultValue: true),
        ],
        triggeringExamples: [
            RuleExample("### ChatGPT\n\n1. [大语言模型的预训练RLHF](https://a.example/rlhf)\n2. ↓GPT 4v 4o o1等\n3. [chatgpt](https://a.example/c)\n"),
            RuleExample("## 模型\n\n1. [LoRA](https://a.example/lora)\n2. [QLoRA](https://a.example/qlora)\n\n## 其他大模型\n\n1. ↓百川\n2. ↓千问\n"),
            RuleExample("## 检索增强生成\n\n1. [RAG](https://a.example/rag)\n2. [召回](https://a.example/recall)\n3. [重排](https://a.example/rerank)\n4. [文本向量模型BGE](https://a.example/bge)\n5. - ↓如何从检索的内容中过滤噪声\n"),
            RuleExample("## 题目\n\n1. [a](https://a.example/a)\n2. [b](https://a.example/b)\n\n## 贡献指南\n\n1. ↓确保题目清晰\n", options: ["exclude-sections": []]),
            RuleExample("## Java\n\n- 什么是JVM？\n- HashMap 的原理\n\n[答案](https://a.example/java)\n\n## Go\n\n- ↓什么是 goroutine？\n- channel 的用法\n"),
            RuleExample("## 基础\n\n1. [a](https://a.example/a)\n2. [b](https://a.example/b)\n3. ↓待补充\n4. ...\n"),
        ],
        nonTriggeringExamples: [
            // Release notes whose links stand inside Chinese sentences.
            RuleExample("Helidon 4.2.3 发布，主要改进包括：\n\n- 在 [Metrics](https://a.example/metrics) 中增强了支持\n- 与 [Health](https://a.example/health) 集成增强\n- 各类Bug修复\n"),
            // A schedule: each item a date, some milestones linking what they name.
            RuleExample("## TL;DR\n\n- **Monday, May 10th**: Week 1 - Release cycle begins\n- **Thursday, July 15th**: Week 12 - [Test Freeze](https://a.example/phases#test-freeze)\n- **Tuesday, July 27th**: Week 14 - Docs must be completed and reviewed\n- **Wednesday, August 4th**: Week 15 - v1.22.0 released\n- **Thursday, August 12th**: Week 16 - [Release retrospective](https://a.example/retro)\n"),
            // The project's introduction above a contents whose entries carry their sections' counts.
            RuleExample("# librosgratis\n\n- Web: [librosgratis.dev](https://a.example/web)\n- Fuente: [midudev/libros](https://a.example/repo)\n- Total actual: 115 recursos en 32 secciones\n\n## Índice\n\n- [HTML y CSS](#html-y-css) · 2\n- [JavaScript](#javascript) · 2\n\n## HTML y CSS\n\n- [MDN: HTML](https://a.example/html) — MDN\n- [MDN: CSS](https://a.example/css) — MDN\n\n## JavaScript\n\n- [JavaScript elocuente](https://a.example/js) — Marijn\n- [JavaScript Moderno](https://a.example/modern) — Ilya\n"),
            // Steps whose links stand inside their sentences.
            RuleExample("# Command Injection\n\n## Tools\n\n* [commix](https://a.example/commix) - Automated command injection tool\n* [interactsh](https://a.example/i) - OOB interaction server\n\n## Exfiltration\n\n1. Go to [dnsbin.zhack.ca](https://a.example/dnsbin)\n2. Execute a simple 'ls'\n"),
            // An entry's points flush-left in another bullet.
            RuleExample("# PHP\n\n- [churn-php](https://a.example/churn) — Helps discover candidates for refactoring.\n- [composer-dependency-analyser](https://a.example/cda) — Fast detection of composer dependency issues.\n\n* 💪 Powerful: Detects unused, shadow and misplaced composer dependencies\n* ⚙️ Configurable: Fine-grained ignores via PHP config\n\n- [Deptrac](https://a.example/deptrac) — Enforce rules for dependencies between layers.\n"),
            // Deprecated tools named in bold, without their links, throughout.
            RuleExample("# Tools\n\n- **A-lint** :warning: — old.\n- [B](https://a.example/b) — b.\n- **C-lint** :warning: — old.\n- [D](https://a.example/d) — d.\n- **E-lint** :warning: — old.\n- **F-lint** :warning: — old.\n- [G](https://a.example/g) — g.\n- **H-lint** :warning: — old.\n"),
            // Chapters' bold labels, each over its pages in a list of another bullet (indented too little to nest).
            RuleExample("# 目录\n\n* **第一章 字符串**\n - [1.0 本章导读](https://a.example/1)\n - [1.1 旋转字符串](https://a.example/2)\n* **第二章 数组**\n - [2.0 本章导读](https://a.example/3)\n"),
            // The author's preface in points under the title.
            RuleExample("# 题库\n\n1. 以下内容为面试官的提问汇总，欢迎补充\n2. 部分内容为手记pdf内容，因为公式实在太多，手写比较快\n\n## 基础\n\n- [什么是方差](https://a.example/v)\n"),
            // Entries of another section, named again.
            RuleExample("## Data Structures\n\n* [cl-hash-util](https://a.example/1) - Hash-table utilities.\n* [hash-set](https://a.example/2) - Hash sets.\n* also cl-containers, cl-data-structures, serapeum\n"),
            // An enumeration a sentence leads into, some items with a reference, that says it goes on.
            RuleExample("我们还可以：\n1. 小程序多端转义[Taro](https://a.example/taro)\n2. 小程序热更新[js 解释器](https://a.example/js)\n3. 模板引擎\n4. ...\n"),
            RuleExample("## Related Tools\n\n- [https://ethervm.io/decompile](https://ethervm.io/decompile)\n- [https://a.example/smart.html](https://a.example/smart.html)\n- 其他\n"),
            // An unlinked label's points, none linked: the outline of a topic, not entries missing links.
            RuleExample("## Common documentation\n\n- Introduction\n  - Project\n  - Stakeholders\n- [Onboarding](https://a.example/onboarding)\n- [Team agreements](https://a.example/team)\n"
                + "  - [Manifesto](https://a.example/manifesto)\n  - [Working agreement](https://a.example/working)\n  - [Definition of done](https://a.example/done)\n"
                + "- [Project design](https://a.example/design)\n- [Code reviews](https://a.example/reviews)\n- [Security](https://a.example/security)\n"),
            // A project's sheet of fields, one field's value in a nested list.
            RuleExample("- [Docs](https://a.example/docs)\n- [Blog](https://a.example/blog)\n\n## hoppscotch\n\n- **项目地址**：[hoppscotch](https://a.example/h)\n- **Github趋势榜**：\n  - 入选[周榜](https://a.example/t)\n- **开源时间**：2019-08-21\n- **最后更新**：2024-08-18\n"),
            // Points under an entry whose link has a space (link-format reports it).
            RuleExample("## 章节目录\n\n- **[2.1 应用层：网络应用基础](2.1 应用层：网络应用基础.md)**\n  - 进程通信与套接字接口\n  - 传输层能提供的服务\n\n- **[2.2 万维网和HTTP技术](a.md)**\n  - HTTP/2 与 HTTP/3 的演进\n"),
            // Search terms for the reader, and a filler saying the list goes on.
            RuleExample("* [OpenBLT](https://a.example/1) - a portable bootloader.\n* [can-bootloader](https://a.example/2) - a bootloader for CAN boards.\n* Keywords: *hello world bootloader*, *writing a bootloader*, ...\n* And much more\n"),
            // A language switcher: the page's translations, the current one unlinked.
            RuleExample("# Git Cheat Sheet\n\n## Commands\n\n- [Create](#create)\n- [Commit](#commit)\n\n## Other Languages\n\n- 🇺🇸 [English](README.md)\n- 🇪🇸 **Español** (actual)\n- 🇧🇩 [বাংলা](test-bn.md)\n- 🇩🇪 [Deutsch](test-de.md)\n- 🇨🇳 [中文](test-zh.md)\n"),
            // Examples of what readers ask, the list closed by an ellipsis, in a file of linked articles.
            RuleExample("## 一、校招进大厂\n\n1. 现在大二，该选择 Java 还是 CPP？\n2. 零基础如何自学编程？\n3. 校招简历应该怎么写？\n4. 。。。\n\n类似这样的问题太多太多了。\n\n## 打法系列\n\n1. [第1篇，如何应战？](https://a.example/1.md)\n2. [第2篇，如何应战？](https://a.example/2.md)\n3. [第3篇，如何应战？](https://a.example/3.md)\n4. [第4篇，如何应战？](https://a.example/4.md)\n5. [第5篇，如何应战？](https://a.example/5.md)\n"),
            // The last item leads into the numbered steps below the list.
            RuleExample("## 校招\n\n* **[职位列表](https://a.example/jobs)**\n* **[内推链接](https://a.example/refer)**\n* **操作步骤：**\n1. 点击内推链接，搜索意向职位\n2. 确认投递\n"),
            // A link text closed with `)`: the item has its link, which `link-format` reports.
            RuleExample("# Easy\n\n- [0001. Two sum](https://a.example/1)\n- [0020. Valid parentheses](https://a.example/20)\n"
                + "- [0053. Maximum subarray)(https://a.example/53)\n- [0104. Depth of a tree](https://a.example/104)\n"),
            // Names in code, in the order a guide asks for them.
            RuleExample("# Guide\n\n1. [Methods](https://a.example/m)\n2. [Ordering](https://a.example/o)\n\n## Ordering\n\n1. `displayName`\n1. `propTypes`\n1. `render`\n"),
            // A sentence leading into the few words it enumerates.
            RuleExample("# System Design\n\n1. [Caching](https://a.example/5)\n2. [Scaling](https://a.example/2)\n\nIn the part 5, we covered —\n\n1. Caching\n2. Indexing\n3. Proxies\n"),
            // An instruction among a list of tools.
            RuleExample("## 分词\n\n* 占用内存较小的词典文件: <https://a.example/small>\n* 支持繁体分词更好的词典文件: <https://a.example/big>\n* 下载你所需要的词典，然后覆盖 `jieba/dict.txt` 即可；或者用 `jieba.set_dictionary` 设置\n\n## 其他分词工具\n\n* [NLPIR](https://a.example/nlpir)\n* [BosonNLP](https://a.example/boson)\n* [IKAnalyzer](https://a.example/ik)\n"),
            // Numbered topics, each alone over the bulleted papers it groups.
            RuleExample("### Efficiency\n1. Cost\n- **Pricing**, OpenAI. [Blog Post](https://a.example/pricing)\n- **Carbon intensity**, 2022. [Paper](https://a.example/carbon)\n2. Latency\n- HELM, 2022. [Paper](https://a.example/helm)\n3. Parameter-Efficient Fine-Tuning\n- **LoRA**, 2021. [Paper](https://a.example/lora)\n"),
            // An article's sign-off: an e-mail address is a contact, not an entry's link.
            RuleExample("系统播放器\n===\n\n相关知识:\n\n- [封装格式](https://a.example/containers)\n- [视频编码方式](https://a.example/codecs)\n- [音频编码方式](https://a.example/audio)\n\n---\n\n- 邮箱 ：charon.chui@gmail.com\n- Good Luck!\n"),
            // A link Markdown did not make (a space in the destination) is link-format's.
            RuleExample("# Functional Reactive Programming\n\n* [Functional Reactive Animation](https://a.example/icfp97.pdf)\n* [Push-pull FRP](https://a.example/push-pull.pdf)\n* :scroll: [Deprecating the Observer Pattern](deprecating-the observer-pattern.pdf)\n* [Elm: Concurrent FRP](https://a.example/elm.pdf)\n"),
            // A site's sidebar: bold names label the linked pages after them.
            RuleExample("- [Quick Start](introduction.md)\n- **Java 核心概念**\n- [Java 基础](Java/basics.md)\n- [Java 虚拟机](Java/jvm.md)\n- **数据库**\n- [MySQL](MySQL.md)\n- [Redis](Redis.md)\n"),
            // An index of pages announcing more: nothing to link yet, and no question.
            RuleExample("## Questions by category\n\n* Theoretical questions: [theory.md](theory.md) (linear models, trees)\n* Technical questions: [technical.md](technical.md) (SQL, Python)\n* Coding: [coding.md](coding.md)\n* More to come\n"),
            // An index's cross-reference sends the reader to the entry that has the links.
            RuleExample("- machine learning\n  - feature engineering, [From data warehouse to data lake](https://a.example/ch1#lake)\n  - iterative processing, [Machine Learning](https://a.example/ch11#ml)\n  - LLMs (see large language models)\n  - relation to batch processing, [Machine Learning](https://a.example/ch11#ml)\n"),
            // Steps under a label that names them (`具体步骤：`), in an answer of a linked bank.
            RuleExample("## 拷贝\n\n1. [什么是深拷贝？](https://a.example/1)\n2. [什么是浅拷贝？](https://a.example/2)\n3. [什么是NSCopying？](https://a.example/3)\n\n## 自定义\n\n若想令对象具有拷贝功能，则需实现 NSCopying 协议。\n\n具体步骤：\n\n1. 需声明该类遵从 NSCopying 协议\n2. 实现 NSCopying 协议的 copyWithZone 方法\n"),
            // Steps closed by full stops (`判断是否越界。`) state; they ask nothing, whatever words they hold.
            RuleExample("# DFS\n\n遍历邻居时只需要做 3 件事：\n\n1. 计算新坐标。\n2. 判断是否越界。\n3. 判断是否已经访问过，或是否符合题目要求。\n\n## 推荐练习\n\n- [200. 岛屿数量](https://a.example/200)\n- [695. 岛屿的最大面积](https://a.example/695)\n- [994. 腐烂的橘子](https://a.example/994)\n"),
            // An article's list of states, and its references (`参考内容`) setting no answer convention.
            RuleExample("### 状态机\n\n1. `Closed` 断路器关闭：调用下游的请求正常通过\n1. `Open` 断路器打开：阻断对下游服务的调用\n\n### 参考内容\n\n1. [Hystrix issue 1459](https://a.example/1)\n1. [Hystrix Metrics](https://a.example/2)\n"),
            RuleExample("* [做项目](https://a.example/1)\n* [刷算法](https://a.example/2)\n* [背八股](https://a.example/3)\n\n# 爬楼梯\n\n1. 确定dp数组以及下标的含义\n\ndp[i]：爬到第i阶的方法数。\n\n2. dp数组如何初始化\n\ndp[0] 一定为1。\n"),
            RuleExample("## 推理\n\n1. [vLLM 原理](https://a.example/vllm)\n2. [TGI 原理](https://a.example/tgi)\n\n服务对外暴露了以下接口：（对外指 router）\n\n1. Info : 返回模型信息\n2. Prefill\n3. Decode\n"),
            RuleExample("## 框架\n\n* [Vue 教程](https://a.example/vue)\n* AngularJS\n    * [AngularJS 入门](https://a.example/ng)\n    * [AngularJS 风格指南](https://a.example/ngs)\n* Zepto.js\n* [React 文档](https://a.example/react)\n"),
            RuleExample("## 大模型应用\n\n1. [langchain中文文档](https://a.example/langchain)\n2. [huggingface TGI](https://a.example/tgi)\n"),
            RuleExample("## 项目简介\n\n- 机器学习基础\n- 深度学习基础\n\n## 目录\n\n1. [机器学习基础](#机器学习基础)\n2. [贡献指南](#贡献指南)\n\n## 机器学习基础\n\n1. [梯度裁剪](https://a.example/clip)\n\n## 贡献指南\n\n1. 确保提交的题目和答案清晰明了。\n"),
            RuleExample("## pytorch基础\n- 注：可能会考察手撕代码\n1. [torchrun命令的使用](https://a.example/torchrun)\n"),
            RuleExample("## 其他\n\n1. 什么是LoRA？\n\n   LoRA 冻结原权重，只训练低秩矩阵 A、B。\n2. [Qlora](https://a.example/qlora)\n   - 补充：4-bit 量化\n"),
            RuleExample("## 代码\n\n1. [a](https://a.example/a)\n2. 手写 softmax\n\n   ```python\n   def softmax(x): ...\n   ```\n"),
            RuleExample("## 面经\n\n1. [a](https://a.example/a)\n\n## 其他\n\n1. 百川\n", options: ["exclude-sections": ["#其他"]]),
            RuleExample("## Java\n\n- 什么是JVM？\n- HashMap 的原理\n\n[答案](https://a.example/java)\n"),
            RuleExample("## Java\n\n- 什么是JVM？\n- HashMap 的原理\n- 为什么需要 volatile？\n"),
            RuleExample("## 推荐\n\n- [一招吃遍力扣四道题](https://a.example/1)\n- [最长上升子序列](https://a.example/2)\n- 等等\n"),
            RuleExample("# 并行技术（三）-流水线并行\n\n本系列：\n\n- [并行技术（一）-概述](https://a.example/1)\n- [并行技术（二）-数据并行](https://a.example/2)\n- 并行技术（三）-流水线并行\n"),
            RuleExample("## 学习计划\n\n- [ ] 第一周：读完《算法》第一章\n- [x] 刷题 20 道\n\n## 资料\n\n- [书](https://a.example/book)\n"),
            RuleExample("## 工具\n\n- [Alpha](https://a.example/alpha) - 一个工具。\n- [Beta](https://a.example/beta) - 另一个。\n\n## 说明\n\n- 本列表按字母排序，欢迎补充。\n- 每个条目请附一句简介。\n"),
            RuleExample("## 题库\n\n- Java 基础\n  - [什么是JVM？](https://a.example/jvm)\n  - [GC 算法](https://a.example/gc)\n- 并发\n  - [volatile](https://a.example/v)\n"),
            RuleExample("## Treap\n\n- Combination of a binary search tree and a heap\n- [Treap](https://a.example/treap)\n- [Treaps explained](https://a.example/t2)\n"),
            RuleExample("## Resources\n\n- [Book](https://a.example/b)\n- [Course](https://a.example/c)\n\n## Questions to ask the interviewer\n\n- How large is your team?\n- What does your release cycle look like?\n"),
            // An article's numbered steps, one of which happens to ask, under a banner of links.
            RuleExample("* [做项目](https://a.example/1)\n* [刷算法](https://a.example/2)\n\n# 背包总结篇\n\n我们按照如下五部来逐步分析。\n\n1. 确定dp数组以及下标的含义\n2. 确定递推公式\n3. dp数组如何初始化\n4. 确定遍历顺序\n5. 举例推导dp数组\n"),
            // Examples in an answer of a FAQ: one asks, one states.
            RuleExample("## Where can I practice?\n\n* [HackerRank](https://a.example/h)\n* [LeetCode](https://a.example/l)\n* [Exercism](https://a.example/e)\n\n## Why do some questions repeat?\n\nThat is intentional. For example:\n\n1. What is horizontal scaling?\n2. The act of adding instances to the pool is called ____ scaling\n"),
            // Resources found by a search in an app: nothing to link.
            RuleExample("# 资源\n\n* [面试官](https://a.example/posts)（面试官系列）\n* [面试图谱](https://a.example/docs/)（面试图谱）\n* [前端知识整理](https://a.example/leo)（系列文章）\n* 洞见前端小程序-(微信搜索，非常有意思的小程序)\n"),
        ],
        emittedSeverities: [.warning, .info]
    )

    let questionLists: QuestionLists

    public init(options: RuleOptions) {
        questionLists = QuestionLists(excludedSections: options.strings("exclude-sections"),
                                      excludeBeforeTableOfContents: options.bool("exclude-before-toc"))
    }

    /// Two items or more ask (end with a question mark) and link nothing but a credit
    /// (`(credit [swierdo](https://www.reddit.com/user/swierdo/))`), while the list's links are on
    /// items that ask nothing: puzzles set for the reader among resources, not questions
    /// missing their answers.
    static func asksTheReader(_ list: MarkdownList, in source: SourceText) -> Bool {
        var asking = 0, resources = 0
        for item in list.items {
            var text = Substring(item.text.trimmedWhitespace)
            // `…both girls? (credit [swierdo](…))`: the aside after the question.
            if text.hasSuffix(")") || text.hasSuffix("）"), let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) {
                text = text[..<open]
                while text.last?.isWhitespace == true { text.removeLast() }
            }
            let asks = text.hasSuffix("?") || text.hasSuffix("？")
            let links = item.links.filter { !$0.isImage && !isCreditAside($0, in: source) }
            if asks {
                guard links.isEmpty else { return false }
                asking += 1
            } else if !links.isEmpty, !QuestionOutline.isQuestionLike(String(text)) {
                // `Learn Bayesian and practice [problems](…)`; `[什么是注意力](…)` asks, unmarked.
                resources += 1
            }
        }
        return asking >= 2 && resources >= 1
    }

    /// `(credit [name](…))`, `via [name](…)`, `[@name](…)`: a link to whom the item is owed.
    static func isCreditAside(_ link: Link, in source: SourceText) -> Bool {
        if DuplicateLinkRule.isCredit(link) { return true }
        let lineStart = source.lineRange(source.line(containing: link.range.start)).start
        let before = source.string(in: SourceRange(lineStart, link.range.start)).lowercased()
        return creditWords.contains { before.hasSuffix($0) }
    }

    private static let creditWords = ["credit ", "credits ", "credit: ", "credit to ", "via ", "thanks to ", "h/t ", "courtesy of ", "by "]

    /// Bytes from the start of the marker's line to the marker.
    static func markerColumn(of item: ListItem, in source: SourceText) -> Int {
        item.markerRange.start - source.lineRange(source.line(containing: item.markerRange.start)).start
    }

    /// Every linted file's conventions come first (their answer style).
    public func prepareSharedFacts(of file: MarkdownFile, isReference: Bool) {
        if !isReference { _ = CollectionConventions.of(file) }
    }

    /// Whether most of a list's links (two at least) lead to translations of the file itself.
    static func isLanguageSwitcher(_ list: MarkdownList, in file: MarkdownFile) -> Bool {
        // Asked of every list of a bank: its items' links are resolved only when two lead to
        // files of the repository (a bank's links are web addresses, told by their first bytes).
        let local = list.items.lazy.filter { item in
            guard let destination = ListItemSupport.firstOutwardLink(of: item)?.destination.utf8, let first = destination.first else { return false }
            return first != UInt8(ascii: "#") && !destination.starts(with: "http".utf8)
        }
        guard local.prefix(2).count == 2 else { return false }
        let targets = list.items.compactMap { LocalPages.target(of: $0.range.start, in: file) }
        let translations = targets.count { TranslationFiles.areTranslations(file.path, $0, groups: []) }
        return translations >= 2 && translations * 2 >= list.items.count - 1
    }

    /// `...`, `…`, `。。。`: an ellipsis alone.
    static func isEllipsis(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return !trimmed.isEmpty && trimmed.count <= 6 && trimmed.allSatisfy { $0 == "." || $0 == "…" || $0 == "。" }
    }

    /// Most items (three or more) open with a date, bold or not.
    static func isTimeline(_ list: MarkdownList) -> Bool {
        let count = list.items.count
        guard count >= 3 else { return false }
        var dated = 0, undated = 0
        for item in list.items {
            // The opening is enough (a date is short). A schedule opens with its first date: a list
            // whose first item opens otherwise is read no further.
            let opening = item.text.prefix(40).drop { $0 == " " || $0 == "*" || $0 == "_" }
            if DateOpenings.opensWithADate(String(opening)) { dated += 1 } else { undated += 1 }
            if dated == 0 || undated * 2 >= count { return false }
        }
        return dated >= 3
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        let document = file.document
        let conventions = CollectionConventions.of(file)
        guard conventions.answerStyle != .none else { return [] }
        var violations: [Violation] = []
        var reportedSections = Set<Int>()
        let parents = ListNesting.parentItems(document)
        // The list holding each item (by marker offset), to walk from a nested list up to the top.
        var listOfItem: [Int: Int] = [:]
        for list in document.lists where list.depth > 0 || list.items.contains(where: { !$0.nestedLists.isEmpty }) {
            for item in list.items { listOfItem[item.markerRange.start] = list.index }
        }
        /// Whether an item above the list (its parent, the parent's parent, …) links somewhere.
        func isUnderLinkedItem(_ list: MarkdownList) -> Bool {
            var current = list.index
            while let parent = parents[current] {
                // `**[2.1 应用层](2.1 应用层.md)**`: a link Markdown did not make (link-format's to
                // report) is the entry's link all the same.
                if parent.links.contains(where: { !$0.isImage }) || Self.holdsBrokenLink(parent, in: source) { return true }
                guard let above = listOfItem[parent.markerRange.start] else { return false }
                current = above
            }
            return false
        }
        let topLevelStarts = document.blocks.map(\.range.start)
        var pageNames = PageNames(file)
        let labelLists = LabelLists.of(file).lists
        var boldUnlinkedEntries = BoldUnlinkedEntries()
        // The item holding each nested list; worked out when first asked.
        var parentItems: [Int: ListItem]?
        for list in questionLists.lists(in: file) {
            // `- Word2vec` alone over numbers starting again at 1: the label of the group below.
            if labelLists.contains(list.index) { continue }
            // Sub-questions of a linked question share its answer, also under a note about it
            // (`- [The Infinite Hows](…)` / `- The article asks:` / `- What were you expecting?`).
            if isUnderLinkedItem(list) { continue }
            // `- arXiv：https://…` / `- intro：ICLR 2015` / `- homepage：https://…`: a paper's sheet of
            // fields, its links among them; no entry in it waits for a link.
            if FieldSheets.isSheet(list) { continue }
            // `* [Mac Mini Vault](https://…)` / `* jpr` under `# Kickstarter Supporters`: names of
            // those thanked, linked where they gave a website; no link waits for the others.
            if AcknowledgementLists.thanks(list, in: file) { continue }
            // `- **Thursday, July 15th**: Week 12 - [Test Freeze](…)` / `- **Tuesday, July 27th**: Week 14 - Docs
            // completed`: a schedule, each item a date; some milestones link what they name.
            if Self.isTimeline(list) { continue }
            // `许多第三方依赖项也已更新，其中一些更值得注意的包括：` over `- Hibernate 6.6`: in an article
            // (paragraphs and code more than linked items), a sentence's enumeration, some of
            // whose names it links; no entry waits for an answer.
            if list.depth == 0, ArticlePages.of(file).isArticle, let above = ReferenceLists.lineAbove(list.range.start, in: source),
               let last = source.lineText(above).trimmedWhitespace.last, last == ":" || last == "：" { continue }
            // `3. dp数组如何初始化` alone, then the paragraphs that answer it: an article's step
            // or a question answered under it, outside the list.
            if list.items.count == 1, Self.isFollowedByText(list, blocks: document.blocks, starts: topLevelStarts) { continue }
            // `1. 以下内容为我作为面试官的提问…的汇总` / `2. 部分内容为手记pdf内容，因为公式实在太多…`
            // under the page's title, before its first section: the author's preface in points.
            if Self.isPrefaceInPoints(list, in: document) { continue }
            // `1. `constructor`` / `1. `render``: names in code (methods in their order, commands),
            // none waiting for an answer.
            if Self.namesCode(list, in: source) { continue }
            let shapes = list.items.map { conventions.shape(of: $0, in: list) }
            let hasLinks = shapes.contains(.linked)
            // `* 💪 Powerful: …` / `* ⚡ Performant: …` right under `- [composer-dependency-analyser](…) — …`
            // (or under its `Kani verifies:`): the entry's points, written flush-left in a bullet
            // of their own; none links, none asks.
            if !hasLinks, !shapes.contains(.question), Self.isPointsOfEntryAbove(list, blocks: document.blocks, starts: topLevelStarts, in: source) { continue }
            // A list of questions none of which links anywhere, standing apart from the linked
            // ones, asks the reader: it has no answers to miss.
            if !hasLinks, conventions.answerStyle == .perItem, !conventions.unlinkedButAnswered.contains(list.index) { continue }
            // `- Introduction` over `  - Project` / `  - Stakeholders` in a collection that names
            // things: an unlinked label's points, none linked and none asking, outline a topic
            // (the sections a document should have), not entries that lost their links.
            if !hasLinks, conventions.itemKind == .names, list.depth > 0, !shapes.contains(.question),
               let parent = parents[list.index], !parent.links.contains(where: { !$0.isImage }) { continue }
            // `- 🇺🇸 [English](../README.md)` / `- 🇪🇸 **Español** (actual)` / `- [বাংলা](git-cheat-sheet-bn.md)`:
            // the page's translations, the unlinked item the page itself.
            if Self.isLanguageSwitcher(list, in: file) { continue }
            // `1. 现在大二，…选择 Java 还是 CPP？` … `5. 。。。`: questions none of which links, the
            // last item an ellipsis (or `等等`): examples of what readers ask, not the entries.
            // (Where sections share one answer link, a section without one is still reported.)
            if !hasLinks, conventions.answerStyle == .perItem, let last = list.items.last,
               QuestionOutline.isFiller(last.text) || Self.isEllipsis(last.text) { continue }
            // `1. 小程序多端转义[Taro](…)` … `4. 模板引擎` … `6. ...`: an enumeration of things,
            // some with a reference, that says it goes on; no question in it lacks an answer.
            if let last = list.items.last, QuestionOutline.isFiller(last.text) || Self.isEllipsis(last.text),
               !shapes.contains(.question), let above = ReferenceLists.lineAbove(list.range.start, in: source),
               ConventionInference.endsWithColon(source.lineText(above)) { continue }
            // So is a list of examples (`## Basic examples` of tasks, one of them linking a
            // pattern's page), however much the document's other lists link: it shows what such
            // questions look like, it lists none.
            if shapes.count(where: { $0 == .linked }) <= 1, let heading = document.heading(before: list.range.start),
               Self.namesExamples(heading.text) { continue }
            // `* Learn Bayesian and practice [problems](…)` beside `* Let A and B be events…? `: the
            // links are resources, and the questions, none linked (a credit aside), the reader's exercises.
            if Self.asksTheReader(list, in: file.source) { continue }
            // A collection that names things (a roadmap's reading lists) asking questions of its
            // own, none linked (`学完之后，务必要搞懂下面这些问题：` / `1. Maven 项目如何创建？`): the
            // reader's self-check, not entries missing their links.
            // So is a list of them with one link for them all (`- [General Interview Questions
            // and their Answers](…)`): most of its unlinked items ask, in a collection of names.
            let asked = shapes.count(where: { $0 == .question }), linked = shapes.count(where: { $0 == .linked })
            if conventions.itemKind == .names, linked == 0 || linked == 1 && asked >= 2, asked * 2 > list.items.count - linked { continue }
            // `## Coming soon` / `1. DevOps`: topics announced under a heading that says they are
            // still to come have no links yet by design.
            if !hasLinks, let heading = document.heading(before: list.range.start), Placeholders.announcesFutureContent(heading.text) { continue }
            // `* 1. storage` under `* e) As a rule of thumb remember at least these :`: a bullet
            // holding nothing but a one-item numbered list (mixed-list reports the shape), one
            // phrase of an enumeration; only a question there misses its link.
            if list.isOrdered, list.items.count == 1, shapes[0] != .question, list.depth >= 1 {
                if parentItems == nil { parentItems = ListNesting.parentItems(document) }
                if let parent = parentItems![list.index], case .list(let first)? = parent.children.first, first.index == list.index { continue }
            }
            // Unlinked phrases before a list's first link lead into it (`- Also see the videos below`).
            let firstLinked = shapes.firstIndex(of: .linked) ?? 0
            // Beside group labels, a bare phrase is a label whose group is still empty (`* Zepto.js`).
            let labelled = list.items.contains { ConventionInference.isGroupLabel($0, labels: conventions.labels) }
            lazy var firstColumn = Self.markerColumn(of: list.items[0], in: document.source)
            lazy var describesItsEntries = zip(list.items, shapes).contains { item, shape in
                shape == .linked && Self.isDescribedAfterItsLink(item, in: source)
            }
            // `1. Go to [dnsbin.zhack.ca](…)` / `2. Execute a simple 'ls'`; `- Injection, including
            // [SQL](…)` / `- Batching Attacks, a GraphQL-specific method…`: every link stands inside
            // its item's sentence, none titles an entry; the list is points, its phrases no entries.
            lazy var linksOnlyInSentences = list.items.contains { $0.links.contains { !$0.isImage } } && list.items.allSatisfy { item in
                guard let first = item.links.first(where: { !$0.isImage }) else { return true }
                return Self.standsInASentence(first, in: item, source: source)
            }
            for (position, item) in list.items.enumerated() {
                let shape = shapes[position]
                if position < firstLinked, shape != .question { continue }
                if labelled, shape == .phrase, item.nestedLists.isEmpty { continue }
                // `- **Java 核心概念**` among `- [Java 基础](…)` items (a site's sidebar): a bold
                // name over the linked items after it labels them, as a heading would.
                if shape != .question, position + 1 < list.items.count, shapes[position + 1] == .linked,
                   BoldLabels.isOneBoldRun(source.string(in: SourceRange(ListItemSupport.contentStart(of: item, in: source),
                                                                          source.lineRange(source.line(containing: item.markerRange.start)).end))) { continue }
                // `- **nimfmt** :warning: — …` among `- [DrNim](…) — …`: a collection that writes
                // some entries' names in bold without a link (deprecated tools, its own
                // projects), many times over, does so on purpose.
                if shape != .question, boldUnlinkedEntries.count(in: document) >= Self.boldUnlinkedHabit,
                   BoldLabels.opensWithBoldRun(source.string(in: SourceRange(ListItemSupport.contentStart(of: item, in: source),
                                                                              source.lineRange(source.line(containing: item.markerRange.start)).end))) { continue }
                // `- 等等`, `- etc.`: the list goes on, nothing to link.
                if QuestionOutline.isFiller(item.text) { continue }
                // `* **操作步骤：**` over `1. 点击内推链接…`: the last item leads into the numbered
                // steps right below the list; a label, not an entry.
                if position == list.items.count - 1, Self.leadsIntoSteps(item, of: list, in: source) { continue }
                // `- [2003: GFS](…)` / ` - replaced by Colossus in 2012`: a marker indented past the
                // list's first one, but too little to nest, was meant as a note under the item above.
                // The item those notes follow (`- 2012: AddressSanitizer:` over ` - [paper](…)`) is
                // their label.
                let column = Self.markerColumn(of: item, in: document.source)
                if position > 0, column > firstColumn { continue }
                if position + 1 < list.items.count, Self.markerColumn(of: list.items[position + 1], in: document.source) > column { continue }
                let isPlaceholder = shape == .placeholder && item.nestedLists.isEmpty
                // `* More to come`, `持续更新中`: the list announces more entries, it holds no
                // question waiting for its answer (`待补充` stands for one).
                if isPlaceholder, ItemShape.announcesMore(item.text) { continue }
                // Sentences among linked entries are remarks about them, not questions to answer.
                guard isPlaceholder || (shape != .prose && QuestionLists.isQuestion(item, shape: shape, labels: conventions.labels) && isUnanswered(item, in: source)),
                      !conventions.hasSectionAnswerLink(at: item.range.start, in: document) else { continue }
                // A series list under each of its articles leaves this article's own entry unlinked.
                if pageNames.contains(item) { continue }
                // `- 目前，已支持llama/llama2` under a linked entry, `- train performance: 550 tokens/s`
                // or `- nvcr.io/nvidia/pytorch:24.05-py3` beside linked pages: in a note of a few lists
                // that ask nothing (fewer than eight items, under one in five asking), a remark, a
                // measurement or an identifier, not an entry. Entries described after their links
                // (`- [apsw](…)：另一个 Python SQLite 封装。`) make the list one of entries.
                if shape != .question, conventions.phrasing.mayNameThings, !describesItsEntries, Self.isRemark(item.text) { continue }
                if shape != .question, !isPlaceholder, linksOnlyInSentences { continue }
                // `洞见前端小程序-(微信搜索…)`: an entry found by a search in an app (a mini program, an
                // official account, a QR code) has no address to link.
                if shape != .question, Self.isFoundInAnApp(item.text) { continue }
                // `LLMs (see large language models)`, `欧盟法规（见 AI Act）`: an index's cross-reference
                // sends the reader to another entry, which has the links.
                if Self.refersToAnotherEntry(item.text) { continue }
                // `* [Deprecating the Observer Pattern](deprecating-the observer-pattern.pdf)`: the
                // item has its link, one Markdown did not make; `link-format` reports that.
                if Self.holdsBrokenLink(item, in: source) { continue }
                // `* Add your notes here` closing the community's notes: an invitation, no entry.
                // (Asked of the items about to be reported only: it reads the text's words.)
                if Placeholders.invitesContributions(item.text) { continue }
                let start = ListItemSupport.contentStart(of: item, in: source)
                let range = SourceRange(start, source.lineRange(source.line(containing: start)).end)
                let section = document.heading(before: item.range.start)?.index ?? -1
                if isPlaceholder || conventions.answerStyle == .perSection {
                    // One finding per section: the section as a whole lacks its answers.
                    guard reportedSections.insert(section).inserted else { continue }
                    let message = isPlaceholder
                        ? "expected questions with answers, found the placeholder '\(excerpt(item.text))'"
                        : "expected a link to the answers of this section, found none"
                    violations.append(Violation(range: range, message: message, severity: isPlaceholder ? .info : nil,
                                                help: ["the collection links answers \(conventions.answerStyle == .perSection ? "once per section" : "on each question"); see `iqlint conventions`"]))
                    continue
                }
                // `- [Conv2Conv convolution model]`: a reference link whose definition is missing;
                // the item was written as a link, and the help must not wrap it in more brackets.
                if let written = Self.undefinedReferenceLabel(item.text) {
                    let label = written.quoted(upTo: 60)
                    violations.append(Violation(
                        range: range,
                        message: "expected a link, found '[\(label)]', a reference with no definition",
                        help: ["define the reference under the list (`[\(label)]: https://…`) or write the link inline (`[\(label)](https://…)`)"]))
                    continue
                }
                // A collection that names things (an awesome-list, a list of resources) links what
                // each entry names; it has no answers to speak of.
                if conventions.itemKind == .names {
                    // `下载你所需要的词典，然后覆盖 … 即可；或者用 …`: a sentence among the entries, an
                    // instruction or a note about them, not an entry without its link.
                    if Self.readsAsSentence(item.text) { continue }
                    violations.append(Violation(
                        range: range,
                        message: "expected a link, found only the text '\(excerpt(item.text))'",
                        help: ["the entries of this collection link what they name (see `iqlint conventions`), e.g. `\(Self.linkedExample(item.text))`"]))
                    continue
                }
                violations.append(Violation(
                    range: range,
                    message: "expected a link to an answer, found only the text '\(excerpt(item.text))'",
                    help: ["link the question to its answer, e.g. `\(Self.linkedExample(item.text))`, or answer it under the item"]))
            }
        }
        // A docsify site's navigation (`_sidebar.md`) lists the site's pages: an unlinked entry
        // is a page not written yet, worth a look, not a question missing its answer.
        guard ProjectDocuments.isSiteNavigation(file) else { return violations }
        return violations.map { violation in
            var violation = violation
            violation.severity = .info
            violation.help.insert("a site's navigation (\(file.path.split(separator: "/").last ?? "")): an unlinked entry is a page not written yet", at: 0)
            return violation
        }
    }

    /// `Go to [dnsbin](…)`, `Browse the [Wayback Machine](…)`, `…, including [SQL](…)`: the link
    /// follows a word that leads into it within a sentence (not a name and a separator, `Landing
    /// page gallery - [x](…)`, nor a label in brackets, `Heart of a Dog ([Review](…))`).
    static func standsInASentence(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        let before = source.string(in: SourceRange(start, link.range.start))
        // `在 [Metrics](…) 中增强了支持`, `与 [Health](…) 集成`: a Chinese preposition or verb leads to it.
        if before.utf8.count <= 24 {
            let chinese = Substring(before).trimmingSuffix(while: { $0 == " " })
            if chinese.count <= 6, chineseLeadWords.contains(where: { chinese.hasSuffix($0) }) { return true }
        }
        guard before.last == " ", let word = before.split(separator: " ").last else { return false }
        return sentenceLeadWords.contains(word.lowercased())
    }

    private static let chineseLeadWords = ["在", "与", "和", "对", "将", "从", "向", "把", "使用", "支持", "参考", "详见", "见", "通过", "基于", "新增", "升级"]

    private static let sentenceLeadWords: Set<String> = ["to", "the", "a", "an", "see", "including", "via", "from", "on", "in", "at", "with",
                                                        "of", "by", "use", "using", "read", "check", "visit", "browse", "open", "try", "like", "and", "or"]

    /// From this many entries written as a bold name without a link, a document does so on purpose.
    static let boldUnlinkedHabit = 5

    /// The items of a document that open with a bold name and link nothing (`- **nimfmt**
    /// :warning: — …`), counted when first asked.
    struct BoldUnlinkedEntries {
        private var counted: Int?

        mutating func count(in document: Document) -> Int {
            if let counted { return counted }
            let source = document.source
            var found = 0
            for list in document.lists {
                for item in list.items where item.links.isEmpty {
                    let start = ListItemSupport.contentStart(of: item, in: source)
                    // `**` first, on the bytes: most items open otherwise.
                    guard source.bytes[start...].starts(with: "**".utf8) else { continue }
                    if BoldLabels.opensWithBoldRun(source.string(in: SourceRange(start, source.lineRange(source.line(containing: start)).end))) { found += 1 }
                }
            }
            counted = found
            return found
        }
    }

    /// `* 💪 Powerful: …` right after a list whose last item links its entry (`- [tool](…) — …`),
    /// written in another bullet or under the lead-in that entry ends with (`Kani verifies:`):
    /// points of that entry, not indented under it.
    /// (`starts`: where each of `blocks` starts, ascending.)
    static func isPointsOfEntryAbove(_ list: MarkdownList, blocks: [Block], starts: [Int], in source: SourceText) -> Bool {
        let position = starts.partitionIndex { $0 >= list.range.start }
        guard list.depth == 0, position < starts.count, starts[position] == list.range.start, position > 0,
              case .list(let above) = blocks[position - 1], let entry = above.items.last, entry.links.contains(where: { !$0.isImage }),
              let marker = list.items.first?.marker, let aboveMarker = entry.marker.last else { return false }
        if marker.last != aboveMarker { return true }
        guard let paragraph = entry.paragraphs.last else { return false }
        return ConventionInference.endsWithColon(source.lineText(source.line(containing: max(paragraph.range.start, paragraph.range.end - 1))))
    }

    /// Whether the item's first paragraph holds a `[text](` that did not become a link (a space
    /// in its destination, a line break inside it, no closing `)`).
    static func holdsBrokenLink(_ item: ListItem, in source: SourceText) -> Bool {
        guard let paragraph = item.paragraphs.first else { return false }
        // `[0053. Maximum subarray)(https://…)`: the text closed with `)`.
        if !MisclosedLinkText.findings(in: paragraph.range, links: paragraph.content.links, of: source).isEmpty { return true }
        let skipped = paragraph.content.links.map(\.range) + paragraph.content.htmlComments.map(\.range)
        guard BrokenLinkScanner.mayFindLinks(in: paragraph.range, of: source.bytes, skipping: skipped) else { return false }
        return !BrokenLinkScanner(source: source, skipped: skipped).findings(in: paragraph.range).isEmpty
    }

    /// Whether `item`, the last of `list`, ends with a colon and the next line after the list
    /// opens a numbered list (`1.`, `1)`).
    static func leadsIntoSteps(_ item: ListItem, of list: MarkdownList, in source: SourceText) -> Bool {
        guard let end = item.text.trimmedWhitespace.trimmed(where: { $0 == "*" || $0 == "_" }).last, end == ":" || end == "：" else { return false }
        let next = source.line(containing: max(list.range.start, list.range.end - 1)) + 1
        guard next <= source.lineCount else { return false }
        let text = source.lineText(next).drop { $0 == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let mark = text.dropFirst(digits.count).first else { return false }
        return mark == "." || mark == ")"
    }

    /// `Basic examples`, `Example`, `示例`, `举例`: a heading over examples of something.
    static func namesExamples(_ heading: String) -> Bool {
        let lower = heading.lowercased()
        if ["示例", "例子", "举例", "样例", "範例", "例如"].contains(where: lower.contains) { return true }
        return lower.split { !$0.isLetter }.contains { $0 == "example" || $0 == "examples" }
    }

    /// A note's line rather than an entry's title: a sentence of clauses (`目前，已支持llama/llama2`),
    /// a measurement (`train performance: 550 tokens/s`), or one token naming an artifact by its
    /// path (`nvcr.io/nvidia/pytorch:24.05-py3`).
    static func isRemark(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if trimmed.contains("，") || trimmed.contains(", ") { return true }
        if let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }),
           trimmed[trimmed.index(after: colon)...].drop(while: \.isWhitespace).first?.isNumber == true { return true }
        return !trimmed.contains(where: \.isWhitespace) && trimmed.contains("/")
    }

    /// `- [apsw](…)：另一个 Python SQLite 封装。`: words follow the item's first link on its line.
    static func isDescribedAfterItsLink(_ item: ListItem, in source: SourceText) -> Bool {
        guard let link = item.links.first(where: { !$0.isImage }) else { return false }
        let lineEnd = source.lineRange(source.line(containing: link.range.start)).end
        return link.range.end < lineEnd && source.string(in: SourceRange(link.range.end, lineEnd)).contains(where: \.isLetter)
    }

    /// Names a resource reached inside an app rather than at an address.
    static func isFoundInAnApp(_ text: String) -> Bool { holdsAny(of: appCues, in: text) }

    /// Compared on bytes, ASCII letters in either case.
    private static let appCues = ["微信搜索", "公众号", "小程序", "扫码", "二维码", "扫一扫", "wechat", "qr code"].map { Array($0.utf8) }

    /// Holds a cross-reference to another entry: `(see …)`, `(see also …)`, `（见 …）`, `参见…`;
    /// or opens with one: `also cl-containers, serapeum`, `see also …`, `另见…` (entries listed
    /// in another section, named, not linked again).
    static func refersToAnotherEntry(_ text: String) -> Bool {
        let opening = text.trimmedWhitespace.prefix(9).lowercased()
        if ["also ", "see ", "cf. ", "另见", "参见", "參見", "另見"].contains(where: opening.hasPrefix) { return true }
        return holdsAny(of: crossReferenceCues, in: text)
    }

    /// Whether `text` holds one of `cues` (UTF-8 bytes), ASCII letters in either case.
    private static func holdsAny(of cues: [[UInt8]], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in cues.contains { UTF8Characters.containsFolded($0, in: bytes, countingJoiner: false) } }
    }

    /// Compared on bytes, ASCII letters in either case.
    private static let crossReferenceCues = ["(see ", "（see ", "（见", "(见", "（見", "(見", "参见", "參見"].map { Array($0.utf8) }

    /// Every item of the list is one code span on one line, and nothing else.
    static func namesCode(_ list: MarkdownList, in source: SourceText) -> Bool {
        list.items.allSatisfy { item in
            guard item.children.count == 1, let paragraph = item.paragraphs.first, paragraph.lines.count == 1 else { return false }
            let line = source.lineRange(source.line(containing: item.markerRange.start))
            return LazyContinuationRule.isOnlyCodeSpan(source.string(in: SourceRange(ListItemSupport.contentStart(of: item, in: source), line.end)))
        }
    }

    /// A top-level list whose next block is a paragraph or code block.
    static func isFollowedByText(_ list: MarkdownList, blocks: [Block], starts: [Int]) -> Bool {
        guard list.depth == 0 else { return false }
        let low = starts.partitionIndex { $0 > list.range.start }
        guard low < blocks.count, low > 0, case .list(let found) = blocks[low - 1], found.index == list.index else { return false }
        switch blocks[low] {
        case .paragraph, .codeBlock: return true
        default: return false
        }
    }

    private func isUnanswered(_ item: ListItem, in source: SourceText) -> Bool {
        guard item.children.count == 1, case .paragraph = item.children[0], !item.links.contains(where: { !$0.isImage }) else { return false }
        // `QQ Group[328127489]<a target="_blank" href="https://…"><img …></a>`: linked in HTML.
        let text = source.string(in: item.range).lowercased()
        return !(text.contains("<a ") && text.contains("href="))
    }

    /// Clauses of Chinese (twelve characters or more with `，`, `；` or `。` between or after
    /// them), or a sentence of eight words or more closed by a full stop.
    static func readsAsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if trimmed.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 12, trimmed.contains(where: { "，；。".contains($0) }) { return true }
        return trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") && trimmed.split(whereSeparator: \.isWhitespace).count >= 8
    }

    /// `[Conv2Conv convolution model]` or `[Seq2Seq][seq]` as the whole item: brackets that
    /// A top-level list under the page's title and before any other heading, whose items are
    /// sentences (a comma or a full stop inside, twenty characters or more) and none asks:
    /// the author's preface, written in points.
    static func isPrefaceInPoints(_ list: MarkdownList, in document: Document) -> Bool {
        guard list.depth == 0, let title = document.headings.first, title.range.end <= list.range.start,
              document.headings.count < 2 || document.headings[1].range.start > list.range.start else { return false }
        return list.items.allSatisfy { item in
            let text = item.text.trimmedWhitespace
            return text.count >= 20 && text.contains(where: { "，,。；;".contains($0) }) && !QuestionOutline.isQuestionLike(text)
        }
    }

    /// Markdown left as text, a reference without its definition. The label shown, or nil.
    static func undefinedReferenceLabel(_ text: String) -> String? {
        let trimmed = text.trimmedWhitespace
        guard trimmed.first == "[", trimmed.last == "]" else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        // `[a][b]`: the label is the first part; `[a] and [b]` is prose.
        if let close = inner.firstIndex(of: "]") {
            let rest = inner[inner.index(after: close)...]
            guard rest.first == "[", !rest.dropFirst().contains("["), !rest.dropFirst().contains("]") else { return nil }
            let label = inner[..<close]
            return label.contains(where: \.isLetter) && !label.contains("[") ? String(label) : nil
        }
        return inner.contains(where: \.isLetter) && !inner.contains("[") ? String(inner) : nil
    }

    /// The item written as a link, to copy: its whole text (a cut one would be copied as cut),
    /// or `[title](https://…)` for a long text.
    static func linkedExample(_ text: String) -> String {
        let text = text.trimmed { $0 == " " }
        return text.count <= 60 ? "[\(text)](https://…)" : "[title](https://…)"
    }

    private func excerpt(_ text: String) -> String {
        text.trimmed { $0 == " " }.quoted(upTo: 24)
    }

    /// The page's own names: its first heading and its file name, normalised as headings are
    /// (`- 大模型分布式训练并行技术（六）-多维混合并行` in the file of that name names it), worked
    /// out when the first unlinked question is judged.
    struct PageNames {
        private let file: MarkdownFile
        private var names: [String]?

        init(_ file: MarkdownFile) { self.file = file }

        /// Whether `item` names the page itself.
        mutating func contains(_ item: ListItem) -> Bool {
            let text = HeadingText.normalized(item.text.trimmedWhitespace)
            guard !text.isEmpty else { return false }
            if names == nil {
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                let stem = name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
                names = [file.document.headings.first.map { HeadingText.normalized($0.text.trimmedWhitespace) }, HeadingText.normalized(stem)]
                    .compactMap { $0 }
            }
            return names?.contains(text) ?? false
        }
    }
}
