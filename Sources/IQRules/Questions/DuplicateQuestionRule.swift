import IQCore
import IQDedup
import IQMarkdown

public struct DuplicateQuestionRule: CorpusRule {
    public static let description = RuleDescription(
        id: "duplicate-question",
        summary: "no question is asked twice, even in other words",
        details: """
            Compares every question with every other question in all files linted together, \
            across sections, except between files that translate each other (named like \
            `README.zh-CN.md`, `README-af.md`, `README.he-IL.md` or `README.korean.md`, in a language's folder under \
            `translations/` or named in English (`Chinese/`, `Portuguese/`), or grouped in \
            `conventions: translations:`), and between a file of exercises and the file of \
            their solutions, which restates each task before solving it (`sum.md` and \
            `solutions/sum.md`, `exercises/x.md` and `solutions/x.md`, `exercise.md` and \
            `solution.md`, `x.md` and `x-answers.md`). A docsify site's navigation (a GitBook's `SUMMARY.md`, `_sidebar.md`, \
            `_navbar.md`) lists the site's pages by their titles, as the README's index does: it holds \
            no questions. A bank written as headings (three headings of a level or more closed by a \
            question mark, half of that level's at least: `### Q: What is cache stampede?` over its \
            answer) has those headings as its questions, compared with other question headings only \
            (never with the items a section titled by a question holds); a heading right above code \
            of its own (`###### 1. What's the output?`) asks about that code. \
            The question of a list item is the link text of its first \
            paragraph or heading, or that block's text when it has no link; the blocks after it \
            (an answer, its code) are no part of the question; an item opening with `<details>` asks what its \
            `<summary>` says, not what the answer folded under it says. A note on how to answer after the \
            question's mark (`Which of these are serverless? (Choose TWO)`, `（多选）`) is no part of it either. \
            The answer options of a multiple-choice question (a nested list of `A.`, `B.`, `(c)` … in \
            order) are no questions. Two questions that link the same \
            page are one entry listed twice: `duplicate-link` judges it (it reports it once, or \
            finds it deliberate: an index gathering a topic's file, a site-wide link); with that \
            rule off, or ignored for the file, this one reports it. A link text that is a label (`[答案]`, `[点击查看答案]`, `[link]`: one \
            of a few common labels, or a text the document repeats on three or more items next \
            to other text) is not the question: the item's text outside the label is. Two items that link pages translating each other \
            (`HOWTO.md`, `HOWTO-bn.md`) are a table of translations. Two entries that lead to two \
            sections of their page (`[请写出以下代码执行结果](#请写出以下代码执行结果)`, `…-1`) \
            are two questions with one title: `duplicate-heading` reports their headings. Group \
            labels (`- 基础篇` without a link, over a nested list) are not questions; the \
            questions nested under them, and nested lists that read as questions, are compared. \
            One outline written under each of several parents (`* AWS EKS` and `* Azure AKS`, each over \
            `[Manual build using the console](…)` and `[Automated build using Terraform](…)`), each \
            entry leading to its own page, is parallel structure: entries of two parents, not one listed twice. \
            A question asked of each section of a survey (`Concepts: How often … in the Concepts \
            section?`, `Tasks: … in the Tasks section?`: one word swapped for another at every place \
            the two differ, two places at least) is two questions.

            Only collections that ask questions are compared: when fewer than one in five items \
            of the question lists (of eight or more) are phrased as questions, the lists name \
            things (an awesome-list, a book list, an index of pages), a name repeated under two \
            sections is their structure, and a repeated entry is `duplicate-link`'s to report \
            (`iqlint conventions` shows the count; `conventions: items: questions` compares \
            them anyway). A short list (under eight items) names things when none of its items \
            asks anything and most are a link followed by what it is (`[hyperium/hyper](…) - an \
            HTTP implementation`). Nor are the lists of a document whose questions are its \
            headings (`### What is a callback?` over `#### Good to hear` and its points): when its \
            question-shaped lists hold under three items each and a quarter of its list items at \
            most, they are points of written answers (`items: answer points`). Nor are an \
            exercise's steps, under a title that names them (`### Objectives`, `## Requirements`, \
            `#### Instructions`, `**Steps:**`, `## 操作步骤`), unless most of them ask something: \
            checking twice, or the same setup in two exercises, is the procedure. Nor are the \
            points of an answer folded into `<details>` after its `</summary>` question.

            Pairs an outline explains are not reported unless the texts are the same after \
            normalisation: items nested under one parent that name it (`介绍一下 LoRA？`, `介绍一下 LoRA 优点？`, \
            `介绍一下 LoRA 缺点？` under `LoRA 篇` are the topic's aspects; items under a label they do \
            not name, `- 数据类型`, are compared as in a flat list). Neither is a heading \
            of an article outline repeated for every article (`1.1 前言` under `一、引言` in each, \
            beside items of its own), when it does not read as a question; nor a section every \
            article has (`引言`, `总结`, `Summary`, `References`); nor an item that asks nothing and \
            sits in three files or more, as written or reworded (their shared skeleton), or a question that \
            does so in five files or more (a form each file copies, `What work did the SIG do this year?` in \
            every group's annual report); nor a sub-question about its \
            parent under two different parents (`原理是什么？` under `LoRA` and under `P-tuning` \
            beside another shared aspect, or `How does it work?`, `它的缺点`, which name the parent, \
            or `How would you choose the value of k?`, sharing a word with `k-means clustering` and \
            with `k-nearest neighbor classification`, two subjects neither inside the other); nor a \
            question pointing at the material shown under it (`this dataset`, `the following code`, \
            `以下代码`, `下图`, `this script`), asking only for a result (`What's the output?`, `输出是什么？`), \
            or choosing among its options (`Which statement is true?`), over \
            two different materials (a figure, a snippet, the options, under the item or after its list); nor \
            two questions naming different code in code spans (`` `unwrap()` `` and `` `unwrap_or()` ``), nor two \
            alike but for a number, each about its own case (`…只包含一个结点时…` and `…两个结点时…`, `2PC` and `3PC`; \
            option `distinct-numbers`, on by default); nor a \
            question of a contents written as plain lists (under `# 目录`, `## Table of Contents`) and \
            the body's question it names, nor one among an answer's related questions (`### 🔗 相关问题`, \
            `## Related Questions`, `## See also`), a pointer to the entry asking it, nor one of a \
            lesson's review (`### Knowledge check`, `### Check your understanding`, `## 自测题`) and the \
            same page's goal or section it asks about again, nor one the page restates over its answer \
            after a line leading back to its opening questions (`回到开始的问题：`, `Back to the questions:`); nor \
            one asking about what its section says above it (`以上方法是否一定有效？`, `the above`) in two \
            sections; nor two lead-ins that end with a colon and ask nothing (`From the blog [X](…):` over a \
            quote), nor a label of a word or two over blocks of its own, written once with its \
            colon and once without (`* Explain:` and `* Explain`, each over its answer's quote); nor an item of a recap (under `## 总结`, `## Summary`) repeating one above it; \
            nor an item and its copy's neighbours when a list is copied to another file (each item \
            pairs with its own copy; the neighbours' likeness is judged in their own list). A \
            worked example's data (`[1,**3**,11],[2,**4**,6] 和为 7`: fewer than one letter in four \
            characters) and a list's filler (`等等`, `etc.`) are not questions. In a file whose \
            question lists hold under eight items, fewer than one in five asking anything (an \
            article's notes, `- 异或的规律`), a pair of items that ask nothing is at most an `info`. \
            When some copies link the page this item links and others do not, the finding is about \
            the others: the same page twice is `duplicate-link`'s. Neither is one wording about two \
            subjects, where all that differs is a name (set in Chinese text, or written with a capital \
            or a digit: `什么情况下会出现css阻塞？` and `…js阻塞？`, `LoRA` and `QLoRA`; or a Latin name where the \
            other has a Chinese word, `分布式ID` and `分布式锁`) or the text of one \
            quotation (`实现“基数排序算法”` and `实现“桶排序算法”`); a misspelt or longer form of one \
            name (`PyTorch`, `PyTroch`; `React`, `ReactJS`) stays one subject. A name extended by a \
            capitalised word names another product (`… browser support for Angular?`, `… of Angular \
            Elements?`; `React`, `React Native`), unless the question is written in Title Case. An article and its \
            sequel (`…使用指南`, `…使用指南进阶篇`; `…, Part 2`; `…有趣的事之ASM`) are two entries of a series, and \
            so are two titles of a list most of whose titles (three or more) open with one series' name, \
            each linking its own page (`JavaScript深入之执行上下文栈`, `JavaScript深入之执行上下文`); so are parts a \
            title names in brackets (`…私有云（连载之：初章）`, `…（连载之：K8S集群搭建）`; `(Part 1: Setup)`). Nor are two questions that \
            differ only by a negation, added (`Why is X a good idea?`, `Why is X not a good idea?`; \
            `为什么能…`, `为什么不能…`; `线性回归`, `非线性回归`) or made in one word (`supervised`, \
            `unsupervised`; `je`, `není`): they ask opposite things; nor two told apart by an \
            operator the comparison drops (`Is a < b?`, `Is a > b?`; `&&`, `||`; `==`, `===`). Nor, in a bank with a \
            page or a section per technology, is a question naming its page's topic (`说说你对React的\
            组件命名规范的理解` in `React.md`) the same as one that does not name it on another topic's \
            page (`说说组件的命名规范` in `Vue.md`): a topic is a file name or a heading that is one name \
            (`React`, `Vue.js`, `C++`; not `README`, not `Basics`), a file's named by its title, a \
            section's by two of its items. Nor is a question that names no subject of its own \
            (`How does it work?`, `这是什么？`, `何时重要？`: a pronoun, a demonstrative, or a question \
            word and two characters) asked under two headings of other names: each asks of its \
            section; nor are two questions of two linked articles' outlines (`### [ZeRO 学习](https://…)` \
            over items linking nothing), each article answering its own. Nor is an item a step or two from another in its list (or in its \
            section's count, `1. ### Q` / `**[Back to Top]**` / `2. ### Q` splitting one count into two \
            lists), or at the same place of another list of its file as long and as deep (the steps of two \
            parallel sections: `Implement method handlers…`, `Implement event handlers…`), or a question \
            heading a few headings from another of its level (`## Q213. … to update an existing object …?`, \
            `## Q215. … to delete …`), the same sentence \
            but for one word, neither word a misspelling or a form of the other (`… politika firme o \
            roditeljskom odsustvu?`, `… o neplaćenom odsustvu?`): a series asking one question of each \
            case; the same sentence with words added (`… o dugoročnom neplaćenom odsustvu (sabatikal)?`, \
            a narrower case) is at most an `info`. Nor are two items a few steps apart that open with one \
            subject and differ in what they ask of it (`适配器微调（Adapter-tuning）思路？`, \
            `适配器微调（Adapter-tuning）特点是什么？`) when another subject near them is asked both \
            (`LoRA 的思路是什么？`, `LoRA 的特点是什么？`): a parallel outline written as one list. Nor is a step a \
            numbered procedure repeats (most of its three items or more telling what to do, `Check`, \
            `Run`, `Verify`, `判断`, `查询`, none asking), or that two such procedures share, in the same words or others; nor the same few questions (two to twelve, in one order) \
            that two sections ask of their own material (`## Fork 101` and `## Fork 102`, each a \
            different snippet), in one file or on two exercise pages (four blocks at most besides \
            the list on each), one section's questions perhaps carrying their answers (`1. How many \
            blanks? 3; 3 letters` applying a method's `1. How many blanks?`); two sections listing the \
            same questions and nothing else are a copy. \
            Two items that are one code span each and the same (`` `kubectl get nodes` `` as a \
            solution's first step and again under its second) are an `info`: a command run again. \
            In a book whose pages are articles (more paragraphs and code blocks, three at least, \
            than list items with a link), two titles without a question mark linking pages from two \
            files (a chapter's reading list and another chapter's reading order), or two entries of \
            two files leading to one page, cite the book's own chapters; and an article's outline \
            question beside the practice problem it links (`什么是 LRU 缓存？`, `[146. LRU 缓存](…)`) \
            is its topic, cited.

            Texts are normalised first: the list number written in the text (`1.1`, `一、`, \
            `（3）`, `Q12:`, `第3题`) and a trailing qualifier (`（字节二面）`, `【腾讯】`) are \
            removed, except a part of a series (`（上）`, `（下篇）`, `（第2部分）`, `（第一期）`), kept as its \
            number, as is a numeral in brackets inside a title (`综述（一）：概述`); NFKC and case folding; names with symbols spelled out (`C++`, `C#`, `F#`, \
            `.NET`, `Node.js` stay distinct from `C`, `NET`, `Node`); version numerals (`第三代`, \
            `二期`, `GPT II`) written as digits; punctuation removed; `aliases` applied; English \
            word forms folded. Question words (什么是, 为什么, 如何, 的区别, what is, why, how, \
            difference between) are dropped, but the intent they carry must match: what, why, \
            how, compare, which and how-it-works (原理) questions about one subject are different \
            questions (what a thing is for, `the purpose of`, `the benefits of`, `used for`, asks \
            why), and a bare topic matches only what and which. What normalising drops still \
            tells two texts apart: subjects written only as symbols in code or quotes (`` `==` `` \
            and `` `===` ``) must be the same on both sides, and two texts alike once normalised \
            that write one token with different symbols inside it (`DD-MM-YYYY HH:mm`, \
            `DD/MM/YYYY HH:mm`) are two formats, not one question twice.

            English is compared as words, Chinese as character bigrams (plus the first character \
            of each run), every feature weighted by how rare it is in the collection (inverse \
            document frequency): words on every line (`interview`, `questions`, `面试题`) say \
            little. With the weighted Jaccard similarity and containment:

            - identical after normalisation: **error** when both use the same letters (case, \
            spaces, punctuation and order aside: `什么是RLHF` / `RLHF是什么？`), **warning** when \
            normalisation made them so (`微调方法总结` / `不同微调方法的总结`: worded differently);
            - similarity at least `threshold`: **warning** (a rewording);
            - the shorter one at least `containment` inside the longer one, with similarity at \
            least `containment-min-similarity` (and at least `min-containment-length` characters \
            long): **info** ("X" against "X and Y"). A Chinese question that writes an aspect next to \
            the shorter one's subject (`优缺点`, `核心`, `思路`, `原理`), joining no other subject or \
            question to it (`请你说说React的路由是什么？` inside `React的路由的优缺点`, `介绍一下 PEFT？` \
            inside `PEFT 有什么优点？`), asks something else about it: two questions. A title inside another, \
            each linking its own web page, where the longer names in Latin letters a thing the shorter does \
            not (`[3Sum (Medium)](…/3sum/)` and `[3Sum Smaller (Medium)](…/3sum-smaller/)`, `说说你对webpack的理解？` \
            and `说说webpack中常见的Loader？`), names two entries.

            A question whose every copy is in another file, where both files are articles \
            (more paragraphs and code than linked items: two editions of a chapter, a summary \
            repeating a passage), is an **info** whatever its kind; so is a point two lists of \
            one article share when neither copy ends with a question mark (`- 比较A，A，…` in the \
            walkthrough without a key and again in the one with a key). Within one article, two points \
            that ask nothing and run over three clauses or more (two commas, `比较A，A，相同类型的节点，进行patch`) \
            are statements of its answer, not compared at all.

            The same words with two parts trading places around the words relating them \
            (`Implement Queue using Stacks`, `Implement Stack using Queues`; `用栈实现队列`, \
            `用队列实现栈`; `并发 GC 性能比并行 GC 好`, `并行 GC 性能比并发 GC 好`; `左子树的左子节点与右子树的右子节点`, \
            `左子树的右子节点与右子树的左子节点`) are two questions; around `and`, `vs` or `和` the order \
            means nothing, nor where one part only asks (`什么是 RLHF`, `RLHF 是什么`). So \
            are one sentence active and the other passive, its parts in the same order (`What \
            functions call this function?`, `What functions are called by this function?`). \
            Neither are one question's labelled fields side by side (`+ 题目: [Q](…issues/442)` over \
            `+ 代码: [Q](…codepen…)`). One question filed in two categories, each copy linking a page of one name in its \
            category's folder (`os/124.html`, `node/124.html`), is no question asked twice. \
            Two items linking to one page of the repository (`[AQS 详解](./aqs.md)` in a \
            reading order and again in the index) are that page listed twice, not a question \
            asked twice.

            Files written from one template, each about its own subject (case studies sharing \
            the outline `Problem Formulation`, `Metrics`, `Data preparation`; one file per company \
            with `一面`, `二面`): a question repeated only between such files (three section titles \
            in common at least, half of the smaller outline) is the template's, asked of each \
            subject, and is an `info`. So is a question under two headings that frame questions \
            alike and differ in a name (`## Airbnb behavioral interview questions` and `## Stack \
            Overflow behavioral interview questions`): each section lists what its company asks. \
            So is a question two interview records ask (a `面经`, a round such as `二面` or \
            `腾讯WXG一面` in a heading above it or on a file's first line, or two files of a folder of \
            records, `company/xiaomi.md` and `company/shimo.md`); a step of every \
            interview (`自我介绍`, `反问`, `手撕代码`, `实习项目介绍`, `项目`, `研究方向`) in two files or two records is not reported. \
            Two titles of linked articles on two sites, worded alike but not the same (`[How to Write a Git \
            Commit Message](https://cbea.ms/…)` and `[How to Write Better Git Commit Messages](https://www.freecodecamp.org/…)`, \
            each capitalised as a title and without a question mark), are two articles on one subject: an `info`.

            A list copied from another file whole (five questions or more, each the copy of \
            the one after the previous one's original, as an answers page repeats the list it \
            answers; or three or more that are all but one item of their list and of the \
            original's, a list of points quoted with one point reworded; a short list copied \
            exactly is still one finding per question) is one `info` on its \
            first question, not an error per question. So are a file's questions asked word for \
            word in another file in another order, ten or more, or five or more and half the \
            smaller file's (an index regrouping the questions a page answers), and so are the question \
            headings of one section asked again word for word in another of the page (`## Top Questions with \
            Answers` gathering a digest of `## All Questions with Answers`): one `info`. Under a heading \
            that links a page of the repository (`## [Basic C++](Interview/Basic_C++.md)`), or a \
            page in a folder holding the other file, the questions that file asks are that \
            page's index and are not reported.

            Questions whose numbers differ (`chatGLM2`, `Vue 3`, `第三代`) are never similar. The \
            later question is reported, with the earlier one(s) as related locations (the message \
            names the other file when there is one). Candidates come from an exact join on small \
            banks and from MinHash with LSH on large ones; every candidate is then scored. In \
            pull-request mode (`--base`, `--staged`) the questions of the change are compared \
            with every question of the base tree, and a pair of an added and an existing question \
            is reported on the added one, wherever it sits. Accept a pair with `ignore-pairs`, or \
            suppress one line with `<!-- iqlint-disable-next-line duplicate-question -->`.
            """,
        rationale: """
            "Check for duplicate questions before you submit" is the first line of most \
            contribution guides and the one nobody can check by eye in a bank of hundreds of \
            questions. Duplicates split the answers to one question over two places.
            """,
        defaultSeverity: .error,
        fix: .none,
        options: DuplicateQuestionSettings.options,
        triggeringExamples: [
            RuleExample("## 微调\n\n1. [微调方法总结](https://a.example/1)\n2. [LoRA原理](https://a.example/2)\n3. ↓[不同微调方法的总结](https://a.example/3)\n"),
            RuleExample("1. [什么是scale law](https://a.example/1)\n2. ↓[Scale Law是什么？](https://b.example/2)\n"),
            // Asked in Persian, with the Arabic script's question mark.
            RuleExample("# تیم\n\n- کار چگونه سازماندهی می‌شود؟\n- اختلاف نظرها چگونه حل می شود؟\n- چه کسی اولویت‌ها را تعیین می‌کند؟\n\n"
                + "# تعارض\n\n- ↓اختلاف نظرها چگونه حل می شود؟\n- وقتی تیم تحت فشار است چه اتفاقی می‌افتد؟\n"),
            // Two answer pages of the repository for one question.
            RuleExample("1. [什么是LoRA](answers/1.md)\n2. [什么是RLHF](answers/2.md)\n3. ↓[什么是LoRA](answers/3.md)\n"),
            RuleExample("- [What is the difference between LayerNorm and BatchNorm?](https://a.example/1)\n- ↓[Difference between BatchNorm and LayerNorm](https://b.example/2)\n"),
            RuleExample("- [How does RLHF work?](https://a.example/1)\n- ↓[How RLHF works](https://b.example/2)\n"),
            // The list number written in the text is not part of the question.
            RuleExample("- [1.1 什么是LoRA？](https://a.example/1)\n- [1.2 什么是RLHF？](https://a.example/2)\n- ↓[LoRA是什么](https://b.example/3)\n"),
            RuleExample("1. [Q3: What is the event loop?](https://a.example/1)\n2. ↓[What is the event loop](https://b.example/2)\n"),
            // A label link: the question is the text next to it.
            RuleExample("- 如何理解注意力机制？ [点击查看答案](https://a.example/1)\n- 什么是RLHF？ [点击查看答案](https://a.example/2)\n- ↓注意力机制是什么？ [点击查看答案](https://a.example/3)\n"),
            // Questions nested under group labels are compared.
            RuleExample("- 基础篇\n  - [为什么要除以根号d？](https://a.example/1)\n  - [多头注意力的作用](https://a.example/2)\n- 进阶篇\n  - ↓[为什么要除以根号d](https://b.example/3)\n"),
            RuleExample("1. [scaling law](https://a.example/1)\n2. ↓[scale laws](https://b.example/2)\n", options: ["aliases": ["scale law": "scaling law"]]),
            // `<details>` shown in a code block folds nothing.
            RuleExample("~~~html\n<details><summary>折叠的问题</summary>\n~~~\n\n1. [什么是LoRA](https://a.example/1)\n2. ↓[LoRA是什么](https://b.example/2)\n"),
            RuleExample("1. [如何用LoRA微调LLaMA2模型并估算显存占用](https://a.example/1)\n2. ↓[如何用LoRA微调LLaMA3模型并估算显存占用](https://a.example/2)\n",
                        options: ["distinct-numbers": false]),
        ],
        nonTriggeringExamples: [
            // The options of two multiple-choice questions name the same services.
            RuleExample("# Exam\n\n1. Which of the following are serverless? (Choose TWO)\n    - A. AWS Lambda.\n    - B. Amazon EC2.\n\n"
                + "2. Which service stores objects? (Select ONE)\n    - A. AWS Lambda.\n    - B. Amazon S3.\n"),
            // A survey asks each section the same, its name in every slot.
            RuleExample("# Survey\n\n1. Concepts: How often do you find outdated content in the Concepts section?\n"
                + "2. Tasks: How often do you find outdated content in the Tasks section?\n"),
            // Each lecture by its source and medium, another lecture each time.
            RuleExample("# Trees\n\n- BFS\n    - [MIT (video)](https://a.example/watch?v=1)\n    - level order\n- DFS\n    - [MIT (video)](https://a.example/watch?v=2)\n"),
            // One book in each language's edition.
            RuleExample("# Books\n\n- Елементи співбесід з програмування (версія на C++) [Elements of Programming Interviews (C++ version)](https://a.example/1479274836)\n"
                + "- Елементи співбесід з програмування (версія на Python) [Elements of Programming Interviews in Python](https://a.example/1537713949)\n"),
            // The opening questions, asked again over their answers after a line leading back to them.
            RuleExample("# 问题\n\n## 问题\n\n1. String s1 = \"a\" + \"b\"; //创建了几个对象？\n2. String s2 = new String(\"ab\"); //创建了几个对象？\n\n## 关于intern()\n\n说明文字。\n\n回到开始的问题：\n\n1. String s1 = \"a\" + \"b\"; //创建了几个对象？\n\n- 最多一个。\n\n1. String s2 = new String(\"ab\"); //创建了几个对象？\n\n- 一个或两个。\n"),
            // A self-check over one case after another, told apart by a count.
            RuleExample("# 链表题自检\n\n1. 如果链表为空时，代码是否能正常工作？\n2. 如果链表只包含一个结点时，代码是否能正常工作？\n3. 如果链表只包含两个结点时，代码是否能正常工作？\n"),
            // One word each, one the act, the other the thing it makes.
            RuleExample("# Network\n\n## Subnetting ?\n- splitting a network\n\n## Subnet ?\n- a part of a network\n\n## Subnet Mask ?\n- marks the network bits\n"),
            // A lesson's knowledge check asks again what its overview promised.
            RuleExample("### Lesson overview\n\n- What are reducers.\n- Explain how you can handle errors inside an `async` function.\n\n### What are reducers\n\nText.\n\n### Knowledge check\n\n- [What are reducers?](#what-are-reducers)\n- [How can you handle errors inside an `async` function?](https://a.example/async#errors)\n"),
            // Two names in code spans: two questions.
            RuleExample("## Rust\n\n- What is the purpose of the `unwrap()` method in Rust?\n- What is a trait?\n- What is the purpose of the `unwrap_or()` method in Rust?\n"),
            // A contents written as plain lists names the body's questions.
            RuleExample("# Swift\n\n# 目录\n\n- What are closures in Swift?\n- When would you use a closure?\n\n# 正文\n\n- What are closures in Swift?\n- When would you use a closure?\n"),
            // Two orders of the same steps: the options of one question.
            RuleExample("1. CONV→act→BN→Dropout→...\n2. CONV→act→Dropout→BN→...\n3. CONV→BN→act→Dropout→...\n"),
            // Two parts changing places around words that relate them: the order is the question.
            RuleExample("- 并发 GC 性能比并行 GC 好？\n- 并行 GC 性能比并发 GC 好？\n"),
            // A rank named in one only: another item of the sequence.
            RuleExample("* Q1: How many days ago was the last log in (earlier than today)?\n* Q2: How many days ago was the second last log in (earlier than the last log in)?\n"),
            // One slot of an outline under two numbered parents.
            RuleExample("- 5. 新冠疫情相似句对判定大赛\n  - 5.1 赛题背景\n  - 5.2 数据集介绍\n- 4. 搜狐校园文本匹配算法大赛\n  - 4.1 赛题背景\n  - 4.2 比赛方案收集\n"),
            // The same prompt over two figures.
            RuleExample("1. How well would vanilla SVM work on this dataset?\n![image](img/svm2.png)\n1. How well would vanilla SVM work on this dataset?\n![image](img/svm3.png)\n"),
            // An acronym's `S` is a letter of its name, not a plural.
            RuleExample("1. 什么是 HTTP？\n2. 什么是 HTTPS？\n"),
            // One book in two languages.
            RuleExample("- [Go 语言圣经（英文版）](https://a.example/gopl)\n- [Go 语言圣经（中文版）](https://b.example/gopl-zh)\n"),
            // One question's labelled fields, side by side.
            RuleExample("### sleep/delay\n\n+ 题目: [【Q435】JS 如何实现一个 sleep/delay 函数](https://a.example/issues/442)\n+ 代码: [【Q435】JS 如何实现一个 sleep/delay 函数](https://b.example/pen/qBmoNRq)\n\n### debounce\n\n+ 题目: [【Q436】如何实现防抖](https://a.example/issues/443)\n"),
            // One question filed in two categories, each linking its category's copy of the page.
            RuleExample("# 计算机基础\n\n+ [【Q123】如何监控文件的变动](os/124.html)\n+ [【Q124】进程和线程的区别](os/125.html)\n\n# Node\n\n+ [【Q123】如何监控文件的变动](node/124.html)\n+ [【Q200】事件循环是什么](node/201.html)\n"),
            // Active and passive: opposite questions.
            RuleExample("- What functions call this function?\n- What functions are called by this function?\n- What is a tag stack?\n"),
            // One site and its mirror.
            RuleExample("* [在线阅读](https://a.example/)\n* [在线阅读（Gitee）](https://b.example/doc/)\n* [学习资源](https://c.example/)\n"),
            // Two procedures sharing a step.
            RuleExample("## 分段\n\n1. 根据逻辑地址得到段号、段内地址\n2. 判断段号是否越界（段号应当小于段表长度M）\n3. 查询段表，得到对应的段表项\n4. 计算得到物理地址\n\n## 段页式管理\n\n1. 根据逻辑地址得到段号S、页号P\n2. 判断段号是否越界（段号S应当小于段表长度M）\n3. 查询段表，找到相应的段表项\n4. 检查页号是否越界\n"),
            // Tokens of two segmentations, and practice links tagged with their price: no questions.
            RuleExample("例句: 致毕业和尚未毕业的同学。\n\n1. `致` `毕业` `和` `尚未` `毕业` `的` `同学`\n2. `致` `毕业` `和尚` `未` `毕业` `的` `同学`\n"),
            RuleExample("- Implement `throttle`.\n  - [Practice question](https://a.example/q/throttle) (Paid)\n- Implement a deep clone.\n  - [Practice question](https://a.example/q/deep-clone) (Paid)\n- Implement `debounce`.\n  - [Practice question](https://a.example/q/debounce) (Paid)\n"),
            RuleExample("1. [什么是BERT](https://a.example/1)\n2. [什么是GPT](https://a.example/2)\n3. [什么是T5](https://a.example/3)\n"),
            // One wording about two subjects.
            RuleExample("- [什么情况下会出现css阻塞？](https://a.example/1)\n- [什么情况下会出现js阻塞？](https://a.example/2)\n- [写一个方法实现“基数排序算法”，并解释下时间复杂度和空间复杂度](https://a.example/3)\n- [写一个方法实现“桶排序算法”，并解释下时间复杂度和空间复杂度](https://a.example/4)\n"),
            // Opposites: the same words but a negation.
            RuleExample("- Why is extending built-in JavaScript objects a good idea?\n- Why is extending built-in JavaScript objects not a good idea?\n- 为什么能用线性模型拟合？\n- 为什么不能用线性模型拟合？\n- 什么是监督学习？\n- 什么是无监督学习？\n"),
            // A page per technology: the question naming its page's topic, the one leaving it to its page.
            RuleExample("## Vue\n\n- [vue的生命周期有哪些？](https://a.example/1)\n- [说说组件的命名规范](https://a.example/2)\n- [vue中的key有什么作用？](https://a.example/3)\n\n## React\n\n- [React的生命周期有哪些？](https://a.example/4)\n- [说说你对React的组件命名规范的理解](https://a.example/5)\n- [React中的key有什么作用？](https://a.example/6)\n"),
            // A series asking one question of each case, in a row.
            RuleExample("- Kakav je stav ili politika firme o roditeljskom odsustvu?\n- Kakav je stav ili politika firme o neplaćenom odsustvu?\n"),
            // One subject's aspects, each asked of another subject beside it.
            RuleExample("- 适配器微调（Adapter-tuning）思路？\n- 适配器微调（Adapter-tuning）特点是什么？\n- LoRA 的思路是什么？\n- LoRA 的特点是什么？\n- P-tuning 的思路是什么？\n- P-tuning 的特点是什么？\n"),
            // A procedure checks again.
            RuleExample("1. Run Pod with a web service (e.g. httpd)\n2. Verify the web service is running\n3. Check how many restarts the pod has performed\n4. Kill the web service process\n5. Check how many restarts the pod has performed\n"),
            // Two procedures sharing a step.
            RuleExample("## ESP8266\n\n1. Connect the module to the board.\n2. Define the API structure in esp8266.c.\n3. Add the following code to main.c:\n4. Check that the compilation macro is enabled.\n\n## SIM900A\n\n1. Connect the module to the board.\n2. Define the API structure in sim900a.c.\n3. Add the following code to main.c:\n4. Check that the compilation macro is enabled.\n"),
            // An exercise's data under the item that introduces it (`…the following data:`), not questions.
            RuleExample("## Exercises\n\n1. Write strings on the shell. The strings are the following:\n   - Your name\n   - Your country\n2. Check the data types of the following data:\n   - 10\n   - Your name\n   - Your country\n"),
            // Parts of a series, numbered in a trailing note.
            RuleExample("- [Java 基础知识总结（上）](https://a.example/1)\n- [Java 基础知识总结（下）](https://a.example/2)\n- [Transformer 详解（第2部分）](https://a.example/3)\n- [Transformer 详解（第3部分）](https://a.example/4)\n- [软件设计模式系列（第一期）](https://a.example/5)\n- [软件设计模式系列（第二期）](https://a.example/6)\n"),
            // A collection that names things (an index, an awesome-list) has no questions: the
            // same name under two sections is its structure.
            RuleExample("## Books\n\n- [German](https://a.example/books/de)\n- [French](https://a.example/books/fr)\n- [Spanish](https://a.example/books/es)\n- [Italian](https://a.example/books/it)\n\n## Courses\n\n- [German](https://a.example/courses/de)\n- [French](https://a.example/courses/fr)\n- [Spanish](https://a.example/courses/es)\n- [Italian](https://a.example/courses/it)\n"),
            RuleExample("1. [RLHF的流程](https://a.example/1)\n2. [RAG的流程](https://a.example/2)\n"),
            RuleExample("1. [chatGLM](https://a.example/1)\n2. [chatGLM2](https://a.example/2)\n3. [chatGLM3](https://a.example/3)\n"),
            // Same subject, other intent: why, what, how, compare.
            RuleExample("1. [为什么需要思维树](https://a.example/1)\n2. [什么是思维树](https://a.example/2)\n3. [如何使用思维树](https://a.example/3)\n4. [思维树和思维链的区别](https://a.example/4)\n"),
            RuleExample("- [What is a closure?](https://a.example/1)\n- [Why do we need closures?](https://a.example/2)\n- [How to implement memoization](https://a.example/3)\n- [What is memoization?](https://a.example/4)\n"),
            // What the subject is, and something else about it.
            RuleExample("- [请你说说React的路由是什么？](https://a.example/1)\n- [React的路由的优缺点](https://a.example/2)\n- [介绍一下 PEFT？](https://a.example/3)\n- [PEFT 有什么优点？](https://a.example/4)\n"),
            // Names with symbols, and versions written in words.
            RuleExample("- [What is C?](https://a.example/1)\n- [What is C++?](https://a.example/2)\n- [What is C#?](https://a.example/3)\n- [What is F#?](https://a.example/4)\n"),
            RuleExample("- [C#的委托](https://a.example/1)\n- [C++的委托](https://a.example/2)\n- [.NET的垃圾回收](https://a.example/3)\n- [Java的垃圾回收](https://a.example/4)\n"),
            RuleExample("1. [第二代GPT的结构](https://a.example/1)\n2. [第三代GPT的结构](https://a.example/2)\n3. [Vue 2的响应式原理](https://a.example/3)\n4. [Vue 3的响应式原理](https://a.example/4)\n"),
            // English as words, weighted by rarity: shared common words are not a duplicate.
            RuleExample("- [Asynchronous programming](https://a.example/1)\n- [Synchronous programming](https://a.example/2)\n- [Top Docker Interview Questions](https://a.example/3)\n- [Top C Interview Questions](https://a.example/4)\n"),
            // A table of translations: each language's item links its own version of the page.
            RuleExample("- English\n  - [Code of Conduct](CODE_OF_CONDUCT.md)\n  - [How-to](HOWTO.md)\n- French\n  - [Code of Conduct](CODE_OF_CONDUCT-fr.md)\n  - [How-to](HOWTO-fr.md)\n"),
            // Labels are not questions, nor are group labels.
            RuleExample("- 什么是BERT？ [答案](https://a.example/1)\n- 什么是GPT？ [答案](https://a.example/2)\n- 什么是T5？ [答案](https://a.example/3)\n"),
            RuleExample("## NLP\n\n- 基础\n  - [什么是BERT](https://a.example/1)\n\n## CV\n\n- 基础\n  - [什么是ViT](https://a.example/2)\n"),
            RuleExample("## 目录\n\n1. [微调](#微调)\n\n## 微调\n\n1. [微调](https://a.example/1)\n"),
            // A lead-in to a quote, a recap of the steps, a worked example's data, a list's filler.
            RuleExample("## What Other Bloggers Say\n\n* From the blog [Dynatrace](https://a.example/gc):\n> \"V8 uses garbage collection.\"\n\n* From the blog [Dynatrace](https://b.example/heap):\n> \"Create heap dumps.\"\n"),
            RuleExample("#### Q1. When are mirrored margins used?\n\n- [x] when printing on both sides\n- [ ] when the document has a header\n\n* Explain:\n  > Mirrored margins keep content aligned.\n\n#### Q2. How do you go back to a saved version?\n\n- [ ] Compare\n- [x] Version History\n\n* Explain\n  > Version History restores earlier versions.\n"),
            RuleExample("## 模板\n\n- 1、初始化：start=0、end=len-1\n- 2、循环退出条件：start + 1 < end\n- 3、比较中点和目标值\n\n## 总结\n\n- 1、初始化：start=0、end=len-1\n- 2、循环退出条件：start + 1 < end\n- 3、比较中点和目标值\n"),
            // Two linked articles' outlines, each asking the question.
            RuleExample("### [图解分布式训练（七）](https://a.example/7)\n\n- 1.9 什么是 3D并行？\n- 1.10 流水线并行是什么？\n\n### [图解分布式训练（八）](https://a.example/8)\n\n- 一、什么是 3D 并行？\n- 二、ZeRO 是什么？\n"),
            // Each section's sub-headings asking of its subject without naming it.
            RuleExample("## 性能\n\n#### 这是什么？\n\n响应时间。\n\n#### 何时重要？\n\n高并发时。\n\n## 可用性\n\n#### 这是什么？\n\n系统在线时间。\n\n#### 何时重要？\n\n关键业务。\n"),
            // An index whose chapters each point at their own page's section asking the question.
            RuleExample("## Servlets\n\n+ [Что такое cookies?](servlets.md#что-такое-cookies)\n+ [Что такое сервлет?](servlets.md#что-такое-сервлет)\n\n## Основы WEB\n\n+ [Что такое WWW?](web.md#что-такое-www)\n+ [Что такое cookies?](web.md#что-такое-cookies)\n"),
            // A method's questions applied to each problem, answered there; an author's favourites.
            RuleExample("## Mental model\n\nAsk these two questions:\n1. How many blanks?\n2. What are our choices?\n\n## Letter case permutation\n\nTransform every letter.\n\n1. How many blanks: 4 blanks\n2. What are our choices?\n\t- t or T\n"),
            RuleExample("## 设计模式题\n\n1. 最喜欢哪个设计模式？为什么？\n1. iOS SDK 里面有哪些设计模式的实践？\n\n## 喜欢出的和不喜欢出的题\n\n笔者个人最喜欢的几道题是：\n\n1. iOS SDK 里面有哪些设计模式的实践？\n"),
            // A quiz asking for each snippet's result, the snippet after the item.
            RuleExample("# Quiz\n\n1. What's the output?\n\n```js\nconsole.log(typeof null)\n```\n\n2. What's the output?\n\n```js\nconsole.log(0.1 + 0.2)\n```\n"),
            RuleExample("对于情况 2 来说：\n\n1. [1,**3**,11],[2,**4**,6] 和为 7\n2. [**1**,3,11],[2,4,**6**] 和为 7\n"),
            RuleExample("## 前端\n\n- [什么是闭包？](https://a.example/1)\n- 等等\n\n## 后端\n\n- [什么是事务？](https://a.example/2)\n- 等等\n"),
            // Related problems, each title leading to its own page of the repository.
            RuleExample("# Two Sum\n\n## Similar Questions\n  1. [3Sum](../3sum) (Medium)\n  1. [Path Sum III](../path-sum-iii) (Medium)\n"),
            // A form's fields under each section, left to fill in.
            RuleExample("### 3.2 各状态详解\n\n#### NEW\n- **如何进入**：\n- **如何离开**：\n\n#### BLOCKED\n- **如何进入**：\n- **如何离开**：\n- **与 WAITING 的区别**：\n"),
            // Two entries with one title leading to two sections: duplicate-heading's to report.
            RuleExample("- [什么是闭包？](#什么是闭包)\n- [请写出以下代码执行结果](#请写出以下代码执行结果)\n- [请写出以下代码执行结果](#请写出以下代码执行结果-1)\n- 更多题目见 [issues](https://a.example/issues)\n\n### 什么是闭包？\n\nx\n\n### 请写出以下代码执行结果\n\ny\n\n### 请写出以下代码执行结果\n\nz\n"),
            // Outlines: the sections of each article, and sub-questions about their parents.
            RuleExample("- [BERT](https://a.example/1)\n  - 一、引言\n  - 二、预训练任务是什么？\n- [GPT](https://a.example/2)\n  - 一、引言\n  - 二、解码方式是什么？\n"),
            RuleExample("- LoRA\n  - 原理是什么？\n  - 有什么优点？\n- P-tuning\n  - 原理是什么？\n  - 有什么优点？\n"),
            // Two parts trading places around the words that relate them: two questions.
            RuleExample("- [Implement Queue using Stacks](https://a.example/1)\n- [Min Stack](https://a.example/2)\n- [Implement Stack using Queues](https://a.example/3)\n"),
            // Two articles of one series, named by their topics after the series' name.
            RuleExample("## 深入系列\n\n1. [JavaScript深入之从原型到原型链](https://a.example/2)\n2. [JavaScript深入之执行上下文栈](https://a.example/4)\n3. [JavaScript深入之变量对象](https://a.example/5)\n4. [JavaScript深入之执行上下文](https://a.example/8)\n"),
            // An article and its sequel; one survey's report on two subjects.
            RuleExample("## 技术单篇\n\n1. [2025 年 HTML 年度调查报告亮点速览！](https://a.example/397)\n2. [现代 CSS 颜色使用指南](https://a.example/398)\n3. [现代 CSS 颜色使用指南进阶篇](https://a.example/399)\n4. [2025 年 CSS 年度调查报告亮点速览](https://a.example/401)\n"),
            // A product's name extended by another word names another product.
            RuleExample("1. What is the browser support of Angular Elements?\n2. What is schematic?\n3. What is the browser support for Angular?\n"),
            // A question about a part or a property of another's subject, named before it.
            RuleExample("1. What is a regular expression?\n2. What are modifiers in regular expressions?\n3. What is a higher order function?\n4. What are the benefits of higher order functions?\n"),
            // `list` names a container here, no question word.
            RuleExample("+ STL 迭代器如何实现？\n+ STL 的 list 实现\n+ STL 的 deque 实现\n"),
            // One page of the repository listed twice: a reading order, then the index.
            RuleExample("## 阅读顺序\n\n1. [AQS 详解](./aqs.md)\n2. [线程池详解](pool.md)\n\n## 目录\n\n- [AQS 详解](aqs.md)：同步队列与独占模式\n- [线程池详解](./sub/../pool.md#参数)：参数\n"),
            // Answers folded into `<details>`: their points are no questions, alone in a list or
            // in the list that holds the question.
            RuleExample("<details>\n<summary>What grants a service access to another?</summary><br><b>\n\n* Role\n* Policy\n</b></details>\n\n<details>\n<summary>What grants a user access to a bucket?</summary><br><b>\n\n* Role\n* Policy\n</b></details>\n"),
            RuleExample("<details>\n<summary>What should you use to:\n\n  * Grant access between two services?\n  * Grant a user access to a bucket?</summary><br><b>\n\n  * Role\n  * Policy\n</b></details>\n\n<details>\n<summary>What should you use to:\n\n  * Give an instance a name?\n  * Limit a user's access?</summary><br><b>\n\n  * Tag\n  * Policy\n</b></details>\n"),
            // An exercise's steps (under `### Objectives`, `## Steps`): checking twice is the procedure.
            RuleExample("## Killing containers\n\n### Steps\n\n1. Run a pod with a web service\n2. Check how many restarts the pod has performed\n3. Kill the web service process\n4. Check how many restarts the pod has performed\n"),
            RuleExample("1. [BERT](https://a.example/1)\n<!-- iqlint-disable-next-line duplicate-question -->\n2. [BERT](https://b.example/2)\n"),
            RuleExample("1. [微调方法总结](https://a.example/1)\n2. [不同微调方法的总结](https://a.example/2)\n",
                        options: ["ignore-pairs": [["微调方法总结", "不同微调方法的总结"]]]),
        ],
        skippedVariants: [:],
        emittedSeverities: [.error, .warning, .info],
        yieldsTo: ["duplicate-link"]
    )

