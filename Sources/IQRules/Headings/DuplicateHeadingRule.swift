import Foundation
import IQCore
import IQMarkdown

public struct DuplicateHeadingRule: DocumentRule {
    public static let description = RuleDescription(
        id: "duplicate-heading",
        summary: "sibling headings have different texts",
        details: """
            Reports a heading whose text repeats an earlier heading under the same parent \
            heading (or, for top-level headings, in the whole document). The rendered texts are \
            compared, ignoring case and runs of spaces: `LoRA` and `lora` are the same heading, \
            while `C`, `C++` and `C#` (whose anchors GitHub may number `-1`, `-2`) are not. The \
            same title under different parents (`### 面试题` under two topics, or in two folded \
            answers, each under its question's `<details><summary>`, or under two entries' \
            bold title lines, `**1. [Rearrange String.java](…)**` over `#### HashHeap`) is fine, and so \
            is a heading the collection repeats as a template (three times or more, like \
            `#### Answer` under every question, or a label with its value, `#### Answer: A`, \
            `#### Answer: B`, where one value may come up twice; not such a heading right after itself \
            with the same content, a section pasted twice), or a copy the document's own \
            links lead to by its numbered anchor (`[写出代码执行结果](#写出代码执行结果-1)`: the \
            author knows the two apart), or a quiz's question completed by what follows it \
            (`Which of the following does not compile?`) over other material each time (code, a \
            list, a quote, options written as lines). Nor is a heading that is nothing but a link into the page \
            (`##### [第2题-两数相加](#…)`, a table of contents set as headings) a copy of its section: \
            where its link lands is `toc-anchor`'s to report. Sections written again in the same order \
            (`## 动画描述` then `## 代码实现` after each approach of a solution, a heading of their level \
            that differs leading each run) are the article's template, not reported; a block copied whole \
            (`## Credits` over `### Sponsors`, twice) or copied questions are. The related location points at the first heading. \
            A slide deck (five slides or more cut by `---`, most opened by a heading, a median of 20 \
            lines or fewer each: Marp, Deckset, reveal.js) repeats a part's title on the slide \
            announcing it and on the slides continuing it: two headings that each open a slide are not compared.

            Numbered questions of a bank (`## 619.delete[]arry和deletearry一样吗？`) are compared \
            without their numbers: the same question under the same parent with another number \
            is asked twice. Only a specific question counts so (six words or eight Chinese, kana \
            or Hangul characters at least, not pointing at its material such as `以下代码`, \
            `the following code`) and not a template's (three uses or more: `###### 1. What's \
            the output?` over every snippet).
            """,
        rationale: """
            GitHub gives the second heading the anchor of the first plus `-1`. Links to it \
            silently change target when sections are moved or the first one is deleted, and a \
            repeated topic usually means questions were split between two sections.
            """,
        defaultSeverity: .warning,
        fix: .none,
        triggeringExamples: [
            // A template's section pasted twice, its content too.
            RuleExample("### Q1\n\n### How to Explain\n\nSay A.\n\n### Q2\n\n### How to Explain\n\nSay B.\n\n↓### How to Explain\n\nSay B.\n\n### Q3\n\n### How to Explain\n\nSay C.\n"),
            // A block copied whole is no template.
            RuleExample("# Checklist\n\n## Contributing\n\nx\n\n## Credits\n\n### Sponsors\n\nx\n\n### Contributors\n\nx\n\n↓## Credits\n\n### Sponsors\n\nx\n\n### Contributors\n\nx\n\n## License\n"),
            RuleExample("## 大模型微调\n\n### SFT\n\n1. [a](https://a.example/1)\n\n### 强化学习\n\n1. [b](https://a.example/2)\n\n↓### SFT\n\n1. [c](https://a.example/3)\n"),
            RuleExample("## 其他问题\n\n内容\n\n↓## 其他问题\n\n内容\n"),
            RuleExample("## LoRA\n\n内容\n\n↓## lora\n\n内容\n"),
            RuleExample("## 619.delete[]arry和deletearry一样吗？不一样请说明；\n\n## 620.C++中的多态是如何实现的？\n\n↓## 637.delete[]arry和deletearry一样吗？不一样请说明；\n"),
        ],
        nonTriggeringExamples: [
            // A quiz's stem over two sets of options written as lines.
            RuleExample("# Java Quiz\n\n## Q. Which of the following does not compile?\nA. int num = 999;\nB. int num = _9_99;\n\n## Q. Which of the following does not compile?\nA. double num = 2.718;\nB. double num = 2._718;\n"),
            // A display formula's `=` line, read as a setext underline, twice.
            RuleExample("# Gcd\n\n$$\n\\begin{bmatrix} x \\end{bmatrix}\n=\n$$\n\nText.\n\n$$\n\\begin{bmatrix} x \\end{bmatrix}\n=\n$$\n"),
            // A conversation's turns, each speaker named as a heading again.
            RuleExample("# YOLOv4\n\n## Person:\n\n- 写一个训练脚本\n\n## ChatGPT:\n\n- 好的\n\n## Person:\n\n- 再解释一下\n\n## ChatGPT:\n\n- 好的\n"),
            // Each folded answer's own sections, under its question's summary.
            RuleExample("<details>\n<summary>1. What is Go?</summary>\n\n#### Why it matters\n\nText A.\n\n</details>\n\n<details>\n<summary>2. What is a goroutine?</summary>\n\n#### Why it matters\n\nText B.\n\n</details>\n"),
            // A quiz's question about the snippet under it, asked of two snippets.
            RuleExample("# Quiz\n\n## Q. What is the output of the following?\n\n```java\nSystem.out.println(1 + 2 + \"3\");\n```\n\n## Q. What is the output of the following?\n\n```java\nSystem.out.println(\"1\" + 2 + 3);\n```\n"),
            // The sections an article writes again for each approach, in the same order.
            RuleExample("# 二叉树的最大深度\n\n## 题目解析 - DFS\n\nx\n\n## 动画描述\n\nx\n\n## 代码实现\n\nx\n\n## 题目解析 - BFS\n\nx\n\n## 动画描述\n\nx\n\n## 代码实现\n\nx\n"),
            // A contents entry set as a heading, then its section: toc-anchor reports where the link lands.
            RuleExample("## 题解\n\n##### [第2题-两数相加](#第2题-两数相加)\n\n### 第2题-两数相加\n\n题解。\n"),
            // Two HTML pictures as headings have no text to compare.
            RuleExample("# <img src=\"https://a.example/logo.png\" alt=\"awesome windows\">\n\nTools.\n\n# <img src=\"https://a.example/toc.png\" alt=\"contents\">\n\n- [Audio](#audio)\n"),
            // The document links the second copy by its numbered anchor: written for it on purpose.
            RuleExample("- [写出代码执行结果](#写出代码执行结果)\n- [写出代码执行结果](#写出代码执行结果-1)\n\n### 写出代码执行结果\n\n```js\n1\n```\n\n### 写出代码执行结果\n\n```js\n2\n```\n"),
            RuleExample("##### Tool: a\n\n###### Static server\n\n##### Tool: b\n\n###### Static server\n\n##### Tool: c\n\n###### Other\n"),
            RuleExample("###### 1. What is the output?\n\n#### Answer: A\n\n###### 2. What is logged?\n\n#### Answer: B\n\n###### 3. Which is true?\n\n#### Answer: A\n"),
            RuleExample("## 机器学习\n\n### 面试题\n\n内容\n\n## 深度学习\n\n### 面试题\n\n内容\n"),
            RuleExample("## A\n\n内容\n\n## B\n\n内容\n"),
            RuleExample("## C\n\n内容\n\n## C++\n\n内容\n\n## C#\n\n内容\n"),
            RuleExample("## Q&A\n\n内容\n\n## QA\n\n内容\n"),
            RuleExample("###### 1. Output?\n\n#### Answer\n\nA\n\n###### 2. Output?\n\n#### Answer\n\nB\n\n###### 3. Output?\n\n#### Answer\n\nC\n"),
            RuleExample("## A\n\n内容\n\n```markdown\n## A\n```\n"),
            // Short numbered questions repeated over their snippets, and questions under two topics.
            RuleExample("###### 1. What's the output?\n\n```js\na()\n```\n\n###### 2. What's the output?\n\n```js\nb()\n```\n"),
            RuleExample("## Java\n\n### 1. 什么是线程安全？如何保证线程安全？\n\n## Go\n\n### 1. 什么是线程安全？如何保证线程安全？\n"),
            // Each method under its own problem's bold title line.
            RuleExample("## Heap\n\n**1. [Rearrange String.java](https://a.example/a)**  Level: Hard\n\n#### HashHeap\n- keep a hash heap\n\n"
                + "**7. [HashHeap.java](https://a.example/b)**  Level: Hard\n\n#### HashHeap\n- implement it by hand\n"),
            // A slide deck (`---` between slides of a few lines, most opened by a title): the
            // part's title slide, then its title again on the slide continuing it.
            RuleExample("# Talk\n\n- a\n\n---\n\n# Security\n\n---\n\n# Security\n- risk one\n- risk two\n\n---\n\n# Cases\n\n- c\n\n---\n\n# REST\n\n---\n\n# REST\n- r\n\n---\n\n# End\n"),
        ]
    )

