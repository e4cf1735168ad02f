import IQCore
import IQMarkdown

public struct TOCSyncRule: DocumentRule {
    public static let description = RuleDescription(
        id: "toc-sync",
        summary: "the table of contents lists the sections that follow it",
        details: """
            The table of contents is the list of `[text](#anchor)` links right under a heading \
            named in option `heading` (ignoring case; HTML comments between the heading and \
            the list are fine). It must list the headings of the levels in option `levels` \
            that follow it, in document order, each once, with the heading's text as link \
            text; with several levels, deeper headings are nested one list deeper. Headings \
            named in `exclude` (their text, ignoring case, or `#anchor`) need no entry, but \
            may have one.

            Reported: a heading without an entry (at the heading), an entry whose link \
            matches no heading where a heading is missing (a renamed section), an entry for \
            a heading that does not belong in the table, a repeated entry, an entry out of \
            order, link text that differs from the heading, and wrong nesting (at the entry).

            The fix rewrites the list in place in its own style (numbers or bullets, marker, \
            spacing, indentation of nested lists). Entries that were right keep their line, \
            extra text included; new entries use the heading's Markdown as link text when it \
            renders to the same text, so code spans stay code spans. It is safe: the table \
            only ever points at headings that exist.
            """,
        rationale: """
            Sections are added, renamed and moved while the table of contents is edited by \
            hand. Readers then miss whole topics, or follow a link that lands at the top of \
            the page.
            """,
        defaultSeverity: .error,
        fix: .safeOrUnsafe,
        options: [
            RuleOptionDescription(name: "heading", summary: "texts of the heading the table of contents sits under (ignoring case)",
                                  defaultValue: ["目录", "Contents", "Table of Contents", "TOC"]),
            RuleOptionDescription(name: "levels", summary: "heading levels listed; deeper levels are nested lists",
                                  defaultValue: [2]),
            RuleOptionDescription(name: "exclude", summary: "headings (text, or `#anchor`) that need no entry",
                                  defaultValue: []),
        ],
        triggeringExamples: [
            RuleExample("## 目录\n\n1. [机器学习基础](#机器学习基础)\n\n## 机器学习基础\n\n内容\n\n↓## 深度学习基础\n\n内容\n"),
            RuleExample("## 目录\n\n1. ↓[大模型微调](#大模型微调)\n\n## 大模型微调技术\n\n内容\n"),
            RuleExample("## 目录\n\n- [A](#a)\n- ↓[C](#c)\n- [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n\n## C\n\nx\n"),
            RuleExample("## 目录\n\n1. [A](#a)\n2. ↓[A](#a)\n\n## A\n\nx\n"),
            RuleExample("## Contents\n\n1. ↓[机器学习](#机器学习基础)\n\n## 机器学习基础\n\nx\n"),
            RuleExample("## TOC\n\n- [A](#a)\n- ↓[A.1](#a1)\n\n## A\n\n### A.1\n\nx\n", options: ["levels": [2, 3]]),
            RuleExample("## 目录\n\n1. [A](#a)\n2. ↓[B](#b)\n\n## A\n\n### B\n\nx\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("## 目录\n\n1. [机器学习基础](#机器学习基础)\n2. [Transformer、Bert、GPT系列模型](#transformerbertgpt系列模型)\n\n## 机器学习基础\n\n### 细节\n\nx\n\n## Transformer、Bert、GPT系列模型\n\nx\n"),
            RuleExample("## 项目简介\n\n内容\n\n## 目录\n\n- [A](#a)\n\n## A\n\nx\n\n## 贡献指南\n\nx\n", options: ["exclude": ["贡献指南"]]),
            RuleExample("## Table of Contents\n\n- [A](#a)\n  - [A.1](#a1)\n- [B](#b)\n\n## A\n\n### A.1\n\n## B\n", options: ["levels": [2, 3]]),
            RuleExample("## 其他问题\n\n1. [其他问题](#其他问题-1)\n\n## 其他问题\n\nx\n", options: ["heading": ["其他问题"]]),
            RuleExample("## 目录\n\n本文没有目录列表。\n\n## A\n"),
        ],
        corrections: [
            RuleCorrection("## 目录\n\n1. [A](#a)\n\n## A\n\nx\n\n## B\n\nx\n",
                           "## 目录\n\n1. [A](#a)\n2. [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n"),
            RuleCorrection("## 目录\n\n* [B](#b)\n* [A](#a)\n* [Gone](#gone)\n\n## A\n\nx\n\n## B\n\nx\n",
                           "## 目录\n\n* [A](#a)\n* [B](#b)\n\n## A\n\nx\n\n## B\n\nx\n", unsafe: true),
            RuleCorrection("## TOC\n\n1) [A](#a)\n\n## A\n\n### A.1\n\n## `B` 模型\n",
                           "## TOC\n\n1) [A](#a)\n   1) [A.1](#a1)\n2) [`B` 模型](#b-模型)\n\n## A\n\n### A.1\n\n## `B` 模型\n",
                           options: ["levels": [2, 3]]),
        ],
        fixSafety: """
            Safe: entries are added, reordered and renumbered, and entries whose link leads to no anchor \
            are repaired. Unsafe when it deletes an entry whose link leads nowhere (more dead entries than \
            new ones). An entry whose link resolves is never dropped: a regeneration that would lose one is \
            refused by the fix engine.
            """
    )

    let headingNames: [String]
    let levels: [Int]
    let excluded: [String]

    public init(options: RuleOptions) throws(RuleConfigurationError) {
        headingNames = options.strings("heading")
        let levelValues: [ConfigValue]
        if case .list(let values)? = options.value("levels") { levelValues = values } else { levelValues = [] }
        let levels = levelValues.compactMap { if case .int(let level) = $0 { level } else { nil } }
        guard !levels.isEmpty, levels.allSatisfy((1...6).contains) else {
            throw RuleConfigurationError(option: "levels", problem: "expected heading levels between 1 and 6")
        }
        self.levels = Array(Set(levels)).sorted()
        excluded = options.strings("exclude").map { HeadingText.normalized($0).lowercased() }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        guard let toc = TableOfContents.find(in: document, headingNames: headingNames) else { return [] }
        let analysis = analyze(toc, in: document)
        guard !analysis.problems.isEmpty else { return [] }
        let fix = regenerationFix(toc, analysis: analysis, in: document)
        let tocLocation = RelatedLocation(file: file, range: toc.heading.range, message: "table of contents")
        return analysis.problems.map { problem in
            var related = problem.related.map { RelatedLocation(file: file, range: $0.range, message: $0.message) }
            if problem.isAtHeading { related.append(tocLocation) }
            return Violation(range: problem.range, message: problem.message, related: related, fix: fix)
        }
    }

    // MARK: Analysis

    struct Problem {
        let range: SourceRange
        let message: String
        var related: [(range: SourceRange, message: String)] = []
        var isAtHeading = false
    }

    struct Analysis {
        /// The headings the table lists, in document order, with their nesting depth.
        var planned: [(heading: Heading, depth: Int)] = []
        /// For a planned heading, the entry already listing it correctly (its line is kept).
        var keptEntries: [Int: TableOfContents.Entry] = [:]
        var problems: [Problem] = []
    }

    private func analyze(_ toc: TableOfContents, in document: Document) -> Analysis {
        let headings = document.headings
        let entries = toc.entries
        let targets = entries.map { entry in entry.link.flatMap { document.anchors.headingIndex(forFragment: $0.fragmentOnly ?? "") } }
        let listed = Set(targets.compactMap { $0 })
        let following = headings.filter { $0.index > toc.heading.index && levels.contains($0.level) }
        let expected = following.filter { !isExcluded($0, in: document) || listed.contains($0.index) }
        let expectedIndices = Set(expected.map(\.index))
        var analysis = Analysis()
        var previousDepth = -1
        var depths: [Int: Int] = [:]
        for heading in expected {
            let depth = min(levels.firstIndex(of: heading.level) ?? 0, previousDepth + 1)
            depths[heading.index] = depth
            analysis.planned.append((heading, depth))
            previousDepth = depth
        }

        var firstEntry: [Int: Int] = [:]
        var candidates: [Int] = []
        var unresolved: [Int] = []
        for (position, entry) in entries.enumerated() {
            guard let target = targets[position] else { unresolved.append(position); continue }
            let heading = headings[target]
            if !expectedIndices.contains(target) {
                let reason = target <= toc.heading.index ? "before the table of contents"
                    : levels.contains(heading.level) ? "excluded" : "level \(heading.level)"
                analysis.problems.append(Problem(
                    range: range(of: entry, in: document.source),
                    message: "expected entries for \(levelsText) headings after the table of contents, found one for '\(HeadingText.normalized(heading.text))' (\(reason))"))
            } else if let first = firstEntry[target] {
                var problem = Problem(range: range(of: entry, in: document.source),
                                      message: "expected each heading once, found '\(HeadingText.normalized(heading.text))' again")
                problem.related.append((range(of: entries[first], in: document.source), "first entry"))
                analysis.problems.append(problem)
            } else {
                firstEntry[target] = position
                candidates.append(position)
            }
        }

        let ordered = Set(Self.longestIncreasingRun(candidates, key: { targets[$0] ?? 0 }))
        for position in candidates {
            let entry = entries[position]
            let heading = headings[targets[position] ?? 0]
            let text = HeadingText.normalized(heading.text)
            let linkText = HeadingText.normalized(entry.link?.text ?? "")
            var isGood = true
            if !ordered.contains(position) {
                var problem = Problem(range: range(of: entry, in: document.source),
                                      message: "expected entries in document order, found '\(text)' out of place")
                problem.related.append((heading.range, "heading"))
                analysis.problems.append(problem)
            } else if let depth = depths[heading.index], depth != entry.depth {
                analysis.problems.append(Problem(range: range(of: entry, in: document.source),
                                                 message: "expected nesting depth \(depth) for the level \(heading.level) heading '\(text)', found \(entry.depth)"))
                isGood = false
            }
            if linkText != text {
                analysis.problems.append(Problem(range: range(of: entry, in: document.source),
                                                 message: "expected link text '\(text)', found '\(linkText)'",
                                                 related: [(heading.range, "heading")]))
                isGood = false
            }
            if isGood, entry.item.paragraphs.first?.lines.count == 1 { analysis.keptEntries[heading.index] = entry }
        }

        // An entry linking nowhere, where a heading of that stretch has no entry: a renamed section.
        var missing = expected.filter { firstEntry[$0.index] == nil }
        for position in unresolved {
            let entry = entries[position]
            let before = ordered.filter { $0 < position }.compactMap { targets[$0] }.max() ?? toc.heading.index
            let after = ordered.filter { $0 > position }.compactMap { targets[$0] }.min() ?? Int.max
            let found = entry.link.map { "'\(HeadingText.normalized($0.text))' (#\($0.fragmentOnly ?? ""))" }
                ?? "'\(HeadingText.normalized(entry.item.text))'"
            if let pairedIndex = missing.firstIndex(where: { $0.index > before && $0.index < after }) {
                let heading = missing.remove(at: pairedIndex)
                analysis.problems.append(Problem(
                    range: range(of: entry, in: document.source),
                    message: "expected an entry for '\(HeadingText.normalized(heading.text))' (#\(document.anchor(of: heading))), found \(found), which links to no heading",
                    related: [(heading.range, "heading")]))
            } else {
                analysis.problems.append(Problem(
                    range: range(of: entry, in: document.source),
                    message: "expected only links to \(levelsText) headings, found \(found), which links to no heading"))
            }
        }
        for heading in missing {
            analysis.problems.append(Problem(
                range: heading.range,
                message: "expected an entry for '\(HeadingText.normalized(heading.text))' in the table of contents, found none",
                isAtHeading: true))
        }
        return analysis
    }

    private var levelsText: String {
        "level " + levels.map(String.init).joined(separator: levels.count == 2 ? " and " : ", ")
    }

    private func isExcluded(_ heading: Heading, in document: Document) -> Bool {
        let text = HeadingText.normalized(heading.text).lowercased()
        return excluded.contains { entry in
            entry.hasPrefix("#") ? entry.dropFirst() == document.anchor(of: heading) : entry == text
        }
    }

    private func range(of entry: TableOfContents.Entry, in source: SourceText) -> SourceRange {
        if let link = entry.link { return link.range }
        let start = ListItemSupport.contentStart(of: entry.item, in: source)
        return SourceRange(start, source.lineRange(source.line(containing: start)).end)
    }

    /// Positions of the longest run of `items` whose keys increase (patience sorting).
    static func longestIncreasingRun(_ items: [Int], key: (Int) -> Int) -> [Int] {
        var tails: [Int] = []
        var previous = [Int?](repeating: nil, count: items.count)
        for index in items.indices {
            let value = key(items[index])
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if key(items[tails[mid]]) < value { low = mid + 1 } else { high = mid }
            }
            previous[index] = low > 0 ? tails[low - 1] : nil
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var run: [Int] = []
        var cursor = tails.last
        while let index = cursor {
            run.append(items[index])
            cursor = previous[index]
        }
        return run.reversed()
    }

    // MARK: Fix

    private struct ListStyle {
        var kind: MarkdownList.Kind
        var start: Int
        var sameNumber: Bool
        var spaces: Int
        /// Columns between the parent item's marker and this list's markers.
        var indent: Int?
        var isTight: Bool
    }

    private func regenerationFix(_ toc: TableOfContents, analysis: Analysis, in document: Document) -> Fix? {
        let source = document.source
        let maxDepth = analysis.planned.map(\.depth).max() ?? 0
        var styles: [ListStyle] = []
        for depth in 0...maxDepth {
            guard let index = toc.entries.firstIndex(where: { $0.depth == depth }) else {
                var inherited = styles[depth - 1]
                inherited.indent = nil
                inherited.start = 1
                styles.append(inherited)
                continue
            }
            let entry = toc.entries[index]
            let numbers = entry.list.items.compactMap(\.number)
            var indent: Int?
            if depth > 0, let parent = toc.entries[..<index].last(where: { $0.depth == depth - 1 }) {
                indent = ListItemSupport.linePrefix(of: entry.item, in: source).utf8.count
                    - ListItemSupport.linePrefix(of: parent.item, in: source).utf8.count
            }
            styles.append(ListStyle(kind: entry.list.kind, start: numbers.first ?? 1,
                                    sameNumber: numbers.count > 1 && Set(numbers).count == 1,
                                    spaces: max(1, entry.list.items[0].spacesAfterMarker), indent: indent,
                                    isTight: entry.list.isTight))
        }

        let basePrefix = ListItemSupport.linePrefix(of: toc.list.items[0], in: source)
        var lines: [String] = []
        var counters: [Int] = []
        var prefixes: [String] = [basePrefix]
        for (heading, depth) in analysis.planned {
            let style = styles[depth]
            if counters.count > depth + 1 { counters.removeLast(counters.count - depth - 1) }
            while counters.count < depth + 1 { counters.append(styles[counters.count].start - 1) }
            if !styles[depth].sameNumber || counters[depth] < style.start { counters[depth] += 1 }
            let marker: String
            switch style.kind {
            case .ordered(let delimiter): marker = "\(counters[depth])\(delimiter)"
            case .bullet(let bullet): marker = String(bullet)
            }
            let content: String
            if let kept = analysis.keptEntries[heading.index] {
                let start = ListItemSupport.contentStart(of: kept.item, in: source)
                content = source.string(in: SourceRange(start, source.lineRange(source.line(containing: start)).end))
            } else {
                content = TOCLinkWriter.link(to: heading, anchor: document.anchor(of: heading), in: source)
            }
            if depth == 0, !lines.isEmpty, !style.isTight { lines.append(basePrefix.trimmingTrailingSpaces) }
            let prefix = prefixes[depth]
            lines.append(prefix + marker + String(repeating: " ", count: style.spaces) + content)
            // Where a list nested in this item starts: at least at the item's content column, at
            // most three columns further (four would make it code).
            let width = marker.utf8.count + style.spaces
            let childIndent = depth + 1 < styles.count ? min(max(styles[depth + 1].indent ?? width, width), width + 3) : width
            prefixes.removeLast(prefixes.count - depth - 1)
            prefixes.append(prefix + String(repeating: " ", count: childIndent))
        }
        let lineRange = toc.lines(in: source)
        let range = SourceRange(source.lineRange(lineRange.lowerBound).start, source.lineRange(lineRange.upperBound).end)
        let replacement = lines.joined(separator: "\n")
        guard replacement != source.string(in: range).replacing("\r\n", with: "\n") else { return nil }
        // Entries whose link leads nowhere may be repaired; any other lost entry is refused by the fix engine.
        let dead = toc.entries.compactMap { entry -> DestinationRewrite? in
            guard let link = entry.link, let fragment = link.fragmentOnly, !document.anchors.contains(fragment: fragment) else { return nil }
            return .repairDeadAnchor(from: link.destination, text: entry.item.text)
        }
        // Dead entries with no new entry to become are deleted, and deleting is never safe.
        let newEntries = analysis.planned.count - analysis.keptEntries.count
        return Fix(title: "regenerate the table of contents", applicability: dead.count > newEntries ? .unsafe : .safe,
                   edits: [Edit(range: range, replacement: replacement)], rewrites: dead)
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " || result.last == "\t" { result.removeLast() }
        return result
    }
}