    let settings: DuplicateQuestionSettings

    /// Its index of every question of the collection is a run's largest table.
    public var holdsLargestTables: Bool { true }

    public init(options: RuleOptions) throws(RuleConfigurationError) {
        settings = try DuplicateQuestionSettings(options: options)
    }

    /// Every file's conventions, linted or compared against: its questions are read by them.
    public func prepareSharedFacts(of file: MarkdownFile, isReference: Bool) {
        _ = CollectionConventions.of(file)
    }

    public func check(files: [MarkdownFile], reference: [MarkdownFile]) -> [FileViolation] {
        let lintedPaths = Set(files.map(\.path))
        // A reference file with the path of a linted file is that file before the change
        // (pull-request mode): its questions tell which linted questions are old, and it is not
        // compared, or every old question would repeat itself.
        var earlierTexts: [String: Set<String>] = [:]
        for file in reference where lintedPaths.contains(file.path) {
            earlierTexts[file.path, default: []].formUnion(QuestionOutline.questions(in: file, lists: settings.questionLists).map(\.text))
        }
        // Indices: the reference questions first, then the linted ones in file and source order,
        // so "later" is well defined and a reference question is never the one reported.
        var entries = QuestionSet()
        let corpusCount = Timings.measure("duplicate-question › questions") {
            for file in reference where !lintedPaths.contains(file.path) { entries.append(questionsOf: file, lists: settings.questionLists) }
            let corpusCount = entries.count
            for file in files { entries.append(questionsOf: file, lists: settings.questionLists) }
            return corpusCount
        }
        let isAdded = earlierTexts.isEmpty ? [Bool](repeating: true, count: entries.count) : (0..<entries.count).map { index in
            index >= corpusCount && earlierTexts[entries.path(of: index)].map { !$0.contains(entries.texts[index]) } ?? true
        }
        let finder = settings.finder
        let search = Timings.measure("duplicate-question › pairs") {
            corpusCount == 0
                ? finder.search(in: entries.texts, keeping: settings.pairFilter)
                : finder.search(newTexts: Array(entries.texts[corpusCount...]), corpus: Array(entries.texts[..<corpusCount]), keeping: settings.pairFilter)
        }
        return Timings.measure("duplicate-question › findings") {
            var partners: [Int: [DuplicatePair]] = [:]
            for pair in search.pairs {
                partners[reported(pair, isAdded: isAdded), default: []].append(pair)
            }
            let copied = Self.copiedItems(search.pairs, entries: entries)
            return violations(partners, entries: entries, reportedFrom: corpusCount, skeleton: copied.skeleton, forms: copied.forms,
                              search: search)
        }
    }

