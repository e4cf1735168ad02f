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
            number with a bullet list inside it (not two bullets or more under one number: a \
            step's alternatives).

            Bullets that are notes (`- 注：…`, `- Note: …`), a list of another kind (a \
            checklist, prose sentences under numbered questions, answer links, a table of \
            contents) and lists nested in an item are fine, and so is an ordered list that \
            follows bullets. Numbers written inside bullets (`- 1. …` `- 2. …`) are fine when \
            most bullets of the list do it, or when bullets of two lists or more do it: that is \
            the collection's numbering style. So is an enumeration written inline (`- 1) build \
            the graph, 2) traverse it`). Bullets \
            between `1.` and `2.` (the numbers resume right after them) that are indented, or \
            that neither link nor ask (a labelled value, `- 介绍：人工设计`, asks nothing), are the details of the item above written without its \
            full indentation: the page shows the numbers as meant. Whatever they hold, bullets \
            between two runs of numbers that count on across them (`6.`, bullets, `7.`; three \
            numbers or more, or numbers that all ask, `1. **What could go wrong?**` over its answer's points, \
            then `2. **What would happen if it did?**`) are parts of the item above, which the author's numbers skip; so are bullets indented past \
            the numbers' markers after the last number, and bullets at a smaller indentation than numbers \
            that link nothing (`  1. take 1,000 yen` … then `* if either fails…` at the margin: remarks on the steps). Under numbers that link nothing (steps, \
            a feature list), bullets that neither link nor ask are details, and bullets that all \
            link are the sources (`- [Java 8 特性](…)` after `1. Lambda Expressions` …). Bullets \
            after numbers that a label introduces (`优点：`), right after bullets of the same marker, \
            resume those bullets: the numbers detail the entry above the label (`* MxNet` / `优点：` / \
            `1. …` / `* CNTK`), and so do bullets after numbers that directly follow bullets of the same \
            marker, unless the numbers go on from the count of those bullets: the numbers are the odd run. Bullets after a lone number past 1 that links nothing (`3. 确定单层递归的逻辑` \
            after text, as steps 1 and 2 were each over theirs) are that step's body, and bullets \
            that mostly link after a lone `1.` that links nothing are the sources of that label. \
            Bullets under a last number that leads in with a colon (`1. 检查元组中是否存在项：`), \
            where the other numbers do not, are its points. A \
            lone short bullet that links and asks nothing, followed by numbers starting again at \
            1 (`- Word2vec` between two numbered groups), is the label of the group below it.

            The unsafe fix keeps each item's number and text: bullets become the next numbers (or \
            `1.` each, under a list numbering every item `1.`), a numbered list right after them \
            counts on from them, and of two markers on one line the bullet is removed, never the number \
            (unless other bullets of the list stay bullets: the number is escaped, `- 463\\. The …`, \
            and the item stays in its list); a second bullet is removed when it repeats the first \
            (`- - x`), and escaped when it is another character (`- * para tuplas`, the operator the \
            item names, shows as `*`).
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
            RuleExample("1. 什么是LoRA？\n2. 什么是QLoRA？\n\n↓* 什么是P-tuning？\n"),
            RuleExample("- 微调\n  1. 什么是LoRA\n  ↓- 什么是QLoRA\n"),
            RuleExample("1. 什么是LoRA\n- 注：note\n↓- 什么是QLoRA\n"),
        ],
        nonTriggeringExamples: [
            // Steps indented under their heading, then remarks on them at the margin.
            RuleExample("### Example: a bank transfer\n  1. take 1,000 yen from the source account\n  1. add 1,000 yen to the target account\n* if either fails, the data is inconsistent\n* does it work when two transfers run at once?\n"),
            // Steps numbered on past their bodies, paragraphs and bullets alike.
            RuleExample("1. Functional requirements\n\n- use hashtags\n- what is the time scale? 24 hours\n\nnon-requirements\n\n- search\n\n2. Estimation\n\n- 145M daily users\n\n3. High level design\n\n- API Gateway\n"),
            // A release note whose bullet holds two numbered points.
            RuleExample("### API Change\n\n- 1. PodAffinityTerm includes a namespaceSelector field.\n  2. A new quota scope restricts which namespaces may use it.\n- Add a probe-level field.\n"),
            // Labelled details between `1.` and `2.`.
            RuleExample("1. 手工设计\n\n- 介绍：人工设计\n- 优点：直观\n\n2. 自动学习\n"),
            RuleExample("- [Cloudscape](https://a.example/c): patterns\n\n1. 平面设计: [指南](https://a.example/1)\n2. 交互设计: [指南](https://a.example/2)\n\n- [Froala](https://a.example/f): blocks\n"),
            RuleExample("### 框架详细信息\n\n* MxNet\n\n优点：\n   1. 多GPU支持好，扩展性强\n   2. 官方教程：https://a.example/mxnet 提供有快速入门教程\n\n* CNTK\n\n* PaddlePaddle\n"),
            RuleExample("1. [torchrun命令的使用](https://a.example/1)\n2. [装饰器](https://a.example/2)\n- 注：可能会考察手撕代码\n"),
            RuleExample("- 注：可能会在面试过程中考察手撕代码\n1. [torchrun命令的使用](https://a.example/1)\n"),
            RuleExample("1. [lora微调的原理](https://a.example/1)\n   - 低秩分解\n   - 只训练A、B矩阵\n2. [Qlora](https://a.example/2)\n"),
            RuleExample("1. a\n2. b\n\n说明：下面是补充材料。\n\n- c\n"),
            // A step's alternatives listed under its number.
            RuleExample("1. Fork the project\n2. - upload into an existing folder\n   - upload into a new folder\n3. Open a pull request\n"),
            // The last item leads in with a colon: the bullets are its points.
            RuleExample("## 练习\n\n1. 从 family_members 中获取兄弟姐妹和父母\n1. 将元组更改为列表\n1. 检查元组中是否存在项：\n- 检查 'Estonia' 是否在元组中\n- 检查 'Iceland' 是否在元组中\n"),
            RuleExample("1. a\n\n## 下一节\n\n- b\n"),
            RuleExample("- a\n- b\n"),
            RuleExample("1. Annotate a method with `@PostConstruct`\n  - add `annotation-config` to the bean XML\n2. Override `afterPropertiesSet()`\n"),
            RuleExample("1. [a](https://a.example/1)\n2. [b](https://a.example/2)\n  - [about b](https://a.example/about-b)\n"),
            RuleExample("1. ### What are side effects?\n\n   Some side effects make a function impure,\n\n- Making an HTTP request\n- Mutating the input data\n"),
            RuleExample("1. 前向传播得到输出，在主卡上计算损失。\n2. 把损失分发到各张卡上，再反向传播。\n\n- 先取出滑窗范围内的一组词，作为样本。\n- 位于中心的词是中心词，其他词是上下文。\n"),
            RuleExample("1. [a](https://a.example/1)\n2. [b](https://a.example/2)\n- [ ] 复习 a\n- [ ] 复习 b\n"),
            RuleExample("1. [a](https://a.example/1)\n2. [b](https://a.example/2)\n- 以上题目来自社区整理，答案仅供参考，如有错误欢迎指出。\n- 本节会持续更新，欢迎提交新的题目和答案链接。\n"),
            RuleExample("- 1. 什么是LoRA\n- 2. 什么是QLoRA\n- 3. 什么是P-tuning\n"),
            RuleExample("1. Lambda Expressions\n2. Pipelines and Streams\n\n- [Difference between Java 1.8 and Java 1.7?](https://a.example/1)\n- [Java 8 特性](https://a.example/2)\n"),
            RuleExample("1. 有一个参数服务器。\n2. 前向传播\n\n- 在每台设备上复制该参数\n- 每个副本处理输入的一部分\n\n1. 反向传播\n\n- 每个副本的梯度取平均值\n"),
            RuleExample("- 1. 什么是 LoRA？\n- 2. LoRA 有哪些变体？\n  - 2.1 QLoRA 的思路是什么？\n  - 2.2 AdaLoRA 的思路是什么？\n"),
            // Numbers inside bullets in two lists: the document's way of writing.
            RuleExample("#### Method 1\n- 要看连续元素\n- 1. 需要O(1)找到元素\n\n#### Method 2\n- 2. 需要快速找到 num - 1\n- 用 map 记录\n"),
            RuleExample("- 1) build graph map, 2) traverse map, 3) prioritize short delays\n- use a map to track delays\n"),
            // A step's title over its body, as the steps before it.
            // The numbers resume at 7 after the bullets: they are parts of question 6.
            RuleExample("5. 如何训练 MLP？\n6. 假设一个 MLP 的输入层有 10 个神经元。\n\n* 输入矩阵的形状是什么？\n* 输出矩阵的形状是什么？\n\n7. 输出层需要几个神经元？\n"),
            // A lone `1.` linking nothing over bullets that link: a label over its sources.
            RuleExample("### 4.知识图谱技术\n\n1. 相关术语及技术路线\n* [本体](https://a.example/1)\n* [RDF](https://a.example/2)\n* python或java\n"),
            // Numbered questions, each over its answer's points.
            RuleExample("A simple approach:\n\n1. **What could go wrong?**\n\n- Orders: could someone order on behalf of another?\n- Authentication: could I log in as someone else?\n\n2. **What would happen if it did?**\n\n- Orders: an order placed for another.\n"),
            RuleExample("1. 确定递归函数的参数和返回值\n\n返回值自然是bool类型。\n\n2. 确定终止条件\n\n要比较两个树。\n\n3. 确定单层递归的逻辑\n\n* 比较二叉树是否相同：传入左孩子。\n* 如果左右都相同就返回true。\n"),
        ],
        corrections: [
            // Bullets that write their numbers as text: the stray `3)` is escaped, the list stays whole.
            RuleCorrection("- 贡献：\n  - 1）我们比较了模型。\n  - 2）我们训练新模型。\n  - 3) 我们分离出因素。\n  - 4）结果表明有效。\n",
                           "- 贡献：\n  - 1）我们比较了模型。\n  - 2）我们训练新模型。\n  - 3\\) 我们分离出因素。\n  - 4）结果表明有效。\n", unsafe: true),
            RuleCorrection("9. 什么是a\n10. 什么是b\n- 什么是c\n- 什么是d\n", "9. 什么是a\n10. 什么是b\n11. 什么是c\n12. 什么是d\n", unsafe: true),
            RuleCorrection("1. 什么是a\n1. 什么是b\n- 什么是c\n- 什么是d\n", "1. 什么是a\n1. 什么是b\n1. 什么是c\n1. 什么是d\n", unsafe: true),
            RuleCorrection("4. 什么是a\n5. - 什么是b\n- 什么是c\n", "4. 什么是a\n5. 什么是b\n6. 什么是c\n", unsafe: true),
            RuleCorrection("1. [a](https://a.example/1)\n- [b](https://a.example/2)\n2. [c](https://a.example/3)\n",
                           "1. [a](https://a.example/1)\n2. [b](https://a.example/2)\n3. [c](https://a.example/3)\n", unsafe: true),
            RuleCorrection("1. 什么是a\n- 什么是b\n\n  more about b\n", "1. 什么是a\n2. 什么是b\n\n   more about b\n", unsafe: true),
            // The other bullets stay: escaped, the number stays the item's text, the item in its list.
            RuleCorrection("- 什么是a\n- 什么是b\n- 3. 什么是c\n- 什么是d\n", "- 什么是a\n- 什么是b\n- 3\\. 什么是c\n- 什么是d\n", unsafe: true),
            // Another bullet's character is the symbol the item names: escaped, it shows.
            RuleCorrection("Usamos dos operadores:\n\n- * para tuplas/listas\n- ** para diccionarios\n",
                           "Usamos dos operadores:\n\n- \\* para tuplas/listas\n- ** para diccionarios\n", unsafe: true),
            RuleCorrection("- - x\n- y\n", "- x\n- y\n", unsafe: true),
            // Without its bullet, `261.` could not interrupt the line above and would join it: escaped.
            RuleCorrection("Example:\n- 261. Graph Valid Tree\n- 很多题目用 map 表示 graph\n",
                           "Example:\n- 261\\. Graph Valid Tree\n- 很多题目用 map 表示 graph\n", unsafe: true),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        var violations: [Violation] = []
        for group in DocumentStructure.siblingGroups(of: file) {
            for (index, block) in group.enumerated() where index > 0 {
                guard case .list(let bullets) = block, !bullets.isOrdered,
                      case .list(let ordered) = group[index - 1], ordered.isOrdered,
                      let last = ordered.items.last?.number else { continue }
                let questions = bullets.items.filter { !ListItemSupport.isNote($0) }
                guard !questions.isEmpty, !isOtherKind(bullets, after: ordered, in: file),
                      !isNumberInsideBullet(ordered, source: source) else { continue }
                let next: MarkdownList? = if index + 1 < group.count, case .list(let list) = group[index + 1], list.isOrdered { list } else { nil }
                // `1. A` / `  - detail` / `2. B`: the numbers resume right after bullets that are
                // indented, or that neither link nor ask: details of the item above written
                // without its full indentation. The page shows 1, the details, 2, as meant.
                if let next, next.items.first?.number == last + 1, Self.areDetails(bullets, after: ordered, in: source) { continue }
                // `6. 假设一个 MLP…` / `* 输入矩阵的形状是什么？` … / `7. …`: whatever the bullets
                // hold, the author's numbers skip them, so they are parts of item 6; numbering
                // them would shift every number after them.
                if let next, next.items.first?.number == last + 1, Self.numbersSkipTheBullets(ordered, next) { continue }
                // `1. Functional requirements` / bullets / `non-requirements` / bullets / `2. Estimation` /
                // bullets / `3. High level design`: the numbers count on past paragraphs and bullets
                // alike; all of it is the steps' bodies.
                if next == nil, Self.numbersCountOn(after: ordered, in: group, from: index + 1) { continue }
                // `1. **What could go wrong?**` / `- Orders: could someone…?` / `2. **What would happen…?**`:
                // numbered questions, each over its answer's points; the count goes on past them.
                if let next, next.items.first?.number == last + 1, ordered.items.allSatisfy({ QuestionOutline.isQuestionLike($0.text) }) { continue }
                // `- Word2vec` alone, then numbers starting again at 1: a label over the group
                // that follows, not an item the numbers above skipped.
                if let next, LabelLists.isLabel(bullets, over: next) { continue }
                // Under numbers that link nothing (steps, features), bullets that neither link nor
                // ask are their details, and bullets that all link are their sources.
                if !Self.links(ordered) && (Self.areDetails(bullets, after: ordered, in: source) || bullets.items.allSatisfy(Self.links)) { continue }
                // `3. 确定单层递归的逻辑` alone (steps 1 and 2 each over their own text), then bullets:
                // a step's title over its body, the bullets part of it.
                if ordered.items.count == 1, last > 1, !Self.links(ordered), index >= 2, case .paragraph = group[index - 2] { continue }
                // `1. 相关术语及技术路线` alone over bullets that mostly link: a label over its sources.
                if ordered.items.count == 1, !Self.links(ordered), bullets.items.count(where: Self.links) * 2 > bullets.items.count { continue }
                // Indented past the numbers' markers, they are details wherever they stand.
                if Self.isIndented(bullets, after: ordered, in: source) { continue }
                // `  1. take 1,000 yen` `  1. add 1,000 yen` (steps indented), then `* if either fails…` at
                // the margin: remarks on the steps, set apart from them by the author's indentation.
                if !Self.links(ordered), Self.isOutdented(bullets, after: ordered, in: source) { continue }
                // `* MxNet` / `优点：` / `1. …` `2. …` / `* CNTK`: the numbers detail a label of the
                // entry above, and the bullets resume the entries.
                if Self.resumeBullets(group, at: index) { continue }
                // Converting only some bullets would leave the notes splitting the list again.
                // `1.` `1.` above: the list shows one number on every item, and so do the bullets.
                let repeated = Self.repeatedNumber(of: ordered)
                let fix = questions.count == bullets.items.count
                    ? continueNumbering(bullets, after: ordered, from: repeated ?? last + 1, repeating: repeated != nil,
                                        following: next, source: source) : nil
                for (position, item) in questions.enumerated() {
                    let expected = repeated.map { "an item numbered '\($0)\(ordered.orderedDelimiter ?? ".")' like those of the ordered list above" }
                        ?? "item \(last + 1 + position) of the ordered list above"
                    violations.append(Violation(
                        range: item.markerRange,
                        message: "expected \(expected), found the bullet '\(item.marker)'",
                        fix: fix,
                        help: ["Markdown ends the ordered list at line \(source.reportedLine(containing: max(ordered.range.end - 1, ordered.range.start))) and starts an unnumbered one here"]))
                }
            }
        }
        // Numbers written inside bullets in two lists or more (`- 1. 需要O(1)找到元素` in one
        // method's notes, `- 2. …` in another's): the document's way of writing, not a slip.
        lazy var numbersBulletsByHabit = file.document.lists.lazy.filter { !ListNumberingRule.numbersInsideBullets($0, in: source).isEmpty }
            .prefix(2).count >= 2
        for list in file.document.lists {
            // Most bullets carrying a number: the collection numbers inside bullets.
            if ListNumberingRule.numbersInsideBullets(list, in: source).count * 2 > list.items.count { continue }
            for item in list.items {
                // `2. - upload into an existing folder` / `   - upload into a new folder`: a step's
                // alternatives, listed under its number on purpose; one item alone is a slip.
                guard case .list(let inner)? = item.children.first, let innerItem = inner.items.first, inner.items.count == 1 || item.number == nil,
                      source.line(containing: innerItem.markerRange.start) == source.line(containing: item.markerRange.start) else { continue }
                if item.number == nil, inner.isOrdered {
                    if numbersBulletsByHabit { continue }
                    // `- 1. PodAffinityTerm …` / `  2. A new quota scope …`: the bullet holds points
                    // numbered on below it, a nested list written so on purpose (escaping the `1.`
                    // would glue the `2.` onto it).
                    if inner.items.count >= 2 { continue }
                    // `- 1) build graph map, 2) traverse map, 3) …`: an enumeration written inline,
                    // its numbers text like the others on the line.
                    if let number = innerItem.number, let delimiter = innerItem.marker.last,
                       innerItem.text.contains("\(number + 1)\(delimiter)") { continue }
                }
                violations.append(Violation(
                    range: innerItem.markerRange,
                    message: "expected the item's text after '\(item.marker)', found another list marker '\(innerItem.marker)': the item renders as an empty "
                        + (item.number == nil ? "bullet" : "number") + " holding a nested list",
                    fix: markerFix(outer: item, in: list, inner: innerItem, of: inner, source: source)))
            }
        }
        return violations
    }

    /// The bullets are indented past the numbers' markers, or none of them links or asks.
    static func areDetails(_ bullets: MarkdownList, after ordered: MarkdownList, in source: SourceText) -> Bool {
        if isIndented(bullets, after: ordered, in: source) { return true }
        return bullets.items.allSatisfy { item in
            item.links.allSatisfy(\.isImage) && (!QuestionOutline.isQuestionLike(item.text) || isLabelledValue(item.text))
        }
    }

    /// `介绍：人工设计`, `Pros: fast`: a short label (six characters at most), a colon, and its
    /// value, asking nothing after the colon (`介绍` alone may ask, as a label it does not).
    static func isLabelledValue(_ text: String) -> Bool {
        FieldSheets.nameAndValue(of: text, longestName: 6) != nil
    }

    /// The bullets at `index` of `group` follow numbers that follow bullets of the same marker,
    /// directly or after a label (a paragraph ending with a colon): those are the list the
    /// bullets resume, and the numbers a run of their own or the details of its last entry.
    static func resumeBullets(_ group: [Block], at index: Int) -> Bool {
        // `- [Cloudscape](…)` / `1.` `2.` `3.` / `- [Froala](…)`: bullets on both sides of the
        // numbers, of one marker; the numbers are the odd run, not the list the bullets end.
        // Numbers that go on from the count of the bullets above (`- a` `- b` / `3. c` / `- d`)
        // number those bullets' list instead.
        if index >= 2, case .list(let bullets) = group[index], case .list(let earlier) = group[index - 2], earlier.kind == bullets.kind,
           case .list(let ordered) = group[index - 1], ordered.items.first?.number != earlier.items.count + 1 { return true }
        guard index >= 3, case .list(let bullets) = group[index], case .paragraph(let label) = group[index - 2],
              case .list(let earlier) = group[index - 3], earlier.kind == bullets.kind,
              let end = label.text.trimmedWhitespace.last, end == ":" || end == "：" else { return false }
        return true
    }

    /// The numbers before and after the bullets count as one list (`1.`…`6.`, then `7.` on):
    /// three numbers or more between the two lists, so that `1.` and `2.` alone around
    /// bullets are no count to go by.
    static func numbersSkipTheBullets(_ ordered: MarkdownList, _ next: MarkdownList) -> Bool {
        ordered.items.count + next.items.count >= 3
    }

    /// Whether ordered lists further on in `group` (past paragraphs and bullets only, up to the
    /// next heading) go on counting from `ordered`'s last number, three numbers or more in all.
    static func numbersCountOn(after ordered: MarkdownList, in group: [Block], from start: Int) -> Bool {
        guard var expected = ordered.items.last?.number.map({ $0 + 1 }) else { return false }
        var numbers = ordered.items.count, lists = 0
        for block in group[start...] {
            switch block {
            case .paragraph: continue
            case .list(let list) where !list.isOrdered: continue
            case .list(let list):
                guard list.items.first?.number == expected, let end = list.items.last?.number else { return lists > 0 && numbers >= 3 }
                numbers += list.items.count
                lists += 1
                expected = end + 1
            default: return lists > 0 && numbers >= 3
            }
        }
        return lists > 0 && numbers >= 3
    }

    /// Whether the item shows a link (an image is no link to read).
    static func links(_ item: ListItem) -> Bool { item.links.contains { !$0.isImage } }

    /// Whether any item of the list shows a link.
    static func links(_ list: MarkdownList) -> Bool { list.items.contains(where: links) }

    /// The first bullet's marker stands right of the last number's (`1. A` / `  - detail`).
    /// Whether every number is indented past the bullets' markers.
    static func isOutdented(_ bullets: MarkdownList, after ordered: MarkdownList, in source: SourceText) -> Bool {
        guard let bullet = bullets.items.first else { return false }
        let column = source.position(of: bullet.markerRange.start).byteColumn
        return ordered.items.allSatisfy { source.position(of: $0.markerRange.start).byteColumn > column }
    }

    static func isIndented(_ bullets: MarkdownList, after ordered: MarkdownList, in source: SourceText) -> Bool {
        guard let bullet = bullets.items.first, let number = ordered.items.last else { return false }
        return source.position(of: bullet.markerRange.start).byteColumn > source.position(of: number.markerRange.start).byteColumn
    }

    /// Removes the bullet of two markers on one line, keeping the number; nil when both are numbers.
    private func markerFix(outer: ListItem, in list: MarkdownList, inner: ListItem, of innerList: MarkdownList, source: SourceText) -> Fix? {
        // `- - -|- - 10 | 30`: a table's delimiter row that lost its line break, not a marker typed
        // twice; removing a `-` fixes nothing and breaks the row further.
        if source.lineText(source.line(containing: inner.markerRange.start)).contains("|") { return nil }
        if !innerList.isOrdered {
            // `- - x1` over `  - x2`: without the inner marker, x2 would nest under x1.
            guard innerList.items.count == 1, outer.children.count == 1 else { return nil }
            // `- * para tuplas/listas`, `* + operator: to join two tuples`: another bullet's
            // character is the symbol the item is about; escaped, it shows as written.
            if outer.number == nil, inner.marker != outer.marker {
                return .unsafe("escape '\(inner.marker)' as '\\\(inner.marker)', so that it reads as the item's text",
                               [Edit(range: inner.markerRange, replacement: "\\" + inner.marker)])
            }
            let end = ListItemSupport.contentStart(of: inner, in: source)
            return .unsafe("remove the extra marker '\(inner.marker)'", [.delete(SourceRange(inner.markerRange.start, end))])
        }
        guard !list.isOrdered, outer.children.count == 1 else { return nil }
        // `- 3) …` among `- 1）…` `- 2）…`: the bullets write their numbers as text; removing
        // this one's bullet would split the list in three. Escaped, the number reads as text too.
        let numberedAsText = list.items.filter { $0.markerRange != outer.markerRange }.filter { item in
            let text = item.text.trimmedWhitespace
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            return !digits.isEmpty && text.dropFirst(digits.count).first.map { "）)、.".contains($0) } == true
        }.count
        if list.items.count > 1, numberedAsText * 2 >= list.items.count - 1, let delimiter = inner.marker.last {
            let escaped = String(inner.marker.dropLast()) + "\\" + String(delimiter)
            return .unsafe("escape '\(inner.marker)' as '\(escaped)', so that it reads as text like the items around it",
                           [Edit(range: inner.markerRange, replacement: escaped)])
        }
        // `- [1162. Map analysis](…)` / `- 463. The circumference of the island`: without its
        // bullet the item would leave the list the other bullets go on with, a list of its own.
        let othersStayBullets = list.items.contains { item in
            guard item.markerRange != outer.markerRange else { return false }
            guard case .list(let nested)? = item.children.first, nested.isOrdered, let first = nested.items.first else { return true }
            return source.line(containing: first.markerRange.start) != source.line(containing: item.markerRange.start)
        }
        if othersStayBullets, let delimiter = inner.marker.last {
            let escaped = String(inner.marker.dropLast()) + "\\" + String(delimiter)
            return .unsafe("escape '\(inner.marker)' as '\(escaped)', so that it reads as the item's text and the item stays in its list",
                           [Edit(range: inner.markerRange, replacement: escaped)])
        }
        // `Example:` / `- 261. Graph Valid Tree`, the first item right under a line of text: a
        // number other than 1 cannot interrupt a paragraph, so without its bullet the item would
        // join that line as text. Escaped, the number reads as text, as written.
        let line = source.line(containing: outer.markerRange.start)
        let followsText = outer.markerRange == list.items.first?.markerRange && line > 1
            && !source.lineText(line - 1).allSatisfy(\.isWhitespace)
        if followsText, inner.number != 1, let delimiter = inner.marker.last {
            let escaped = String(inner.marker.dropLast()) + "\\" + String(delimiter)
            return .unsafe("escape '\(inner.marker)' as '\(escaped)', so that it reads as the item's text",
                           [Edit(range: inner.markerRange, replacement: escaped)])
        }
        return .unsafe("remove the bullet '\(outer.marker)' and keep the number '\(inner.marker)'",
                       [.delete(SourceRange(outer.markerRange.start, inner.markerRange.start))])
    }

    /// `- 2. 如何…` followed by indented bullets: the bullets belong to the item, whose number is
    /// written inside its bullet.
    private func isNumberInsideBullet(_ ordered: MarkdownList, source: SourceText) -> Bool {
        guard ordered.items.count == 1, let item = ordered.items.first else { return false }
        return ListItemSupport.linePrefix(of: item, in: source).contains { $0 == "-" || $0 == "*" || $0 == "+" }
    }

    /// Bullets of another kind than the numbered questions above: a checklist, answer links, a
    /// table of contents, or sentences under questions.
    private func isOtherKind(_ bullets: MarkdownList, after ordered: MarkdownList, in file: MarkdownFile) -> Bool {
        let conventions = CollectionConventions.of(file)
        // Numbered steps or sentences are not questions: bullets after them are their details.
        if conventions.role(of: ordered) != .questions { return true }
        // The last question carries its answer (a heading, or text leading in with `:` or `,`):
        // the bullets continue that answer.
        if let last = ordered.items.last {
            if last.children.contains(where: { if case .heading = $0 { true } else { false } }) { return true }
            if last.children.count > 1, let end = last.paragraphs.last?.text.trimmed(where: { $0 == " " }).last,
               ":：,，".contains(end) { return true }
            // `1. 检查元组中是否存在项：` over `- 检查 'Estonia' 是否…`: the last item alone leads in
            // with a colon (not every item's style), and the bullets are its points.
            func leadsIn(_ item: ListItem) -> Bool {
                guard let end = item.paragraphs.last?.text.trimmed(where: { $0 == " " }).last else { return false }
                return end == ":" || end == "："
            }
            if leadsIn(last), ordered.items.dropLast().count(where: leadsIn) * 2 < ordered.items.count - 1 || ordered.items.count == 1 { return true }
        }
        switch conventions.role(of: bullets) {
        case .checklist, .notes, .navigation, .answerLinks, .groupLabels, .subPoints, .references, .steps, .fields: return true
        default: break
        }
        let labels = conventions.labels
        let proseBullets = bullets.items.filter { ItemShape.of($0, labels: labels) == .prose }.count
        let proseNumbers = ordered.items.filter { ItemShape.of($0, labels: labels) == .prose }.count
        return proseBullets * 2 > bullets.items.count && proseNumbers * 2 <= ordered.items.count
    }

    /// Turns every bullet into the next number of `ordered`, moves each item's indented lines
    /// along with its wider marker, and renumbers an ordered list that directly follows.
    /// The number every item of `ordered` shows, when it has two items or more and all show
    /// one (`1.` `1.` `1.`, the all-ones style).
    static func repeatedNumber(of ordered: MarkdownList) -> Int? {
        guard ordered.items.count >= 2, let first = ordered.items.first?.number,
              ordered.items.allSatisfy({ $0.number == first }) else { return nil }
        return first
    }

    /// Numbers the bullets on from `first`, or each `first` when `repeating` (the list above
    /// numbers every item alike); the list after them counts on from the bullets only when
    /// the numbers count up.
    private func continueNumbering(_ bullets: MarkdownList, after ordered: MarkdownList, from first: Int, repeating: Bool,
                                   following next: MarkdownList?, source: SourceText) -> Fix? {
        let delimiter = ordered.orderedDelimiter ?? "."
        var edits: [Edit] = []
        for (offset, item) in bullets.items.enumerated() {
            let marker = "\(repeating ? first : first + offset)\(delimiter)"
            edits.append(Edit(range: item.markerRange, replacement: marker))
            // The item's indented lines move with its wider marker; when they cannot (a tab, an
            // item inside a quote), there is no fix: a space before a tab moves nothing, and the
            // lines would fall out of the item (a code fence of a nested list became text).
            guard let moved = ListRenumbering.continuationEdits(for: item, movingBy: marker.utf8.count - item.markerRange.length, in: source) else {
                return nil
            }
            edits += moved
        }
        let count = bullets.items.count
        if repeating {
            return .unsafe("number the bullet\(count == 1 ? "" : "s") '\(first)\(delimiter)' like the list above", edits)
        }
        var title = "continue the ordered numbering: number the bullet\(count == 1 ? "" : "s") " + (count == 1 ? "\(first)" : "\(first)–\(first + count - 1)")
        if let next, let renumbered = ListRenumbering.edits(for: next.items, startingAt: first + count, in: source), !renumbered.isEmpty {
            edits += renumbered
            title += ", and the list after them from \(first + count)"
        }
        return .unsafe(title, edits)
    }
}
