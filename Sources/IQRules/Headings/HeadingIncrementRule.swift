import IQCore
import IQMarkdown

public struct HeadingIncrementRule: CollectionFactRule {
    public static let description = RuleDescription(
        id: "heading-increment",
        summary: "heading levels go down one at a time",
        details: """
            Reports a heading more than one level below the heading before it (`##` followed \
            by `####`). Going back up any number of levels is fine, and the first heading may \
            have any level. A jump the document makes on purpose, the same one (`####` to \
            `######`) at least three times, is its convention (a question heading after each \
            answer heading) and is not reported, and so is a jump to a heading the document \
            repeats three times or more at that level (`###### References` under every answer). An HTML heading between the two (`<h3 \
            align="center">`) counts as the level it has, and so does a heading inside a list item (`1. ### 什么是过拟合？` \
            over `#### 答案`), and a folded section's `<summary>` as \
            the level under the heading before it. A jump over a level the document never uses, \
            anywhere (`# 1.激活函数` over `### 1.激活函数作用`, `## Questions` over `#### HTML Questions`, and \
            no `##` or `###` in the document), or uses only to close the part after all its \
            sections (`### Final Note` after the `####` sections; `## Contributing` and `## License` \
            after the `###` entries, three headings at most), gets an `info`: that may be the \
            author's style; a level used elsewhere and skipped here is a slip, a `warning`. A jump to a quiz's questions, three or more \
            numbered or asking headings one after another with no heading of the levels between \
            in the document (`## Git` over `#### Q1. …?`), or a level the document reaches by a \
            jump four times or more (`# 题目` over `###### 1. 输出是什么？`, then `#### 答案` before each), is an `info` too. \
            So is one where the levels between hold only a few questions (one for four or more at the quiz's \
            level: `#### Q1.` … `#### Q165.`, `### Q166.` … `### Q169.`): those questions are the slips, \
            each reported as a `warning` (`expected level 4 like the document's other 200 questions`). \
            A jump after a heading the document repeats three times or more (a banner between \
            sections, `## Fast-Track …: [Join …](…)`) is an `info` without a fix: the outline goes on under it. \
            The same jump over a level the file never uses, made in three files or more of those \
            linted together (`# Title` over `### One Paragraph Explainer` on every page), is how the \
            collection sets its sections, and is not reported. A heading with nothing under it \
            (blank lines, a rule or a `<br>` spacer) before a shallower one or the end of the page, reading as a sentence (`###### Built and maintained by [our \
            committee](#…)` under the title: a byline or a notice in a heading's size), is an `info`, \
            and so is a level 5 or 6 heading right under the page's `#` title that is the only heading \
            of its level (`###### 本周项目精选: …`, a subtitle in a small size, every issue of a newsletter). A licence's \
            legal text (`LICENSE.md`, `LICENCE.md`, `COPYING.md`), copied as its publisher wrote it, is not checked.
            """,
        rationale: """
            Readers, outlines and tables of contents take the level as the nesting depth: a \
            skipped level leaves a section without a parent and shows the question under the \
            wrong topic in GitHub's outline.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        triggeringExamples: [
            RuleExample("## A\n\n<h2>B</h2>\n\n↓#### C\n"),
            // A tag in a comment shows nothing.
            RuleExample("# Title\n\n<!-- old version: <h2>Intro</h2> -->\n\n↓### Part A\n\ntext\n"),
            RuleExample("## Cloud\n\n<details>\n<summary>True or False? Auto Scaling only adds resources</summary><br><b>\n\nFalse.\n</b></details>\n\n↓#### Cloud - Security\n"),
            RuleExample("## Projects\n\n<details>\n<summary><strong>CLI</strong></summary>\n\n↓##### Argument Parsing\n\n</details>\n"),
            RuleExample("## 大模型微调\n\n↓#### LoRA\n\n1. [LoRA原理](https://a.example/lora)\n"),
            RuleExample("# 题库\n\n## 基础\n\n# 附录\n\n↓### 机器学习基础\n"),
            RuleExample("## A\n\n### B\n\n## C\n\n↓#### D\n"),
            RuleExample("## A\n\n↓#### B\n\n## C\n\n↓#### D\n"),
            RuleExample("大模型微调\n==========\n\n↓### 传统微调方法\n"),
            // A quiz's questions a level too deep: an info.
            RuleExample("## Git\n\n↓#### Q1. What is a branch?\n\n#### Q2. What is a commit?\n\n#### Q3. What is a tag?\n"),
            // The question a level up among the quiz's others is the slip (the jump to them, an info).
            RuleExample("## Go\n\n↓#### Q1. What is a slice?\n\n#### Q2. What does len() return?\n\n#### Q3. Which loop is valid?\n\n↓### Q4. What is the AND operator?\n\n#### Q5. What is a closure?\n"),
        ],
        nonTriggeringExamples: [
            // A line of `=` inside a display formula is no underline.
            RuleExample("## 经典机器学习\n\n### 逻辑回归\n\n$$\nh_\\theta =\n \\left[ p(y=1|x) \\right]\n  =\n  \\frac{1}{Z}\n$$\n\n### FM模型\n\nFM 的公式。\n"),
            // Entries whose `*` was typed `#`: no levels of the outline.
            RuleExample("# Awesome Computer Vision\n\n## Datasets\n\n### Scene Understanding\n # [SUN RGB-D](https://a.example/sun) - A scene understanding benchmark\n\n### Aerial images\n * [Aerial](https://a.example/aerial) - Segmentation\n"),
            RuleExample("## A\n\n<h3 align=\"center\">B</h3>\n\n#### C\n"),
            RuleExample("### Q1\n\n###### References\n\n### Q2\n\n#### Note\n\n###### References\n\n### Q3\n\n###### References\n"),
            RuleExample("## Projects\n\n<details id=\"cli\">\n<summary><strong>CLI</strong></summary>\n\n#### Argument Parsing\n\n</details>\n"),
            RuleExample("# 题库\n\n## 机器学习基础\n\n### 机器学习基础知识\n\n## 深度学习基础\n"),
            RuleExample("### 开始于三级标题\n\n## 二级标题\n"),
            RuleExample("## A\n\n### B\n\n#### C\n\n## D\n"),
            RuleExample("## A\n\n```markdown\n#### not a heading\n```\n"),
            // The heading between lost its space: heading-space reports it.
            RuleExample("# Project\n\nYou should have the skills you need.\n##How Do I Complete this Project?\n\n### Step 0\n\nx\n\n### Step 1\n"),
            // The question is a heading inside its item; its answer's heading stands under it.
            RuleExample("## 基础\n\n1. ### 什么是过拟合？\n#### 答案\n\n模型记住了训练集。\n\n2. ### 什么是欠拟合？\n#### 答案\n\n模型太简单。\n"),
            RuleExample("###### 1. Output?\n\n#### Answer: A\n\n###### 2. Output?\n\n#### Answer: B\n\n###### 3. Output?\n\n#### Answer: C\n\n###### 4. Output?\n"),
        ],
        corrections: [
            // Small print in the smallest size: no fix raises it into a section.
            RuleCorrection("## 2024年最新总结\n\n###### 喜欢的书籍，请购买正版书籍。尊重知识，尊重原作者付出。\n\n- 《深入理解计算机系统》\n",
                           "## 2024年最新总结\n\n###### 喜欢的书籍，请购买正版书籍。尊重知识，尊重原作者付出。\n\n- 《深入理解计算机系统》\n", unsafe: true),
            // `## 1、` numbered before `### 2、`: the heading above is the one off, so no fix raises its points.
            RuleCorrection("## 5.2.4 设备的分配与回收\n\n## 1、因素\n\n#### （1）属性\n\n独占。\n\n### 2、方式\n\n静态。\n",
                           "## 5.2.4 设备的分配与回收\n\n## 1、因素\n\n#### （1）属性\n\n独占。\n\n### 2、方式\n\n静态。\n", unsafe: true),
            // Questions at level 4 by choice, under later sections too: raising the first section's
            // alone would set one bank's questions at two levels.
            RuleCorrection("# Content\n\n#### Q1 What is A?\n\n#### Q2 What is B?\n\n## Theory\n\n#### Q3 What is C?\n\n## Practice\n\n#### Q4 What is D?\n\n## Industry\n\n#### Q5 What is E?\n",
                           "# Content\n\n#### Q1 What is A?\n\n#### Q2 What is B?\n\n## Theory\n\n#### Q3 What is C?\n\n## Practice\n\n#### Q4 What is D?\n\n## Industry\n\n#### Q5 What is E?\n", unsafe: true),
            // After a banner repeated between the sections: no fix takes the headings out of their section.
            RuleCorrection("# Q\n\n## Join [us](https://a.example/j)\n\n### Android\n\n#### Base\n\n## Join [us](https://a.example/j)\n\n#### Memory\n\n## Join [us](https://a.example/j)\n\n### Libraries\n",
                           "# Q\n\n## Join [us](https://a.example/j)\n\n### Android\n\n#### Base\n\n## Join [us](https://a.example/j)\n\n#### Memory\n\n## Join [us](https://a.example/j)\n\n### Libraries\n", unsafe: true),
            // A quiz's few questions a level up: the many at their level stay.
            RuleCorrection("## Go\n\n#### Q1. What is a slice?\n\n#### Q2. What does len() return?\n\n#### Q3. Which loop is valid?\n\n### Q4. What is the AND operator?\n\n#### Q5. What is a closure?\n",
                           "## Go\n\n#### Q1. What is a slice?\n\n#### Q2. What does len() return?\n\n#### Q3. Which loop is valid?\n\n### Q4. What is the AND operator?\n\n#### Q5. What is a closure?\n", unsafe: true),
            RuleCorrection("## A\n\n#### B\n", "## A\n\n### B\n", unsafe: true),
            RuleCorrection("# A\n\n### Software ###\n\n### Books ###\n", "# A\n\n## Software ##\n\n## Books ##\n", unsafe: true),
            RuleCorrection("## A\n\n#### B\n\n##### C\n", "## A\n\n### B\n\n#### C\n", unsafe: true),
            // Siblings move together: raising the first alone nested the others under it.
            RuleCorrection("## A\n\n##### B\n\n##### C\n\n###### D\n\n### E\n", "## A\n\n### B\n\n### C\n\n#### D\n\n### E\n", unsafe: true),
            // An HTML heading between: the jump is from its level.
            RuleCorrection("## Q\n\n<h3 id=\"1\">阿里篇</h3>\n\n##### [1.1 链表逆序](https://a.example/1)\n\n##### [1.2 LRU](https://a.example/2)\n",
                           "## Q\n\n<h3 id=\"1\">阿里篇</h3>\n\n#### [1.1 链表逆序](https://a.example/1)\n\n#### [1.2 LRU](https://a.example/2)\n", unsafe: true),
            // A sibling written a level off moves beside the others.
            RuleCorrection("## 解题思路\n\n###### 1. 划分阶段\n\n###### 2. 定义状态\n\n##### 3. 最终结果\n\n###### 3.1 细节\n\n## 代码\n",
                           "## 解题思路\n\n### 1. 划分阶段\n\n### 2. 定义状态\n\n### 3. 最终结果\n\n#### 3.1 细节\n\n## 代码\n", unsafe: true),
            // A follow-up that skips a level itself does not hold the siblings after it back.
            RuleCorrection("# T\n\n### Q1\n\n##### Q1.1\n\n### Q2\n\n## References\n", "# T\n\n## Q1\n\n### Q1.1\n\n## Q2\n\n## References\n", unsafe: true),
        ],
        emittedSeverities: [.warning, .info]
    )

    public init(options: RuleOptions) {}

    /// The jumps over unused levels that the collection's files make alike, found over every file.
    public func prepare(collection: [MarkdownFile]) {
        let habits = LevelHabits.of(collection)
        for file in collection { file.derived.replace(habits) }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A licence's legal text is copied as its publisher wrote it.
        guard !ProjectDocuments.isLicense(file.path) else { return [] }
        // An image underlined by a stray `=======` is heading-punctuation's finding, not a level.
        // So is a heading without a title (`### `), empty-section's; and a heading inside a list
        // item or a quote (`- #### [涅槃重生](…)`): an entry set in a heading's size, no level of the outline.
        // ` # [SUN RGB-D](…) - …`: an entry whose `*` was typed `#` is no level either.
        let titled = file.document.headings.filter { !AccidentalHeadings.isImageOverUnderline($0) && !AccidentalHeadings.isUntitled($0)
            && !AccidentalHeadings.isEntryInHeadingSize($0, in: file.source) && !AccidentalHeadings.isFormulaOverEquals($0, in: file.source) }
        // `2. ### What is watch()?` / `   #### Example 1`: the answer's heading, indented under
        // the item, stands inside it as much as the question does.
        let inItems = Set(file.document.lists.lazy.flatMap(\.items).flatMap { item in
            item.children.compactMap { block -> Int? in if case .heading(let heading) = block { heading.index } else { nil } }
        })
        let headings = titled.filter { !inItems.contains($0.index) && !EmptySectionRule.isInsideAnItemOrQuote($0, in: file.source) }
        var violations: [Violation] = []
        // The same jump made three times or more is the document's own structure, not a slip.
        var jumps: [Int: Int] = [:], jumpsInto: [Int: Int] = [:]
        for (previous, heading) in zip(headings, headings.dropFirst()) where heading.level > previous.level + 1 {
            jumps[previous.level * 10 + heading.level, default: 0] += 1
            jumpsInto[heading.level, default: 0] += 1
        }
        // Worked out once a level is skipped: most documents have no HTML headings to look for.
        var htmlHeadings: [(offset: Int, level: Int)]?
        var gluedHeadings: [HeadingSpaceRule.GluedHeading]?
        // `###### References` under every answer, whatever level the answer's heading has: a
        // heading repeated three times or more at its level is the document's own structure too.
        var repeated: [String: Int]?
        var alternatingLevels: Set<Int>?
        // Question headings a level above the quiz's others, each reported once.
        var reportedStrays = Set<Int>()
        for (position, (previous, heading)) in zip(headings, headings.dropFirst()).enumerated() where heading.level > previous.level + 1 {
            guard jumps[previous.level * 10 + heading.level, default: 0] < 3 else { continue }
            if repeated == nil {
                repeated = [:]
                for other in headings { repeated![Self.key(of: other), default: 0] += 1 }
            }
            if repeated![Self.key(of: heading), default: 0] >= 3 { continue }
            // `## A` / `<h3 align="center">B</h3>` / `#### C`: the HTML heading is the level between.
            if htmlHeadings == nil { htmlHeadings = Self.htmlHeadings(in: file.document.blocks) }
            // `## Projects` / `<details><summary><strong>CLI</strong></summary>` / `#### Argument
            // Parsing`: a folded section's summary is its title, one level under the heading.
            if let between = htmlHeadings!.last(where: { previous.range.end <= $0.offset && $0.offset < heading.range.start }),
               between.level != Self.summaryLevel || Self.isStillOpen(from: between.offset, to: heading.range.start, in: file.source),
               heading.level <= (between.level == Self.summaryLevel ? previous.level + 1 : between.level) + 1 { continue }
            // `## 基础` / `1. ### 什么是 X？` / `#### 答案`: the question set in a heading's size
            // inside its item is the level between, and the answer's heading stands under it.
            // Raising the answer would set it over the questions.
            if titled.count > headings.count,
               titled.contains(where: { previous.range.end <= $0.range.start && $0.range.start < heading.range.start
                   && $0.level > previous.level && heading.level <= $0.level + 1 }) { continue }
            // `# Project` / `##How Do I Complete this Project?` / `### Step 0`: a heading that lost
            // its space stands between, heading-space's to report; raising the steps would set
            // them beside it.
            if gluedHeadings == nil { gluedHeadings = HeadingSpaceRule.gluedHeadings(in: file.document) }
            if gluedHeadings!.contains(where: { previous.range.end <= $0.start && $0.start < heading.range.start
                && $0.hashes > previous.level && heading.level <= $0.hashes + 1 }) { continue }
            // `## 面试题汇总` / `<h3 id="1">阿里篇</h3>` / `##### 1.1.1 …`: the jump is from the HTML
            // heading, and raising the questions to level 3 would make them its siblings.
            let htmlLevel = htmlHeadings!.last(where: { previous.range.end <= $0.offset && $0.offset < heading.range.start })
                .map(\.level).flatMap { $0 != Self.summaryLevel && $0 > previous.level ? $0 : nil }
            let previousLevel = htmlLevel ?? previous.level
            let expected = previousLevel + 1
            // `# 1.激活函数` over `### 1.激活函数作用`, or `## Questions` over `#### HTML Questions`,
            // and no heading of the level between in the whole document: sections written at the
            // level the author prefers. A habit, worth an info; a level used elsewhere and skipped
            // here is a slip.
            // A few headings between (three at most), after all the sections of this level, close
            // the document (`### Final Note` after twenty `####` sections; `## Contributing` and
            // `## License` after the `###` entries): the habit stands.
            let between = headings.filter { $0.level > previousLevel && $0.level < heading.level }
            let sameLevel = headings.filter { $0.level == heading.level }
            // (One section at the level closed by the note's sources, `# hping3` / `#### -p` / `## 参照`,
            // is the same habit; closed by another topic, a slip.)
            let closesTheDocument = (1...Self.mostClosingHeadings).contains(between.count)
                && (sameLevel.count >= 2 || !sameLevel.isEmpty && between.allSatisfy { ReferenceLists.isCitationHeading($0.text) })
                && sameLevel.allSatisfy { $0.range.start < between[0].range.start }
                // Within the same part: `## Contributors` / `### Thanks` after them is a part of its own.
                && !headings.contains { $0.level <= previous.level && heading.range.start < $0.range.start && $0.range.start < between[0].range.start }
            let usesNoLevelBetween = (between.isEmpty || closesTheDocument)
                && !htmlHeadings!.contains { $0.level > previousLevel && $0.level < heading.level }
            // The same jump over an unused level in three files or more: the collection's habit.
            if between.isEmpty, usesNoLevelBetween,
               file.derived.value(LevelHabits.self, make: { _ in .of([file]) }).containsJump(from: previous.level, to: heading.level) { continue }
            // The heading moves with the headings after it under the previous one and deeper than
            // the expected level (its siblings and their sections): raising the first of three
            // `#####` siblings alone nested the others under it. Each goes one level under the
            // nearest heading before it in the section that was shallower, or to the expected level
            // when none was: a follow-up that skips a level itself (`### Q1` / `##### Q1.1` /
            // `### Q2`) lands under its question, and a sibling written a level off (`##### 5.`
            // after `###### 4.`) beside the others.
            var section = [heading]
            var levels = [expected]
            var open = [(written: heading.level, moved: expected)]
            for later in headings[(position + 2)...] {
                guard later.level > expected else { break }
                while let last = open.last, last.written >= later.level { open.removeLast() }
                let level = open.last.map { $0.moved + 1 } ?? expected
                open.append((later.level, level))
                section.append(later)
                levels.append(level)
            }
            // `#### Q1. …?`, `#### Q2. …?`, `#### Q3. …?` under `## Git`, and no `###` anywhere; or
            // `###### 1. 输出是什么？` reached by a jump three times more (`#### 答案` before each):
            // a quiz writes its questions at the level it likes.
            let siblings = section.filter { $0.level == heading.level }
            let asks = siblings.count >= 3 && siblings.count(where: { QuestionHeadings.isQuestion($0.text) }) * 2 >= siblings.count
            // `#### Q1.` … `#### Q165.`, then `### Q166.` … `### Q169.`, then `#### Q170.`: the few
            // questions a level up are the slips, not the many at the level the quiz chose.
            // (Numbered as they are: `### How to get HTTPS?` over `#### There are two ways…` is a
            // section of its own, not a question a level off.)
            let straysUp = asks && !between.isEmpty && between.count * Self.straysPerQuestion <= sameLevel.count
                && between.allSatisfy { QuestionHeadings.isQuestion($0.text) }
                && Self.numberedAlike(between, as: siblings)
            let isQuestionLevel = (jumpsInto[heading.level] ?? 0) >= 4 || asks && (straysUp || !headings.contains { $0.level > previousLevel && $0.level < heading.level })
            // `###### Built and maintained by …` under the title, over the next `#`: small print
            // set in a heading's size, not a section.
            let isNotice = headings.indices.contains(position + 2)
                && NoticeHeadings.isNotice(heading, after: previous, before: headings[position + 2], in: file.source)
                || NoticeHeadings.isClosingNotice(heading, after: previous, in: file.document)
            // `# Github开源项目精选-1月第一周` / `###### 本周项目精选: …`: a subtitle in the smallest
            // sizes right under the page's title, the only heading of its level.
            let isSubtitle = NoticeHeadings.isSubtitle(heading, after: previous, in: file.document)
            // `###### 喜欢的书籍，请购买正版书籍。尊重知识…`: a sentence in the smallest sizes, small print
            // (a disclaimer, thanks); raised, it would become a section of the page.
            let isSmallPrint = heading.level >= 5 && HeadingSpaceRule.isSentence(heading.text)
            var edits: [Edit] = []
            for (moved, level) in zip(section, levels) where moved.level != level {
                // Only ATX levels can be rewritten; a setext heading has no third level to move to.
                guard !moved.isSetext, let hashes = hashRange(of: moved, in: file.source) else { edits = []; break }
                edits.append(Edit(range: hashes, replacement: String(repeating: "#", count: level)))
                // `### Software ###`: the closing sequence written to match the opening one is moved with it.
                if let closing = closingHashRange(of: moved, in: file.source), closing.start > hashes.end, closing.length == hashes.length {
                    edits.append(Edit(range: closing, replacement: String(repeating: "#", count: level)))
                }
            }
            // `## 1、设备分配时应考虑的因素` over `#### （1）…`, its `### 2、…` and `### 3、…` after: the
            // heading above is the one a level off, and raising these would set them beside `2、`.
            let offByOne = Self.numberedSiblingBelow(previous, in: headings[(position + 2)...])
            if offByOne != nil || isNotice || isSmallPrint { edits = [] }
            // `# Content` / `#### Q1` … `#### Q78`, then `## Theory` / `#### Q79` …: the questions
            // are level 4 by choice, and raising the first section's alone would set one bank's
            // questions at two levels.
            if isQuestionLevel, let last = section.last, headings.contains(where: { other in
                other.level == heading.level && (other.range.start < heading.range.start || other.range.start > last.range.start)
            }) { edits = [] }
            // `## Fast-Track …: [Join …](…)` set between the sections three times or more: a banner
            // interrupts the outline; raising the headings after it would take them out of theirs.
            let isAfterBanner = repeated![Self.key(of: previous), default: 0] >= 3
            if isAfterBanner { edits = [] }
            // `###### 1. What's the output?` / `#### Answer: A` / `###### 2. …`: a small heading, a
            // bigger one under it, the small one again, over and over. The levels set sizes, not
            // an outline: raising one would set an answer above its question.
            if alternatingLevels == nil { alternatingLevels = Self.alternatingLevels(headings) }
            if alternatingLevels!.contains(heading.level) { edits = [] }
            if straysUp {
                for stray in between where reportedStrays.insert(stray.index).inserted {
                    violations.append(Violation(
                        range: stray.range,
                        message: "expected level \(heading.level) like the document's other \(sameLevel.count) questions, found level \(stray.level)",
                        help: ["\(between.count) question heading\(between.count == 1 ? " is" : "s are") level \(stray.level) among \(sameLevel.count) at level \(heading.level): a slip, or the level the others should have"]))
                }
            }
            let others = edits.count - 1
            let title = others <= 0 ? "change to level \(expected)"
                : "change to level \(expected), and \(others) heading\(others == 1 ? "" : "s") of its section with it"
            let fix: Fix? = edits.isEmpty ? nil : .unsafe(title, edits)
            let offByOneHelp: [String] = offByOne.map { ["'\(HeadingText.shown($0.text))' at line \(file.source.reportedLine(containing: $0.range.start)) is level \($0.level): the heading above, '\(HeadingText.shown(previous.text))', numbered before it, may be the one a level off"] } ?? []
            let smallPrintHelp: [String] = isSmallPrint
                ? ["a sentence in a level \(heading.level) heading's size reads as small print (a notice, thanks): no fix raises it into a section"] : []
            violations.append(Violation(
                range: heading.range,
                message: "expected level \(expected) at most after a level \(previousLevel)\(htmlLevel == nil ? "" : " HTML") heading, found level \(heading.level)",
                severity: usesNoLevelBetween || isQuestionLevel || isNotice || isSubtitle || isSmallPrint || isAfterBanner ? .info : nil,
                fix: fix,
                help: offByOneHelp
                    + (isAfterBanner ? ["the heading above, '\(HeadingText.shown(previous.text))', repeats \(repeated![Self.key(of: previous), default: 0]) times: a banner between the sections, which the outline goes on under"] : [])
                    + (isNotice ? ["nothing stands under this heading, which reads as a sentence: a line set in a heading's size (a byline, a notice), worth a look"] : smallPrintHelp)
                    + (isSubtitle && !isNotice ? ["right under the page's title and the only level \(heading.level) heading: a subtitle set in a small heading's size, worth a look"] : [])
                    + (usesNoLevelBetween ? [between.isEmpty || !closesTheDocument
                        ? "the document uses no level \(expected) heading: its sections may be at level \(heading.level) by choice"
                        : "the document uses level \(between[0].level) once, after these sections, at line \(file.source.reportedLine(containing: between[0].range.start)) ('\(between[0].text)'): "
                            + "its sections may be at level \(heading.level) by choice, or that heading is the slip"] : [])
                    + (isQuestionLevel && !usesNoLevelBetween ? ["the document's questions are level \(heading.level) headings: a quiz may write them at that level by choice"] : []) + ["a level \(heading.level) heading directly under a level \(previousLevel) heading skips a level; add the missing level or raise this one"]))
        }
        return violations
    }

    /// The levels of headings that a bigger heading follows and that come back right after it,
    /// twice or more for one pair of levels (`######` question, `####` answer, `######` …).
    static func alternatingLevels(_ headings: [Heading]) -> Set<Int> {
        var counts: [Int: Int] = [:]
        for index in headings.indices.dropLast(2) {
            let (small, big, again) = (headings[index].level, headings[index + 1].level, headings[index + 2].level)
            if small > big, again == small { counts[small * 8 + big, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 2 }.keys.map { $0 / 8 })
    }

    /// The heading numbered next after `heading` in its style (`2、` after `1、`, `3.` after `2.`),
    /// one level deeper, among the headings after it up to the next of its level or higher.
    /// At most one question heading a level up for this many at the quiz's level: slips.
    static let straysPerQuestion = 4

    /// Whether every one of `strays` and most of `siblings` open with a question's number
    /// (`Q166.` among `Q1.` … `Q165.`; `Pregunta 99.` among `P1.` … `Pregunta 98.`).
    static func numberedAlike(_ strays: [Heading], as siblings: [Heading]) -> Bool {
        guard strays.allSatisfy({ HeadingNumberingRule.questionNumber(of: $0.text) != nil }) else { return false }
        return siblings.count(where: { HeadingNumberingRule.questionNumber(of: $0.text) != nil }) * 2 > siblings.count
    }

    static func numberedSiblingBelow(_ heading: Heading, in later: ArraySlice<Heading>) -> Heading? {
        guard let (number, mark) = outlineNumber(of: heading.text) else { return nil }
        for other in later {
            if other.level <= heading.level { return nil }
            if other.level == heading.level + 1, let (next, otherMark) = outlineNumber(of: other.text), next == number + 1, otherMark == mark { return other }
        }
        return nil
    }

    /// `1、` → (1, "、"), `3.` → (3, "."), `2)` → (2, ")"); nil for other texts.
    static func outlineNumber(of text: String) -> (Int, Character)? {
        let trimmed = text.trimmedWhitespace
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits), let mark = trimmed.dropFirst(digits.count).first,
              "、.)）".contains(mark) else { return nil }
        return (number, mark)
    }

    /// A heading's level and text, for counting repeats.
    private static func key(of heading: Heading) -> String {
        "\(heading.level) " + HeadingText.normalized(heading.text)
    }

    /// The level `htmlHeadings` gives a `<summary>`: the title of a folded section, one level
    /// under the heading before it.
    static let summaryLevel = 0
    private static let summaryTag = Array("<summary".utf8)

    /// Whether the `<details>` whose summary starts at `start` is still open at `end`: the
    /// heading is inside the folded section. After `</details>`, a summary was a question
    /// folded with its answer, not a title over what follows.
    static func isStillOpen(from start: Int, to end: Int, in source: SourceText) -> Bool {
        source.bytes[start..<end].withUnsafeBufferPointer { !UTF8Characters.containsFolded(closingTag, in: $0, countingJoiner: false) }
    }

    private static let closingTag = Array("</details".utf8)

    /// The most headings of the level between that close a document after its sections.
    static let mostClosingHeadings = 3

    /// The `<h1>`…`<h6>` and `<summary>` tags of the document's HTML blocks, with where each
    /// block starts.
    static func htmlHeadings(in blocks: [Block]) -> [(offset: Int, level: Int)] {
        var found: [(offset: Int, level: Int)] = []
        for block in blocks {
            switch block {
            case .html(let html):
                var text = html.html
                // `<!-- old version: <h2>Intro</h2> -->` shows nothing: its tags are no headings.
                if text.contains("<!--") { text = Self.withoutComments(text) }
                text.withUTF8 { bytes in
                    if UTF8Characters.containsFolded(Self.summaryTag, in: bytes, countingJoiner: false) { found.append((html.range.start, summaryLevel)) }
                    for index in bytes.indices.dropLast(2) where bytes[index] == UInt8(ascii: "<") && (bytes[index + 1] | 0x20) == UInt8(ascii: "h") {
                        let digit = bytes[index + 2]
                        guard digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "6") else { continue }
                        // `<h3>` or `<h3 align=…>`, not `<h3x>`.
                        let next = index + 3 < bytes.count ? bytes[index + 3] : UInt8(ascii: ">")
                        guard next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") else { continue }
                        found.append((html.range.start, Int(digit - UInt8(ascii: "0"))))
                    }
                }
            case .blockQuote(let quote):
                found += htmlHeadings(in: quote.children)
            case .list(let list):
                for item in list.items { found += htmlHeadings(in: item.children) }
            default:
                continue
            }
        }
        return found
    }

    /// `html` without its comments (an unclosed one runs to the end).
    static func withoutComments(_ html: String) -> String {
        var result = "", rest = Substring(html)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The closing sequence of an ATX heading (`### Software ###`: the last `###`, after a space,
    /// trailing spaces aside); nil without one.
    private func closingHashRange(of heading: Heading, in source: SourceText) -> SourceRange? {
        let line = source.lineRange(source.line(containing: heading.range.start))
        var end = line.end
        while end > line.start, source.bytes[end - 1] == UInt8(ascii: " ") || source.bytes[end - 1] == UInt8(ascii: "\t") || source.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var start = end
        while start > line.start, source.bytes[start - 1] == UInt8(ascii: "#") { start -= 1 }
        guard start < end, start > line.start, source.bytes[start - 1] == UInt8(ascii: " ") || source.bytes[start - 1] == UInt8(ascii: "\t") else { return nil }
        return SourceRange(start, end)
    }

    private func hashRange(of heading: Heading, in source: SourceText) -> SourceRange? {
        var start = heading.range.start
        while start < heading.range.end, source.bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < heading.range.end, source.bytes[end] == UInt8(ascii: "#") { end += 1 }
        return end > start ? SourceRange(start, end) : nil
    }
}