    /// The findings of the questions `partners` reports (from index `reportedFrom` on): a
    /// list copied from another file whole is one finding, the rest one each.
    /// `search`: the search the pairs come from, which holds each question's normalised text.
    func violations(_ partners: [Int: [DuplicatePair]], entries: QuestionSet, reportedFrom: Int, skeleton: Set<Int>, forms: Set<Int> = [],
                    search: DuplicateSearch) -> [FileViolation] {
        let partners = Self.leavingOutIndexesOfLinkedPages(partners, entries: entries)
        var found: [Int: FileViolation] = [:]
        let templates = entries.files.count > 1 ? ParallelOutlines(entries.files) : nil
        let copies = Self.copyLists(partners, entries: entries)
        let webPages = QuestionWebPages(partners, entries: entries)
        let copiedSections = HeadingQuestions.copiedSections(partners, entries: entries)
        // Each reported question on its own: a large bank's thousands of findings on every core.
        let reported = partners.keys.filter { $0 >= reportedFrom }.sorted()
        var linksLocalPage: [Int: String] = [:]
        for piece in Parallel.mapRanges(of: reported.count, minimumLength: Self.findingsPerPiece, { range in
            reported[range].map { index in
                let page = LocalPages.target(of: entries[index].range.start, in: entries[index].file)
                return (index, violation(for: index, pairs: partners[index] ?? [], entries: entries, skeleton: skeleton, forms: forms, templates: templates, copies: copies, copiedSections: copiedSections,
                                         webPages: webPages, entryTarget: page, samePageCounts: true, search: search), page)
            }
        }) {
            for (index, violation, page) in piece {
                found[index] = violation
                if let page, violation != nil { linksLocalPage[index] = page }
            }
        }
        // A run is made of copies, each with an original outside the files that translate its
        // file. Copies not reported on their own (an outline's linked entries copied with it,
        // one page listed twice) still continue it; a run needs one question at least reported
        // by this rule and linking no page of the repository (a copy of an index whose every
        // entry leads to a page is navigation, silent below; a web page twice is duplicate-link's).
        let runs = CopiedLists.runs(in: partners, entries: entries,
                                    isWholeList: { Self.coverTheirLists($0, $1, entries: entries) }) { copy, original in
            let groups = entries[copy].file.derived.overrides.stringGroups("translations") ?? []
            let (copyPath, originalPath) = (entries.path(of: copy), entries.path(of: original))
            return !TranslationFiles.areTranslations(copyPath, originalPath, groups: groups)
                && !SolutionFiles.areExerciseAndSolution(copyPath, originalPath)
        }.filter { run in run.copies.contains { found[$0].map { $0.violation.deferredTo == nil } == true && linksLocalPage[$0] == nil } }
        var copied = Set<Int>()
        for run in runs {
            let linkSamePages = run.copies.filter { found[$0] != nil }.allSatisfy { found[$0]?.violation.deferredTo != nil }
            for copy in run.copies { found[copy] = nil }
            let copy = CopiedLists.violation(for: run, entries: entries)
            var violation = copy.violation
            if linkSamePages { violation.deferredTo = DuplicateLinkRule.id }
            found[run.copies.lowerBound] = FileViolation(path: copy.path, violation: violation)
            copied.formUnion(run.copies)
        }
        // Most of a file's questions asked again word for word in another, in another order:
        // an index of them, or a copy regrouped; one finding.
        // (Entries linking pages of the repository are navigation, judged below.)
        let single = found.keys.filter { !copied.contains($0) && linksLocalPage[$0] == nil && found[$0]?.violation.deferredTo == nil }.sorted()
        for copy in CopiedLists.regrouped(single, partners: partners, entries: entries, mayCopy: { copy, original in
            let groups = entries[copy].file.derived.overrides.stringGroups("translations") ?? []
            let (copyPath, originalPath) = (entries.path(of: copy), entries.path(of: original))
            return !TranslationFiles.areTranslations(copyPath, originalPath, groups: groups)
                && !SolutionFiles.areExerciseAndSolution(copyPath, originalPath)
        }) {
            for index in copy.copies { found[index] = nil }
            found[copy.copies[0]] = CopiedLists.violation(for: copy, entries: entries)
            copied.formUnion(copy.copies)
        }
        // Outside a copied list (whose items may link the pages they list), a page of the
        // repository listed twice is navigation, not a question asked twice.
        for (index, page) in linksLocalPage.sorted(by: { $0.key < $1.key }) where !copied.contains(index) && found[index] != nil {
            found[index] = violation(for: index, pairs: partners[index] ?? [], entries: entries, skeleton: skeleton, forms: forms, templates: templates, copies: copies, copiedSections: copiedSections,
                                     webPages: webPages, entryTarget: page, samePageCounts: false, search: search)
        }
        return Self.summingUpDigests(found.keys.sorted().map { found[$0]! })
    }

