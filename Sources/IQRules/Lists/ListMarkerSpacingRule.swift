import IQCore
import IQMarkdown

public struct ListMarkerSpacingRule: DocumentRule {
    public static let description = RuleDescription(
        id: "list-marker-spacing",
        summary: "list markers are followed by the spacing the rest of the list uses",
        details: """
            Compares the spaces between each marker and its text with the spacing most items \
            of the same list use. When a whole list agrees with itself (or no spacing is in \
            the majority), it is compared with the spacing most lists of the document \
            use (three lists in four, or all but one of three or more when those hold most of the \
            items: a closer split, two \
            lists of two spacings among them, has no exception to report), so `1.  [SM…]` in a document of `1. [问题]` is reported (when the document has \
            no majority either, such a list is left alone); a list that mixes its own spacing \
            with the document's is held to the document's, so fixes only ever move items \
            towards one spacing and settle. Numbered lists are compared with \
            numbered lists and bullets with bullets: `-   a` and `1.  b` align their text; and top-level \
            lists with top-level lists, nested ones with those nested as deep and indented alike (`*   a` over \
            `    * b` throughout is a style; a table of contents nested by two spaces, `  - [Beta](#beta)`, is \
            not held to a body's `    -   two`), and lists with lists of the same marker (a `- a` list \
            among lists of `*   a` came with its spacing from elsewhere; `mixed-list` judges markers), and \
            lists whose items hold more than a paragraph (a sub-list) with such lists: `-   a` over \
            its nested items beside flat `- b` lists is one style (markdownlint's `ul_multi`, which \
            Python-Markdown sites need to nest at all). A list whose items \
            align their text in one column (`9.  a` above `10. b`) is consistent, and so is a numbered \
            item whose wider number puts its text where the document's spacing puts it for a \
            narrower one (`100. ###` in a list of its own, under lists of `10.  ###`). Lists quoted in \
            `>` are compared with quoted lists: a reader's report quoted in a page sets no spacing \
            for the author's own lists. Items whose \
            text starts on the next line, or that start with an indented code block, are not \
            judged.
            """,
        rationale: """
            Extra spaces are invisible on the page but not in the file: they make diffs noisy, \
            and a contributor copying an item copies its spacing too.
            """,
        defaultSeverity: .warning,
        fix: .safe,
        triggeringExamples: [
            RuleExample("1. [cuda加速原理](https://a.example/1)\n2.↓  [hopper架构](https://a.example/2)\n3. [量化技术](https://a.example/3)\n"),
            RuleExample("## a\n\n1. x\n2. y\n\n## b\n\n1. z\n2. w\n\n## cuda相关知识\n\n1.↓  [SM，SP，warp 等相关概念和关系](https://a.example/sm)\n2.↓  [cuda加速原理](https://a.example/cuda)\n"),
            RuleExample("- a\n-↓   b\n- c\n"),
            // A newsletter's items, each quoted: held to the quoted lists' spacing.
            RuleExample("> - [日本](https://a.example/1)新建燃煤电厂。\n\n> - [研究](https://a.example/2)发现了什么。\n\n> - [报告](https://a.example/3)说了什么。\n\n> -↓  [统计发现](https://a.example/4)，CEO 上任年龄增长。\n"),
        ],
        nonTriggeringExamples: [
            // Flat lists written `- a`, a list with sub-lists `-   a` (markdownlint's `ul_multi`).
            RuleExample("- a\n- b\n\nText.\n\n- c\n- d\n\nText.\n\n- e\n- f\n\nText.\n\n- g\n- h\n\nText.\n\n-   i\n    -   i1\n-   j\n    -   j1\n"),
            RuleExample("1. [混合专家系统MOE](https://a.example/moe)\n2. 梯度累积、激活检查点\n"),
            RuleExample("8.  a\n9.  b\n10. c\n"),
            RuleExample("-   a\n-   b\n\n1.  c\n2.  d\n"),
            // A table of contents nested by two spaces, one after each marker, over a body whose
            // nested lists are indented by four with three spaces: two habits.
            RuleExample("- [Alpha](#alpha)\n  - [Beta](#beta)\n  - [Gamma](#gamma)\n\n## Alpha\n\n- one\n    -   two\n    -   three\n- four\n    -   five\n\n## Beta\n\n- seven\n    -   eight\n    -   nine\n\n## Gamma\n\n- ten\n"),
            RuleExample("*   Web\n    * [Django](https://a.example/django)\n    * [Flask](https://a.example/flask)\n*   Data\n    * [pandas](https://a.example/pandas)\n    * [NumPy](https://a.example/numpy)\n*   Tools\n    * [pip](https://a.example/pip)\n"),
            RuleExample("-   a\n-   b\n-   c\n\n1.  d\n2.  e\n"),
            RuleExample("## A\n\n-   [One](https://a.example/1)\n-   [Two](https://a.example/2)\n\n## B\n\n- [Three](https://a.example/3)\n- [Four](https://a.example/4)\n"),
            RuleExample("1.\n   答案在下一行\n"),
            // Lists quoted from others set no spacing for the author's own (and quoted lists
            // are held to the quoted ones' majority).
            RuleExample("1.  **Online assessment:** a timed test\n2.  **Phone screen:** a call\n\n> 1. asteroid collision\n> 2. bike sharing\n\n> 1. autocomplete\n> 2. playlist page\n"),
            RuleExample("- a\n-      indented code\n- c\n"),
            // A list of another marker is not held to the spacing of the `*` lists.
            RuleExample("*   [Ansible](https://a.example/1)\n*   [Fabric](https://a.example/2)\n\n## B\n\n*   [psutil](https://a.example/3)\n*   [honcho](https://a.example/4)\n\n## C\n\n- [Invoke](https://a.example/5)\n- [Paramiko](https://a.example/6)\n"),
        ],
        corrections: [
            RuleCorrection("1. a\n2.  b\n3. c\n", "1. a\n2. b\n3. c\n"),
            RuleCorrection("1. a\n2. b\n\n## c\n\n1. c\n2. d\n\n## e\n\n1.  x\n2.  y\n", "1. a\n2. b\n\n## c\n\n1. c\n2. d\n\n## e\n\n1. x\n2. y\n"),
            RuleCorrection("1.  x\n    continued\n2. y\n3. z\n", "1. x\n   continued\n2. y\n3. z\n"),
            // The second list agrees with itself; its `1.` with a tab-indented line cannot move,
            // and `2.` keeps the document's spacing once moved: a list never pulls it back.
            RuleCorrection("1. a\n2. b\n\n## c\n\n1. c\n2. d\n\n## e\n\n1.  x\n\tmore\n2.  y\n", "1. a\n2. b\n\n## c\n\n1. c\n2. d\n\n## e\n\n1.  x\n\tmore\n2. y\n"),
            // A nested item indented by a tab moves as one indented by spaces.
            RuleCorrection("- [a](https://a.example/a)\n\t- [l](https://a.example/l)\n\t-  A note.\n\t- [b](https://a.example/b)\n- [c](https://a.example/c)\n",
                           "- [a](https://a.example/a)\n\t- [l](https://a.example/l)\n\t- A note.\n\t- [b](https://a.example/b)\n- [c](https://a.example/c)\n"),
        ],
        fixSafety: """
            Safe: only the spaces after the marker change, and the item's indented lines move by the same \
            number of columns, so nested lists and code blocks stay where they are; when they cannot \
            (tabs in its indented lines, an item inside a quote, a following line the narrower item would take in), there is no fix.
            """
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        // A tab after the marker is no count of spaces (and has no fix): such items do not vote.
        // `122. ### How to implement localization?` / `1. Add the formats` at the margin: an
        // answer's steps, which Markdown takes into the list of questions set as headings; they
        // are not questions, and set no spacing for them nor take theirs.
        let judged = document.lists.map { list in
            let isOfQuestionHeadings = list.items.contains(where: Self.opensWithAHeading)
            return list.items.filter { isJudged($0) && !Self.hasTabGap($0, in: file.source) && (!isOfQuestionHeadings || Self.opensWithAHeading($0)) }
        }
        // Each list votes once, with its own majority: fixing an item then only ever adds to the
        // winning side, so repeated fixes settle instead of flipping the document's choice.
        // Bullets and numbers are compared with their own kind: `-   a` and `1.  b` put the text
        // in the same column with different numbers of spaces. Lists are compared with lists of
        // their own depth: top-level `*   a` over nested `* b` throughout is a style of its own.
        // Only a clear majority (three lists in four, or all lists but one) is the document's
        // spacing: in a 70/30 split of many lists (a translation whose answer options all use
        // `-   A:`) the minority is a second habit, not an exception, and its every item
        // would be reported.
        // Lists quoted in `>` are compared with quoted lists: a candidate's report quoted in a
        // page sets no spacing for the author's own lists, and a newsletter written in quotes
        // has its own majority.
        let isQuoted = document.lists.map { list in
            list.items.first.map { ListItemSupport.linePrefix(of: $0, in: file.source).contains(">") } ?? false
        }
        // Lists written with another marker (`- a` among lists of `*   a`) are another habit too,
        // copied with their spacing from elsewhere: `mixed-list` judges the marker.
        // Lists whose items hold more than a paragraph (a sub-list, a second paragraph) are
        // compared with such lists: `-   a` over its nested items beside `- b` in flat lists is
        // one style (markdownlint's `ul_multi`), which Python-Markdown sites need to nest at all.
        // Nested lists are compared with those indented alike: a table of contents nesting
        // `  - [Beta](#beta)` under `- [Alpha](#alpha)` is one habit, the body's `    -   two`
        // (text on a tab stop) another, each consistent with itself.
        struct Kind: Hashable { let isOrdered: Bool, depth: Int, isQuoted: Bool, marker: Character?, holdsBlocks: Bool, nestedColumn: Int? }
        func kindOf(_ list: MarkdownList) -> Kind {
            Kind(isOrdered: list.isOrdered, depth: list.depth, isQuoted: isQuoted[list.index], marker: list.items.first?.marker.last,
                 holdsBlocks: list.items.contains { $0.children.count > 1 },
                 nestedColumn: list.depth == 0 ? nil : list.items.first.map { Columns.after(ListItemSupport.linePrefix(of: $0, in: file.source).utf8) })
        }
        var votes: [Kind: [(spacing: Int, items: Int)]] = [:]
        for (list, items) in zip(document.lists, judged) {
            if let vote = Self.mostCommon(items.map(\.spacesAfterMarker)) {
                votes[kindOf(list), default: []].append((vote, items.count))
            }
        }
        // Two lists, one of each spacing, are a tie, not "all but one": neither is the exception.
        // Nor is a list of five items among two of two with the other spacing: "all but one"
        // holds where the winning lists hold most items too.
        let dominantByKind = votes.compactMapValues { votes -> Int? in
            guard let winner = Self.mostCommon(votes.map(\.spacing)) else { return nil }
            let won = votes.count { $0.spacing == winner }
            let wonItems = votes.reduce(0) { $0 + ($1.spacing == winner ? $1.items : 0) }
            let allItems = votes.reduce(0) { $0 + $1.items }
            return won * 2 > votes.count && (won * 4 >= votes.count * 3 || votes.count - won <= 1 && wonItems * 2 > allItems) ? winner : nil
        }
        // Where the text of numbered items with the document's spacing starts (marker and spaces):
        // `100. ###` in a list of its own puts its text where `10.  ###` does in the list above,
        // aligned with the document, not short of a space. (Within a list, its own items decide.)
        var alignedOffsets: [Kind: Set<Int>] = [:]
        for (list, items) in zip(document.lists, judged) where list.isOrdered {
            let kind = kindOf(list)
            guard let dominant = dominantByKind[kind] else { continue }
            for item in items where item.spacesAfterMarker == dominant {
                alignedOffsets[kind, default: []].insert(item.markerRange.length + item.spacesAfterMarker)
            }
        }
        var violations: [Violation] = []
        for (list, items) in zip(document.lists, judged) where !items.isEmpty {
            let kind = kindOf(list)
            let dominant = dominantByKind[kind]
            let offsets = Set(items.map { $0.markerRange.length + $0.spacesAfterMarker })
            let widths = Set(items.map(\.markerRange.length))
            if offsets.count == 1, widths.count > 1 { continue }
            // `120. ###`, aligned with the document's `10.  ###`, counts as of its spacing: the list
            // is not mixed for it, and fixing another item never makes it one to move. (Unless
            // items of its width in its own list use another: `11. ###` among `10.  ###`.)
            var spacingsOfWidth: [Int: Set<Int>] = [:]
            for item in items { spacingsOfWidth[item.markerRange.length, default: []].insert(item.spacesAfterMarker) }
            func isAligned(_ item: ListItem) -> Bool {
                guard let dominant, item.spacesAfterMarker < dominant, spacingsOfWidth[item.markerRange.length]?.count == 1 else { return false }
                return alignedOffsets[kind]?.contains(item.markerRange.length + item.spacesAfterMarker) == true
            }
            let spacings = items.map { isAligned($0) ? dominant! : $0.spacesAfterMarker }
            // A mixed list that already uses the document's spacing moves to it, not to its own
            // majority: the items of a list that agreed with itself may move to the document's
            // spacing only in part (some cannot move), and their list must not pull them back.
            let mixed = Set(spacings).count > 1
            let expected: Int
            if mixed, let dominant, spacings.contains(dominant) {
                expected = dominant
            } else if let chosen = mixed ? Self.mostCommon(spacings) ?? dominant : dominant {
                expected = chosen
            } else {
                continue
            }
            let found = items.filter { item in
                item.spacesAfterMarker != expected && !(expected == dominant && isAligned(item))
            }.map { violation($0, expected: expected, list: list, source: file.source) }
            violations += found
        }
        return violations
    }

