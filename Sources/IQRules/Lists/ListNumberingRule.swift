import IQCore
import IQMarkdown

public struct ListNumberingRule: DocumentRule {
    public static let description = RuleDescription(
        id: "list-numbering",
        summary: "ordered list items count up by one",
        details: """
            With style `ordered` a list starts at 1 (or 0) and every item's number \
            is one more than the previous item's. A list that continues a list Markdown ended \
            earlier in the same section (a paragraph or a bullet list between them) may start \
            where that one stopped, and so may a list starting right after any number an \
            earlier ordered list shows (questions numbered across headings and answers). The number is read from the source: Markdown renders \
            `1. 3. 4.` as 1, 2, 3, so the file and the page disagree. Each break in the sequence \
            is reported once, at the item where it happens; items that start counting again \
            at 1 inside a list (an answer's points written without indentation) are reported once, \
            at the first, without a fix (`1.` / `1.` / `2.` too, unless the document writes its other \
            lists `1.` on every item: then the `2.` is the stray number; a `1.` the next item counts \
            on past, `3.` / `1.` / `5.`, is one mistyped number, and so is a `1.` in a list whose every item \
            links its article: entries, not an answer's points; after a label glued onto the item above, \
            `缺点：` under the last of the pros, the message names the label, whose missing blank line is the repair). A number glued onto the item above \
            because an ideographic or no-break space follows it (`2.　b`, which lazy-continuation \
            reports) still counts: the next item goes on from it. An item written at the end of the \
            line above (`3. … surprising? 4. Write …` over `5. Plot …`) is reported where it stands, \
            with an unsafe fix that starts it on a line of its own, and the `5.` counts. When every \
            item after the first counts from 2 (`3.` `2.` `3.` `4.`), the first is the one mistyped \
            number, even where 3 would go on from a list above. A list that opens `1.` `2.` `3.` \
            counts, whatever ones follow, and so does a list whose every other number is its \
            item's place (`1.` `2.` `1.` `1.` `5.`: each `1.` is a stray, reported at its place, and \
            the typed places are kept; a `1.` after the last number that counts may as well start a \
            list glued to this one, so its renumbering is an unsafe fix). With style `one` every item is \
            `1.`; with `one-or-ordered` (the default, markdownlint's `one_or_ordered`) each list \
            may do either, judged by most of its items. `.iqlint.yml`'s `conventions: \
            numbering:` sets the style for the whole collection when this option is left alone.

            Numbers written inside bullets (`- 1. …` `- 2. …`, which renders as a bullet showing \
            the number) are judged as one sequence across the sibling bullets, without a fix, \
            and only when most of the sequence counts up; a `- 1.` there starts an enumeration of its own. A list of one item numbered 10 or more, \
            with no list before it in its section (`461. Hamming Distance`), is numbered by what \
            it names and is not reported; so is any one-item list with no numbered list before it \
            in its section (`2. 接下来…` after the first step told in prose): the page shows the \
            number written, and nothing before it counts. Neither is a list that counts on from a \
            number written as text right above it (` 1.《…》`, glued to its text, is a paragraph, \
            or `主要特性：1. …` ending the line above, or `3- Null values:`, a `-` typed for the `.`; \
            `2.` and `3.` below it make 1, 2, 3 on the page), also above the step's fenced code, its quote or \
            in the quiz option above (`- [x] 1.In SketchUp, open…` over `2. Click…`). A list that \
            repeats the last number of the list before it, itself counting on past 1 (`317.` / \
            `**[Back to Top]**` / `317.`), is reported at the repeat, and the list after it may go on \
            from the number the repeat should have had (`319.`). The first numbered list of a file \
            starting past 1 (`28.` on the third page of a chapter) is `info`: a book split into \
            files numbers its questions across them; with no fix when the headings carry the same \
            numbers (`3. BERT 应用` over `## 3-BERT 应用`). An outline whose details are indented too little to \
            nest (`1. Step` / `  1. detail` / `  2. detail` / `2. Step`: two spaces, where `1. ` \
            takes three) is one flat list on the page; when the steps and each run of details \
            count on their own, it is reported once, at the first detail, without a fix.
            """,
        rationale: """
            Contributors add, remove and move questions; numbers drift, and reviewers cite \
            question numbers that the rendered page does not show. A skipped or repeated number \
            is also a sign that an item was lost in a merge.
            """,
        defaultSeverity: .error,
        fix: .safeOrUnsafe,
        options: [
            RuleOptionDescription(name: "style", summary: "numbering style: `ordered`, `one` or `one-or-ordered`",
                                  defaultValue: "one-or-ordered", allowedValues: ["ordered", "one", "one-or-ordered"]),
        ],
        triggeringExamples: [
            // A label glued onto the last of the pros took the cons' list in.
            RuleExample("优点：\n\n1. 多GPU支持好\n2. 针对热门领域推出gluoncv模块\n缺点:\n↓1. 现在官方社区主要在推gluon接口\n2. 偏小众\n"),
            // A number typed twice across lists split by `Back to Top`; the next goes on from 3.
            RuleExample("1. ### Q one\n\n**[Back to Top](#top)**\n\n2. ### Q two\n\n**[Back to Top](#top)**\n\n↓2. ### Q three\n\n**[Back to Top](#top)**\n\n4. ### Q four\n"),
            RuleExample("1. [微调方法总结](https://a.example/1)\n↓3. [deepspeed的加速原理](https://a.example/3)\n4. [vllm](https://a.example/4)\n"),
            RuleExample("1. a\n2. b\n↓2. c\n"),
            // Answer points further down restart the count: the renumbering stops short of them (no fix).
            RuleExample("1.  ### What is A?\n    Answer.\n\n2.  ### What is B?\n    Answer.\n\n↓2.  ### What is C?\n    Answer.\n\n3.  ### What are the caveats?\n    Two cases:\n\n↓1. When you set an item\n2. When you change the length\n"),
            // A `1.` the count goes on past (`5.` after it): one mistyped number each.
            RuleExample("1. a\n2. b\n3. c\n↓1. d\n5. e\n↓1. f\n7. g\n"),
            // Two runs counting from 1: the count starts again inside the list, not a list of ones.
            RuleExample("1. Spring 原理\n\n↓1. Mybatis 原理\n2. Hibernate 了解吗\n"),
            // Articles, each linked: the `1.` is a repeated number, renumbered with the rest.
            RuleExample("1. [Search at Etsy](https://a.example/1)\n↓1. [Ranking at Airbnb](https://a.example/2)\n2. [Embeddings at Spotify](https://a.example/3)\n"),
            // Unless the document writes its lists as ones: then the `2.` is the stray number.
            RuleExample("## Day 1\n\n1. Print hello\n1. Print the date\n\n## Day 2\n\n1. Sum two numbers\n1. Sum a list\n\n"
                + "## Exercises\n\n1. Scrape the site\n1. Extract the table\n↓2. Scrape the presidents table\n"),
            // Two items swapped: one finding, whose fix renumbers both.
            RuleExample("1. Write the script\n↓3. Validate the input\n2. Test the script\n"),
            // Details indented too little to nest, each written `1.`: the outline, not the numbers.
            RuleExample("1. Open the settings\n2. Click \"Password policy\"\n  ↓1. Check \"Minimum length\"\n  1. Check \"Require a number\"\n3. Save\n"),
            RuleExample("↓3. starts at three\n4. next\n"),
            RuleExample("1. a\n\ntext\n\n↓12. b\n"),
            // An answer's points, unindented, take the next question into their list.
            RuleExample("1. ### What is A?\n2. ### What is B?\n3. ### What is C?\n\nIts points:\n\n1. map\n2. filter\n\n↓4. ### What is D?\n"),
            RuleExample("1. 初始容量是多少？\n\n答案：0。\n\n2. 扩容机制是什么？\n\n答案：\n\n   1. 创建新数组\n   2. 拷贝旧元素\n   3. 覆盖旧数组\n↓3. 并发修改有什么问题？\n"),
            RuleExample("1. ### A\n↓3. one\n\n## C\n\n3. ### B\n"),
            RuleExample("1. a\n↓2. b\n", options: ["style": "one"]),
            RuleExample("1. a\n↓1. b\n", options: ["style": "ordered"]),
            RuleExample("1. a\n1. b\n1. c\n↓2. d\n1. e\n"),
            RuleExample("- 1. 什么是LoRA\n- 2. 什么是QLoRA\n- ↓4. 什么是P-tuning\n- 5. 什么是Prefix\n"),
            RuleExample("- outer\n  1. a\n  ↓5. b\n"),
            RuleExample("1. a\n- b\n↓3. c\n"),
            RuleExample("1. ### Q1\n2. ### Q2\n3. ### Q3\n↓1. point\n1. point\n4. ### Q4\n"),
            // One mistyped number: the item after it counts on from the one before, and is fine.
            RuleExample("1. a\n2. b\n3. c\n↓20. d\n5. e\n6. f\n"),
            // Lists set apart by text: the `1.` that should be `2.` is the mistake, not the `3.`.
            RuleExample("1. a\n\ntext\n\n↓1. b\n\ntext\n\n3. c\n\ntext\n\n4. d\n"),
            RuleExample("12. Q\n\nanswer\n\n↓14. Q\n"),
            RuleExample("16. Q\n\nanswer:\n\n1. a\n2. b\n\n---\n\n↓18. Q\n"),
            // Details indented two spaces under `1. `: one flat list on the page, reported once.
            RuleExample("1. Create a balancer\n  ↓1. threshold: 3\n  2. interval: 10\n2. Create a group\n  1. forward traffic\n"),
            // Every item after the first counts from 2: the first is the one number out of step,
            // even where 3 would go on from the list above.
            RuleExample("1. x\n2. y\n\n## 总结\n\n↓3. 观察者和生命周期绑定\n2. 处于后台时不通知\n3. 恢复时通知\n4. 被缓存\n"),
            // Item 4 written at the end of item 3's line; the `5.` counts right.
            RuleExample("1. a\n2. b\n3. Why were the results surprising? ↓4. Write the formula.\n5. Plot it.\n"),
            // Step 2 indented into step 1 (a list inside it): reported there; the `3.` counts on from it.
            RuleExample("1. Build the image.\n\n    ```bash\n    make up\n    ```\n   ↓2. Run the init script\n3. Run the job\n"),
            // A list that opens counting to 3: the ones after it are the strays, not the 2 and 3.
            RuleExample("1. a\n2. b\n3. c\n↓1. d\n↓1. e\n"),
        ],
        nonTriggeringExamples: [
            // Answers alone on their lines, which Markdown reads as one-item lists: no count goes on.
            RuleExample("**1. How many numbers does FizzBuzz print?**\n\n160.\n\n**2. What is 2+2?**\n\n4.\n"),
            // A step 0 over ones: shown 0, 1, 2, 3.
            RuleExample("## Steps\n\n0.  Check out the official site.\n1.  Read the article.\n1.  Fork this repo.\n1.  Code an hour every day.\n"),
            // Two enumerations written inside bullets.
            RuleExample("- 1. 使用 CAS 原子指令\n- 2. head/tail 并非总是指向头尾\n- 3. 以批处理方式更新\n\n- 1. 入队时 next 域为 null\n- 2. item 域不能为 null\n- 3. 删除的结点不置空\n"),
            // `3-` typed for `3.`: Markdown shows it as text, and the `4.` after it counts on from it.
            RuleExample("1. Basic credentials:\n```\n{\"login\": \"admin\"}\n```\n\n2. Empty credentials:\n```\n{\"login\": \"\"}\n```\n\n3- Null values:\n```\n{\"login\": null}\n```\n\n4. Numbers:\n```\n{\"login\": 1}\n```\n"),
            // A step numbered as text (no space after `2.`), its request quoted under it, then `3.`.
            RuleExample("### 复现方法\n\n1. 创建一个只有一条文档的索引\n\n> POST test_index/type1/?refresh=true\n\n 2.使用wildcard query执行查询\n\n> POST /test_index/_search\n\n3. 查看结果\n"),
            // Each option's first step glued into it, its next steps under it.
            RuleExample("#### Q2. How do you edit a component?\n\n- [x] 1.In SketchUp, open the Components window.\n\n2. Click the arrow.\n3. Select the component.\n\n"
                + "- [ ] 1.In SketchUp, select the component.\n\n2. In the Entity Info window, edit it.\n"),
            RuleExample("1. Fork\n```sh\ngit clone fork\n```\n2. Fetch\n```sh\ngit fetch upstream\n```\n3.Rebase onto the feature branch\n```sh\ngit rebase feature\n```\n4. Push\n"),
            RuleExample("1. a\n2. b\n3. c\n"),
            RuleExample("1. a\n2.\u{3000}b\n3. c\n"),
            RuleExample("## 位运算\n\n461. Hamming Distance (Easy)\n\n[Leetcode](https://a.example/461)\n"),
            // `1.《…》` glued to its text is a paragraph; the list below it counts on, as the page shows.
            RuleExample("参考资料：\n\n 1.《Redis 核心技术与实战》\n\n2. https://a.example/redis\n3. https://b.example/cache\n"),
            // The count begun in the prose of the line above.
            RuleExample("* [Nexty.dev](https://a.example/nexty): 全栈 SaaS 模板。主要特性：1. 内置支付流程\n2. 内置定价卡片管理\n3. 内置CMS模块\n"),
            // The first step told in prose, the second numbered alone: the page shows `2.`.
            RuleExample("## 思路\n\n这是本题的第一个技巧。\n\n2. 接下来需要本题的第二个技巧：将数字入栈。\n\n## 关键点\n\n- 从后往前遍历\n"),
            // Problem numbers, each item apart: they name the problems.
            RuleExample("  100. Same Tree\n  ```java\n  class A {}\n  ```\n  257. Binary Tree Paths\n  ```java\n  class B {}\n  ```\n"),
            RuleExample("1. a\n\ntext\n\n1. b\n\ntext\n\n2. c\n"),
            // A question written inside an HTML block keeps its number on the page.
            RuleExample("12. What is the output?\n\n---\n\n<div dir='rtl'>\n13. What are the phases?\n</div>\n\n---\n\n14. What is the output?\n"),
            RuleExample("1. ### A\n\n## Key points\n\n- x\n\n2. ### B\n"),
            RuleExample("0. zero-based\n1. next\n"),
            RuleExample("1. a\n1. b\n1. c\n", options: ["style": "one"]),
            RuleExample("1. a\n1. b\n"),
            RuleExample("1. a\n1. b\n1. c\n"),
            RuleExample("- 1. 什么是LoRA\n- 2. 什么是QLoRA\n- 3. 什么是P-tuning\n"),
            RuleExample("- 2. 如何微调\n- 5. 如何部署\n- 1. 如何评测\n"),
            RuleExample("1) a\n2) b\n"),
            RuleExample("1. a\n2. b\n\n说明：下面接着编号。\n\n3. c\n4. d\n"),
            RuleExample("- 注：not numbered\n- 注：bullets are never judged\n"),
            RuleExample("1. [大模型提示学习](https://a.example/1)\n- 激活函数的选择与优化\n2. [模型压缩与模型蒸馏](https://a.example/2)\n"),
        ],
        corrections: [
            RuleCorrection("1. a\n3. b\n4. c\n", "1. a\n2. b\n3. c\n"),
            RuleCorrection("1. a\n2. b\n20. c\n4. d\n", "1. a\n2. b\n3. c\n4. d\n"),
            RuleCorrection("9. a\n10. b\n", "1. a\n2. b\n", unsafe: true),
            RuleCorrection("1. a\n2. b\n3. Why? 4. Write it.\n5. Plot it.\n", "1. a\n2. b\n3. Why?\n4. Write it.\n5. Plot it.\n", unsafe: true),
            // The third `3` counts on from the unsafe fix of the second: no safe fix of its own,
            // which applied alone would leave `3.` `3.` `5.` `6.`.
            RuleCorrection("1. a\n2. b\n1. c\n2. d\n3. e\n3. f\n3. g\n4. h\n", "1. a\n2. b\n1. c\n2. d\n3. e\n3. f\n3. g\n4. h\n"),
            // `4.` and `5.` are where the page shows 4 and 5: no safe fix writes 3 and 4 there.
            RuleCorrection("1. q1\n1. q2\n2. q3\n4. q4\n5. q5\n", "1. q1\n1. q2\n2. q3\n4. q4\n5. q5\n"),
            // A number at its place among ones (a detail short of its indentation above it): no fix writes it over.
            RuleCorrection("1.  自动内存管理\n  1.  没有垃圾回收器\n3.  自动内存管理机制\n", "1.  自动内存管理\n  1.  没有垃圾回收器\n3.  自动内存管理机制\n"),
            // Every number but the `1.`s is its item's place: each stray gets its place, the typed places are kept.
            RuleCorrection("1. a\n2. b\n1. c\n1. d\n5. e\n1. f\n7. g\n", "1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n"),
            // The headings carry the list's numbers: they name the parts, no fix.
            RuleCorrection("本文包含：\n\n3. BERT 应用\n4. BERT 训练\n\n## 3-BERT 应用\n\n## 4-BERT 训练\n", "本文包含：\n\n3. BERT 应用\n4. BERT 训练\n\n## 3-BERT 应用\n\n## 4-BERT 训练\n", unsafe: true),
            RuleCorrection("1. a\n2. b\n", "1. a\n1. b\n", options: ["style": "one"]),
            RuleCorrection("- 1. a\n- 2. b\n- 4. c\n", "- 1. a\n- 2. b\n- 4. c\n"),
            RuleCorrection("1. a\n2. b\n\ntext\n\n7. c\n", "1. a\n2. b\n\ntext\n\n3. c\n", unsafe: true),
            RuleCorrection("1. a\n\ntext\n\n1. b\n\ntext\n\n3. c\n", "1. a\n\ntext\n\n2. b\n\ntext\n\n3. c\n", unsafe: true),
            // The answer's own points do not set the count: 17 is missing, not 3.
            RuleCorrection("16. Q\n\nanswer:\n\n1. a\n2. b\n\n---\n\n18. Q\n", "16. Q\n\nanswer:\n\n1. a\n2. b\n\n---\n\n17. Q\n", unsafe: true),
        ],
        fixSafety: """
            Safe when only later numbers change: Markdown shows a list's items counting up from \
            its first number whatever the later ones say, so the page stays the same. Unsafe when the \
            first number changes (`9.` `10.` to `1.` `2.`): the page then shows other numbers; and when \
            the new numbers differ from those the page shows (`1.` `1.` `2.` `4.`: `4.` stands where the \
            page shows 4, and the slip may be the repeated `1.`). When a number gets wider or narrower (`9.` to `10.`), the item's \
            indented lines move by the same amount, so a nested list stays nested and a paragraph never turns \
            into a code block; when they cannot move (tabs, an item inside a quote), the problem is reported \
            without a fix.
            """,
        emittedSeverities: [.error, .info]
    )