    /// What a section gathering (a digest of) another's questions says after its count.
    static let digestNote = ": one section gathering (a digest of) the other's questions is worth a look, not a question asked twice"

    /// `## Top Questions with Answers` asking again 36 questions of `## All Questions with
    /// Answers`: the first finding of each such pair of sections stands for all of them.
    static func summingUpDigests(_ violations: [FileViolation]) -> [FileViolation] {
        var firstOfDigest: [String: Int] = [:]
        var counts: [Int: Int] = [:]
        var kept: [FileViolation] = []
        kept.reserveCapacity(violations.count)
        for found in violations {
            guard let note = found.violation.help.first(where: { $0.hasSuffix(digestNote) }) else { kept.append(found); continue }
            let key = found.path + "\u{0}" + note
            if let first = firstOfDigest[key] { counts[first, default: 1] += 1; continue }
            firstOfDigest[key] = kept.count
            kept.append(found)
        }
        for (position, count) in counts {
            var violation = kept[position].violation
            violation.message += ", and \(count - 1) more questions of that section asked again in this one"
            kept[position] = FileViolation(path: kept[position].path, violation: violation)
        }
        return kept
    }

    /// The pairs left once those of an index and the page its heading links are taken out
    /// (`SectionPages`). Only pairs across files are looked at; the headings above each
    /// question are read once.
    static func leavingOutIndexesOfLinkedPages(_ partners: [Int: [DuplicatePair]], entries: QuestionSet) -> [Int: [DuplicatePair]] {
        guard entries.files.count > 1 else { return partners }
        var pageAbove: [Int: String?] = [:]
        func page(_ index: Int) -> String? {
            if let known = pageAbove[index] { return known }
            let found = SectionPages.page(above: entries.range(of: index).start, in: entries.file(of: index))
            pageAbove[index] = .some(found)
            return found
        }
        var kept: [Int: [DuplicatePair]] = [:]
        for (index, pairs) in partners {
            let left = pairs.filter { !SectionPages.isIndexOfTheOthersPage($0, entries: entries, pageAbove: page) }
            if !left.isEmpty { kept[index] = left }
        }
        return kept
    }

