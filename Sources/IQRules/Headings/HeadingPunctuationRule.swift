import IQCore
import IQMarkdown

public struct HeadingPunctuationRule: CollectionFactRule {
    public static let description = RuleDescription(
        id: "heading-punctuation",
        summary: "headings do not end with punctuation",
        details: """
            Reports a heading whose text ends with one of the characters of option \
            `punctuation` (by default the ASCII and full-width period, comma, colon and \
            semicolon, and `。`). A question mark is fine: many headings are questions; so is an \
            exclamation mark, which ends a title on purpose (a catch-phrase, `Hello, World!`). \
            The rendered text is judged: `## C&#35;` ends in `#`, not `;`, and \
            punctuation inside a code span, link or entity at the end (`` `a.` ``, \
            `[v1.](…)`, `&#46;`) is not reported, so the fix never edits inside one. Where \
            most headings of a level (three or more) end with the same mark, or most headings of \
            the levels it ends at taken together, or a heading is written alike, its mark included, in three \
            files of the collection or more (and no more often without the mark: `### See also:` closing \
            each chapter of a book), that is the collection's style and is not reported (a mark and its full-width form are one mark: \
            `### Java:` and `### Python3：`). Where `punctuation` holds `!`, a single \
            letter or a number before it is a factorial (`n!`), not an exclamation; a closing \
            `:` of an emoji shortcode (`:zap:`) is the emoji (`## 补充:eyeglasses:：` ends in `：` \
            alone), and the period of an abbreviation (`etc.`, `Inc.`, `U.S.A.`) or of a name's initial (`Kursad E.`) is part of the \
            word. A heading of several sentences (`What is X? Give an example.`, \
            `Your question goes here. Keep it straightforward.`) \
            ends its last one as a sentence, and so does a notice set in a heading's size (a level \
            or more below the heading before it, over a higher one, linking or four words or more: \
            `#### Please read [the guidelines](…) before submitting.`), and a heading that is one long sentence \
            setting a task or asking (eight words or more opening with `Create`, `Explain`, `What`, `Tell me about`, \
            …; or twelve Chinese characters (kana and Hangul count too) with `请`, `简述`, `写出`, `什么`, …), or a sentence \
            numbered as an item of the bank (`###### 14. All objects have prototypes.`, \
            `## 160.C++中类成员的访问权限和继承权限问题。`, `### 第 50 题：实现 (5).add(3) 功能。`, or labelled \
            `## Q. Implement Factory Method Pattern in C# with an example.`; three words \
            or six Chinese characters after the number): the question of an exercise bank or quiz. A \
            numbered label keeps its number's period (`## Solution 1.` beside `## Solution 2. Greedy`). Where half the headings of a level \
            or more (three or more) end with `?` or `？`, they are a bank's questions, and one of them \
            ending a sentence of two words or more (four Chinese, kana or Hangul characters) with \
            a period is a task among them, in any language (`### Explain event delegation.`, \
            `### イベントについて説明してください。`). Marks standing apart after a space name a symbol \
            (`### 范围解析运算符 ::`), a number alone is a question's number (`## 1.` over an \
            image), a heading of marks alone has no word for them to trail (`# };`), a colon right above a code block leads into it (`### Make this work:`), and so \
            does a question's colon over its options, code, quote or figure (or over a statement \
            followed by them: `#### Q3. True or False:`), where most headings \
            of the level ask or the heading is numbered as a bank's question (`#### Q2. The <link> \
            tag goes inside:` over `- [ ] the <body> tag`) or sets a task (`### 请用原生 js 实现一个函数…，效果如下图所示:` \
            over its figure), and \
            a polite Korean request ends as a sentence (`… 설명하십시오.`). A label whose value two \
            siblings give and it lacks (`#### Day6:` among `#### Day5: (LinkedList)`) keeps its colon: \
            the missing value is the slip. A statement of code keeps its `;` (`console.log(x);`, \
            `!!function(){};`, or a keyword and what it names in lowercase: `use utf8;`, `use strict; use warnings;`). \
            A long statement is still reported, \
            and so is a numbered title (`## 1. Introduction.`). A label with a sentence as its value \
            (`#### **题目**：给定一个链表，删除链表的倒数第 N 个节点。`) ends that sentence. A colon after a label written wholly in bold \
            (`#### **参考答案**：`) is how the labels of a template are written.

            The fix removes the punctuation. It is unsafe: it deletes rendered text, and a \
            period, colon or exclamation mark can be meant (a sentence, a label, a warning).

            A paragraph with `---` on the next line (a sentence closed by a full stop, twelve \
            words or more, or several lines, over three to five hyphens) was meant to sit over a \
            horizontal rule, but Markdown underlines it as a level 2 heading: that is reported \
            instead, and the unsafe fix inserts the blank line before the hyphens. So is a sentence \
            closed by an exclamation mark, unless the document underlines its titles with a few \
            hyphens too (`推荐阅读` over `---`): there it is a title. `empty-section` leaves such a \
            heading alone. An image alone over `=======` or `---` is reported the same way: no one \
            titles a section with an image, and a line of `=` is often a merge conflict's separator \
            left behind. Its unsafe fix deletes the `=` line (or inserts the blank line before the \
            hyphens); `empty-section` and `heading-increment` leave that heading alone. A licence's \
            legal text (`LICENSE.md`, `LICENCE.md`, `COPYING.md`), copied as its publisher wrote it, is not checked.
            """,
        rationale: """
            A heading is a title, not a sentence. Trailing punctuation also ends up in the \
            table of contents and makes headings of the same list look inconsistent.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        options: [
            RuleOptionDescription(name: "punctuation", summary: "characters a heading must not end with",
                                  defaultValue: "。.,，:：;；"),
        ],
        triggeringExamples: [
            RuleExample("### 除八股外，也需要对自己的项目或研究方向深入准备，此不在本文档的讨论范围内↓。\n"),
            RuleExample("## 常见问题↓：\n"),
            RuleExample("## Notes↓:\n"),
            RuleExample("## Install the tools↓;\n"),
            RuleExample("# Guide\n\n↓If you want to be a reliability engineer, study more from the optional list.\n---\n\n## Contents\n\ntext\n"),
            // A merge conflict's separator left under an image.
            RuleExample("### ResNet如何解决梯度消失？\n\n↓![](https://a.example/resnet.jpg)\n=======\n- [ ] TODO\n"),
            RuleExample("# Guide\n\n↓Thanks for reading this guide, and see you in the next one!\n---\n\nMore text.\n"),
            RuleExample("## Notes: see below↓.\n"),
            RuleExample("## 1. Introduction↓.\n"),
            // A numbered title over a paragraph alone: nothing a question's colon leads into.
            RuleExample("### 1. Setting up the whole project↓:\n\nClone the repository first.\n\n### 2. Running it\n"),
            RuleExample("## **Tools** and **Links**↓:\n"),
            RuleExample("## **参考答案**↓。\n"),
            RuleExample("## 注意事项↓：: ##\n"),
            RuleExample("## Warning↓!\n", options: ["punctuation": "!"]),
            RuleExample("## Release notes↓\\.\n"),
            RuleExample("## 补充:eyeglasses:↓：\n"),
            RuleExample("Summary↓.\n=======\n"),
            RuleExample("## Use std::vector↓:\n"),
            // One question is no level of questions: the task's period is still a slip.
            RuleExample("### What is a closure?\n\n### Explain event delegation↓.\n"),
        ],
        nonTriggeringExamples: [
            // A notice in a heading's size between the title and the first section: a sentence.
            RuleExample("# Design Resources\n\n#### Please read [the guidelines](https://a.example/contributing) before submitting new resources.\n\n## Table of Contents\n"),
            // Two sentences in a heading's size, the first ended after a two-letter word.
            RuleExample("### Please pick the sub-area you're interested in. Only papers of the past 90 days are shown.\n\n- [Pruning](https://a.example/pruning.md)\n"),
            // A label missing the value its siblings give; a statement of code closing a block.
            RuleExample("#### Day5: (LinkedList)\n\n- [a](https://a.example/a)\n\n#### Day6:\n\n- [b](https://a.example/b)\n\n#### Day7: (2-pointer)\n\n- [c](https://a.example/c)\n"),
            RuleExample("### Question:What is the value of !!function(){};\n\n`true`\n"),
            // The colon style of two levels taken together.
            RuleExample("## 1) Big entity\n\n### 1.1) Script\n\n#### Remediation:\n- Limit the length.\n\n#### Notes:\n- Check login too.\n\n## 2) Pixel flood\n\n### Remediation:\n- Limit the pixels.\n"),
            // Keywords quoted from code, with their colons.
            RuleExample("## Q. Explain the use of try: except: raise, and finally:\n\nTry, except and finally blocks handle errors.\n"),
            // A labelled question's colon over its formula, and one ending as its author ends questions.
            RuleExample("### Q: Find the partial derivatives of:\n\n$$f(x, y) = 3 sin^2(x − y)$$\n"),
            RuleExample("### Q: Batch size.\n\n1. What happens when the batch size is 1?\n"),
            // A `.` after a label's colon is the symbol the heading names.
            RuleExample("### IDs and Classes: . #\n\nText.\n"),
            // A bank's question, labelled `Q.`, set as a sentence.
            RuleExample("## Q. Implement Factory Method Pattern in C# with an example.\n\n```cs\nclass A {}\n```\n"),
            // A numbered label keeps its number's period, as its siblings with names do.
            RuleExample("# Two Sum\n\n## Solution 1.\n\nx\n\n## Solution 2. Hash Map\n\ny\n"),
            // Only punctuation: a guide written as code closes its object.
            RuleExample("# Style Guide\n\nWe encourage you to fork this guide.\n\n# };\n"),
            // A setext heading underlined to its length is one on purpose.
            RuleExample("Installation\n------------\n\nRun the installer.\n"),
            // A document that underlines its titles with `---`: an exclamation mark ends one.
            RuleExample("欢迎分享你在面试中遇见的问题！\n---\n- 你可以直接以你遇到的问题作为 issue 标题。\n\n推荐阅读\n---\n- [一本书](https://a.example/book)\n"),
            RuleExample("### 范围解析运算符 ::\n\n用于访问命名空间。\n"),
            RuleExample("## Pull Request welcome:blush:\n\nSend a PR.\n"),
            RuleExample("## use utf8;\n\n* save files as UTF-8\n\n## そこで use strict; use warnings;\n\n* at the top\n"),
            RuleExample("### 1. console.log(employeeId);\n\nundefined\n\n### 方法2：clear:both;\n\n在浮动元素后加一个空元素。\n\n### 36.下面这条语句一共创建了多少个对象? String s=\"a\"+\"b\"+\"c\";\n\n一个。\n"),
            RuleExample("## 1.\n\n![题目](q1.png)\n"),
            // A quiz's question completed by its options.
            RuleExample("#### Q2. The `<link>` tag goes inside:\n\n- [ ] the `<body>` tag\n- [x] the `<head>` tag\n"),
            // Or by the statement to judge, then its options.
            RuleExample("#### Q3. True or False:\n\nTLS 1.3 encrypts more of the handshake than TLS 1.2.\n\n- [x] True\n- [ ] False\n"),
            RuleExample("### Make this work:\n\n```js\nduplicate([1, 2, 3]);\n```\n"),
            // The same inside a question's item: the answer's heading leads into its snippet.
            RuleExample("1. ### What is a closure?\n\n    #### Example:\n\n    ```js\n    counter()\n    ```\n"),
            RuleExample("### 알고있는 만큼 JavaScript에서 closure 개념을 설명하십시오.\n\n답.\n"),
            RuleExample("## 什么是 LoRA？\n"),
            RuleExample("## Why LoRA?\n"),
            RuleExample("#### **参考答案**：\n\n### __Answer__:\n"),
            RuleExample("## 使用 `np.`\n"),
            RuleExample("## 大模型微调\n"),
            RuleExample("## 标点。\n", options: ["punctuation": "!"]),
            RuleExample("## C&#35;\n"),
            RuleExample("## 版本 &#46;\n"),
            RuleExample("## [Release v1.](https://a.example/r)\n"),
            RuleExample("## Everything in JavaScript is either a...\n"),
            RuleExample("# 几乎刷完了力扣所有的树题，我发现了这些东西。。。\n"),
            RuleExample("## Run, Forest, Run!\n\n## 你好，世界！\n"),
            RuleExample("#### Tail Recursive n!\n", options: ["punctuation": "!"]),
            RuleExample("# Every Programmer Should Know :thinking:\n"),
            RuleExample("## :tada::tada: [官网上线啦！](https://a.example):tada::tada:\n"),
            RuleExample("## Editors, terminals, etc.\n\n## Made in the U.S.A.\n\n## Misc.\n\n## GitHub Org.\n\n### Kursad E.\n"),
            RuleExample("1. ### What is useImperativeHandle? Give an example.\n"),
            RuleExample("### Create a function that masks a string of characters except for the last four.\n"),
            RuleExample("### Using flexbox, create a 3-column layout where each column takes up a ratio of the container.\n"),
            RuleExample("#### **3-5** QA：请简述一下时序差分方法的基本思想。\n"),
            RuleExample("## 160.C++中类成员的访问权限和继承权限问题。\n"),
            RuleExample("### 第 50 题：实现 (5).add(3).minus(2) 功能。\n\n### Question 50： Implementation (5).add(3).minus(2) Function.\n"),
            RuleExample("### 请用原生 js 实现一个函数,给页面指定的任意一个元素添加一个透明遮罩,遮罩层效果如下图所示:\n\n![遮罩效果](mask.jpg)\n"),
            RuleExample("###### 14. All objects have prototypes.\n\n- A: true\n- B: false\n"),
            RuleExample("#### **题目**：给定一个链表，删除链表的倒数第 N 个节点。\n"),
            RuleExample("#### General Questions:\n\n#### HTML Questions:\n\n#### CSS Questions:\n\n#### Fun\n"),
            // The colon style of the level, typed half-width or full-width.
            RuleExample("### Java:\n\n### Python3：\n\n### Go:\n\n### TypeScript：\n\n### Rust:\n"),
            RuleExample("###### 14. すべてのオブジェクトはプロトタイプを持っています。\n\n- A: true\n- B: false\n"),
            // A level of questions: a task among them ends with a period, in any language.
            RuleExample("### What is a closure?\n\n### What is hoisting?\n\n### What is the event loop?\n\n### Explain event delegation.\n"),
            RuleExample("### クロージャとは何ですか？\n\n### 巻き上げとは何ですか？\n\n### イベントループとは何ですか？\n\n### イベントについて説明してください。\n\n### 请描述事件冒泡。\n"),
            RuleExample("### Your question goes here. Keep it straightforward.\n"),
        ],
        corrections: [
            RuleCorrection("## 常见问题：\n", "## 常见问题\n", unsafe: true),
            RuleCorrection("# Guide\n\nIf you want to be a reliability engineer, study more from the optional list.\n---\n\n## Contents\n\ntext\n",
                           "# Guide\n\nIf you want to be a reliability engineer, study more from the optional list.\n\n---\n\n## Contents\n\ntext\n", unsafe: true),
            RuleCorrection("## 注意事项：: ##\n", "## 注意事项 ##\n", unsafe: true),
            RuleCorrection("### ResNet如何解决梯度消失？\n\n![](https://a.example/resnet.jpg)\n=======\n- [ ] TODO\n",
                           "### ResNet如何解决梯度消失？\n\n![](https://a.example/resnet.jpg)\n- [ ] TODO\n", unsafe: true),
            RuleCorrection("## Release notes\\.\n", "## Release notes\n", unsafe: true),
            RuleCorrection("## 补充:eyeglasses:：\n", "## 补充:eyeglasses:\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: the fix deletes rendered characters (with the backslash that escapes the \
            first of them). A safe fix never removes what a reader sees, and a closing period, \
            colon or exclamation mark can be meant: a sentence, a label, a warning.
            """
    )