    static func opensWithAHeading(_ item: ListItem) -> Bool {
        if case .heading? = item.children.first { return true }
        return false
    }

    private func isJudged(_ item: ListItem) -> Bool {
        guard item.spacesAfterMarker > 0, let first = item.children.first else { return false }
        if case .codeBlock(let code) = first, !code.isFenced { return false }
        return true
    }

    private func violation(_ item: ListItem, expected: Int, list: MarkdownList, source: SourceText) -> Violation {
        let gap = SourceRange(item.markerRange.end, item.markerRange.end + item.spacesAfterMarker)
        // The item's text moves, so its indented lines move with it (or there is no fix).
        let isSpaces = source.bytes[gap.start..<min(gap.end, source.bytes.count)].allSatisfy { $0 == UInt8(ascii: " ") }
        let moved = isSpaces ? ListRenumbering.continuationEdits(for: item, movingBy: expected - item.spacesAfterMarker, in: source) : nil
        let fix: Fix? = moved.map { moved in
            .safe("use \(spaces(expected)) after '\(item.marker)'", [Edit(range: gap, replacement: String(repeating: " ", count: expected))] + moved)
        }
        return Violation(range: gap, message: "expected \(spaces(expected)) after '\(item.marker)', found \(item.spacesAfterMarker)", fix: fix)
    }

    static func hasTabGap(_ item: ListItem, in source: SourceText) -> Bool {
        let end = min(item.markerRange.end + item.spacesAfterMarker, source.bytes.count)
        return source.bytes[min(item.markerRange.end, end)..<end].contains(UInt8(ascii: "\t"))
    }

    private func spaces(_ count: Int) -> String { count == 1 ? "1 space" : "\(count) spaces" }

    /// The value most items use; nil on a tie, unless 1 is among the tied values.
    static func mostCommon(_ values: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        guard let top = counts.values.max() else { return nil }
        let leaders = counts.filter { $0.value == top }.map(\.key)
        if leaders.count == 1 { return leaders[0] }
        return leaders.contains(1) ? 1 : nil
    }
}