    /// Whether `copies` and `originals` (consecutive questions of one file each) are all but
    /// one item of one list each: the list quoted with one point reworded. A short list copied
    /// whole is still one finding per question.
    static func coverTheirLists(_ copies: ClosedRange<Int>, _ originals: ClosedRange<Int>, entries: QuestionSet) -> Bool {
        func covers(_ run: ClosedRange<Int>) -> Bool {
            let (first, last) = (entries[run.lowerBound], entries[run.upperBound])
            let places = OutlinePlaces.of(first.file)
            guard let list = places.innermost(at: first.range.start)?.list,
                  places.innermost(at: last.range.start)?.list.index == list.index else { return false }
            return list.items.count == run.count + 1
        }
        return covers(copies) && covers(originals)
    }

    /// Below this many findings a piece of work on another core costs more than it saves.
    static let findingsPerPiece = 256

    /// The question a pair is reported on: the one a change added when only one of the two is
    /// new, whichever comes first in the file; otherwise the later one.
    private func reported(_ pair: DuplicatePair, isAdded: [Bool]) -> Int {
        let (earlier, later) = (min(pair.a, pair.b), max(pair.a, pair.b))
        return isAdded[earlier] && !isAdded[later] ? earlier : later
    }

    /// The finding on question `index` from its pairs; nil when every partner is in a file
    /// that translates its file (`README.md` and `README.zh-CN.md` ask the same questions on
    /// purpose, as `duplicate-link` judges their links) or is its exercise's solution file (or
    /// the exercise of its solution); an `info` when every partner is in a file of the same
    /// outline (`ParallelOutlines`).
    /// `entryTarget`: the page of the repository the question's item links (`LocalPages`); `search`: the
    /// search the pairs come from, which holds the normalised texts it compared.
    func violation(for index: Int, pairs: [DuplicatePair], entries: QuestionSet, skeleton: Set<Int>, forms: Set<Int> = [], templates: ParallelOutlines?,
                   copies: [Int: Set<ListKey>], copiedSections: [HeadingQuestions.SectionPair: Int] = [:], webPages: QuestionWebPages, entryTarget: String?, samePageCounts: Bool,
                   search: DuplicateSearch) -> FileViolation? {
        let entry = entries[index]
        func otherIndex(_ pair: DuplicatePair) -> Int { pair.a == index ? pair.b : pair.a }
        func other(_ pair: DuplicatePair) -> QuestionEntry { entries[otherIndex(pair)] }
        let groups = entry.file.derived.overrides.stringGroups("translations") ?? []
        // `引言`, `Summary`: a section every article has.
        if OutlineTexts.isArticleSection(entry.text) { return nil }
        // The same item in three files or more that asks nothing: the files' shared skeleton. A
        // question in five files or more is one too: a form every file copies (`What work did the
        // SIG do this year that should be highlighted?` in each group's annual report).
        let isSharedSkeleton = skeleton.contains(index) && (!QuestionOutline.isQuestionLike(entry.text) || forms.contains(index))
        // Worked out once for all the partners.
        // Near-duplicates only: an exact pair's words stand in one order.
        var entryTokens: [UInt64]?
        // The written path too, asked only of pairs that both lead to pages (`entryTarget` is its target).
        lazy var entryLocalPage = LocalPages.page(of: entry.range.start, in: entry.file)
        let entryIntroduces = Self.introducesWhatFollows(entry.text)
        let entryWebPage = webPages[index]
        let entryLinksAPage = entryTarget != nil || entryWebPage != nil
        // Asked only of an entry linking no page, and of one linking a page of the repository.
        lazy var entryArticle = entryLinksAPage ? nil : Self.outlinedArticle(of: entry)
        lazy var entryOtherFileSection = entryTarget == nil ? nil : Self.otherFileSection(of: entry)
        let entrySymbols = QuestionSubjects.symbolSpans(of: entry)
        let entryEndsWithColon = Self.endsWithColon(entry.text)
        lazy var entryIsLabelOverBlocks = Self.isLabelOverBlocks(entry)
        let entryIsInRecap = Self.isInRecap(entry)
        let entryIsInArticle = ArticlePages.of(entry.file).isArticle
        let places = OutlinePlaces.of(entry.file)
        let pairs = pairs.filter { pair in
            // A question heading is compared with question headings only: the items of a
            // section restate the question it is titled by.
            if entries.isHeading(index) != entries.isHeading(otherIndex(pair)) { return false }
            let partner = other(pair)
            guard Self.compares(entry.file.path, partner.file.path, translations: groups) else { return false }
            if OutlineTexts.isArticleSection(partner.text) { return false }
            // `* From the blog [Dynatrace](…):` over a quote: a lead-in, each to what follows it.
            if entryIntroduces, pair.kind == .exact, Self.introducesWhatFollows(partner.text) { return false }
            // `* Explain:` over a quote under one question, `* Explain` over another's: one label
            // of each answer, written once with its colon and once without.
            if pair.kind == .exact, entryEndsWithColon != Self.endsWithColon(partner.text), entryIsLabelOverBlocks,
               Self.isLabelOverBlocks(partner) { return false }
            // A list copied to another file pairs each item with its own copy, not with the
            // copy's neighbours: that likeness is judged between the neighbours, in one list.
            if pair.kind != .exact, let copied = copies[index], let list = Self.listKey(of: partner), copied.contains(list) { return false }
            if pair.kind != .exact, let copied = copies[pair.a == index ? pair.b : pair.a], let list = Self.listKey(of: entry),
               copied.contains(list) { return false }
            // `@vitejs/plugin-react` and `@vitejs/plugin-react-swc`: two names (packages, tools)
            // alike, not a question asked twice; the same name twice still is.
            if pair.kind != .exact, QuestionSubjects.isOneName(entry.text), QuestionSubjects.isOneName(partner.text) { return false }
            // `Каква е разликата между `==` и `===`?` beside `… между HTML и XHTML?`, or beside
            // the group label `Razlika med:`: subjects written as symbols in code or quotes,
            // which the normalised text leaves out, differ.
            if QuestionSubjects.symbolSpans(of: partner) != entrySymbols { return false }
            // The same words with their roles swapped (`Queue using Stacks`, `Stack using Queues`).
            if pair.kind != .exact {
                let tokens = entryTokens ?? SwappedRoles.tokens(entry.text)
                entryTokens = tokens
                if SwappedRoles.swapRoles(tokens: tokens, SwappedRoles.tokens(partner.text)) { return false }
                // `What functions call this function?`, `What functions are called by this function?`.
                if PassiveVoice.reversesRoles(entry.text, partner.text) { return false }
            }
            // `1. 自我介绍` in two interview records (two files, or two interviews of one): a step of every interview.
            // (Where the items stand first: `isStep` reads the texts' characters.)
            if pair.kind == .exact || pair.kind == .contained,
               partner.file.path != entry.file.path && pair.kind == .exact || InterviewRecords.areInTwoRecords(entry, partner),
               InterviewRecords.isStep(entry.text) || InterviewRecords.isStep(partner.text) { return false }
            // Two items of the skeleton (a series' titles under every article) are its own pair.
            if isSharedSkeleton, pair.kind != .contained,
               partner.file.path != entry.file.path || skeleton.contains(pair.a == index ? pair.b : pair.a) { return false }
            if pair.kind == .exact, Self.askAboutTheirParents(entry, partner) { return false }
            // `- **如何进入**：` under `#### NEW` and again under `#### BLOCKED`, nothing after
            // either: a form's field, left to fill in for each section.
            if pair.kind == .exact, Self.isEmptyFieldLabel(entry), Self.isEmptyFieldLabel(partner) { return false }
            // `我的理解` and `我的总结`, each topic's closing note: normalisation left two function
            // characters (`我的`), no subject, of labels that ask nothing, and took away the words
            // that tell them apart. (`谈谈你对闭包的理解` leaves `闭包`, its subject.)
            if pair.kind == .exact, case let shape = search.normalizedShape(index), shape.count > 0, shape.count <= 2, shape.allIdeographs,
               search.normalizedText(index).unicodeScalars.allSatisfy({ $0 == " " || Self.functionCharacters.contains($0) }),
               !QuestionOutline.isQuestionLike(entry.text), !QuestionOutline.isQuestionLike(partner.text),
               Self.letters(of: entry.text) != Self.letters(of: partner.text) {
                return false
            }
            // `## Subnetting ?` and `## Subnet ?`: one word each, alike once its ending is folded;
            // the act and the thing it makes are two subjects.
            if pair.kind == .exact, Self.areOneWordVariants(entry.text, partner.text) { return false }
            // `DD-MM-YYYY HH:mm` and `DD/MM/YYYY HH:mm`: alike once normalised, two formats.
            if pair.kind == .exact, QuestionSubjects.writeTokensDifferently(entry.text, partner.text) { return false }
            // `请你说说React的路由是什么？` inside `React的路由的优缺点`: the longer one asks something
            // else about the shorter one's subject (its pros and cons, its loaders).
            if pair.kind == .contained, NarrowedSubjects.mayNameAnAspect(entry.text) || NarrowedSubjects.mayNameAnAspect(partner.text) {
                let (first, second) = (search.normalizedText(index), search.normalizedText(otherIndex(pair)))
                let isEntryShorter = first.unicodeScalars.count <= second.unicodeScalars.count
                if NarrowedSubjects.narrowsInChinese(isEntryShorter ? entry.text : partner.text, isEntryShorter ? partner.text : entry.text,
                                                     normalizedShorter: isEntryShorter ? first : second, normalizedLonger: isEntryShorter ? second : first) {
                    return false
                }
            }
            // `What are modifiers in regular expression` beside `What is a Regular Expression`:
            // the longer one asks about a part or a property of the other's subject.
            if pair.kind != .exact, EnglishAspects.oneNarrowsTheOther(entry.text, partner.text) { return false }
            // `self-attention 的目的是什么?` and `self-attention 是什么？`: what it is for, and what it is.
            if pair.kind != .exact, PurposeQuestions.askPurposeAndDefinition(entry.text, partner.text) { return false }
            // `现代 CSS 颜色使用指南` and `…指南进阶篇`: an article and its sequel.
            if pair.kind != .exact, SequelTitles.arePartsOfOneSeries(entry.text, partner.text)
                || SequelTitles.namePartsInBrackets(entry.text, partner.text) { return false }
            // `[JavaScript深入之执行上下文栈](…/4)` and `[JavaScript深入之执行上下文](…/8)` in a list of
            // the series' titles: two articles, each on its topic.
            if pair.kind != .exact, SeriesPrefixes.areArticlesOfOneSeries(entry, partner) { return false }
            // `CONV→act→BN→Dropout` beside `CONV→act→Dropout→BN`: two orders of the same steps.
            if pair.kind != .exact, OrderedSequences.differInOrder(entry.text, partner.text) { return false }
            // `并发 GC 性能比并行 GC 好？` beside `并行 GC 性能比并发 GC 好？`: two parts changing places
            // around words that do not only join them; the order is the question.
            if pair.kind != .exact, ReorderedParts.askInOtherOrders(entry.text, partner.text) { return false }
            // `… was the last log in?` and `… was the second last log in?`: another item of a sequence.
            if pair.kind != .exact, OrdinalWords.nameARankOnlyOnce(entry.text, partner.text) { return false }
            // `…只包含一个结点时…` and `…只包含两个结点时…`: another case, counted.
            if settings.distinctNumbers, CountedCases.differOnlyInANumber(entry.text, partner.text) { return false }
            // `5.1 赛题背景` and `4.1 赛题背景`: one slot of an outline under two numbered parents.
            if OutlineSlots.areSlotsOfTwoParents(entry.text, partner.text) { return false }
            // `Go 语言圣经（英文版）` and `…（中文版）`: one book in two editions or languages.
            if EditionTitles.areEditionsOfOneWork(entry.text, partner.text) { return false }
            // `…面试总结（三年经验）` and `…面试总结（两年经验）`: two write-ups, told apart by their notes.
            if NumberedNotes.countDifferently(entry.text, partner.text) { return false }
            // `[3Sum (Medium)](…/3sum/)` inside `[3Sum Smaller (Medium)](…/3sum-smaller/)`, or
            // `说说你对webpack的理解？解决了什么问题？` inside `说说webpack中常见的Loader？解决了什么
            // 问题？`, each linking its own page: the longer names a thing the shorter does not.
            // (`梯度裁剪的目的、原理` inside `梯度裁剪目的、原理、示例代码` names nothing new: compared.)
            if pair.kind == .contained, let entryWebPage, let partnerPage = webPages[otherIndex(pair)], entryWebPage != partnerPage,
               Self.namesAnotherThing(entry.text, partner.text) { return false }
            // `[3Sum](../3sum)` inside `[Path Sum III](../path-sum-iii)` in a problem's "Similar
            // Questions": each title leads to its own page of the repository, one problem each.
            if pair.kind == .contained, let entryTarget, let partnerTarget = LocalPages.target(of: partner.range.start, in: partner.file),
               !LocalPages.areSamePage(entryTarget, partnerTarget) { return false }
            // `… browser support for Angular?` and `… of Angular Elements?`: two products.
            if pair.kind != .exact, ExtendedNames.nameTwoThings(entry.text, partner.text) { return false }
            // `…css阻塞？` and `…js阻塞？`: one wording about two subjects.
            if pair.kind != .exact, SubjectSwap.differOnlyInSubject(entry.text, partner.text) { return false }
            // `[MIT (video)](…)` under two topics, each another lecture: its source and medium, named alike.
            if pair.kind == .exact, let entryWebPage, let partnerPage = webPages[otherIndex(pair)], entryWebPage != partnerPage,
               MediaLabels.isMediaLabel(entry.text) { return false }
            // `source 上 vs … = min 上` and `source 中 vs … = min 中`: two cases, each value in every slot.
            if RepeatedSubstitutions.fillTheSlotsDifferently(entry.text, partner.text) { return false }
            if pair.kind != .exact, RepeatedSubstitutions.fillTheWordSlotsDifferently(entry.text, partner.text) { return false }
            // `Elements of Programming Interviews (C++ version)` and `… in Python`: two languages' editions.
            if LanguageVersions.nameTwoLanguages(entry.text, partner.text) { return false }
            // `Why is X a good idea?` and `Why is X not a good idea?`, `线性` and `非线性`: opposites.
            if NegatedQuestions.areOpposites(entry.text, partner.text) { return false }
            // `Is a < b?` and `Is a > b?`, `a && b` and `a || b`: operators the normalisation
            // drops, which make two questions.
            if OperatorMarks.differ(entry.text, partner.text) { return false }
            // `… the `unwrap()` method …` and `… the `unwrap_or()` method …`: two names in code.
            if CodeSpanNames.differ(entry, partner) { return false }
            // `说说组件的命名规范` in `Vue.md`, `说说你对React的组件命名规范的理解` in `React.md`: a page per
            // technology, and only one of the two names its page's.
            if pair.kind != .exact, TopicSubjects.areAboutTwoTopics(entry, partner) { return false }
            // `… politika firme o roditeljskom odsustvu?` and next to it `… o neplaćenom odsustvu?`:
            // a series asking one question of each case.
            if pair.kind != .exact, SiblingVariants.areSeries(entry, partner) { return false }
            // `X 思路？` beside `X 特点是什么？`, where `Y 的思路是什么？` and `Y 的特点是什么？` are asked too.
            if pair.kind != .exact, ParallelAspects.askTwoAspects(entry, partner) { return false }
            // `How would you choose the value of k?` under `k-means` and under `kNN`; `this
            // dataset` over two figures: one wording about two subjects.
            if pair.kind == .exact, QuestionScopes.askAboutDifferentParents(entry, partner)
                || QuestionScopes.askTheSameOfTwoSections(index, pair.a == index ? pair.b : pair.a, in: entries) {
                return false
            }
            // `执行下面的代码，在控制台输出的x为…` and `执行下面的代码后，…输出的y为…`, each over its own
            // snippet: worded alike or not, each asks about the material under it.
            if QuestionScopes.askAboutTheirOwnMaterial(entry, partner) { return false }
            // `# 目录` / `- What are closures in Swift?`, and the same question in the body below
            // (a contents written as plain lists names each question the page asks); `### 🔗 相关
            // 问题` / `- 如何设计资源管理策略？` under an answer (a pointer to the entry asking it).
            if ReferringSections.oneRefersToTheOther(entry, partner) { return false }
            if entries.isHeading(index), QuestionScopes.headOwnCode(entry, partner) { return false }
            // `How it works?` in two sections: each about its own subject, which it does not name.
            if QuestionScopes.leanOnTwoContexts(entry, partner) { return false }
            if let entryTarget, let partnerPage = LocalPages.page(of: partner.range.start, in: partner.file) {
                let partnerTarget = partnerPage.target
                // One page of the repository listed twice (a reading order and an index, or a copy of the
                // index in a folder, `docs/README.md`, whose same links lead to the folder's own copy): navigation.
                // (One list naming the same page twice under the same title, `- [Find Bottom Left Tree
                // Value](src/tree/…java)` two items apart, is an entry added twice.)
                if !samePageCounts, let entryLink = entryLocalPage,
                   LocalPages.areSamePage(entryLink.target, partnerTarget)
                    || LocalPages.areWrittenAlike(entryLink, in: entry.file.path, partnerPage, in: partner.file.path),
                   !(partner.file.path == entry.file.path && partner.text == entry.text
                     && places.innermost(at: entry.range.start).map({ $0.list.index }) == places.innermost(at: partner.range.start).map({ $0.list.index })) {
                    return false
                }
                // Pages that translate each other (`HOWTO.md`, `HOWTO-bn.md`) under one title: a
                // table of translations, each language's item naming its own version.
                if TranslationFiles.areTranslations(entryTarget, partnerTarget, groups: groups) { return false }
            }
            // What the partner's item links: worked out only where an article is involved (most
            // pairs of a large bank are in no article, and finding the item costs).
            func partnerLinks() -> (target: String?, webPage: String?) {
                (LocalPages.target(of: partner.range.start, in: partner.file), webPages[otherIndex(pair)])
            }
            if partner.file.path != entry.file.path {
                // `[为什么 TCP 是面向字节流？](./tcp-byte-stream.md)` in an index, and that article
                // asking it in its opening: the index names the question its page answers.
                if let entryTarget, LocalPages.areSamePage(entryTarget, partner.file.path) { return false }
                if let target = LocalPages.target(of: partner.range.start, in: partner.file), LocalPages.areSamePage(target, entry.file.path) {
                    return false
                }
                // Titles (no question mark) linking pages in two files, one of them an article (a
                // chapter's further reading, another chapter's reading order), or two entries
                // leading to one page: one book citing its own chapters.
                guard entryLinksAPage, ArticlePages.crossReference(entry.file, partner.file) else { return true }
                let (partnerTarget, partnerWebPage) = partnerLinks()
                guard partnerTarget != nil || partnerWebPage != nil else { return true }
                let samePage = entryTarget.flatMap { entry in partnerTarget.map { LocalPages.areSamePage(entry, $0) } } ?? false
                    || entryWebPage != nil && entryWebPage == partnerWebPage
                return !(samePage || !Self.endsWithQuestionMark(entry.text) && !Self.endsWithQuestionMark(partner.text))
            }
            // In an article, its outline's `什么是 LRU 缓存？` and the practice problem `[146. LRU
            // 缓存](…)` it links at the end: the article's topic, cited, not asked twice.
            if entryIsInArticle {
                let links = partnerLinks()
                let partnerLinksAPage = links.target != nil || links.webPage != nil
                if entryLinksAPage != partnerLinksAPage, !Self.endsWithQuestionMark(entryLinksAPage ? entry.text : partner.text) { return false }
            }
            // `- 比较A，A，相同类型的节点，进行patch…` traced twice in one article (without, then
            // with `key`): the points of its answer, neither asking anything.
            if entryIsInArticle, partner.file.path == entry.file.path, !QuestionOutline.isQuestionLike(entry.text),
               !QuestionOutline.isQuestionLike(partner.text), Self.isStatement(entry.text), Self.isStatement(partner.text) { return false }
            // `## 总结` repeating the steps taught above: the file's recap, not a second asking.
            if entryIsInRecap != Self.isInRecap(partner) { return false }
            // Entries leading to two sections of the page (`#请写出以下代码执行结果`, `…-1`): two
            // questions with one title, which duplicate-heading reports at their headings.
            if let section = Self.sectionLink(of: entry), let other = Self.sectionLink(of: partner), section != other { return false }
            // `### [图解分布式训练（八）](…zsxq…)` over `- 一、什么是 3D 并行？`, and another linked article's
            // outline asking it too: each article's contents, answered in each article.
            if partner.file.path == entry.file.path, let article = entryArticle, webPages[otherIndex(pair)] == nil,
               let other = Self.outlinedArticle(of: partner), article != other {
                return false
            }
            // `+ [Что такое cookies?](servlets.md#…)` under one chapter of an index and `(web.md#…)`
            // under another: each entry points at the section of its chapter's page asking it;
            // those two sections are the pair that repeats the question (and are reported).
            if partner.file.path == entry.file.path, let page = entryOtherFileSection, let other = Self.otherFileSection(of: partner),
               page != other, entry.file.document.heading(before: entry.range.start)?.index != partner.file.document.heading(before: partner.range.start)?.index {
                return false
            }
            // `[【Q123】如何监控文件的变动](os/124.html)` and `(node/124.html)`: one question filed in
            // two categories, each category's copy of its page.
            if pair.kind == .exact, Self.linkOnePageInTwoFolders(entry, partner) { return false }
            // `+ 题目: [【Q435】JS 如何实现 sleep](…issues/442)` over `+ 代码: [【Q435】…](…codepen…)`: one
            // question's fields, each labelled, side by side in one list.
            if pair.kind == .exact, Self.areLabelledFields(entry, partner) { return false }
            // `5. Check how many restarts the pod has performed` after `4. Kill the web service
            // process`, as at step 3: a procedure checks again, it does not ask twice.
            // So is a step two procedures share (`4. Check that the compilation macro is enabled.`
            // in the porting steps of each module).
            // (A step two procedures share in other words, `判断段号是否越界（…M）` and `判断段号是否越界（…S…M）`,
            // is theirs too.)
            if let first = places.innermost(at: entry.range.start),
               let second = partner.file.path == entry.file.path ? places.innermost(at: partner.range.start) : OutlinePlaces.of(partner.file).innermost(at: partner.range.start),
               StepLists.isProcedure(first.list, in: entry.file),
               first.list.index == second.list.index && partner.file.path == entry.file.path || StepLists.isProcedure(second.list, in: partner.file) {
                return false
            }
            // Similar items under one parent naming it are the topic's aspects (`介绍一下 LoRA 优点？`,
            // `… 缺点？` under `LoRA 篇`), and a question nested under a topic asks about it; exact
            // repeats still count, and so do the same words in another order (`array和slice的区别`,
            // `slice和array的区别`), and reworded items under a label they do not name (`array和slice的区别`,
            // `go slice 和 array 区别` under `- 数据类型`), compared as in a flat list; one inside the
            // other there (`什么是 Phrase Mining？`, `Phrase Mining 有何用途？`) still asks another aspect.
            if pair.kind != .exact, pair.jaccard < 1,
               places.areNestedSiblings(entry.range.start, partner.range.start)
                && (pair.kind == .contained || places.namesItsParent(entry.text, at: entry.range.start)
                    || places.namesItsParent(partner.text, at: partner.range.start))
                || places.isParent(entry.range.start, of: partner.range.start) || places.isParent(partner.range.start, of: entry.range.start) {
                return false
            }
            // A heading of a repeated article outline (`1.1 前言`), not a question asked twice.
            return !places.shareTemplateParents(entry.range.start, partner.range.start) || QuestionOutline.isQuestionLike(entry.text)
        }
        guard !pairs.isEmpty else { return nil }
        // Partners linking the page this item links are one entry listed twice, which
        // `duplicate-link` judges (see below); the finding is the other partners', when any.
        let otherPages = entryWebPage.map { page in pairs.filter { webPages[otherIndex($0)] != page } } ?? pairs
        let judged = otherPages.isEmpty ? pairs : otherPages
        // Each partner's line worked out once, not at every comparison of the sort.
        let ordered = judged.map { (pair: $0, line: other($0).line) }
            .sorted { (rank($0.pair.kind), -$0.pair.jaccard, $0.line) < (rank($1.pair.kind), -$1.pair.jaccard, $1.line) }
            .map(\.pair)
        let strongest = ordered[0]
        let first = other(strongest)
        // Every copy is in a file written from the same template as this one (see `ParallelOutlines`).
        let isTemplate = templates.map { templates in
            judged.allSatisfy { templates.areParallel(entry.file.path, other($0).file.path) }
        } ?? false
        // Another file is named, so the message can be acted on without the related location.
        let place = first.file.path == entry.file.path ? "line \(first.line)" : "\(first.file.path):\(first.line)"
        let message: String
        let severity: Severity
        switch strongest.kind {
        case .exact:
            // The same letters (case, spaces, punctuation and order aside: `什么是RLHF` / `RLHF是什么？`)
            // is a question added twice; the same after normalisation only (`Tell me about why you
            // want to work here.` / `Why do you want to work here?`, `微调方法总结` / `不同微调方法的总结`)
            // is one question worded twice, a near-duplicate.
            // A copy written exactly alike needs no letters sorted.
            lazy var entryLetters = Self.letters(of: entry.text)
            let isVerbatim = judged.contains { $0.kind == .exact && (other($0).text == entry.text || Self.letters(of: other($0).text) == entryLetters) }
            message = "duplicate question: same as '\(Self.excerpt(first.text))' at \(place) after normalisation"
                + (isVerbatim ? "" : " (worded differently)")
            severity = isVerbatim ? .error : .warning
        case .similar:
            message = "near-duplicate question: '\(Self.excerpt(first.text))' at \(place) (similarity \(score(strongest.jaccard)))"
            severity = .warning
        case .contained:
            message = "question overlaps '\(Self.excerpt(first.text))' at \(place) (containment \(score(strongest.containment)))"
            severity = .info
        }
        // The strongest few other copies explain the finding; `iqlint dupes` lists them all.
        let related = ordered.prefix(Self.maximumRelated).map { pair -> RelatedLocation in
            let copy = other(pair)
            return RelatedLocation(file: copy.file, range: copy.range,
                                   message: "asked here (\(pair.kind.rawValue), similarity \(score(pair.jaccard)), containment \(score(pair.containment)))")
        }
        // A short list in a file that hardly asks anything, repeating an item that asks nothing
        // either (`- 异或的规律`): maybe an article's notes, too little to say it is a question.
        let isUnsure = CollectionConventions.of(entry.file).phrasing.mayNameThings
            && !QuestionOutline.isQuestionLike(entry.text) && !QuestionOutline.isQuestionLike(first.text)
        let templateHelp = isTemplate ? ["\(first.file.path) has the same outline: a template whose questions each file asks of its own subject, or a copy of that file's list (then one of the two can go)"] : []
        // Every copy in another file, and this file and those articles (prose with a list here
        // and there): a passage two chapters share (another edition, a summary), not a bank's
        // question added twice.
        let isSharedPassage = !isTemplate && ArticlePages.of(entry.file).isArticle && judged.allSatisfy { pair in
            let copy = other(pair).file
            return copy.path != entry.file.path && ArticlePages.of(copy).isArticle
        }
        let passageHelp = isSharedPassage ? ["both files are articles: a passage they share (another edition of a chapter, a summary) is worth a look, not a question asked twice"] : []
        // `- What is the CSS box model?` among an introduction's examples ("Here are some
        // examples:"), asked in a company's list of questions: one file is an article, which
        // quotes the other's questions to show them.
        let isQuotedByArticle = !isTemplate && !isSharedPassage && judged.allSatisfy { pair in
            let copy = other(pair).file
            return copy.path != entry.file.path && (ArticlePages.of(entry.file).isArticle || ArticlePages.of(copy).isArticle)
        }
        let quoteHelp = isQuotedByArticle ? ["one of the two files is an article (prose with a list here and there): questions it quotes from the other as examples are worth a look, not questions asked twice"] : []
        // `- 比较A，A，相同类型的节点，进行patch…` in the walkthrough without a key and again in the
        // one with a key: an article's two lists telling two cases step by step share a step.
        let entryList = Self.listKey(of: entry)
        let isSharedStep = !isSharedPassage && ArticlePages.of(entry.file).isArticle && !Self.endsWithQuestionMark(entry.text)
            && judged.allSatisfy { pair in
                let copy = other(pair)
                return copy.file.path == entry.file.path && !Self.endsWithQuestionMark(copy.text) && Self.listKey(of: copy) != entryList
            }
        let stepHelp = isSharedStep ? ["both items are points of two lists of one article that ask nothing (two cases told step by step): a step they share is worth a look, not a question asked twice"] : []
        // `` `kubectl describe node minikube` `` as step 1 and again under step 2 of a solution:
        // a command run again (or a snippet shown twice), not a question asked twice.
        let isCodeAgain = strongest.kind == .exact && QuestionSubjects.isOnlyCode(entry) && QuestionSubjects.isOnlyCode(first)
        let codeHelp = isCodeAgain ? ["both items are only code: a command run again or a snippet shown twice is worth a look, not a question asked twice"] : []
        // `[Machine Learning](quora…)` under `Quora`, and `[Machine Learning](reddit…)` under `Reddit`.
        let isNamePerSite = strongest.kind == .exact && judged.allSatisfy { QuestionScopes.nameAPageOfEachParent(entry, other($0)) }
        // `自我介绍` under `### 一面` and again under `### 三面`: an interview log, each round as asked.
        let isRoundsLog = judged.allSatisfy { QuestionScopes.areAskedInTwoRounds(entry, other($0)) }
        let roundsHelp = isRoundsLog ? ["both are under headings naming interview rounds: a log records what each round asked"] : []
        // `- Why do you want to work here?` under `## Airbnb …` and `## Stack Overflow behavioral
        // interview questions`: each section lists what one company asks.
        let parallel = isRoundsLog ? nil : judged.lazy.map { QuestionScopes.areUnderParallelHeadings(entry, other($0)) }
        let parallelParts = parallel.flatMap { parts in parts.allSatisfy { $0 != nil } ? parts.first ?? nil : nil }
        let parallelHelp = parallelParts.map { ["the two sections' headings differ only in the names '\($0.0)' and '\($0.1)': each lists the questions its own asks, worth a look"] } ?? []
        // `… on unpaid leave?` and next in its list `… on long unpaid leave (sabbatical)?`: the
        // same sentence with words added, a narrower case of a series asked in a row.
        let isNarrowerCase = strongest.kind == .similar && judged.allSatisfy { SiblingVariants.narrowInARow(entry, other($0)) }
        let narrowerHelp = isNarrowerCase ? ["the item adds words to one a step or two from it in its list: a narrower case asked in a row is worth a look"] : []
        // `## Top Questions with Answers` asking again, word for word, questions of `## All Questions
        // with Answers`: one section gathers a digest of the other.
        let copiedSection: (key: HeadingQuestions.SectionPair, count: Int)? = strongest.kind == .exact && entries.isHeading(index) ? judged.lazy.compactMap { pair in
            HeadingQuestions.sectionPair(index, otherIndex(pair), entries: entries).flatMap { key in copiedSections[key].map { (key, $0) } }
        }.first : nil
        let sectionHelp: [String] = copiedSection.map { key, count -> [String] in
            let document = entry.file.document
            func title(_ offset: Int) -> String { offset < 0 ? "the page's opening" : "'\(HeadingText.shown(document.heading(atOrAfter: offset)?.text ?? ""))'" }
            return ["\(count) questions of \(title(key.first)) are asked again in \(title(key.second))" + Self.digestNote]
        } ?? []
        let siteHelp = isNamePerSite ? ["both items name a page, under two group labels, on two sites: each group's page on the subject is worth a look, not a question asked twice"] : []
        // `[How to Write a Git Commit Message](https://cbea.ms/…)` beside `[How to Write Better
        // Git Commit Messages](https://www.freecodecamp.org/…)`: a reading list's two articles.
        let isTwoArticles = strongest.kind != .exact && judged.allSatisfy { QuestionScopes.titleArticlesOfTwoSites(entry, other($0)) }
        let articlesHelp = isTwoArticles ? ["both are titles of linked articles on two sites: two articles on one subject are worth a look, not a question asked twice"] : []
        let isAskedElsewhereOnPurpose = parallelParts != nil || copiedSection != nil || isTwoArticles
        let judgementHelp: [String] = templateHelp + passageHelp + quoteHelp + stepHelp + codeHelp
        let shapeHelp: [String] = siteHelp + roundsHelp + parallelHelp + narrowerHelp + sectionHelp + articlesHelp
        var violation = Violation(
            range: entry.range, message: message,
            severity: isTemplate || isUnsure || isSharedPassage || isQuotedByArticle || isSharedStep || isCodeAgain || isNamePerSite || isRoundsLog || isNarrowerCase
                || isAskedElsewhereOnPurpose ? .info : severity,
            related: related,
            help: judgementHelp + shapeHelp + ["merge the two questions, or accept the pair with `ignore-pairs` in .iqlint.yml"]
                + (ordered.count > Self.maximumRelated ? ["\(ordered.count - Self.maximumRelated) more copies: run `iqlint dupes` to see them all"] : []))
        // Every copy links the same web page: one entry listed twice, which `duplicate-link`
        // judges (a page gathering the others, a deliberate cross-listing) where it runs.
        if entryWebPage != nil, otherPages.isEmpty { violation.deferredTo = DuplicateLinkRule.id }
        return FileViolation(path: entry.file.path, violation: violation)
    }