    enum Style: String { case ordered, one, oneOrOrdered = "one-or-ordered" }

    let style: Style

    public init(options: RuleOptions) {
        style = Style(rawValue: options.string("style")) ?? .ordered
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        let source = file.source
        // `160.` alone on its line under a question, `4.` under the next: numbers Markdown read as
        // markers of empty one-item lists (empty-item's to report), no list counting on from another.
        let loneNumbers = Set(document.lists.filter { $0.isOrdered && $0.items.count == 1 && $0.items[0].isEmpty }.map(\.index))
        let predecessors = DocumentStructure.precedingListInSection(document).filter { index, entry in
            !loneNumbers.contains(index) && !loneNumbers.contains(entry.list.index)
        }
        var violations: [Violation] = []
        // A style left at its default yields to the collection's configured convention.
        let configured = file.derived.overrides.string("numbering").flatMap(Style.init) ?? style
        let chosen = style == .oneOrOrdered ? configured : style
        let inBullets = Set(document.lists.flatMap { Self.numbersInsideBullets($0, in: source) }.map(\.index))
        for list in document.lists where !list.isOrdered {
            violations += bulletSequenceViolations(list, in: source)
        }
        // Where earlier ordered lists stopped: a list starting right after one of them continues
        // it, however much (headings, answers) stands between (`3. ### Q` … `## Key Points` … `4. ### Q`).
        let byStart = document.lists.filter(\.isOrdered).sorted { $0.range.start < $1.range.start }
        var stoppedBefore: [Int: Set<Int>] = [:]
        var stops = Set<Int>()
        // Questions written inside HTML blocks (`<div dir='rtl'>` around `13. …`) count too:
        // the page shows their numbers as typed.
        let numbersInHTML = Self.numbersInHTMLBlocks(document)
        var nextInHTML = 0
        for list in byStart {
            while nextInHTML < numbersInHTML.count, numbersInHTML[nextInHTML].offset < list.range.start {
                stops.insert(numbersInHTML[nextInHTML].number)
                nextInHTML += 1
            }
            stoppedBefore[list.index] = stops
            // Any number an earlier list shows in the file, or renders for its last item
            // (`473.` `1.` `1.` renders 473–475): the author may go on from any of them.
            stops.formUnion(list.items.compactMap(\.number))
            if let start = list.items.first?.number { stops.insert(start + list.items.count - 1) }
        }
        let restarts = Self.mistypedRestarts(document.lists, predecessors: predecessors)
        let repeats = Self.repeatedNumbers(document.lists, predecessors: predecessors, source: source)
        let successors = Self.successors(document.lists, predecessors: predecessors)
        // The edits that carry a renumbering of `list` by `shift` on to the lists going on from it.
        func followingEdits(_ list: MarkdownList, shift: Int) -> [Edit] {
            shift == 0 ? [] : Self.followingLists(of: list, successors: successors).flatMap { next in
                ListRenumbering.edits(for: next.items, startingAt: (next.items[0].number ?? 1) + shift, in: source) ?? []
            }
        }
        // `1.` / `1.` / `2.` is two counting runs unless the document writes its lists as ones.
        lazy var writesOnes = Self.writesListsAsOnes(document.lists)
        for list in document.lists where list.isOrdered && !list.items.isEmpty && !inBullets.contains(list.index) && !loneNumbers.contains(list.index) {
            if chosen != .one, let outline = Self.flatOutlineViolation(list, in: source) {
                violations.append(outline)
                continue
            }
            // `0.` then `1.` on every item: a step 0 over a list written as ones, which Markdown
            // counts 0, 1, 2… as meant.
            if chosen == .oneOrOrdered, list.items.count >= 3, list.items[0].number == 0,
               list.items.dropFirst().allSatisfy({ $0.number == 1 }) { continue }
            var effective = chosen
            if chosen == .oneOrOrdered {
                // Most items repeating the first number: every item is meant to show the same number.
                let repeats = list.items.dropFirst().filter { $0.number == list.items[0].number }.count
                // `1.` `2.` `3.` `1.` `1.`: a list that opens counting to 3 counts; the ones are the strays.
                let opensCounting = list.items.count > 3 && list.items.prefix(3).map(\.number) == [1, 2, 3]
                // `1.` `2.` `1.` `1.` `5.` `1.` `7.`: every other number is its item's place; the
                // `1.`s are the strays (an editor's), and the typed places are kept.
                effective = list.items.count > 1 && list.items[0].number == 1 && repeats * 2 >= list.items.count - 1 && !opensCounting
                    && !Self.countsByPlace(list.items)
                    && (!Self.isTwoCountingRuns(list) || writesOnes) ? .one : .ordered
            }
            let predecessor = predecessors[list.index].flatMap { $0.list.isOrdered ? $0 : nil }
            switch effective {
            case .one:
                for (index, item) in list.items.enumerated() where item.number != 1 {
                    // `1.` / `  1.` (a detail short of its indentation) / `3.`: a number that is its
                    // item's place may be the one counting right; no fix writes it over.
                    // (Only where the style is inferred: a configured `one` wants every number a 1.)
                    let isItsPlace = chosen == .oneOrOrdered && index > 0 && item.number == index + 1
                    var violation = numberViolation(item, expected: 1, found: item.number ?? 0, changesStart: index == 0,
                                                    edits: isItsPlace ? [] : ListRenumbering.edits(for: item, to: 1, in: file.source) ?? [])
                    if isItsPlace {
                        violation.help.append("\(item.number ?? 0) is this item's place in the list: if the list counts, the `1.`s before it are the slips (a detail indented too little to nest?)")
                    }
                    violations.append(violation)
                }
            case .ordered, .oneOrOrdered:
                if let expected = restarts.expected[list.index], let predecessor {
                    let edits = ListRenumbering.edits(for: list.items, startingAt: expected, in: source).map { $0 + followingEdits(list, shift: expected - 1) }
                    var violation = numberViolation(list.items[0], expected: expected, found: 1, changesStart: true, edits: edits ?? [])
                    violation.help.append(splitHint(predecessor, source: source))
                    violations.append(violation)
                    continue
                }
                // `317. ### Q` / `**Back to Top**` / `317. ### Q` / … / `319. ### Q`: the second 317
                // repeats the number of the list before it; the lists after it count on from 318.
                if let expected = repeats.expected[list.index], let predecessor, let first = list.items.first?.number {
                    let edits = ListRenumbering.edits(for: list.items, startingAt: expected, in: source).map { $0 + followingEdits(list, shift: expected - first) }
                    var violation = numberViolation(list.items[0], expected: expected, found: first, changesStart: true, edits: edits ?? [])
                    violation.help.append(splitHint(predecessor, source: source))
                    violations.append(violation)
                    continue
                }
                violations += orderedViolations(list, predecessor: predecessor, earlierStops: stoppedBefore[list.index] ?? [],
                                                highestBefore: { Self.highestNumber(below: $0, before: list, predecessors: predecessors) },
                                                countsOnFromMistypedRestart: restarts.countingOn.contains(list.index) || repeats.countingOn.contains(list.index),
                                                followingEdits: { followingEdits(list, shift: $0) }, path: file.path, document: file.document)
            }
        }
        return violations
    }

