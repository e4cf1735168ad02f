import IQCore
import IQMarkdown

/// Repeats a collection makes on purpose, by the shape of its lists rather than its headings.
extension DuplicateLinkRule {
    /// `- __[NodeJS(Adonis) 4주 완성](…/135)__` / `  - 일시: 07. 03(토)` and the same entry a week on,
    /// `  - 일시: 07. 10(토)`: one course or talk on two dates of an events calendar, each item's
    /// fields the same but for lines holding numbers (a date, a time).
    static func areSessionsOfOneEvent(_ link: Link, _ earlier: Link, in file: MarkdownFile) -> Bool {
        let places = OutlinePlaces.of(file)
        guard let a = places.innermost(at: link.range.start), let b = places.innermost(at: earlier.range.start),
              a.item.markerRange != b.item.markerRange,
              let fieldsA = a.item.nestedLists.first, let fieldsB = b.item.nestedLists.first else { return false }
        let linesA = fieldsA.items.map { $0.text.trimmedWhitespace }, linesB = fieldsB.items.map { $0.text.trimmedWhitespace }
        let onlyA = Set(linesA).subtracting(linesB), onlyB = Set(linesB).subtracting(linesA)
        guard !onlyA.isEmpty, !onlyB.isEmpty else { return false }
        // The lines that differ name a time: a label and a value with numbers (`일시: 07. 10(토)`, `Date: May 3`).
        func isDated(_ line: String) -> Bool {
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
            return line[line.index(after: colon)...].contains(where: \.isNumber)
        }
        return onlyA.union(onlyB).allSatisfy(isDated)
    }

    /// Start offsets of the label links (`[点击查看答案](…)`) among `candidates` that repeat the
    /// link of the item they are nested in or directly follow: the file's way of pointing at
    /// the answer of that item, not a second entry.
    static func answerLinkRepeats(among candidates: Set<Int>, in file: MarkdownFile) -> Set<Int> {
        var repeats = Set<Int>()
        for list in file.document.lists {
            for (position, item) in list.items.enumerated() {
                guard let title = ListItemSupport.firstOutwardLink(of: item) else { continue }
                let following = position + 1 < list.items.count ? [list.items[position + 1]] : []
                for answerItem in following + item.nestedLists.flatMap(\.items) {
                    guard let answer = ListItemSupport.firstOutwardLink(of: answerItem), candidates.contains(answer.range.start),
                          let identity = identity(of: answer.destination), identity == Self.identity(of: title.destination) else { continue }
                    repeats.insert(answer.range.start)
                }
            }
        }
        return repeats
    }

    /// Start offsets of the links nested under an entry that repeat its title link or a link
    /// before them under it, when their text names a part that three entries or more of the
    /// document have (`- [CS 101](…/cs101/)` over `[Syllabus](…/cs101/)`, `[Lectures](…)`,
    /// `[Assignments](…)`): the parts of one entry, which lead to its pages on purpose. A
    /// nested entry with a title of its own (`[t-SNE](…pca)` under `Dimension Reduction`)
    /// repeating a link is still a duplicate. A link naming a part (`[Discussion Notes]`,
    /// `[Home]`) that leads to the entry's own page is one too, however few entries have it.
    static func facetRepeats(in file: MarkdownFile) -> Set<Int> {
        var entries: [(title: String, facets: [(text: String, identity: String, start: Int)])] = []
        var parents: [String: Int] = [:]
        for list in file.document.lists {
            for item in list.items where item.children.count > 1 {
                guard let title = ListItemSupport.firstOutwardLink(of: item), let titleIdentity = identity(of: title.destination) else { continue }
                var facets: [(text: String, identity: String, start: Int)] = []
                for facet in item.nestedLists.flatMap(\.items) {
                    guard let link = ListItemSupport.firstOutwardLink(of: facet), let found = identity(of: link.destination) else { continue }
                    facets.append((link.text.trimmedWhitespace.lowercased(), found, link.range.start))
                }
                for text in Set(facets.map(\.text)) { parents[text, default: 0] += 1 }
                entries.append((titleIdentity, facets))
            }
        }
        var repeats = Set<Int>()
        for entry in entries {
            var seen: Set<String> = [entry.title]
            // `[目标检测算法综述三部曲](…/40047760)` over `[…综述（一）](…/40047760)`, `[…（二）](…)`: a
            // series whose entry links its first instalment, each instalment listed under it.
            let isSeries = Set(entry.facets.map(\.identity)).count >= 2
            for facet in entry.facets where !seen.insert(facet.identity).inserted
                && ((parents[facet.text] ?? 0) >= 3
                    || facet.identity == entry.title && (Self.namesAPart(facet.text) || Self.isAnAddress(facet.text)
                                                        || isSeries && Self.namesAnInstalment(facet.text))) {
                repeats.insert(facet.start)
            }
        }
        return repeats
    }