    let punctuation: Set<Character>

    public init(options: RuleOptions) {
        punctuation = Set(options.string("punctuation"))
    }

    /// The headings the collection's files write alike, their marks included.
    public func prepare(collection: [MarkdownFile]) {
        let shared = SharedHeadingTexts.of(collection, marks: punctuation)
        for file in collection { file.derived.replace(shared) }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A licence's legal text is copied as its publisher wrote it.
        guard !ProjectDocuments.isLicense(file.path) else { return [] }
        // A template's headings are the fields of a form (`## Paper Title:`), left empty to fill in.
        guard !ProjectDocuments.isTemplate(file.path) else { return [] }
        let shared = file.derived.value(SharedHeadingTexts.self) { _ in .of([file], marks: punctuation) }
        let source = file.source
        var violations: [Violation] = []
        // Most headings of a level ending with the same mark is the collection's style
        // (`#### General Questions:` throughout), not a slip.
        // A mark and its full-width form are one style (`### Java:` and `### Python3：`).
        var endings: [Int: [Character: Int]] = [:], counts: [Int: Int] = [:], questions: [Int: Int] = [:]
        for heading in file.document.headings {
            counts[heading.level, default: 0] += 1
            let last = heading.text.trimmed(where: { $0 == " " || $0 == "\t" }).last
            if let last, punctuation.contains(last) {
                endings[heading.level, default: [:]][Self.halfWidth(last), default: 0] += 1
            }
            if last == "?" || last == "？" { questions[heading.level, default: 0] += 1 }
        }
        // Most headings of the level ask (`### What is a closure?`): the level's headings are a
        // bank's questions, and one ending with a period is a task among them (`### Explain
        // event delegation.`, `### イベントについて説明してください。`), whatever its language.
        func asksMostly(_ level: Int) -> Bool {
            let asked = questions[level] ?? 0
            return asked >= 3 && asked * 2 >= (counts[level] ?? 0)
        }
        func isStyle(_ level: Int, _ mark: Character) -> Bool {
            let mark = Self.halfWidth(mark)
            let used = endings[level]?[mark] ?? 0
            if used >= 3 && used * 2 > (counts[level] ?? 0) { return true }
            // `#### Remediation:` and `#### Notes:` beside `### Remediation:`: most headings of the
            // levels the mark ends at, taken together (a heading moved up a level keeps the style).
            let levels = endings.filter { ($0.value[mark] ?? 0) > 0 }.keys
            let pooled = levels.reduce(0) { $0 + (endings[$1]?[mark] ?? 0) }
            return pooled >= 3 && pooled * 2 > levels.reduce(0) { $0 + (counts[$1] ?? 0) }
        }
        lazy var titlesOverRules = AccidentalHeadings.underlinesTitlesWithRules(file.document)
        for heading in file.document.headings {
            // A sentence with `---` right under it: the missing blank line is the fault, not its `.`.
            if AccidentalHeadings.isParagraphOverRule(heading, in: source, titlesOverRules: titlesOverRules), let underline = AccidentalHeadings.underlineLine(of: heading, in: source) {
                let start = source.lineRange(underline).start
                // `---` as written, or `-` (an empty bullet, read as the underline).
                let written = source.lineText(underline).trimmedWhitespace
                let shown = written.quoted(upTo: 12)
                let isRule = written.count(where: { $0 == "-" }) >= 3
                violations.append(Violation(
                    range: heading.contentRange,
                    message: "expected a blank line between this paragraph and the '\(shown)' under it, found none: Markdown shows the paragraph as a heading",
                    fix: .unsafe("insert a blank line before '\(shown)'", [Edit(range: SourceRange(start, start), replacement: source.lineEnding.rawValue)]),
                    help: [isRule ? "a line of hyphens right under text underlines it as a level 2 heading; after a blank line it is a horizontal rule"
                        : "a lone '-' right under text underlines it as a level 2 heading; after a blank line it is an empty bullet"]))
                continue
            }
            if AccidentalHeadings.isImageOverUnderline(heading), let underline = AccidentalHeadings.underlineLine(of: heading, in: source) {
                violations.append(imageOverUnderline(heading, underline: underline, in: source))
                continue
            }
            guard let trailing = trailingPunctuation(heading.contentRange, in: source) else { continue }
            if let last = source.string(in: trailing.characters).last, isStyle(heading.level, last) { continue }
            // `### See also:` in chapter after chapter: the collection's way of writing that heading.
            if shared.contains(heading) { continue }
            // `Everything is either a...`, `我发现了这些东西。。。`: an ellipsis leaves the title open on purpose.
            if source.string(in: trailing.characters).hasSuffix("..") || source.string(in: trailing.characters).hasSuffix("。。") { continue }
            let found = source.string(in: trailing.characters)
            // What is shown must end with exactly these characters, typed as text: not an entity,
            // a code span or a link whose rendering happens to end the same way.
            let rendered = heading.text.trimmed { $0 == " " || $0 == "\t" }
            guard rendered.hasSuffix(found), !isInsideInline(trailing.characters, of: heading) else { continue }
            if asksMostly(heading.level), Self.isSentence(rendered, found) { continue }
            // `### 范围解析运算符 ::` names an operator; `## 1.` numbers a question shown as an image;
            // `### Make this work:` introduces the snippet right under it.
            if Self.isSymbol(rendered, found) || rendered.allSatisfy({ $0.isNumber || $0 == "." }) { continue }
            // `# };` closing a guide written as code: no word for the mark to trail.
            if !rendered.contains(where: { $0.isLetter || $0.isNumber }) { continue }
            // `## Pull Request welcome:blush:`: GitHub shows the shortcode as an emoji.
            if found == ":", Self.endsWithEmojiShortcode(rendered) { continue }
            // `### 1. console.log(employeeId);`, `### 方法2：clear:both;`: a statement or a
            // declaration of code, whose `;` is its own.
            if found == ";", Self.endsWithCodeStatement(rendered) { continue }
            // `#### Day6:` among `#### Day5: (LinkedList)` and `#### Day7: (2-pointer)`: a label
            // whose value (given in its siblings) is missing; taking the colon away hides that.
            if found == ":" || found == "：", Self.siblingsGiveAValue(heading, in: file.document) { continue }
            // `Explain the use of try: except: raise, and finally:`: the colon is the keyword's, as code writes it.
            if found == ":", Self.endsWithBlockKeyword(rendered) { continue }
            // `… 개념을 설명하십시오.`: a polite Korean imperative sets a task, a sentence ending as one.
            if found == ".", Self.koreanImperatives.contains(where: { rendered.dropLast().hasSuffix($0) }) { continue }
            // `## Solution 1.` beside `## Solution 2. Greedy`: a label numbered like a list, its
            // number's period written whether or not a name follows.
            if found == ".", Self.isNumberedLabel(rendered.dropLast()) { continue }
            if found == ":" || found == "：", Self.isFollowedByCode(heading, in: file.document) { continue }
            // `#### Q2. The <link> tag goes inside:` over its options: a quiz's question completed
            // by what follows it (options, code, a quote, a figure), among questions or numbered as one.
            if found == ":" || found == "：",
               asksMostly(heading.level) || Self.isNumberedQuestion(rendered.dropLast(found.count)) || Self.setsATask(rendered.dropLast(found.count))
                || Self.startsWithQuestionLabel(Substring(rendered)),
               Self.isFollowedByMaterial(heading, in: file.document) { continue }
            // `### IDs and Classes: . #`: a `.` standing alone after a label's colon is a symbol
            // the heading names (Emmet's class operator), not the end of a sentence. (After a
            // word, `principle .`, it is a period typed after a space.)
            if found == ".", rendered.dropLast().last?.isWhitespace == true {
                let before = rendered.dropLast().trimmingSuffix(while: \.isWhitespace)
                if let mark = before.last, ":：,，/|".contains(mark), !Self.endsWithEmojiShortcode(String(before)) { continue }
            }
            // `### Q: Batch size.` over its sub-questions: a question labelled as the bank's, its
            // period the one its author ends questions with.
            if found == "." || found == "。", Self.startsWithQuestionLabel(Substring(rendered)), Self.isSentence(rendered, found) { continue }
            // `#### Please read [contributing guidelines](…) before submitting new resources.` under the
            // title, over the next `##`: a notice set in a heading's size, a sentence ended as one.
            if found == "." || found == "。" || found == "!" || found == "！", heading.index > 0,
               heading.index + 1 < file.document.headings.count,
               NoticeHeadings.isNotice(heading, after: file.document.headings[heading.index - 1], before: file.document.headings[heading.index + 1], in: source),
               !heading.content.links.isEmpty || NoticeHeadings.isSentence(heading.text) { continue }
            if Self.isFactorial(rendered, found) || Self.endsWithShortcode(rendered, found) || Self.endsWithAbbreviation(rendered, found)
                || Self.holdsSentences(rendered, found) || Self.isBoldLabel(source.string(in: SourceRange(heading.contentRange.start, trailing.reported.start)), found) { continue }
            // Removing what a reader sees is the maintainer's call, never a safe fix.
            let edits = [Edit.delete(trailing.removal)]
            violations.append(Violation(
                range: trailing.reported,
                message: "expected no trailing punctuation, found '\(found)'",
                fix: .unsafe("remove '\(found)'", edits)))
        }
        return violations
    }