    /// The article the item of `entry` links first, as `duplicate-link` identifies it; nil
    /// without a web link.
    static func webPage(of entry: QuestionEntry) -> String? {
        guard let item = item(of: entry), let link = ListItemSupport.firstOutwardLink(of: item) else { return nil }
        return DuplicateLinkRule.identity(of: link.destination)
    }

    /// Chinese pronouns and particles: no subject of their own.
    static let functionCharacters: Set<Unicode.Scalar> = ["我", "的", "你", "他", "她", "它", "这", "那", "个", "了", "之", "其", "们"]

    /// The text's letters and digits, lowercased and sorted: what is left when case, spaces,
    /// punctuation and order are set aside (`什么是RLHF` and `RLHF是什么？` use the same ones).
    /// (Without the number the list writes into the text: `Q3. What is inheritance?` and `Q1.
    /// What is inheritance?` are one question copied, at two places of two lists.)
    /// Two texts of one Latin word each (marks and a leading number aside), spelt differently
    /// (`Subnetting ?`, `Subnet ?`; not `Docker?` and `docker`).
    static func areOneWordVariants(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count <= 40, b.utf8.count <= 40 else { return false }
        func word(_ text: String) -> Substring? {
            let stripped = OrdinalPrefix.strip(text)
            guard stripped.allSatisfy({ $0.isASCII || !$0.isLetter }) else { return nil }
            let words = stripped.split { !($0.isASCII && $0.isLetter) }
            return words.count == 1 ? words[0] : nil
        }
        guard let first = word(a), let second = word(b) else { return false }
        return first.lowercased() != second.lowercased()
    }