    /// `1.` / `1.` / `2.`: two runs that each count up from 1, the second reaching past 1 (an
    /// answer's points restarting inside the list), not a list of ones with a stray `2.`.
    static func isTwoCountingRuns(_ list: MarkdownList) -> Bool {
        let numbers = list.items.map(\.number)
        guard let restart = numbers.indices.dropFirst().first(where: { numbers[$0] == 1 }), numbers.count - restart >= 2 else { return false }
        func countsUpFromOne(_ run: ArraySlice<Int?>) -> Bool {
            run.enumerated().allSatisfy { offset, number in number == offset + 1 }
        }
        return countsUpFromOne(numbers[..<restart]) && countsUpFromOne(numbers[restart...])
    }

    /// Whether every number of a list opening at `1.`, but its `1.`s, is its item's place (two
    /// such numbers at least): `1.` `2.` `1.` `1.` `5.`.
    static func countsByPlace(_ items: [ListItem]) -> Bool {
        guard items.first?.number == 1 else { return false }
        let others = items.enumerated().filter { $0.element.number != 1 }
        return others.count >= 2 && others.allSatisfy { $0.element.number == $0.offset + 1 }
    }

    /// Whether the document numbers its lists `1.` on every item: two such lists of two items
    /// or more at least, more than lists counting `1.`, `2.`, `3.` (a course writing each
    /// exercise `1.`, where `1.` / `1.` / `2.` has a stray `2.`).
    static func writesListsAsOnes(_ lists: [MarkdownList]) -> Bool {
        var ones = 0, counting = 0
        for list in lists where list.isOrdered && list.items.count >= 2 && list.items.first?.number == 1 {
            if list.items.allSatisfy({ $0.number == 1 }) { ones += 1 }
            if list.items.enumerated().allSatisfy({ $0.element.number == $0.offset + 1 }) { counting += 1 }
        }
        return ones >= 2 && ones > counting
    }