    /// The ASCII form of a full-width mark (`：` is `:`, `。` is `.`); other characters as they are.
    static func halfWidth(_ mark: Character) -> Character {
        switch mark {
        case "：": ":"
        case "。", "．": "."
        case "，": ","
        case "；": ";"
        case "！": "!"
        default: mark
        }
    }

    /// `What is useImperativeHandle? Give an example.`: a question and an instruction, written
    /// as a heading; its last sentence ends like one.
    /// Two-letter words that end sentences and abbreviate nothing (`vs.`, `al.`, `No.` do).
    static let sentenceEndingShortWords: Set<String> = ["in", "on", "it", "is", "to", "up", "us", "me", "do", "go", "so", "be", "by", "of", "at", "as", "or", "we", "he"]

    static func holdsSentences(_ rendered: String, _ found: String) -> Bool {
        guard found == "." || found == "。" || found == "!" || found == "！" else { return false }
        let body = rendered.dropLast(found.count)
        // `．` (U+FF0E) closes sentences as `。` does, as Chinese input methods type it.
        if body.contains("? ") || body.contains("？") || body.contains("。") || body.contains("．") || body.contains("! ") { return true }
        // `Your question goes here. Keep it straightforward.`: two sentences, the first closed by
        // a period a word of three letters or more ends (not `e.g. ` or `Dr. `).
        // (`…you're interested in. On this page…`: a two-letter word that is no abbreviation ends one too.)
        if body.ranges(of: ". ").contains(where: { range in
            let word = body[..<range.lowerBound].reversed().prefix { $0.isLetter }
            return (word.count >= 3 || sentenceEndingShortWords.contains(String(word.reversed())))
                && body[range.upperBound...].first?.isUppercase == true
        }) { return true }
        // `Create a function that masks a string … characters.`, `请简述一下时序差分方法。`: one long
        // sentence (eight words, or twelve Chinese characters) that sets a task or asks, the
        // question of an exercise bank. A long statement is still a sentence where a title belongs.
        let words = body.split(whereSeparator: \.isWhitespace)
        // Kana and Hangul count as Chinese characters do: `14. すべてのオブジェクトは…。` is a sentence.
        let ideographs = body.unicodeScalars.count(where: HanCharacters.isCJKLetter)
        // `## 160.C++中类成员的访问权限和继承权限问题。`: a numbered question of the bank, as it was asked.
        // `## Q. Implement Factory Method Pattern in C# with an example.`: a bank's question label.
        let isNumbered = startsWithItemNumber(body) || startsWithQuestionLabel(body)
        // `###### 14. All objects have prototypes.`: a numbered statement of a quiz, a sentence.
        if isNumbered, words.count >= 4 || ideographs >= 6 { return true }
        // `#### **题目**：给定一个链表，删除…节点。`: a label and its value, a sentence.
        if let colon = body.firstIndex(where: { $0 == "：" || $0 == ":" }), body.distance(from: body.startIndex, to: colon) <= 12 {
            let value = body[body.index(after: colon)...]
            if value.split(whereSeparator: \.isWhitespace).count >= 4 || value.unicodeScalars.count(where: HanCharacters.isIdeograph) >= 6 { return true }
        }
        return setsATask(body)
    }