    public init(options: RuleOptions) {}

    /// `## 题目解析 - DFS` / `## 动画描述` / `## 代码实现`, then `## 题目解析 - BFS` / `## 动画描述` /
    /// `## 代码实现`: a run of two headings or more written again, each time after a heading of
    /// its level that differs (the approach it describes). A copied block (`## Credits` /
    /// `### Sponsors` twice) or copied questions are no such template.
    static func repeatsInStep(_ position: Int, _ first: Int, keys: [String], headings: [Heading], in source: SourceText) -> Bool {
        // A template's sections are labels (`动画描述`, `Complexity`): short, asking nothing, and
        // not the entries of a list (`32. #### 栈的内存是怎么分配的`).
        let text = HeadingText.normalized(headings[position].text)
        guard !QuestionHeadings.isQuestion(text), text.count <= 16, text.split(separator: " ").count <= 3,
              !EmptySectionRule.isInsideAnItemOrQuote(headings[position], in: source) else { return false }
        // The run around the repeat: its start (going back) and its length.
        var back = 0
        while first - back - 1 >= 0, position - back - 1 > first, keys[position - back - 1] == keys[first - back - 1] { back += 1 }
        var ahead = 0
        while position + ahead + 1 < keys.count, first + ahead + 1 < position - back, keys[position + ahead + 1] == keys[first + ahead + 1] { ahead += 1 }
        guard back + ahead >= 1 else { return false }
        let (runStart, firstRunStart) = (position - back, first - back)
        guard firstRunStart >= 1, runStart - 1 > first else { return false }
        let (lead, firstLead) = (headings[runStart - 1], headings[firstRunStart - 1])
        return lead.level == headings[runStart].level && firstLead.level == headings[firstRunStart].level
            && keys[runStart - 1] != keys[firstRunStart - 1]
    }