    /// `1. Step` / `  1. detail` / `  2. detail` / `2. Step`: an outline whose details are
    /// indented too little to nest (two spaces, where `1. ` takes three), so Markdown shows one
    /// flat list counting through steps and details alike. Each indent counts on its own (the
    /// steps up from the first, each run of details up from 1 or `1.` for every detail, at one
    /// indent or several deeper than the steps'), and the list is reported once,
    /// at its first detail, without a fix: the details are to be indented, not renumbered.
    static func flatOutlineViolation(_ list: MarkdownList, in source: SourceText) -> Violation? {
        let items = list.items
        guard items.count >= 3 else { return nil }
        let columns = items.map { $0.markerRange.start - source.lineRange(source.line(containing: $0.markerRange.start)).start }
        let outer = columns[0]
        // Details at any indent deeper than the steps' (`  1.` then `   1.`): none nests.
        guard let firstDetail = columns.firstIndex(where: { $0 != outer }), columns.allSatisfy({ $0 >= outer }) else { return nil }
        var expected: (step: Int, detail: Int)? = nil
        // A step numbered wrong (`1. Decrease …` for the third) still leaves an outline when two
        // runs of details or more each count from 1: the indentation is the first thing to mend.
        var misnumberedSteps = 0, detailRuns = 0
        for (item, column) in zip(items, columns) {
            guard let number = item.number else { return nil }
            if column == outer {
                if number != (expected?.step ?? number) { misnumberedSteps += 1 }
                expected = (number + 1, 1)
            } else {
                // Each run of details counts up from 1, or writes 1 for every detail.
                guard let current = expected, number == current.detail || number == 1 else { return nil }
                if number == 1 { detailRuns += 1 }
                expected = (current.step, number + 1)
            }
        }
        guard misnumberedSteps == 0 || detailRuns >= 2 && misnumberedSteps * 2 < items.count - firstDetail else { return nil }
        let step = items[firstDetail - 1], detail = items[firstDetail]
        // Counted from the steps' markers: inside a quote or a nested list the line starts with
        // `> ` or the outer indent, which the details share with their steps.
        let indent = columns[firstDetail] - outer
        let needed = step.markerRange.end - step.markerRange.start + max(1, step.spacesAfterMarker)
        let beyondTheSteps = outer == 0 ? "" : " more than their steps"
        let shown = (items[0].number ?? 1) + firstDetail
        return Violation(range: detail.markerRange,
                         message: "expected \(shown), found \(detail.number ?? 1): the items indented \(indent) spaces\(beyondTheSteps) are not nested under '\(step.marker)' (that takes \(needed)), so Markdown shows one list numbered \(items[0].number ?? 1) to \((items[0].number ?? 1) + items.count - 1)",
                         help: ["indent the details by \(needed) spaces\(beyondTheSteps) (the width of '\(step.marker) ') to nest them under their step"])
    }

