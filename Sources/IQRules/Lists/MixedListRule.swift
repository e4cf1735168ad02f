import IQCore
import IQMarkdown

public struct MixedListRule: DocumentRule {
    public static let description = RuleDescription(
        id: "mixed-list",
        summary: "the questions of a section stay in one ordered list",
        details: """
            Reports bullets that directly follow an ordered list in the same section (only \
            blank lines between them): the numbering stops there and the rest of the \
            questions are unnumbered. Each bullet is reported. Also reports an item whose only \
            content is another list marker, like `5. - 如何…`, which renders as an empty \
            number with a bullet list inside it.

            Bullets that are notes (`- 注：…`, `- Note: …`) and lists nested in an item are \
            fine, and so is an ordered list that follows bullets.
            """,
        rationale: """
            Readers and reviewers refer to questions by number. When a section switches to \
            bullets half-way, the later questions have no number, the list is split in two, \
            and the next contributor does not know which style to follow.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        triggeringExamples: [
            RuleExample("9. [大模型提示学习](https://a.example/9)\n10. [模型压缩与模型蒸馏](https://a.example/10)\n↓- 激活函数的选择与优化\n↓- scaling law\n"),
            RuleExample("4. [文本向量模型BGE](https://a.example/4)\n5. ↓- 如何从检索的内容中过滤噪声\n"),
            RuleExample("1. a\n2. b\n\n↓* c\n"),
            RuleExample("- outer\n  1. a\n  ↓- b\n"),
            RuleExample("1. a\n- 注：note\n↓- b\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("1. [torchrun命令的使用](https://a.example/1)\n2. [装饰器](https://a.example/2)\n- 注：可能会考察手撕代码\n"),
            RuleExample("- 注：可能会在面试过程中考察手撕代码\n1. [torchrun命令的使用](https://a.example/1)\n"),
            RuleExample("1. [lora微调的原理](https://a.example/1)\n   - 低秩分解\n   - 只训练A、B矩阵\n2. [Qlora](https://a.example/2)\n"),
            RuleExample("1. a\n2. b\n\n说明：下面是补充材料。\n\n- c\n"),
            RuleExample("1. a\n\n## 下一节\n\n- b\n"),
            RuleExample("- a\n- b\n"),
        ],
        corrections: [
            RuleCorrection("9. a\n10. b\n- c\n- d\n", "9. a\n10. b\n11. c\n12. d\n", unsafe: true),
            RuleCorrection("4. a\n5. - b\n- c\n", "4. a\n5. b\n6. c\n", unsafe: true),
            RuleCorrection("1. a\n- b\n2. c\n", "1. a\n2. b\n3. c\n", unsafe: true),
            RuleCorrection("1. a\n- b\n\n  more about b\n", "1. a\n2. b\n\n   more about b\n", unsafe: true),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        var violations: [Violation] = []
        for group in DocumentStructure.siblingGroups(file.document) {
            for (index, block) in group.enumerated() where index > 0 {
                guard case .list(let bullets) = block, !bullets.isOrdered,
                      case .list(let ordered) = group[index - 1], ordered.isOrdered,
                      let last = ordered.items.last?.number else { continue }
                let questions = bullets.items.filter { !ListItemSupport.isNote($0) }
                guard !questions.isEmpty else { continue }
                let next: MarkdownList? = if index + 1 < group.count, case .list(let list) = group[index + 1], list.isOrdered { list } else { nil }
                // Converting only some bullets would leave the notes splitting the list again.
                let fix = questions.count == bullets.items.count
                    ? continueNumbering(bullets, after: ordered, from: last + 1, following: next, source: source) : nil
                for (position, item) in questions.enumerated() {
                    let number = last + 1 + position
                    violations.append(Violation(
                        range: item.markerRange,
                        message: "expected item \(number) of the ordered list above, found the bullet '\(item.marker)'",
                        fix: fix,
                        help: ["Markdown ends the ordered list at line \(source.line(containing: max(ordered.range.end - 1, ordered.range.start))) and starts an unnumbered one here"]))
                }
            }
        }
        for list in file.document.lists {
            for item in list.items {
                guard case .list(let inner)? = item.children.first, let innerItem = inner.items.first,
                      source.line(containing: innerItem.markerRange.start) == source.line(containing: item.markerRange.start) else { continue }
                let end = ListItemSupport.contentStart(of: innerItem, in: source)
                violations.append(Violation(
                    range: innerItem.markerRange,
                    message: "expected the question after '\(item.marker)', found another list marker '\(innerItem.marker)'",
                    fix: .unsafe("remove the extra marker '\(innerItem.marker)'", [.delete(SourceRange(innerItem.markerRange.start, end))])))
            }
        }
        return violations
    }

    /// Turns every bullet into the next number of `ordered`, moves each item's indented lines
    /// along with its wider marker, and renumbers an ordered list that directly follows.
    private func continueNumbering(_ bullets: MarkdownList, after ordered: MarkdownList, from first: Int,
                                   following next: MarkdownList?, source: SourceText) -> Fix {
        let delimiter = ordered.orderedDelimiter ?? "."
        var edits: [Edit] = []
        for (offset, item) in bullets.items.enumerated() {
            let marker = "\(first + offset)\(delimiter)"
            edits.append(Edit(range: item.markerRange, replacement: marker))
            let widening = marker.utf8.count - item.markerRange.length
            guard widening > 0 else { continue }
            let markerLine = source.line(containing: item.markerRange.start)
            let markerColumn = item.markerRange.start - source.lineRange(markerLine).start
            let lastLine = source.line(containing: max(item.range.end - 1, item.range.start))
            guard lastLine > markerLine else { continue }
            for line in (markerLine + 1)...lastLine {
                let range = source.lineRange(line)
                let start = ListItemSupport.textStart(ofLine: line, in: source)
                // Blank lines stay blank; glued lines at the marker's column are lazy-continuation's.
                guard start < range.end, start - range.start > markerColumn else { continue }
                edits.append(.insert(String(repeating: " ", count: widening), at: range.start))
            }
        }
        if let next {
            edits += ListRenumbering.edits(for: next.items, startingAt: first + bullets.items.count, in: source) ?? []
        }
        let count = bullets.items.count
        let range = count == 1 ? "\(first)" : "\(first)–\(first + count - 1)"
        return .unsafe("continue the ordered numbering: number the bullet\(count == 1 ? "" : "s") \(range)", edits)
    }
}