    /// The code, list or quote right under `heading` (what a quiz's question is about), as written.
    static func material(after heading: Heading, in document: Document) -> String? {
        switch document.block(after: heading.range.start, end: heading.range.end) {
        case .codeBlock(let block)?: document.source.string(in: block.range)
        case .list(let list)?: document.source.string(in: list.range)
        case .blockQuote(let quote)?: document.source.string(in: quote.range)
        // `A. int num = 999;` / `B. int num = 9_9_9;`: options written as lines of a paragraph.
        case .paragraph(let paragraph)?: document.source.string(in: paragraph.range)
        default: nil
        }
    }

    /// The text between `heading` and the next heading (or the end of the file), blank lines and
    /// the ends of lines trimmed; nil for the last heading of a long file (no copy to compare).
    static func body(of heading: Heading, in document: Document) -> String? {
        let next = heading.index + 1 < document.headings.count ? document.headings[heading.index + 1].range.start : document.source.bytes.count
        guard heading.range.end <= next, next - heading.range.end <= maximumComparedBody else { return nil }
        return document.source.string(in: SourceRange(heading.range.end, next)).trimmedWhitespace
    }

    /// Sections longer than this many bytes are not compared for a pasted copy.
    static let maximumComparedBody = 16_384

    /// Whether `heading` and `first` name one speaker (a short label closed by a colon, `Person:`,
    /// `用户：`) with another speaker's label at their level between them: the turns of a
    /// conversation written as headings.
    static func isSpeakerTurn(_ heading: Heading, after first: Heading, headings: [Heading]) -> Bool {
        func isSpeakerLabel(_ text: String) -> Bool {
            let text = HeadingText.normalized(text).trimmedWhitespace
            guard text.hasSuffix(":") || text.hasSuffix("："), text.count <= 30 else { return false }
            return text.dropLast().split(separator: " ").count <= 3
        }
        guard isSpeakerLabel(heading.text) else { return false }
        let name = HeadingText.normalized(heading.text).trimmedWhitespace.lowercased()
        return headings[(first.index + 1)..<heading.index].contains { between in
            between.level == heading.level && isSpeakerLabel(between.text) && HeadingText.normalized(between.text).trimmedWhitespace.lowercased() != name
        }
    }

