import IQCore
import IQMarkdown

public struct EmptyItemRule: DocumentRule {
    public static let description = RuleDescription(
        id: "empty-item",
        summary: "a list item has content",
        details: """
            Reports a list item that is only a marker (`4.` or `- `, possibly followed by \
            spaces): Markdown renders it as an empty bullet or number. An item whose content \
            starts on the next, indented line is not empty. A changelog (`CHANGELOG.md`, \
            `HISTORY.md`, …) and templates (under `.github/`, in a `templates/` folder, or named \
            `…-template.md`), whose empty items are for the contributor to fill in, are not checked. The message says what is missing: a \
            question in a list of questions, text elsewhere (see `iqlint conventions`). A marker \
            alone on a line right under an item's text (`* Contribution of this paper` over `  * `) \
            is reported too, without a fix: an empty item cannot interrupt a paragraph, so the page \
            shows the marker at the end of the item above. A number alone on its line, the only item of its \
            list and not 1 (`160.` under a question), is most likely text Markdown read as a marker: its \
            fix escapes the `.` (`160\\.`) instead of removing the line.
            """,
        rationale: """
            An empty item is a placeholder someone forgot to fill in, or the rest of a deleted \
            question. Readers see a number with nothing after it, and the numbers of every \
            question below count it.
            """,
        defaultSeverity: .error,
        fix: .unsafe,
        triggeringExamples: [
            RuleExample("1. [如何评测大模型](https://a.example/1)\n2. [指令跟随能力](https://a.example/2)\n↓3. \n"),
            RuleExample("1. 微调方法\n↓2.\n3. 训练加速\n"),
            RuleExample("- 检索增强生成\n↓- \n- 向量数据库\n"),
            RuleExample("- outer\n  1. a\n  ↓2.\n"),
            // An empty nested item under an item's text: a stray marker on the page.
            RuleExample("* Contribution of this paper\n  ↓* \n* Limitations\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("1. [常见的大模型评测基准](https://a.example/1)\n2. [如何评测大模型](https://a.example/2)\n"),
            RuleExample("1.\n   答案在下一行，缩进后属于这一项。\n2. 下一题\n"),
            RuleExample("- 问题\n\n  ```python\n  print(1)\n  ```\n"),
            // A query pasted without a fence: `*` is its columns' wildcard.
            RuleExample("250. Как объединить таблицы?\nINSERT INTO\n    `users_new`\nSELECT\n    *\nFROM\n    `users`\n"),
        ],
        corrections: [
            RuleCorrection("1. a\n2. b\n3. \n\n## next\n", "1. a\n2. b\n\n## next\n", unsafe: true),
            // Words read as a link reference definition: escaped, they show; removed, they would be lost.
            RuleCorrection("- 3) two letters:\n    - [_, *]: depends\n    - [*, *]: + 15 * dfs(s, i + 2)\n",
                           "- 3) two letters:\n    - \\[_, *]: depends\n    - [*, *]: + 15 * dfs(s, i + 2)\n", unsafe: true),
            // A number alone under a question: its answer, escaped rather than removed.
            RuleCorrection("**1. How many numbers does FizzBuzz print from 1 to 300?**\n\n160.\n\n**2. What is 2+2?**\n",
                           "**1. How many numbers does FizzBuzz print from 1 to 300?**\n\n160\\.\n\n**2. What is 2+2?**\n", unsafe: true),
            RuleCorrection("1. a\n2.\n3. b\n4. c\n", "1. a\n2. b\n3. c\n", unsafe: true),
            // A task's step Markdown reads as a link reference definition: escaped, it shows; never removed.
            RuleCorrection("- [ ] Update the following files:\n  - [ ] [kubernetes/enhancements]: `OWNERS_ALIASES`\n  - [ ] [k8s.io](https://a.example/k8s): `groups.yaml`\n",
                           "- [ ] Update the following files:\n  - [ ] \\[kubernetes/enhancements]: `OWNERS_ALIASES`\n  - [ ] [k8s.io](https://a.example/k8s): `groups.yaml`\n", unsafe: true),
            RuleCorrection("- a\n- \n- b\n", "- a\n- b\n", unsafe: true),
            // A comment on the next line: nothing is glued onto the text above.
            RuleCorrection("* Features\n    * text match\n    *\n<!-- - Preprocessing -->\n\nNext.\n", "* Features\n    * text match\n<!-- - Preprocessing -->\n\nNext.\n", unsafe: true),
            // The last item of a nested list, then the enclosing list's next item.
            RuleCorrection("- **Physical**\n  - Guide: via [A](https://a.example/1)\n  -\n- **Enterprise**\n  - Checklist\n",
                           "- **Physical**\n  - Guide: via [A](https://a.example/1)\n- **Enterprise**\n  - Checklist\n", unsafe: true),
            // A heading right under it ends the list anyway: nothing to glue.
            RuleCorrection("- [Vasto](https://a.example/v) - A store.\n- \n### Migration\n\n- [atlas](https://a.example/a)\n",
                           "- [Vasto](https://a.example/v) - A store.\n### Migration\n\n- [atlas](https://a.example/a)\n", unsafe: true),
            // Removed, `2.` would make the paragraph below it part of item 1.
            RuleCorrection("1. a\n2.\n说明文字\n", "1. a\n2.\n说明文字\n", unsafe: true),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A template's empty items are for the contributor to fill in; a changelog has no questions.
        guard !ProjectDocuments.isProjectDocument(file.path), !ProjectDocuments.isTemplate(file.path) else { return [] }
        let source = file.source
        var violations: [Violation] = []
        // Asked only once an item is empty: what the list holds, for the message.
        var conventions: CollectionConventions?
        // The lines where an item's marker stands, worked out once an item is empty.
        var itemLines: Set<Int>?
        // The lines where an ATX heading or a fenced code block starts; worked out when needed.
        var interruptingLines: Set<Int>?
        for list in file.document.lists {
            for item in list.items where item.isEmpty {
                if conventions == nil { conventions = CollectionConventions.of(file) }
                // A list of contributors in a small bank: its role says questions, its items ask nothing.
                let holdsQuestions = conventions!.itemKind == .questions && conventions!.role(of: list) == .questions
                    && list.items.contains { QuestionOutline.isQuestionLike($0.text) }
                let line = source.line(containing: item.markerRange.start)
                var edits = [Edit.delete(source.fullLineRange(line))]
                // The later items take the numbers up from the item before the removed one.
                let later = list.items[(item.indexInList + 1)...]
                if list.isOrdered, let first = item.indexInList > 0 ? list.items[item.indexInList - 1].number.map({ $0 + 1 }) : item.number {
                    edits += ListRenumbering.edits(for: later, startingAt: first, in: source) ?? []
                }
                let renumbered = edits.count - 1
                let title = renumbered > 0
                    ? "remove the empty item and renumber the \(renumbered) item\(renumbered == 1 ? "" : "s") after it"
                    : "remove the empty item"
                // Removed, the empty item must leave nothing to glue onto the text above it: the
                // next line is blank, the file ends, or the list's next item starts there. (An
                // indented block after `643)` became the continuation of a broken link above.)
                // An enclosing list's next item counts too (`  -` empty at the end of a nested list,
                // then `- **Enterprise**`).
                let nextLine = line + 1
                if itemLines == nil {
                    itemLines = Set(file.document.lists.flatMap { $0.items.map { source.line(containing: $0.markerRange.start) } })
                }
                // `### Database Schema Migration` or a fence: a block no paragraph takes in.
                if interruptingLines == nil {
                    interruptingLines = Set(file.document.headings.filter { !$0.isSetext }.map { source.line(containing: $0.range.start) }
                        + file.document.codeBlocks.filter(\.isFenced).map { source.line(containing: $0.range.start) })
                }
                let nextStartsItem = itemLines!.contains(nextLine)
                // An HTML comment opening the next line interrupts a paragraph too.
                let leavesNothingToGlue = nextLine > source.lineCount || nextStartsItem || interruptingLines!.contains(nextLine)
                    || source.lineText(nextLine).allSatisfy { $0 == " " || $0 == "\t" }
                    || source.lineText(nextLine).drop { $0 == " " }.hasPrefix("<!--")
                // `-` then a blank line and `    - 1)注意…`: the indented lines are code on the page
                // now; with the item gone, the item above would take them in as its own.
                var nextText = nextLine
                while nextText <= source.lineCount, source.lineText(nextText).allSatisfy({ $0 == " " || $0 == "\t" }) { nextText += 1 }
                let takesInIndentedBlock = nextText > nextLine && nextText <= source.lineCount && item.indexInList == list.items.count - 1
                    && (source.lineText(nextText).hasPrefix("    ") || source.lineText(nextText).hasPrefix("\t"))
                let glueHelp = takesInIndentedBlock
                    ? "removing it would put the indented lines below (shown as code now) into the item above; fill it in or remove it by hand"
                    : "removing it would join the line below to the text above it; fill it in or remove it by hand"
                let offersFix = leavesNothingToGlue && !takesInIndentedBlock
                // `- [_, *]: depends`: words Markdown reads as a link reference definition, which
                // shows nothing. Escaped, they show as written; removed, they would be lost. (A
                // definition a link on the page uses is left to a person.)
                // (`- [ ] [kubernetes/enhancements]: `OWNERS_ALIASES``: after a task's box, a step.)
                var textStart = item.markerRange.end
                if item.isTaskChecked != nil, let box = source.bytes[textStart..<source.lineRange(line).end].firstIndex(of: UInt8(ascii: "]")) {
                    textStart = box + 1
                }
                let written = source.string(in: SourceRange(textStart, source.lineRange(line).end)).trimmedWhitespace
                if LazyContinuationRule.startsLikeDefinition(written), let bracket = source.bytes[textStart..<source.lineRange(line).end]
                    .firstIndex(of: UInt8(ascii: "[")) {
                    let afterColon = String(written.drop { $0 != ":" }.dropFirst())
                    let destination = String(afterColon.trimmedWhitespace.prefix { $0 != " " && $0 != "\t" })
                    let isUsed = file.document.links.contains { $0.kind == .reference && $0.destination == destination }
                    violations.append(Violation(
                        range: item.markerRange,
                        message: "expected the text after '\(item.marker)' to show, found '\(written.prefix(40))', which Markdown reads as a link "
                            + "reference definition: the item shows empty",
                        fix: isUsed ? nil : .unsafe("escape the '[' so that the words show as text", [.insert("\\", at: bracket)]),
                        help: isUsed ? ["a reference link on the page uses this definition: move the definition out of the list, or escape its '[' to show it as text"]
                            : ["escape the '[' (`\\[`) to show the words as the item's text"]))
                    continue
                }
                // `160.` alone on its line under a question: the answer, a number Markdown reads as
                // a list's marker (shown all the same). Escaped, it is the text it was meant as;
                // removed, the answer would be gone.
                if list.isOrdered, list.items.count == 1, let number = item.number, number > 1, item.isTaskChecked == nil {
                    violations.append(Violation(
                        range: item.markerRange,
                        message: "expected text after '\(item.marker)', found an empty item: a number alone on its line, which Markdown reads as a list's marker",
                        fix: .unsafe("escape the '\(item.marker.suffix(1))' so that '\(item.marker)' is text", [.insert("\\", at: item.markerRange.end - 1)]),
                        help: ["if the number is the text (an answer, a year), escape its '\(item.marker.suffix(1))'; if it is an item, write its text after it"]))
                    continue
                }
                violations.append(Violation(
                    range: item.markerRange,
                    // `- [ ] `: a task's checkbox with no task.
                    message: item.isTaskChecked == nil
                        ? "expected \(holdsQuestions ? "a question" : "text") after '\(item.marker)', found an empty item"
                        : "expected a task after '\(item.marker) [\(item.isTaskChecked == true ? "x" : " ")]', found an empty task item",
                    fix: offersFix ? .unsafe(title, edits) : nil,
                    help: offersFix ? [] : [glueHelp]))
            }
        }
        violations += markersInsideText(file.document)
        return violations
    }

    /// `SELECT`, `FROM users`, `RETURNING`: a line of SQL, opening with a clause's keyword in capitals.
    static func opensWithQueryKeyword(_ line: String) -> Bool {
        let word = line.trimmedWhitespace.prefix { $0.isASCII && $0.isLetter }
        return queryKeywords.contains(String(word)) && line.trimmedWhitespace.dropFirst(word.count).first.map { $0 == " " || $0 == "\t" || $0 == "(" } ?? true
    }

    private static let queryKeywords: Set<String> = ["SELECT", "FROM", "WHERE", "RETURNING", "COUNT", "DISTINCT", "GROUP", "ORDER", "HAVING", "INSERT", "UPDATE",
                                                     "DELETE", "VALUES", "UNION", "JOIN"]

    /// `* Contribution of this paper` over `  * ` alone: an empty item cannot interrupt a
    /// paragraph, so the marker is text, shown at the end of the item above.
    func markersInsideText(_ document: Document) -> [Violation] {
        let source = document.source
        var violations: [Violation] = []
        for list in document.lists {
            for item in list.items {
                for paragraph in item.paragraphs where paragraph.lines.count > 1 {
                    for line in paragraph.lines.dropFirst() {
                        let text = source.lineText(line)
                        let marker = text.trimmed { $0 == " " || $0 == "\t" }
                        guard ["*", "-", "+"].contains(marker), !document.isInCodeBlock(source.lineRange(line).start) else { continue }
                        // `SELECT` / `    *` / `FROM`: a query pasted without a fence, its columns'
                        // wildcard (lazy-continuation reports the query's lines).
                        if marker == "*", Self.opensWithQueryKeyword(source.lineText(line - 1))
                            || line < source.lineCount && Self.opensWithQueryKeyword(source.lineText(line + 1)) { continue }
                        let start = source.lineRange(line).start + text.prefix { $0 == " " || $0 == "\t" }.utf8.count
                        var above = Substring(source.lineText(line - 1).trimmed { $0 == " " || $0 == "\t" })
                        // The text, without the item's own marker (`* `, `1. `).
                        if line - 1 == source.line(containing: item.markerRange.start) {
                            above = above.dropFirst(item.marker.count).drop { $0 == " " || $0 == "\t" }
                        }
                        violations.append(Violation(
                            range: SourceRange(start, start + 1),
                            message: "expected text after '\(marker)', found an empty item, which Markdown cannot start inside a paragraph: "
                                + "the page shows '\(marker)' after '\(above.suffix(30))'",
                            help: ["write the item's text after '\(marker) ', or delete the line"]))
                    }
                }
            }
        }
        return violations
    }
}