    /// `…综述（一）`, `…分析--part1`, `第一讲 …`, `Part II`: a text (lowercased) numbering an
    /// instalment of a series.
    static func namesAnInstalment(_ text: String) -> Bool {
        let characters = Array(text.trimmedWhitespace)
        func isNumeral(_ character: Character) -> Bool { character.isNumber || "一二三四五六七八九十".contains(character) }
        // `（一）`, `(1)`, `[2]` closing the text.
        if characters.count >= 3, let last = characters.last, "）)]】".contains(last) {
            let inner = characters[..<(characters.count - 1)].reversed().prefix { !"（([【".contains($0) }
            if !inner.isEmpty, inner.count <= 3, inner.allSatisfy(isNumeral) { return true }
        }
        // `第一讲`, `第3篇`.
        if let index = characters.firstIndex(of: "第"), index + 2 < characters.count, isNumeral(characters[index + 1]) {
            let rest = characters[(index + 1)...].drop(while: isNumeral)
            if let unit = rest.first, "讲篇章节部集期课".contains(unit) { return true }
        }
        // `part1`, `part 2`, `part-ii`.
        var rest = Substring(text)
        while let range = rest.range(of: "part") {
            let after = rest[range.upperBound...].drop { $0 == " " || $0 == "-" || $0 == "_" || $0 == "." }
            let number = after.prefix { $0.isNumber || "ivx".contains($0) }
            if !number.isEmpty, after.dropFirst(number.count).first.map({ !$0.isLetter }) ?? true { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// `https://arxiv.org/abs/2408.08921` under `[《Graph RAG: A Survey》](https://arxiv.org/abs/2408.08921)`:
    /// a link showing its address, the entry's own restated in its details.
    static func isAnAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")
    }

    /// `Home`, `Course Page`, `Discussion Notes`, `课程主页`: a text (lowercased) naming a part of
    /// an entry, which may lead to the entry's own page.
    static func namesAPart(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter }.map(String.init)
        guard words.count <= 4 else { return false }
        return words.contains(where: partWords.contains) || partPhrases.contains { text.contains($0) }
    }

    private static let partWords: Set<String> = ["home", "homepage", "page", "website", "site", "notes", "syllabus", "lectures", "lecture",
                                                 "slides", "videos", "video", "discussion", "discussions", "assignments", "readings",
                                                 "materials", "schedule", "overview", "info", "official", "homework", "homeworks",
                                                 "assignment", "exams", "exam", "quizzes", "problems", "labs", "lab", "projects",
                                                 "solutions", "recitations", "handouts", "textbook", "transcripts", "course"]
    private static let partPhrases = ["主页", "官网", "课程", "讲义", "笔记", "视频", "作业", "资料", "习题", "练习", "考试"]

    /// The ranges of the items that name a group of the entries nested under them
    /// (`* HTTP Client` over its list), in source order: categories as headings are.
    static func groupLabelRanges(in document: Document) -> [SourceRange] {
        document.lists.flatMap { list in
            list.items.filter { ConventionInference.isGroupLabel($0, labels: []) || isDescribedGroupLabel($0, in: document.source) }
                .map(\.range)
        }
    }

    /// `+ **Observable**: An Observable is an event stream…` over the entries it groups: a name
    /// in bold, then a colon and what the group is about, and no link of its own.
    static func isDescribedGroupLabel(_ item: ListItem, in source: SourceText) -> Bool {
        guard item.nestedLists.contains(where: { !$0.items.isEmpty }), case .paragraph(let lead)? = item.children.first,
              lead.content.links.isEmpty else { return false }
        let firstLine = source.lineRange(source.line(containing: lead.range.start))
        return BoldLabels.opensWithBoldName(source.string(in: SourceRange(lead.range.start, min(lead.range.end, firstLine.end))))
    }

    /// The innermost group-label item around `offset` (an index into `ranges`), if any.
    static func groupLabel(around offset: Int, in ranges: [SourceRange]) -> Int? {
        ranges.indices.last { ranges[$0].start <= offset && offset < ranges[$0].end }
    }
}