    /// `请用原生 js 实现一个函数…`, `Create a function that masks a string …`: one long sentence
    /// (twelve Chinese characters, or eight words opening with a task word) that sets a task or
    /// asks, the question of an exercise bank.
    static func setsATask(_ body: Substring) -> Bool {
        if body.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 12 { return taskCues.contains { body.contains($0) } }
        let words = body.split(whereSeparator: \.isWhitespace)
        guard words.count >= 8 else { return false }
        // `Using flexbox, create a 3-column layout…`: the task may open the clause after a
        // leading phrase.
        return body.split(separator: ",", maxSplits: 1).prefix(2).contains { clause in
            clause.split(whereSeparator: \.isWhitespace).first(where: { $0.contains(where: \.isLetter) })
                .map { taskWords.contains($0.filter(\.isLetter).lowercased()) } ?? false
        }
    }

    /// `Q. `, `Q: `, `Q12. `: a question's label opening the text.
    static func startsWithQuestionLabel(_ text: Substring) -> Bool {
        guard text.first == "Q" else { return false }
        let rest = text.dropFirst().drop { $0.isASCII && $0.isNumber }
        guard let mark = rest.first, ".:)".contains(mark) else { return false }
        return rest.dropFirst().first == " "
    }

    /// Whether two headings or more of `heading`'s level write its label (its letters, numbers
    /// aside) with a value after the colon (`Day5: (LinkedList)` for `Day6:`).
    static func siblingsGiveAValue(_ heading: Heading, in document: Document) -> Bool {
        func skeleton(_ text: Substring) -> String { String(text.filter(\.isLetter)).lowercased() }
        let own = heading.text.trimmedWhitespace
        let label = skeleton(own.dropLast())
        guard !label.isEmpty else { return false }
        let valued = document.headings.count { other in
            guard other.level == heading.level, other.index != heading.index,
                  let colon = other.text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
            let value = other.text[other.text.index(after: colon)...]
            return skeleton(other.text[..<colon]) == label && value.contains(where: { $0.isLetter || $0.isNumber })
        }
        return valued >= 2
    }