    /// The one-item ordered lists that open the bullets of `list` on their marker line
    /// (`- 2. 如何…`): numbers written inside bullets.
    static func numbersInsideBullets(_ list: MarkdownList, in source: SourceText) -> [MarkdownList] {
        guard !list.isOrdered else { return [] }
        return list.items.compactMap { item in
            guard case .list(let inner)? = item.children.first, inner.isOrdered, inner.items.count == 1, let first = inner.items.first,
                  source.line(containing: first.markerRange.start) == source.line(containing: item.markerRange.start) else { return nil }
            return inner
        }
    }

    /// Numbers inside sibling bullets read as one sequence; breaks are reported without a fix,
    /// and only when most of the sequence counts up (else the numbers mean something else).
    private func bulletSequenceViolations(_ list: MarkdownList, in source: SourceText) -> [Violation] {
        let inner = Self.numbersInsideBullets(list, in: source)
        guard inner.count >= 2, inner.count * 2 > list.items.count else { return [] }
        let numbered = inner.compactMap { $0.items.first }
        let pairs = zip(numbered, numbered.dropFirst())
        let counting = pairs.filter { ($0.number ?? 0) + 1 == $1.number }.count
        guard counting * 3 >= (numbered.count - 1) * 2 else { return [] }
        return pairs.compactMap { previous, item in
            // `- 1.` again after `- 3.`: a second enumeration starts (the page shows 1, 2, 3 twice).
            guard let before = previous.number, let number = item.number, number != before + 1, number != 1 else { return nil }
            return Violation(range: item.markerRange, message: "expected \(before + 1), found \(number)",
                             help: ["the number is written inside a bullet (`- \(number). …`); renumber it by hand, or make the list an ordered one"])
        }
    }