    /// A heading that is nothing but a link into the page: an entry of a table of contents.
    static func isContentsEntry(_ heading: Heading) -> Bool {
        let links = heading.content.links
        guard links.count == 1, let link = links.first, link.fragmentOnly != nil else { return false }
        return HeadingText.normalized(heading.text) == HeadingText.normalized(link.text)
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        var parents: [Heading] = []
        // Keyed by parent heading index (-1 for the document) and the heading's comparison key.
        var seen: [Int: [String: Heading]] = [:]
        var violations: [Violation] = []
        // Texts used three times or more are the collection's template (`#### Answer`), and so are
        // labels with a value (`#### Answer: A` … `#### Answer: B`): a letter seen twice is no slip.
        let keys = document.headings.map { Self.comparisonKey($0.text) }
        let templateKeys = keys.map(Self.templateKey)
        var uses: [String: Int] = [:]
        for templateKey in templateKeys { uses[templateKey, default: 0] += 1 }
        // Numbered questions without their numbers, when specific enough to be asked once.
        let questionKeys = zip(document.headings, keys).map { heading, key in Self.questionKey(key, of: heading.text) }
        var questionUses: [String: Int] = [:]
        for case let questionKey? in questionKeys { questionUses[questionKey, default: 0] += 1 }
        var seenQuestions: [Int: [String: Heading]] = [:]
        // The anchors the document's own links lead to (`#请写出下面代码的执行结果-1`).
        let fragments = document.links.compactMap(\.fragmentOnly)
        let linkedFragments = Set(fragments + fragments.compactMap { $0.removingPercentEncoding })
        // Where each `<summary>` of a folded section opens (`<details><summary>2. …</summary>`).
        let summaries = document.blocks.compactMap { block -> Int? in
            guard case .html(let html) = block, html.html.range(of: "<summary", options: .caseInsensitive) != nil else { return nil }
            return html.range.start
        }
        // Where each bold title line stands (`**7. [HashHeap.java](…)**  Level: Hard`): an entry
        // set in bold, not a heading, whose sections (`#### HashHeap`) are its own.
        // (A title links the entry's page: `**[⬆ back to top](#contents)**` between two
        // questions is navigation, and a bold remark no entry.)
        lazy var boldTitles = document.blocks.compactMap { block -> Int? in
            guard case .paragraph(let paragraph) = block, paragraph.lines.count == 1 else { return nil }
            let text = file.source.lineText(paragraph.lines.lowerBound).trimmedWhitespace
            guard text.hasPrefix("**") || text.hasPrefix("__"), text.dropFirst(2).contains(text.hasPrefix("**") ? "**" : "__"),
                  paragraph.content.links.contains(where: { !$0.isImage && $0.fragmentOnly == nil && !$0.destination.isEmpty }) else { return nil }
            return paragraph.range.start
        }
        lazy var decks = SlideDecks.of(file)
        for (position, (heading, (key, templateKey))) in zip(document.headings, zip(keys, templateKeys)).enumerated() {
            while let last = parents.last, last.level >= heading.level { parents.removeLast() }
            let parent = parents.last
            // `### How to Explain in Interview` over the same text twice in a row: a section pasted
            // twice, whatever the template repeats under every question.
            // (A heading with a few letters at least: `## Q.` or an untitled one over each snippet names nothing.)
            if (uses[templateKey] ?? 0) >= 3, key.count(where: \.isLetter) >= 3, !Placeholders.isPlaceholderOnly(heading.text),
               position > 0, case let previous = document.headings[position - 1], previous.level == heading.level, keys[position - 1] == key,
               let body = Self.body(of: heading, in: document), !body.isEmpty, Self.body(of: previous, in: document) == body {
                violations.append(Violation(
                    range: heading.range,
                    message: "expected a section of its own, found '\(HeadingText.normalized(heading.text))' again right after the same section, its content copied too",
                    related: [RelatedLocation(file: file, range: previous.range, message: "the same section")],
                    help: ["a section pasted twice: remove one copy"]))
                parents.append(heading)
                continue
            }
            // A template heading is still the parent of what follows it (`### Tool: nmap` over its recipes).
            if (uses[templateKey] ?? 0) >= 3 {
                parents.append(heading)
                continue
            }
            // `## 暂无` under two sections' titles: a placeholder, each time for another section.
            // `# <img src="logo.png">`: no text to compare (an image, or a heading without a title).
            // `$$` / `\begin{bmatrix} x \end{bmatrix}` / `=`: a display formula whose `=` line
            // Markdown reads as a setext underline; a math renderer shows the formula.
            if Placeholders.isPlaceholderOnly(heading.text) || key.isEmpty || heading.isSetext && heading.text.trimmedWhitespace.hasPrefix("$$") {
                parents.append(heading)
                continue
            }
            if let first = seen[parent?.index ?? -1]?[key] {
                // `- [请写出下面代码的执行结果](#请写出下面代码的执行结果-1)`: the document's own link
                // leads to this copy by its numbered anchor, written for it on purpose.
                if linkedFragments.contains(document.anchor(of: heading)) {
                    parents.append(heading)
                    continue
                }
                // `# セキュリティ` on the slide announcing the part and again on the slide
                // continuing it: a deck's titles repeat from slide to slide (see `SlideDecks`).
                if decks.opensASlide(heading, in: document), decks.opensASlide(first, in: document) {
                    parents.append(heading)
                    continue
                }
                // `## Person:` / `## ChatGPT:` / `## Person:`: a conversation's turns, each speaker
                // named again for each.
                if Self.isSpeakerTurn(heading, after: first, headings: document.headings) {
                    parents.append(heading)
                    continue
                }
                // `##### [第2题-两数相加](#…)` over the section `### 第2题-两数相加`: the first is a
                // contents entry set as a heading, nothing but its link into the page. Its anchor
                // is toc-anchor's to report; the section is no copy.
                if Self.isContentsEntry(first) || Self.isContentsEntry(heading) {
                    parents.append(heading)
                    continue
                }
                // `<details><summary>1. Що таке Go?</summary>` … `#### Чому це важливо` … and again
                // under the next question's summary: each folded answer's own sections.
                if summaries.contains(where: { $0 < first.range.start }), summaries.contains(where: { first.range.end <= $0 && $0 < heading.range.start }) {
                    parents.append(heading)
                    continue
                }
                // `## 动画描述` / `## 代码实现` after each `## 题目解析 - …`: sections an article
                // writes again for each approach, in the same order: a template, not a copy.
                if Self.repeatsInStep(position, first.index, keys: keys, headings: document.headings, in: file.source) {
                    parents.append(heading)
                    continue
                }
                // `## Q. What is the output of the following?` over another snippet each time: a
                // quiz's question completed by what follows it, asked of two materials.
                if QuestionScopes.pointsAtMaterial(heading.text), let materialA = Self.material(after: first, in: document),
                   let materialB = Self.material(after: heading, in: document), materialA != materialB {
                    parents.append(heading)
                    continue
                }
                // `**1. [Rearrange String.java](…)**` / `#### HashHeap` … `**7. [HashHeap.java](…)**` /
                // `#### HashHeap`: each under its own entry's bold title, a title per problem.
                func hasBoldTitle(from start: Int, to end: Int) -> Bool {
                    let index = boldTitles.partitionIndex(where: { $0 >= start })
                    return index < boldTitles.count && boldTitles[index] < end
                }
                if hasBoldTitle(from: parent?.range.end ?? 0, to: first.range.start), hasBoldTitle(from: first.range.end, to: heading.range.start) {
                    parents.append(heading)
                    continue
                }
                let scope = parent.map { parent in
                    AccidentalHeadings.isUntitled(parent) ? "under the untitled heading at line \(file.source.reportedLine(containing: parent.range.start))"
                        : "under '\(HeadingText.shown(HeadingText.normalized(parent.text)))'"
                } ?? "at the top level"
                violations.append(Violation(
                    range: heading.range,
                    message: "expected a heading text unique \(scope), found '\(HeadingText.normalized(heading.text))' again (anchor #\(document.anchor(of: heading)))",
                    related: [RelatedLocation(file: file, range: first.range, message: "first '\(HeadingText.normalized(first.text))', anchor #\(document.anchor(of: first))")],
                    help: ["merge the two sections, or rename one so both keep stable anchors"]))
            } else if let questionKey = questionKeys[position], (questionUses[questionKey] ?? 0) < 3,
                      let first = seenQuestions[parent?.index ?? -1]?[questionKey] {
                violations.append(Violation(
                    range: heading.range,
                    message: "expected each question once, found '\(HeadingText.normalized(heading.text))' asking what '\(HeadingText.normalized(first.text))' asks",
                    related: [RelatedLocation(file: file, range: first.range, message: "first asked here")],
                    help: ["merge the two questions' answers under one of them, and remove the other"]))
            } else {
                seen[parent?.index ?? -1, default: [:]][key] = heading
                if let questionKey = questionKeys[position], seenQuestions[parent?.index ?? -1]?[questionKey] == nil {
                    seenQuestions[parent?.index ?? -1, default: [:]][questionKey] = heading
                }
            }
            parents.append(heading)
        }
        return violations
    }

