import IQCore
import IQMarkdown

public struct ListNumberingRule: DocumentRule {
    public static let description = RuleDescription(
        id: "list-numbering",
        summary: "ordered list items count up by one",
        details: """
            With style `ordered` (the default) a list starts at 1 (or 0) and every item's number \
            is one more than the previous item's. A list that continues a list Markdown ended \
            earlier in the same section (a paragraph or a bullet list between them) may start \
            where that one stopped. The number is read from the source: Markdown renders \
            `1. 3. 4.` as 1, 2, 3, so the file and the page disagree. Each break in the sequence \
            is reported once, at the item where it happens. With style `one` every item is \
            `1.`; `one-or-ordered` accepts either, judged by the first two items.
            """,
        rationale: """
            Contributors add, remove and move questions; numbers drift, and reviewers cite \
            question numbers that the rendered page does not show. A skipped or repeated number \
            is also a sign that an item was lost in a merge.
            """,
        defaultSeverity: .error,
        fix: .safe,
        options: [
            RuleOptionDescription(name: "style", summary: "numbering style: `ordered`, `one` or `one-or-ordered`",
                                  defaultValue: "ordered", allowedValues: ["ordered", "one", "one-or-ordered"]),
        ],
        triggeringExamples: [
            RuleExample("1. [微调方法总结](https://a.example/1)\n↓3. [deepspeed的加速原理](https://a.example/3)\n4. [vllm](https://a.example/4)\n"),
            RuleExample("1. a\n2. b\n↓2. c\n"),
            RuleExample("↓3. starts at three\n4. next\n"),
            RuleExample("1. a\n↓2. b\n", options: ["style": "one"]),
            RuleExample("- outer\n  1. a\n  ↓5. b\n"),
            RuleExample("1. a\n- b\n↓3. c\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("1. a\n2. b\n3. c\n"),
            RuleExample("0. zero-based\n1. next\n"),
            RuleExample("1. a\n1. b\n1. c\n", options: ["style": "one"]),
            RuleExample("1. a\n1. b\n", options: ["style": "one-or-ordered"]),
            RuleExample("1) a\n2) b\n"),
            RuleExample("1. a\n2. b\n\n说明：下面接着编号。\n\n3. c\n4. d\n"),
            RuleExample("- 注：not numbered\n- 注：bullets are never judged\n"),
            RuleExample("1. [大模型提示学习](https://a.example/1)\n- 激活函数的选择与优化\n2. [模型压缩与模型蒸馏](https://a.example/2)\n"),
        ],
        corrections: [
            RuleCorrection("1. a\n3. b\n4. c\n", "1. a\n2. b\n3. c\n"),
            RuleCorrection("9. a\n10. b\n", "1. a\n2. b\n"),
            RuleCorrection("1. a\n2. b\n", "1. a\n1. b\n", options: ["style": "one"]),
            RuleCorrection("1. a\n2. b\n\ntext\n\n7. c\n", "1. a\n2. b\n\ntext\n\n3. c\n"),
        ],
        fixSafety: """
            Safe: only numbers change. When a number gets wider or narrower (`9.` to `10.`), the item's \
            indented lines move by the same amount, so a nested list stays nested and a paragraph never turns \
            into a code block; when they cannot move (tabs, an item inside a quote), the problem is reported \
            without a fix.
            """
    )

    enum Style: String { case ordered, one, oneOrOrdered = "one-or-ordered" }

    let style: Style

    public init(options: RuleOptions) {
        style = Style(rawValue: options.string("style")) ?? .ordered
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        let predecessors = DocumentStructure.precedingListInSection(document)
        var violations: [Violation] = []
        for list in document.lists where list.isOrdered && !list.items.isEmpty {
            var effective = style
            if style == .oneOrOrdered {
                effective = list.items.count > 1 && list.items[0].number == 1 && list.items[1].number == 1 ? .one : .ordered
            }
            let predecessor = predecessors[list.index].flatMap { $0.list.isOrdered ? $0 : nil }
            switch effective {
            case .one:
                for item in list.items where item.number != 1 {
                    violations.append(numberViolation(item, expected: 1, found: item.number ?? 0,
                                                      edits: ListRenumbering.edits(for: item, to: 1, in: file.source) ?? []))
                }
            case .ordered, .oneOrOrdered:
                violations += orderedViolations(list, predecessor: predecessor, source: file.source)
            }
        }
        return violations
    }

    private func orderedViolations(_ list: MarkdownList, predecessor: (list: MarkdownList, between: Block?)?,
                                   source: SourceText) -> [Violation] {
        var violations: [Violation] = []
        let items = list.items
        let continuation = predecessor.flatMap { $0.list.items.last?.number }.map { $0 + 1 }
        let first = items[0].number ?? 1
        if first > 1 && first != continuation {
            let expected = continuation ?? 1
            var violation = numberViolation(items[0], expected: expected, found: first,
                                            edits: ListRenumbering.edits(for: items, startingAt: expected, in: source) ?? [])
            if let predecessor { violation.help.append(splitHint(predecessor, source: source)) }
            violations.append(violation)
        }
        for index in items.indices.dropFirst() {
            guard let previous = items[index - 1].number, let number = items[index].number, number != previous + 1 else { continue }
            var violation = numberViolation(items[index], expected: previous + 1, found: number,
                                            edits: ListRenumbering.edits(for: items[index...], startingAt: previous + 1, in: source) ?? [])
            if let predecessor, first > 1 { violation.help.append(splitHint(predecessor, source: source)) }
            violations.append(violation)
        }
        return violations
    }

    private func numberViolation(_ item: ListItem, expected: Int, found: Int, edits: [Edit]) -> Violation {
        let later = edits.count - 1
        let title = later > 0 ? "renumber to \(expected) and the \(later) item\(later == 1 ? "" : "s") after it" : "renumber to \(expected)"
        return Violation(range: item.markerRange, message: "expected \(expected), found \(found)",
                         fix: edits.isEmpty ? nil : .safe(title, edits))
    }

    private func splitHint(_ predecessor: (list: MarkdownList, between: Block?), source: SourceText) -> String {
        let end = source.line(containing: max(predecessor.list.range.end - 1, predecessor.list.range.start))
        let advice: String
        switch predecessor.between {
        case .list(let list)?:
            advice = " by the bullet list at line \(source.line(containing: list.range.start)); number those items to keep one list"
        case let block?:
            advice = " by the unindented block at line \(source.line(containing: block.range.start)); indent that block to keep one list"
        case nil:
            advice = ""
        }
        return "Markdown ends the list at line \(end) and starts a new one here: the list is split in two\(advice)"
    }
}