    private func orderedViolations(_ list: MarkdownList, predecessor: (list: MarkdownList, between: Block?)?,
                                   earlierStops: Set<Int>, highestBefore: (Int) -> Int?, countsOnFromMistypedRestart: Bool,
                                   followingEdits: (_ shift: Int) -> [Edit], path: String, document: Document) -> [Violation] {
        let source = document.source
        var violations: [Violation] = []
        let items = list.items
        let continuation = predecessor.flatMap { $0.list.items.last?.number }.map { $0 + 1 }
        let first = items[0].number ?? 1
        // `1.` … `8.` `1.` `1.` `11.` `1.` `13.`: every number but the stray `1.`s is its item's
        // place; each stray is reported at its place, and the typed places are kept.
        if Self.countsByPlace(items), items.count(where: { $0.number == 1 }) >= 2 {
            // A `1.` after the last number that counts (`1.` `2.` `3.` then `1. React 与 Vue…`) may
            // be a new list glued to this one as well as a slip: no number after it says which.
            let lastCounted = items.indices.last { items[$0].number != 1 } ?? 0
            return items.indices.dropFirst().filter { items[$0].number == 1 }.map { index in
                var violation = numberViolation(items[index], expected: index + 1, found: 1, changesStart: index > lastCounted,
                                                edits: ListRenumbering.edits(for: items[index], to: index + 1, in: source) ?? [])
                if index > lastCounted {
                    violation.help.append("if a new list starts here, Markdown still counts it on from the list above (showing \(index + 1)): "
                                          + "set the two apart with a line of text or `<!-- -->` between them")
                }
                return violation
            }
        }
        // `461. Hamming Distance (Easy)` alone, with no list before it in its section, or after
        // another such item far from it (`100. Same Tree` … code … `257. Binary Tree Paths`):
        // the number names the item (a problem, a year), it does not count.
        let namesItsItem = items.count == 1 && first >= 10 && (predecessor.map { Self.namesItsItem(first, after: $0.list) } ?? true)
        // `2. 接下来需要本题的第二个技巧` alone after paragraphs, the first step told in prose: the
        // page shows the number written, and nothing before it in the section counts.
        let nothingNumberedBefore = predecessor == nil && highestBefore(first) == nil
        let standsAlone = items.count == 1 && nothingNumberedBefore
        // `3. a` / `2. b` / `3. c` / `4. d`: every item after the first counts on from 2, so the
        // list counts from 1 and the one mistyped number is the first (even where 3 would go on
        // from the list above). The page shows 3 to 6: renumbering the first changes it.
        let isMistypedFirst = first != 1 && items.count >= 3
            && items.indices.dropFirst().allSatisfy { items[$0].number == $0 + 1 }
        if isMistypedFirst {
            let edits = ListRenumbering.edits(for: items[..<1], startingAt: 1, in: source) ?? []
            var violation = numberViolation(items[0], expected: 1, found: first, changesStart: true, edits: edits)
            violation.help.append("the items after it count on from 2 (\((2...min(items.count, 4)).map(String.init).joined(separator: ", ")), …): the list counts from 1, and \(first) is the one number out of step")
            violations.append(violation)
        } else if first > 1 && first != continuation && !earlierStops.contains(first - 1) && !namesItsItem && !standsAlone
            && !countsOnFromMistypedRestart && Self.numberWritten(above: list.range.start, in: source) != first - 1
            && !(predecessor.map { Self.linesOpen(withNumber: first - 1, from: $0.list.range.end, to: list.range.start, in: source) } ?? false) {
            // After an answer's own `1.` `2.` (`16. Q` … `1. a` `2. b` … `18. Q`), the count the list
            // belongs to is the section's highest number below it, not the answer's.
            let expected = max(continuation ?? 1, highestBefore(first).map { $0 + 1 } ?? 1)
            let edits = ListRenumbering.edits(for: items, startingAt: expected, in: source).map { $0 + followingEdits(expected - first) }
            var violation = numberViolation(items[0], expected: expected, found: first, changesStart: true, edits: edits ?? [])
            if let predecessor { violation.help.append(splitHint(predecessor, source: source)) }
            // The file's first numbers (`28.` on the third page of a chapter): they may go on from
            // another page's, as a book split into files numbers its questions across them.
            if nothingNumberedBefore, earlierStops.isEmpty {
                violation.severity = .info
                violation.help.append("the first numbered list of the file: if it goes on from another page's numbers (a book split into files), this is as meant")
                // `3. BERT-based Models` over `## 3-BERT-based Models`: the headings carry the
                // same numbers, which name the parts; renumbering would part the two.
                if Self.headingsCarry(items.compactMap(\.number), in: document) { violation.fix = nil }
                // `8.2.4-other.md` starting at 36 in a GitBook (its `SUMMARY.md` beside it or above):
                // the page goes on from the one before it; renumbering would lose the questions' numbers.
                if Self.isBookPage(path) { violation.fix = nil }
            }
            violations.append(violation)
        }
        // The number before a count that started again at 1 inside the list, while its items last.
        var restartedAfter: Int?
        // Where a renumbering fix starts and the number it gives that item: the items after it
        // are expected to count on from the fixed numbers, which the later messages name.
        var renumbered: (index: Int, number: Int, isSafe: Bool)?
        for index in items.indices.dropFirst() {
            if let outer = restartedAfter {
                // The restarted items are reported once, at the first; the outer count may resume.
                if items[index].number == outer + 1 { restartedAfter = nil }
                continue
            }
            // The usual item counts on from the one above; only a break needs a closer look.
            if isMistypedFirst && index == 1 { continue }
            guard let number = items[index].number, items[index - 1].number.map({ number != $0 + 1 }) ?? true else { continue }
            // After a renumbering fix further up, the number the fix gives the item above counts
            // (`1.` `2.` `2.` `2.`: expected 3, then 4, then 5; `1.` `2.` `2.` `9.` `10.` `10.`:
            // expected 3, 4 and 6), as the fix writes them: the messages name the numbers it writes.
            let followsFix = renumbered != nil
            let written = followsFix ? renumbered.map { $0.number + (index - 1 - $0.index) } : items[index - 1].number
            // `1. a` / `2.　b` / `3. c`: the glued `2.` (lazy-continuation reports it) is the number
            // the author counted on from.
            var shown = MarkerLookalike.hiddenNumbers(in: items[index - 1], of: list, source: source).last ?? written
            // `1. Build` / `   2. Make sure…` / `3. Now run…`: step 2 indented into step 1, which
            // Markdown shows as a list inside it; the `3.` counts on from it.
            if let written = shown, case .list(let nested)? = items[index - 1].children.last, nested.isOrdered,
               let nestedFirst = nested.items.first?.number, nestedFirst == written + 1,
               let nestedLast = nested.items.last?.number, nestedLast == nestedFirst + nested.items.count - 1, number == nestedLast + 1 {
                let steps = nested.items.count == 1 ? "item \(nestedFirst)" : "items \(nestedFirst) to \(nestedLast)"
                violations.append(Violation(
                    range: nested.items[0].markerRange,
                    message: "expected \(steps) at the indentation of item \(written), found \(nested.items.count == 1 ? "it" : "them") indented into item \(written): Markdown shows a list inside item \(written)",
                    help: ["write the marker at the column of the list's other markers"]))
                shown = nestedLast
            }
            guard let previous = shown, number != previous + 1 else { continue }
            // `3. … surprising? 4. Write …` / `5. Plot …`: item 4 is on item 3's line, and the
            // `5` counts right; the line break is what is missing.
            if number == previous + 2, let glued = GluedItemNumber.find(previous + 1, in: items[index - 1], of: list, source: source) {
                let column = items[index - 1].markerRange.start - source.lineRange(source.line(containing: items[index - 1].markerRange.start)).start
                let indent = source.string(in: SourceRange(items[index - 1].markerRange.start - column, items[index - 1].markerRange.start))
                violations.append(Violation(
                    range: glued.marker,
                    message: "expected item \(previous + 1) on a line of its own, found it on the line of item \(previous): Markdown shows it as words of item \(previous), and \(number) as item \(previous + 1)",
                    fix: .unsafe("start item \(previous + 1) on a line of its own", [Edit(range: glued.spaces, replacement: "\n" + indent)],
                                 rewrites: [.becomeListMarker(source.string(in: glued.marker))])))
                continue
            }
            // `3. c` / `20. d` / `5. e`: one mistyped number, reported (and renumbered) at `20`;
            // the item after it counts on from the item before it.
            // (By the numbers as written: a fix further up moves the count, not the slip.)
            let writtenAbove = items[index - 1].number
            if index >= 2, let beforeTypo = items[index - 2].number, writtenAbove != beforeTypo + 1, number == beforeTypo + 2 { continue }
            // `1. a` / `3. b` / `2. c`: two items swapped, reported at `3`, whose fix renumbers
            // both; the `2` goes on from the item before the swap, not from the `3`.
            if index >= 2, let beforeSwap = items[index - 2].number, writtenAbove == beforeSwap + 2, number == beforeSwap + 1 { continue }
            // `3. c` / `1. d` / `5. e`: the item after it counts on as if it were 4, so the `1.`
            // is one mistyped number, not a count starting again.
            // Every item an entry linking its article: one list, numbered twice from 1 by mistake;
            // an answer's points restarting the count link nothing. Renumbering the rest of the
            // list mends every later number too: reported once.
            let restartsEntries = number == 1 && previous >= 1 && items.count >= 3 && items.allSatisfy { $0.links.contains { !$0.isImage } }
            let isMistypedOne = index + 1 < items.count && items[index + 1].number == previous + 2 || restartsEntries
            if number == 1, previous >= 1, !isMistypedOne {
                // `5. TensorFlow 不仅支持深度学习…` / `缺点：` / `1. 计算图是纯 Python 的…`: the label of a
                // new list, glued to the item above (no blank line before it), took the list in.
                if let label = Self.gluedLabel(closing: items[index - 1], in: source) {
                    restartedAfter = previous
                    violations.append(Violation(
                        range: items[index].markerRange,
                        message: "expected \(previous + 1), found 1: the label '\(source.lineText(label).trimmedWhitespace)' at line \(source.reportedLine(containing: source.lineRange(label).start)), "
                            + "glued to the item above, was meant to start a list of its own",
                        help: ["put a blank line before the label: it becomes a paragraph, and the items after it a list of their own, numbered from 1"]))
                    continue
                }
                // `2. ### Question` / `1. point` / `1. point`: the answer's points, written without
                // indentation. Renumbering would count them as questions; indenting them is the repair.
                restartedAfter = previous
                violations.append(Violation(
                    range: items[index].markerRange, message: "expected \(previous + 1), found 1",
                    help: ["the count starts again inside the list, and Markdown shows these items as \(previous + 1), \(previous + 2), …: "
                           + "indent them under the item above to nest them, or renumber them by hand"]))
                continue
            }
            // `1. **map:**` `2. **filter:**` (question 459's points, unindented) then `460. ###
            // Question`: the number goes on from the list before this one, and the points' list
            // took the question in. Renumbering would lose the question's number; the points are
            // the repair. So is `3.` after the points `1.` `2.` `3.` of question 2's answer,
            // indented under a label (`答案：`) that ended question 2's list: renumbered to 4, the
            // question would show as 4 on the page, and every one after it one more.
            if number != previous + 1, first == 1, number == continuation, number > 1 {
                let startLine = source.reportedLine(containing: items[0].markerRange.start)
                violations.append(Violation(
                    range: items[index].markerRange,
                    message: "expected \(previous + 1), found \(number): \(number) goes on from the list above, but the list that starts "
                        + "at line \(startLine) with 1 takes this item in, and Markdown shows it as \(first + index)",
                    help: ["indent the items from line \(startLine) under the item they belong to (an answer's points), "
                           + "or set them apart from this item, so that \(number) starts a list of its own"]))
                continue
            }
            // The lists going on from this one are renumbered with it; their starts show on the
            // page, so that fix is no longer safe.
            let following = followingEdits(previous + 1 - number)
            // A count starting again at 1 further down (an answer's points, unindented) is mended by
            // hand: renumbering on through it would make the points questions.
            let restartsLater = !restartsEntries && items.indices.dropFirst(index + 1).contains { later in
                guard items[later].number == 1 else { return false }
                // `5.` / `1.` / `7.`: one mistyped number, which the renumbering mends too.
                let counted = items[later - 1].number.map { $0 + 2 }
                return !(later + 1 < items.count && counted != nil && items[later + 1].number == counted)
            }
            let edits = restartsLater ? nil : ListRenumbering.edits(for: items[index...], startingAt: previous + 1, in: source).map { $0 + following }
            // (Where the list starts, not here, is where a split would show: no split hint.)
            // `1.` `1.` `2.` `4.` `5.`: the page shows 1 to 5, and `4.` is where it shows 4; a
            // renumbering that writes 3 there moves the file away from the page, for a person to
            // weigh (the slip may be the repeated `1.`), not a safe fix. (After an earlier fix of
            // the list, which renumbers this item too, the count it follows is that fix's.)
            let awayFromThePage = renumbered == nil && (items[0].number.map { previous + 1 != $0 + index } ?? false)
            // `3.` `3.` `3.` `4.`: the third `3` counts on from the number an unsafe fix gives the
            // second; applied alone, its renumbering would leave `3.` `3.` `5.` `6.`.
            let followsUnsafeFix = followsFix && renumbered?.isSafe == false
            let changesStart = !following.isEmpty || awayFromThePage || followsUnsafeFix
            violations.append(numberViolation(items[index], expected: previous + 1, found: number,
                                              changesStart: changesStart, edits: edits ?? []))
            if edits != nil { renumbered = (index, previous + 1, !changesStart) }
            if restartsEntries { break }
        }
        return violations
    }