    static func letters(of text: String) -> [Unicode.Scalar] {
        OrdinalPrefix.strip(text).lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.sorted { $0.value < $1.value }
    }

    /// `RLHF是什么？`: asked as a question, not titled (`Redis 为什么用跳表实现有序集合`).
    /// Whether one text names, in Latin letters, a thing the other does not (`Loader` in
    /// `说说webpack中常见的Loader？` beside `说说你对webpack的理解？`), both naming some.
    static func namesAnotherThing(_ a: String, _ b: String) -> Bool {
        func names(_ text: String) -> Set<String> {
            Set(text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.filter { $0.count >= 2 && $0.first!.isLetter }.map { $0.lowercased() })
        }
        let (first, second) = (names(a), names(b))
        return !first.isEmpty && !second.isEmpty && first != second
    }

    /// `比较A，A，相同类型的节点，进行patch，但数据相同`: clauses joined by commas, a statement.
    static func isStatement(_ text: String) -> Bool {
        text.count(where: { $0 == "，" || $0 == "," }) >= 2
    }

    static func endsWithQuestionMark(_ text: String) -> Bool {
        ItemShape.endsWithQuestionMark(text)
    }

    /// A text that ends with a colon and asks nothing (`From the blog [Dynatrace](…):`,
    /// `示例：`): it introduces what follows it, a quote, code or points of its own.
    static func introducesWhatFollows(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return (trimmed.hasSuffix(":") || trimmed.hasSuffix("：")) && !QuestionOutline.isQuestionLike(trimmed)
    }