    /// The label of `answer: b` (`answer:`), what a template repeats; a text without a short
    /// label before a colon is its own key.
    static func templateKey(_ key: String) -> String {
        guard let colon = key.firstIndex(where: { $0 == ":" || $0 == "：" }), key.distance(from: key.startIndex, to: colon) <= 16 else { return key }
        return String(key[..<colon]) + ":"
    }

    /// `619.delete[]arry和deletearry一样吗？` without its number, when the heading is a numbered
    /// question specific enough to be asked once (six words or eight Chinese characters, not
    /// pointing at a snippet or figure); nil otherwise.
    static func questionKey(_ key: String, of text: String) -> String? {
        let trimmed = Substring(HeadingText.normalized(text))
        guard HeadingPunctuationRule.startsWithItemNumber(trimmed) else { return nil }
        let body = key.drop { $0.isASCII && $0.isNumber }.dropFirst().trimmingPrefix(while: \.isWhitespace)
        let words = body.split(whereSeparator: \.isWhitespace).count
        guard words >= 6 || body.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 8,
              !QuestionScopes.pointsAtMaterial(String(body)) else { return nil }
        return String(body)
    }

    /// The rendered text, ignoring case and runs of spaces: symbols stay (`C#` is not `C`).
    static func comparisonKey(_ text: String) -> String {
        HeadingText.normalized(text).lowercased()
    }
}