    /// `console.log(employeeId);` (a call closed by its `;`), `String s="a"+"b";` (an
    /// assignment) or `clear:both;` (a CSS property and its value, no space between): the text
    /// ends with a statement of code.
    static func endsWithCodeStatement(_ text: String) -> Bool {
        guard text.hasSuffix(";") else { return false }
        let statement = text.dropLast()
        if statement.hasSuffix(")") && statement.contains("(") { return true }
        // `!!function(){};`: a block closed.
        if statement.hasSuffix("}") && statement.contains("{") { return true }
        // `String s="a"+"b"+"c"+"d";`, `int x = 5;`: an assignment, a name and an ASCII value.
        if let equals = statement.lastIndex(of: "="), statement[statement.index(after: equals)...].allSatisfy(\.isASCII) {
            let name = statement[..<equals].trimmingCharacters(in: .whitespaces).reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "_]".contains($0)) }
            let value = statement[statement.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if name.contains(where: \.isLetter), !value.isEmpty, !"=<>!".contains(value.first!) { return true }
        }
        if isKeywordStatement(statement) { return true }
        let last = statement.split(whereSeparator: { $0 == " " || $0 == "：" }).last ?? ""
        guard let colon = last.firstIndex(of: ":") else { return false }
        let (property, value) = (last[..<colon], last[last.index(after: colon)...])
        return !property.isEmpty && !value.isEmpty && property.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
            && value.allSatisfy { $0.isASCII && !$0.isWhitespace }
    }

    /// `use utf8`, `use strict; use warnings`, `そこで use utf8`: the words closing the text (after
    /// its last `;`) are a statement of code, two to four lowercase ASCII words (a keyword, then
    /// what it names); a sentence in English opens with a capital.
    static func isKeywordStatement(_ statement: Substring) -> Bool {
        let all = (statement.split(separator: ";").last ?? "").split(separator: " ")
        let words = all.reversed().prefix { $0.allSatisfy(\.isASCII) }.reversed()
        guard (2...4).contains(words.count), let keyword = words.first, keyword.allSatisfy({ $0.isLetter }),
              words.allSatisfy({ word in !word.contains(where: \.isUppercase) }),
              words.allSatisfy({ word in word.contains(where: { $0.isLetter || $0.isNumber }) }) else { return false }
        // The words are the whole text but for words in another script before them.
        return all.dropLast(words.count).allSatisfy { word in word.allSatisfy { !$0.isASCII } }
    }

    /// `welcome:blush:`, `Done :white_check_mark:`: a `:name:` shortcode (lowercase letters,
    /// digits, `_`, `+`, `-`) closing the text, which GitHub renders as an emoji; not the end of
    /// `std::vector:`, a scope's `::`.
    static func endsWithEmojiShortcode(_ text: String) -> Bool {
        guard text.hasSuffix(":") else { return false }
        let name = text.dropLast().reversed().prefix { $0.isASCII && ($0.isLowercase || $0.isNumber || "_+-".contains($0)) }
        let before = text.dropLast(name.count + 1)
        return !name.isEmpty && before.hasSuffix(":") && !before.dropLast().hasSuffix(":") && name.contains(where: \.isLetter)
    }

    /// A heading ending with a sentence's period or exclamation mark that holds more than a
    /// word: two words at least, or four Chinese, kana or Hangul characters.
    /// `范围解析运算符 ::`, `Arrow ->`: marks of two or more standing apart after a space are a
    /// symbol the heading names, not punctuation closing it.
    static func isSymbol(_ rendered: String, _ found: String) -> Bool {
        found.count >= 2 && rendered.dropLast(found.count).last == " "
    }

    /// Whether the text ends with a block keyword and its colon (`finally:`) and names another
    /// such keyword with its colon (`try:`): keywords quoted from code.
    static func endsWithBlockKeyword(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased().trimmingPrefix("`") }
        guard let last = words.last, blockKeywords.contains(where: { last == $0 + ":" || last == $0 + ":`" }) else { return false }
        return words.dropLast().contains { word in blockKeywords.contains { word.hasPrefix($0 + ":") } }
    }

    static let blockKeywords = ["try", "except", "finally", "else", "elif", "catch", "default", "case", "with"]

    /// Endings of a polite Korean request (`설명하십시오`, `작성하세요`, `알려주세요`).
    static let koreanImperatives = ["십시오", "세요", "하시오"]

    /// Whether the block right after the heading (in its list item or quote, when it is in
    /// one) is code: a heading ending with a colon leads into it.
    static func isFollowedByCode(_ heading: Heading, in document: Document) -> Bool {
        guard case .codeBlock = document.block(after: heading.range.start, end: heading.range.end) else { return false }
        return true
    }

    /// A list, code block, quote or figure right under the heading, or a paragraph over a list
    /// or code block: what a question ending with a colon leads into (its options, its
    /// snippet, its statement, its image).
    static func isFollowedByMaterial(_ heading: Heading, in document: Document) -> Bool {
        guard let next = document.block(after: heading.range.start, end: heading.range.end) else { return false }
        switch next {
        case .list, .codeBlock, .blockQuote, .table: return true
        // `<table>` of a truth table, `<img>` of a figure.
        case .html(let html): return ["<table", "<img", "<p", "<div", "<figure"].contains { document.source.string(in: html.range).lowercased().hasPrefix($0) }
        case .paragraph(let paragraph):
            // `![](q5.png)` opening the paragraph: the question's figure.
            if let first = paragraph.content.links.first, first.isImage && first.range.start == paragraph.range.start { return true }
            // `$$f(x, y) = 3 sin^2(x − y)$$`: the formula the question is about.
            if document.source.string(in: paragraph.range).hasPrefix("$$") { return true }
            // `#### Q3. True or False:` over the statement to judge, then its options: the
            // paragraph is the question's own (`` `[3,2,1]` `` under `Example:` too).
            switch document.block(after: paragraph.range.start, end: paragraph.range.end) {
            case .list, .codeBlock: return true
            default: return false
            }
        default: return false
        }
    }

    /// `Solution 1`, `Step 2`, `方法 3`: a word or two and a number, a label that counts.
    static func isNumberedLabel(_ body: Substring) -> Bool {
        let words = body.split(separator: " ")
        guard (2...3).contains(words.count), let number = words.last, number.allSatisfy({ $0.isASCII && $0.isNumber }), number.count <= 3 else { return false }
        return words.dropLast().allSatisfy { $0.allSatisfy { $0.isLetter } }
    }

    /// `Q2. The <link> tag goes inside`, `14. 下列哪项正确`: numbered as a bank's question
    /// (`Q` or `Question` before the number), three words or six Chinese characters after it.
    static func isNumberedQuestion(_ body: Substring) -> Bool {
        var text = body.trimmingPrefix(while: { $0 == " " })
        for prefix in ["question ", "question", "q"] where text.lowercased().hasPrefix(prefix) && text.dropFirst(prefix.count).first?.isNumber == true {
            text = text.dropFirst(prefix.count)
            break
        }
        guard startsWithItemNumber(text) else { return false }
        return text.split(whereSeparator: \.isWhitespace).count >= 4 || text.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 6
    }

    static func isSentence(_ rendered: String, _ found: String) -> Bool {
        guard found == "." || found == "。" || found == "!" || found == "！" else { return false }
        let body = rendered.dropLast(found.count)
        return body.split(whereSeparator: \.isWhitespace).count >= 2 || body.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 4
    }

    /// `160.`, `3、`, `12)`, `第 50 题：`, `Question 50：` at the start: the heading is a
    /// numbered item of a bank.
    static func startsWithItemNumber(_ text: Substring) -> Bool {
        var rest = text
        // `第 50 题：`, `Question 50:`: numbered in words, closed by a colon or a space too.
        var isNamed = false
        if rest.first == "第" {
            rest = rest.dropFirst().drop { $0 == " " }
            isNamed = true
        } else if rest.prefix(9).lowercased() == "question " {
            rest = rest.dropFirst(9)
            isNamed = true
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        rest = rest.dropFirst(digits.count)
        if isNamed {
            rest = rest.drop { $0 == " " }
            if let unit = rest.first, "题題问問".contains(unit) { rest = rest.dropFirst() }
            guard let next = rest.first else { return false }
            return ".、)）:：".contains(next) || next == " "
        }
        guard let next = rest.first else { return false }
        return ".、)）".contains(next)
    }

    /// Words that open a task or a question in English (`Create a function …`, `Explain why …`).
    static let taskWords: Set<String> = ["create", "write", "implement", "explain", "describe", "generate", "contrast", "compare",
                                         "define", "find", "design", "build", "discuss", "list", "name", "give", "show", "convert",
                                         "count", "calculate", "determine", "given", "what", "how", "why", "when", "which", "who",
                                         "where", "can", "does", "do", "should", "is", "are",
                                         // A case interview's prompts (`Tell me about a time …`, `Estimate the number of …`).
                                         "tell", "walk", "estimate", "prioritize", "prioritise", "evaluate", "imagine", "suppose",
                                         "assume", "propose", "pitch", "sell", "convince", "recommend", "summarize", "identify",
                                         "outline", "analyze", "analyse", "improve", "choose", "share", "talk"]

    /// What sets a task or asks in Chinese (`请简述…`, `写出…`, `…是什么`).
    static let taskCues = ["请", "简述", "描述", "写出", "推导", "说明", "解释", "实现", "设计", "比较", "列举", "什么", "如何",
                           "为什么", "怎么", "怎样", "哪些", "是否"]

    /// `#### **参考答案**：`, `### __Answer__:`: a label written in bold, whose colon is part of
    /// how labels are written (templates repeat it in every file, often once per file, so no
    /// majority of one file shows it).
    static func isBoldLabel(_ sourceBeforePunctuation: String, _ found: String) -> Bool {
        (found == ":" || found == "：") && BoldLabels.isOneBoldRun(sourceBeforePunctuation)
    }

    /// `:thinking:`, `:zap:`: the colon closes an emoji shortcode, which GitHub renders as the emoji.
    static func endsWithShortcode(_ rendered: String, _ found: String) -> Bool {
        found == ":" && opensShortcode(rendered.dropLast())
    }

    /// `… :zap`, `补充:eyeglasses`: the text ends with the opening colon and name of an emoji
    /// shortcode, so a `:` after it closes the shortcode.
    static func opensShortcode(_ text: Substring) -> Bool {
        let name = text.reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }
        guard !name.isEmpty, text.dropLast(name.count).last == ":" else { return false }
        // The opening colon starts the heading or follows a space, as GitHub requires, or a
        // non-ASCII character (CJK text puts no space between words), the end of a link or of
        // emphasis (`[…](…):tada:`), or another shortcode (`:tada::tada:`); `std::vector:` stays
        // punctuation.
        let beforeName = text.dropLast(name.count + 1)
        guard let beforeOpening = beforeName.last else { return true }
        if beforeOpening == ":" { return opensShortcode(beforeName.dropLast()) }
        return beforeOpening.isWhitespace || !beforeOpening.isASCII || ")]*_".contains(beforeOpening)
    }

    /// Abbreviations whose period is part of the word: `etc.`, `Inc.`, `U.S.A.`, `e.g.`.
    static let abbreviations: Set<String> = ["etc", "inc", "ltd", "co", "corp", "jr", "sr", "vs", "approx", "dept", "vol", "ed", "eds", "al",
                                             "misc", "dr", "prof", "fig", "no", "ref", "refs", "cf", "st", "ave", "intl", "govt", "dev", "min", "max",
                                             "ctd", "cont", "contd", "pt", "ch", "sec", "org", "orgs", "univ", "assoc", "assn", "bros", "mfg"]

    static func endsWithAbbreviation(_ rendered: String, _ found: String) -> Bool {
        guard found == "." else { return false }
        let word = String(rendered.dropLast().reversed().prefix { !$0.isWhitespace && $0 != "(" }.reversed())
        // `U.S.A.`, `e.g.`: letters with periods between them.
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) { return true }
        // `### Kursad E.`: a name's initial, after another word.
        if word.count == 1, word.first?.isUppercase == true, rendered.dropLast(2).last?.isWhitespace == true { return true }
        return abbreviations.contains(word.lowercased())
    }

    /// `n!`, `5!`: a factorial, not an exclamation (a single letter or a number before the `!`).
    static func isFactorial(_ rendered: String, _ found: String) -> Bool {
        guard found == "!" else { return false }
        let word = rendered.dropLast().reversed().prefix { !$0.isWhitespace && !"(（".contains($0) }
        return !word.isEmpty && (word.count == 1 && word.first!.isLetter || word.allSatisfy(\.isNumber))
    }

    private func isInsideInline(_ range: SourceRange, of heading: Heading) -> Bool {
        heading.content.links.contains { $0.range.start < range.end && range.start < $0.range.end }
    }

    /// The run of configured punctuation the source of a heading ends with (`characters`),
    /// with a backslash escaping its first character (`reported`), and the bytes to delete:
    /// that and the spaces before it (`removal`).
    /// An image with `=======` or `---` right under it (see `AccidentalHeadings.isImageOverUnderline`):
    /// under `=`, the line goes (it shows nothing once it underlines nothing); under `-`, a blank
    /// line makes it the rule it was meant to be. Both unsafe: the author knows which it was.
    private func imageOverUnderline(_ heading: Heading, underline: Int, in source: SourceText) -> Violation {
        let line = source.lineText(underline).trimmedWhitespace
        let isEquals = line.first == "="
        let shown = line.quoted(upTo: 12)
        let start = source.lineRange(underline).start
        let fix: Fix = isEquals
            ? .unsafe("delete the '\(shown)' line", [Edit(range: source.fullLineRange(underline), replacement: "")])
            : .unsafe("insert a blank line before '\(shown)'", [Edit(range: SourceRange(start, start), replacement: source.lineEnding.rawValue)])
        return Violation(
            range: heading.contentRange,
            message: "expected a blank line between this image and the '\(shown)' under it, found none: Markdown shows the image as a level \(heading.level) heading with no text",
            fix: fix,
            help: [isEquals ? "a line of '=' is often left over from a merge conflict ('=======' between two versions); under text it makes a level 1 heading"
                            : "a line of hyphens right under text underlines it as a level 2 heading; after a blank line it is a horizontal rule"])
    }

    private func trailingPunctuation(_ content: SourceRange, in source: SourceText) -> (characters: SourceRange, reported: SourceRange, removal: SourceRange)? {
        let text = source.string(in: content)
        var characters = Substring(text)
        while let last = characters.last, punctuation.contains(last) { characters.removeLast() }
        // `:eyeglasses:：`: the colon closing a shortcode is the emoji; the run starts after it.
        if characters.endIndex < text.endIndex, text[characters.endIndex] == ":", Self.opensShortcode(characters) {
            characters = text[..<text.index(after: characters.endIndex)]
        }
        guard characters.endIndex < text.endIndex else { return nil }
        var start = content.start + characters.utf8.count
        // `\.`: the escape only makes sense with its character.
        var removalStart = start, reportedStart = start
        if characters.hasSuffix("\\"), !characters.hasSuffix("\\\\") {
            removalStart -= 1
            reportedStart -= 1
        } else {
            // `Voir également :` (a no-break space before the colon, as French writes it): the
            // space goes with the mark, or the heading would end in it.
            let spaces = characters.reversed().prefix(while: \.isWhitespace)
            if spaces.count < characters.count { removalStart -= spaces.reduce(0) { $0 + $1.utf8.count } }
        }
        if characters.isEmpty { return nil }
        let removal = SourceRange(removalStart, content.end)
        start = max(start, content.start)
        return (SourceRange(start, content.end), SourceRange(reportedStart, content.end), removal)
    }
}