    /// `* Explain` or `* Explain:` over a quote: a word or two, no question mark, with blocks
    /// under the text: the label of what follows.
    static func isLabelOverBlocks(_ entry: QuestionEntry) -> Bool {
        let text = entry.text.trimmedWhitespace
        guard !endsWithQuestionMark(text), text.split(maxSplits: 2, whereSeparator: \.isWhitespace).count <= 2,
              text.unicodeScalars.count(where: HanCharacters.isCJKLetter) <= 6, let item = item(of: entry) else { return false }
        return item.children.count > 1
    }

    /// `**如何进入**：`, `**How to enter:**` alone on its line: a bold label over an empty value.
    static func isEmptyFieldLabel(_ entry: QuestionEntry) -> Bool {
        guard endsWithColon(entry.text) else { return false }
        var written = Substring(entry.file.source.string(in: entry.range).trimmedWhitespace)
        if written.hasSuffix(":") || written.hasSuffix("：") { written = written.dropLast() }
        for marks in ["**", "__"] where written.hasPrefix(marks) && written.hasSuffix(marks) && written.count > 4 {
            let inner = written.dropFirst(2).dropLast(2)
            return !inner.contains(marks)
        }
        return false
    }

    static func endsWithColon(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return trimmed.hasSuffix(":") || trimmed.hasSuffix("：")
    }

    /// For each question with exact copies, the lists that hold them (see `listKey`).
    static func copyLists(_ partners: [Int: [DuplicatePair]], entries: QuestionSet) -> [Int: Set<ListKey>] {
        var lists: [Int: Set<ListKey>] = [:]
        for pair in partners.values.joined() where pair.kind == .exact {
            if let list = listKey(of: entries[pair.b]) { lists[pair.a, default: []].insert(list) }
            if let list = listKey(of: entries[pair.a]) { lists[pair.b, default: []].insert(list) }
        }
        return lists
    }

    /// The file and list of `entry`'s item, to tell two items of one list.
    static func listKey(of entry: QuestionEntry) -> ListKey? {
        OutlinePlaces.of(entry.file).innermost(at: entry.range.start).map { ListKey(file: ObjectIdentifier(entry.file.derived), list: $0.list.index) }
    }

    /// One list of one file: the file by its facts (one object per file read; the questions of
    /// a file are all read from one), the list by its position in the document.
    struct ListKey: Hashable {
        let file: ObjectIdentifier
        let list: Int
    }

    /// Whether `entry` sits under a heading that sums up its article (`## 总结`, `## Summary`).
    static func isInRecap(_ entry: QuestionEntry) -> Bool {
        guard let heading = entry.file.document.heading(before: entry.range.start) else { return false }
        return RecapHeadings.of(entry.file).indexes.contains(heading.index)
    }

    /// The headings of a file that sum up its article, worked out once per file (every pair of
    /// one file asks for both of its questions).
    struct RecapHeadings: Sendable {
        let indexes: Set<Int>

        static func of(_ file: MarkdownFile) -> RecapHeadings {
            file.derived.value(RecapHeadings.self) { _ in
                RecapHeadings(indexes: Set(file.document.headings.filter { heading in
                    let title = HeadingText.bareTitle(heading.text)
                    return recapTitles.contains(title) || highlightWords.contains { title.contains($0) }
                }.map(\.index)))
            }
        }
    }

    /// `## 喜欢出的和不喜欢出的题`, `## My favourite questions`, `## 精选`: the author picks some
    /// questions of the set again, to say why.
    static let highlightWords = ["喜欢", "精选", "置顶", "favorite", "favourite", "featured", "highlights", "top picks"]

    static let recapTitles: Set<String> = ["总结", "小结", "回顾", "要点总结", "知识点总结", "本章小结", "本节小结", "summary", "recap",
                                           "conclusion", "conclusions", "key takeaways", "takeaways", "tl;dr", "tldr", "cheat sheet", "cheatsheet"]

    /// Two neighbouring items of one list, each a short label with a colon before the same
    /// linked title (`题目:`, `代码:`): the fields of one question.
    static func areLabelledFields(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        let places = OutlinePlaces.of(first.file)
        guard first.file.path == second.file.path, let placeA = places.innermost(at: first.range.start),
              let placeB = places.innermost(at: second.range.start), placeA.list.index == placeB.list.index,
              abs(placeA.item.indexInList - placeB.item.indexInList) == 1 else { return false }
        let a = placeA.item, b = placeB.item
        guard let linkA = a.links.first, let linkB = b.links.first else { return false }
        let source = first.file.source
        func label(_ item: ListItem, _ link: Link) -> String? {
            let start = ListItemSupport.contentStart(of: item, in: source)
            guard start < link.range.start else { return nil }
            let text = source.string(in: SourceRange(start, link.range.start)).trimmedWhitespace
            guard let colon = text.last, colon == ":" || colon == "：", (2...12).contains(text.count) else { return nil }
            return text
        }
        guard let labelA = label(a, linkA), let labelB = label(b, linkB) else { return false }
        return labelA != labelB && linkA.destination != linkB.destination
    }

    /// Both entries link a page of the repository by one file name in two folders
    /// (`os/124.html`, `node/124.html`): one page generated into each category.
    static func linkOnePageInTwoFolders(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard let a = item(of: first).flatMap(ListItemSupport.firstOutwardLink(of:)),
              let b = item(of: second).flatMap(ListItemSupport.firstOutwardLink(of:)),
              !ParsedURL(a.destination).hasScheme, !ParsedURL(b.destination).hasScheme else { return false }
        let pathA = ParsedURL(a.destination).path, pathB = ParsedURL(b.destination).path
        guard pathA != pathB, let nameA = pathA.split(separator: "/").last, let nameB = pathB.split(separator: "/").last else { return false }
        // (Every folder has its `README.md`: a name shared that way says nothing.)
        return nameA == nameB && pathA.contains("/") && pathB.contains("/") && !["readme.md", "index.md", "index.html"].contains(nameA.lowercased())
    }

    /// The `#fragment` the item of `entry` links first, when its first link is to a section
    /// of its own page.
    static func sectionLink(of entry: QuestionEntry) -> String? {
        item(of: entry)?.links.first?.fragmentOnly
    }

    /// The address of the article whose outline `entry` is part of: its heading is one link to
    /// a web page (`### [ZeRO 学习](https://…)`) and its item links nothing. Nil otherwise.
    static func outlinedArticle(of entry: QuestionEntry) -> String? {
        guard let heading = entry.file.document.heading(before: entry.range.start), !heading.content.links.isEmpty else { return nil }
        let links = heading.content.links.filter { !$0.isImage }
        guard links.count == 1, let link = links.first, ParsedURL(link.destination).hasScheme,
              heading.text.trimmedWhitespace == link.text.trimmedWhitespace,
              let item = item(of: entry), !item.links.contains(where: { !$0.isImage }) else { return nil }
        return link.destination
    }

    /// The Markdown page of the repository whose section the item of `entry` links first
    /// (`servlets.md#что-такое-cookies`): the path as written; nil for any other link.
    static func otherFileSection(of entry: QuestionEntry) -> String? {
        guard let link = item(of: entry).flatMap(ListItemSupport.firstOutwardLink),
              let hash = link.destination.firstIndex(of: "#"), hash != link.destination.startIndex else { return nil }
        let path = link.destination[..<hash].lowercased()
        guard !path.contains(":"), path.hasSuffix(".md") || path.hasSuffix(".markdown"),
              // `a.md#L9`: a line of the file's source, not a section asking anything.
              !TOCAnchorRule.isLineAnchor(String(link.destination[link.destination.index(after: hash)...])) else { return nil }
        return String(path)
    }

    /// The list item `entry` was read from.
    static func item(of entry: QuestionEntry) -> ListItem? {
        OutlinePlaces.of(entry.file).innermost(at: entry.range.start)?.item
    }

    static let maximumRelated = 5

    /// Whether questions of the files at `a` and `b` are compared at all: not when the files
    /// translate each other (by their names or a `translations` group) or are an exercise and
    /// its solutions. `iqlint dupes` pairs as this rule does.
    public static func compares(_ a: String, _ b: String, translations groups: [[String]]) -> Bool {
        !TranslationFiles.areTranslations(a, b, groups: groups) && !SolutionFiles.areExerciseAndSolution(a, b)
    }

    /// The questions whose copies (`pairs` of kind exact or similar, joined transitively) sit
    /// in `skeletonFiles` files or more (`skeleton`), and those in `formFiles` files or more
    /// (`forms`): one pass over the pairs serves both.
    static func copiedItems(_ pairs: [DuplicatePair], entries: QuestionSet) -> (skeleton: Set<Int>, forms: Set<Int>) {
        var parent: [Int: Int] = [:]
        func root(_ index: Int) -> Int {
            var current = index
            while let next = parent[current], next != current { current = next }
            return current
        }
        // A line reworded in one file (`… course on educative.io …`) is still the skeleton's.
        for pair in pairs where pair.kind != .contained {
            let (a, b) = (root(pair.a), root(pair.b))
            parent[a] = parent[a] ?? a
            parent[b] = parent[b] ?? b
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        guard !parent.isEmpty else { return ([], []) }
        // By path: in pull-request mode one file's old and changed questions are two entries of it.
        var files: [Int: Set<String>] = [:]
        for index in parent.keys { files[root(index), default: []].insert(entries.path(of: index)) }
        var skeleton: Set<Int> = [], forms: Set<Int> = []
        for index in parent.keys {
            let fileCount = files[root(index)]!.count
            if fileCount >= skeletonFiles { skeleton.insert(index) }
            if fileCount >= formFiles { forms.insert(index) }
        }
        return (skeleton, forms)
    }

    /// Files that hold one non-question item before it is their shared skeleton.
    static let skeletonFiles = 3
    /// Files that ask one question before it is a form they copy.
    static let formFiles = 5

    /// `原理是什么？` under `LoRA` and under `P-tuning`, beside other aspects both ask (`有什么优点？`):
    /// the same words about two subjects, parallel outlines rather than one question asked twice.
    static func askAboutTheirParents(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        // Nested items only (a binary search each), before the text is read word by word.
        let placesA = OutlinePlaces.of(first.file), placesB = OutlinePlaces.of(second.file)
        guard let parentA = placesA.parentText(at: first.range.start), let parentB = placesB.parentText(at: second.range.start),
              parentA != parentB else { return false }
        // Compared as the duplicate check compares them: `2.4.2 常用方法有哪些？` and `2.5.2 常用方法有哪些？` are one aspect.
        func aspects(_ places: OutlinePlaces, _ offset: Int) -> Set<String> { Set(places.siblingTexts(at: offset).map(Self.aspectNormalizer.normalize)) }
        guard OutlineTexts.leansOnParent(first.text) else {
            // `* AWS EKS` / `* Azure AKS`, each over `[Manual build using the console](…)` leading
            // to its own guide: one outline written for each parent, each entry its own page.
            guard let linkA = firstLink(of: first), let linkB = firstLink(of: second), linkA != linkB else { return false }
            func titles(_ places: OutlinePlaces, _ offset: Int) -> Set<String> { Set(places.siblingTitles(at: offset).map(Self.aspectNormalizer.normalize)) }
            return titles(placesA, first.range.start).intersection(titles(placesB, second.range.start)).count >= 2
        }
        // A pronoun names the parent outright; a bare aspect needs a parallel outline around it.
        if OutlineTexts.namesItsParent(first.text) { return true }
        return aspects(placesA, first.range.start).intersection(aspects(placesB, second.range.start)).count >= 2
            || Self.isNumberedOutline(first.text) && Self.isNumberedOutline(second.text)
    }

    /// The destination of the first link of `entry`'s item that leaves its page; nil without one.
    static func firstLink(of entry: QuestionEntry) -> String? {
        guard let item = item(of: entry) else { return nil }
        return item.links.first { !$0.isImage && !$0.destination.hasPrefix("#") }?.destination
    }

    private static let aspectNormalizer = TextNormalizer()

    /// `2.4.2 常用方法有哪些？`: a numbered heading of an article's outline, whose parent (`2.4 Dynamic
    /// Architecture`) is the subject.
    static func isNumberedOutline(_ text: String) -> Bool {
        let number = text.prefix { $0.isNumber || $0 == "." }
        return number.contains(".") && number.first?.isNumber == true && text.dropFirst(number.count).first?.isWhitespace == true
    }

    private func rank(_ kind: DuplicateKind) -> Int {
        switch kind {
        case .exact: 0
        case .similar: 1
        case .contained: 2
        }
    }

    private func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The question as a message quotes it: whole when it is short or only a few characters
    /// longer (`…处理方式？` keeps its `？`), else its first `excerptLength` characters, ending at
    /// a space when one falls in their second half (`TCP Keepalive 和 HTTP…`, not `Keep-Aliv…`).
    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength + 4 else { return text }
        var cut = text.prefix(excerptLength)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= excerptLength / 2 { cut = cut[..<space] }
        return cut + "…"
    }

    /// Long enough for the word that tells two questions apart (`… of Angular Elements?`).
    static let excerptLength = 60
}