    /// Whether a heading of the document opens with one of `numbers` (`## 3-BERT-based Models`,
    /// `## 3. …`, `## 第3章`).
    static func headingsCarry(_ numbers: [Int], in document: Document) -> Bool {
        let wanted = Set(numbers)
        return document.headings.contains { heading in
            var text = Substring(heading.text.trimmedWhitespace)
            if text.hasPrefix("第") { text = text.dropFirst() }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits), wanted.contains(number), let next = text.dropFirst(digits.count).first else { return false }
            return "-.、 )）章节".contains(next)
        }
    }

    /// The number that opens the last non-blank line above `offset` as text (` 1.《…》`, no
    /// space after the mark, so a paragraph): the page shows it, and a list right below that
    /// starts at the next number counts on from it.
    /// A fenced block right above is the numbered step's code (`3.Rebase …` / a fence / `4. Push`):
    /// the line above the block is read.
    /// Whether a line from `start` to `end` opens with `number` and its mark, the item Markdown
    /// did not read as one (`2.What does …`, no space after the dot): the count goes on as
    /// written, and renumbering the next list would give two items one number.
    static func linesOpen(withNumber number: Int, from start: Int, to end: Int, in source: SourceText) -> Bool {
        guard start < end else { return false }
        let written = String(number)
        for line in source.line(containing: start)...source.line(containing: max(start, end - 1)) {
            let text = source.lineText(line)
            if text.hasPrefix(written), Self.isNumberMark(text.dropFirst(written.count)) { return true }
        }
        return false
    }

    /// Whether `rest`, what follows a number opening a line, starts with the mark of an item's
    /// number: `.`, `、`, `)`, `）`, or a `-` and a space (`3- Null values:`, typed for `3.`,
    /// which Markdown shows as text), or no mark at all before a step's capital (`4 Click the
    /// button`, its `.` lost).
    static func isNumberMark<Text: StringProtocol>(_ rest: Text) -> Bool {
        guard let mark = rest.first else { return false }
        if mark == " ", let next = rest.dropFirst().first, next.isUppercase { return true }
        return ".、)）".contains(mark) || mark == "-" && rest.dropFirst().first == " "
    }

    static func numberWritten(above offset: Int, in source: SourceText) -> Int? {
        guard var line = ReferenceLists.lineAbove(offset, in: source) else { return nil }
        func isFence(_ line: Int) -> Bool {
            let text = source.lineText(line).drop { $0 == " " }
            return text.hasPrefix("```") || text.hasPrefix("~~~")
        }
        if isFence(line) {
            var opening = line - 1
            while opening >= 1, !isFence(opening) { opening -= 1 }
            guard opening >= 1, let above = ReferenceLists.lineAbove(source.lineRange(opening).start, in: source) else { return nil }
            line = above
        }
        // `> POST /test_index/_search` under ` 2.使用…`: the step's quoted request, read past as its code is.
        func isQuote(_ line: Int) -> Bool { source.lineText(line).drop { $0 == " " }.first == ">" }
        var quoteLines = 0
        while isQuote(line), quoteLines < 200, let above = ReferenceLists.lineAbove(source.lineRange(line).start, in: source) {
            line = above
            quoteLines += 1
        }
        var text = source.lineText(line).drop { $0 == " " }
        // `- [x] 1.In SketchUp, open…` over `2. Click…`: a quiz's option holding its first step.
        if let marker = text.first, "-*+".contains(marker), text.dropFirst().first == " " {
            text = text.dropFirst(2).drop { $0 == " " }
            for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) { text = text.dropFirst(box.count).drop { $0 == " " } }
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, Self.isNumberMark(text.dropFirst(digits.count)) else {
            return countStartedInProse(String(text))
        }
        return Int(digits)
    }

    /// `主要特性：1. 内置完整的支付流程` over `2. …`: the count begun in the line's prose, after a
    /// colon, a comma or a space (`1.`, `1、`, `1)`, then a space or a letter; not `1.2`).
    static func countStartedInProse(_ line: String) -> Int? {
        let characters = Array(line)
        var found: Int?
        var index = 1
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber, "：:，, （(".contains(characters[index - 1]) else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            if end - index <= 2, end + 1 < characters.count, ".、)）".contains(characters[end]),
               !(characters[end + 1].isASCII && characters[end + 1].isNumber) {
                found = Int(String(characters[index..<end]))
            }
            index = end
        }
        return found
    }

    /// The numbers that open a line inside a top-level HTML block (`13. What are…` in a
    /// `<div dir='rtl'>`), with their offsets, in order.
    static func numbersInHTMLBlocks(_ document: Document) -> [(offset: Int, number: Int)] {
        let source = document.source
        var found: [(offset: Int, number: Int)] = []
        for case .html(let block) in document.blocks {
            var line = source.line(containing: block.range.start)
            while line <= source.lineCount, source.lineRange(line).start < block.range.end {
                let range = source.lineRange(line)
                var index = range.start
                while index < range.end, source.bytes[index] == UInt8(ascii: " ") { index += 1 }
                let digitsStart = index
                var number = 0
                while index < range.end, index - digitsStart < 9, (0x30...0x39).contains(source.bytes[index]) {
                    number = number * 10 + Int(source.bytes[index] - 0x30)
                    index += 1
                }
                if index > digitsStart, index < range.end, source.bytes[index] == UInt8(ascii: ".") { found.append((range.start, number)) }
                line += 1
            }
        }
        return found
    }

    /// The highest item number below `number` of the ordered lists before `list` in its section
    /// (following `predecessors`).
    static func highestNumber(below number: Int, before list: MarkdownList, predecessors: [Int: (list: MarkdownList, between: Block?)]) -> Int? {
        var highest: Int?
        var current = predecessors[list.index]?.list
        while let earlier = current {
            if earlier.isOrdered, let found = earlier.items.compactMap(\.number).filter({ $0 < number }).max() { highest = max(highest ?? found, found) }
            current = predecessors[earlier.index]?.list
        }
        return highest
    }

    /// A one-item list numbered `number` after `previous`, another one-item list numbered 10 or
    /// more, that goes back or jumps more than ten: both numbers name their items.
    private static func namesItsItem(_ number: Int, after previous: MarkdownList) -> Bool {
        guard previous.items.count == 1, let before = previous.items[0].number, before >= 10 else { return false }
        return number < before || number - before > 10
    }

    /// Lists set apart (by text, code, answers) that count on through one list restarting at 1:
    /// `1. a` … `1. b` … `3. c`. The restart is the mistyped number (it shows `1.` where `2.`
    /// belongs), not the `3.` that counts on from the first list. `expected`: the number each
    /// such restart should start at, by list index; `countingOn`: the lists after them.
    /// For each ordered list, the ordered list it precedes in its section (the inverse of
    /// `DocumentStructure.precedingListInSection`).
    static func successors(_ lists: [MarkdownList], predecessors: [Int: (list: MarkdownList, between: Block?)]) -> [Int: MarkdownList] {
        var result: [Int: MarkdownList] = [:]
        for list in lists where list.isOrdered {
            if let predecessor = predecessors[list.index]?.list, predecessor.isOrdered { result[predecessor.index] = list }
        }
        return result
    }

    /// The lists that go on from `list` as written, each counting on from the last number of the
    /// one before it and counting up through its own items (`4. Q` / `**Back to Top**` / `5. Q`
    /// / …: one count split by unindented lines). Renumbering `list` alone would leave the next
    /// one out of step, one fix per list.
    static func followingLists(of list: MarkdownList, successors: [Int: MarkdownList]) -> [MarkdownList] {
        var found: [MarkdownList] = []
        var current = list
        while let next = successors[current.index], let last = current.items.last?.number, let first = next.items.first?.number,
              first == last + 1, next.items.enumerated().allSatisfy({ $0.element.number == first + $0.offset }) {
            found.append(next)
            current = next
        }
        return found
    }

    /// Lists that repeat the last number of the list before them, itself a list counting on
    /// past 1 (`317.` / `**[Back to Top]**` / `317.`): a number typed twice, expected one more
    /// (`expected`), and the lists that go on from that one more (`319.` after it: `countingOn`).
    /// A count that goes on from 1 (`1.` each, split by lines) or an answer's own points
    /// (starting at 1) are not repeats, nor a list after more than two lines of text (`2.` of
    /// a second procedure, after its paragraphs and formulas: its step 1 told in prose).
    static func repeatedNumbers(_ lists: [MarkdownList], predecessors: [Int: (list: MarkdownList, between: Block?)], source: SourceText)
        -> (expected: [Int: Int], countingOn: Set<Int>) {
        var expected: [Int: Int] = [:], countingOn = Set<Int>()
        for list in lists where list.isOrdered {
            guard let earlier = predecessors[list.index]?.list, earlier.isOrdered, let earlierFirst = earlier.items.first?.number, earlierFirst > 1,
                  let earlierLast = earlier.items.last?.number, let first = list.items.first?.number, first > 1, first == earlierLast,
                  list.items.enumerated().allSatisfy({ $0.element.number == first + $0.offset }) else { continue }
            let lines = source.line(containing: max(earlier.range.start, earlier.range.end - 1)) + 1..<source.line(containing: list.range.start)
            guard lines.count(where: { !source.lineText($0).allSatisfy(\.isWhitespace) }) <= 2,
                  // `- [ ] 1.In Layout, select…` over `2. Choose Info…`: it counts on from the number written above it.
                  numberWritten(above: list.range.start, in: source) != first - 1 else { continue }
            expected[list.index] = earlierLast + 1
        }
        for list in lists where list.isOrdered {
            guard let earlier = predecessors[list.index]?.list, let start = expected[earlier.index],
                  list.items.first?.number == start + earlier.items.count else { continue }
            countingOn.insert(list.index)
        }
        return (expected, countingOn)
    }

    static func mistypedRestarts(_ lists: [MarkdownList], predecessors: [Int: (list: MarkdownList, between: Block?)])
        -> (expected: [Int: Int], countingOn: Set<Int>) {
        var expected: [Int: Int] = [:], countingOn = Set<Int>()
        for list in lists where list.isOrdered {
            guard let restart = predecessors[list.index]?.list, restart.isOrdered, let first = list.items.first?.number,
                  let earlier = predecessors[restart.index]?.list, earlier.isOrdered, let earlierLast = earlier.items.last?.number,
                  earlierLast >= 1, restart.items.enumerated().allSatisfy({ $0.element.number == $0.offset + 1 }),
                  first == earlierLast + restart.items.count + 1 else { continue }
            expected[restart.index] = earlierLast + 1
            countingOn.insert(list.index)
        }
        return (expected, countingOn)
    }

    /// `changesStart`: the item is its list's first, whose number the page shows (unsafe to change).
    private func numberViolation(_ item: ListItem, expected: Int, found: Int, changesStart: Bool, edits: [Edit]) -> Violation {
        let later = edits.count - 1
        let title = later > 0 ? "renumber to \(expected) and the \(later) item\(later == 1 ? "" : "s") after it" : "renumber to \(expected)"
        let fix: Fix? = edits.isEmpty ? nil : changesStart ? .unsafe(title, edits) : .safe(title, edits)
        return Violation(range: item.markerRange, message: "expected \(expected), found \(found)", fix: fix)
    }

    private func splitHint(_ predecessor: (list: MarkdownList, between: Block?), source: SourceText) -> String {
        let end = source.reportedLine(containing: max(predecessor.list.range.end - 1, predecessor.list.range.start))
        let advice: String
        switch predecessor.between {
        case .list(let list)?:
            advice = " by the bullet list at line \(source.reportedLine(containing: list.range.start)); number those items to keep one list"
        case let block?:
            advice = " by the unindented block at line \(source.reportedLine(containing: block.range.start)); indent that block to keep one list"
        case nil:
            advice = ""
        }
        return "Markdown ends the list at line \(end) and starts a new one here: the list is split in two\(advice)"
    }
}

extension ListNumberingRule {
    /// The line of a label (`缺点：`, `Cons:`) glued onto the end of `item`: the last line of its
    /// last paragraph, written at the left edge below the item's first line, ending with a colon.
    static func gluedLabel(closing item: ListItem, in source: SourceText) -> Int? {
        guard let paragraph = item.paragraphs.last, paragraph.lines.count >= 2 else { return nil }
        let line = paragraph.lines.upperBound
        let text = source.lineText(line)
        guard let first = text.first, !first.isWhitespace, let last = text.trimmedWhitespace.last, last == ":" || last == "：",
              text.trimmedWhitespace.count <= maximumLabelLength else { return nil }
        return line
    }

    /// The longest label, in characters (`缺点：`, `Disadvantages:`).
    static let maximumLabelLength = 24

    /// A page of a book split into files: a `SUMMARY.md` (GitBook, mdBook) in its folder or up
    /// to three above, within the repository.
    static func isBookPage(_ path: String) -> Bool {
        guard FileSystem.kind(of: path) == .file else { return false }
        var folder = FileSystem.folder(of: FileSystem.absolute(path))
        for _ in 0...3 {
            if ["SUMMARY.md", "summary.md"].contains(where: { FileSystem.kind(of: folder == "/" ? "/" + $0 : folder + "/" + $0) == .file }) { return true }
            let parent = FileSystem.folder(of: folder)
            guard FileSystem.kind(of: folder + "/.git") == .missing, parent != folder else { return false }
            folder = parent
        }
        return false
    }
}
