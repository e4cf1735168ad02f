import IQCore
import IQMarkdown

/// What a table of contents covers, read from its own entries: the heading levels it lists
/// (a level most of whose headings have an entry; a deeper level only under the parents whose
/// children it lists), whether it nests, which entries are unlinked group labels and which
/// land on HTML anchors (`<a id="…">`, `<a name="…">`).
public struct TOCConventions: Sendable {
    public static let defaultHeadingNames: [String] = [
        "目录", "Contents", "Table of Contents", "TOC", "Index", "索引", "导航", "大纲", "Catalog", "Outline",
        // In other languages: Chinese (traditional), Japanese, Korean, Russian, Ukrainian, French,
        // German, Spanish, Italian, Portuguese, Indonesian, Turkish, Persian, Arabic, Polish,
        // Vietnamese, Dutch, Swedish, Czech.
        "目錄", "目次", "목차", "차례", "Содержание", "Оглавление", "Зміст", "Sommaire", "Table des matières", "Inhalt",
        "Inhaltsverzeichnis", "Índice", "Indice", "Contenido", "Contenidos", "Conteúdo", "Sumário", "Daftar Isi",
        "İçindekiler", "فهرست", "فهرست مطالب", "المحتويات", "Spis treści", "Mục lục", "Inhoud", "Innehåll", "Obsah",
    ]

    public let toc: TableOfContents
    /// The heading each entry lands on, by entry position (nil: an HTML anchor, or nothing).
    public let targets: [Int?]
    /// Entries whose link lands on an HTML anchor rather than a heading.
    public let htmlAnchorEntries: Set<Int>
    /// Headings an entry names through an HTML anchor in or right before them, also where a
    /// heading's own anchor has the same name (`<a name='nosql'>` in one heading, `#### NoSQL`
    /// later): such a heading has its entry.
    public let headingsNamedByHTMLAnchors: Set<Int>
    /// Entries without a link that hold nested entries.
    public let groupLabelEntries: Set<Int>
    /// Levels listed; the smallest is judged over the whole document after the table.
    public let levels: [Int]
    public let levelsOverridden: Bool
    public let isNested: Bool
    /// Headings that need an entry, by index.
    public let expected: Set<Int>
    public let inferences: [CollectionConventions.Inference]

    public static func infer(in file: MarkdownFile, settings: [String: ConfigValue]) -> TOCConventions? {
        var names = defaultHeadingNames
        if case .list(let values)? = settings["heading"] { names = values.compactMap { if case .string(let text) = $0 { text } else { nil } } }
        var configured: [Int] = []
        if case .list(let values)? = settings["levels"] { configured = values.compactMap { if case .int(let level) = $0 { level } else { nil } } }
        if configured.isEmpty, let levels = file.derived.overrides.ints("toc-levels") { configured = levels }
        return infer(in: file.document, headingNames: names, configuredLevels: configured)
    }

    /// Whether an entry's text is the title of `heading` and not that of `other`.
    static func namesOnly(_ heading: Heading, not other: Heading, text: String) -> Bool {
        let entry = HeadingText.bareTitle(text)
        return entry == HeadingText.bareTitle(heading.text) && entry != HeadingText.bareTitle(other.text)
    }

    public static func infer(in document: Document, headingNames: [String], configuredLevels: [Int]) -> TOCConventions? {
        guard let toc = TableOfContents.find(in: document, headingNames: headingNames) else { return nil }
        let source = document.source
        let headings = document.headings
        var targets: [Int?] = []
        var html = Set<Int>()
        var groups = Set<Int>()
        let anchored = htmlAnchoredHeadings(in: document)
        var namedByHTML = Set<Int>()
        for (position, entry) in toc.entries.enumerated() {
            let fragment = entry.link?.fragmentOnly ?? ""
            if entry.link != nil, let named = anchored[AnchorFragment.decode(fragment)] { namedByHTML.insert(named) }
            var target = entry.link == nil ? nil : document.anchors.headingIndexOnGitHub(forFragment: fragment)
            // `<a id="algorithm"></a>` over `## ⚡️ Algorithm`, and a later `#### Algorithm`: the
            // browser goes to the first element of that id, the HTML anchor; unless the entry
            // names the later heading alone (`[NoSQL](#nosql)` for `#### NoSQL`, under `<a
            // name='nosql'>Questions about NoSQL:</a>`), which it is meant for.
            if let link = entry.link, let heading = target, let named = anchored[AnchorFragment.decode(fragment)], named < heading,
               !Self.namesOnly(headings[heading], not: headings[named], text: link.text) {
                html.insert(position)
                target = named
            } else if entry.link != nil, target == nil, document.anchors.contains(fragment: fragment) {
                html.insert(position)
                // `<a id="go"></a>` just above `## Go` (or inside it): the entry lists that heading.
                target = anchored[AnchorFragment.decode(fragment)]
            }
            targets.append(target)
            if entry.link == nil, !entry.item.nestedLists.isEmpty { groups.insert(position) }
        }
        // A table under a deep heading (`##### Table of Contents` inside one chapter) covers that
        // chapter only: up to the next heading above its own level.
        // (A `### Table of Contents` listing `##` sections covers the document: the scope ends above
        // the shallower of its own level and the levels it lists.)
        let listedLevels = targets.compactMap { $0 }.filter { $0 > toc.heading.index }.map { headings[$0].level }
        let scopeLevel = min(toc.heading.level, listedLevels.min() ?? toc.heading.level)
        let scopeEnd = headings.first { $0.index > toc.heading.index && $0.level < scopeLevel }?.index ?? headings.count
        let following = headings.filter { $0.index > toc.heading.index && $0.index < scopeEnd }
        let listed = Set(targets.compactMap { $0 }.filter { $0 > toc.heading.index && $0 < scopeEnd })
        var parent: [Int: Int] = [:]
        var stack: [Heading] = []
        for heading in headings {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            parent[heading.index] = stack.last?.index ?? -1
            stack.append(heading)
        }

        var levels: [Int]
        var evidence: String
        if !configuredLevels.isEmpty {
            levels = Array(Set(configuredLevels)).sorted()
            evidence = "configured"
        } else {
            let listedLevels = Set(listed.map { headings[$0].level })
            // Entries linking nowhere are most likely renamed sections of the top level.
            let stale = toc.entries.indices.filter { toc.entries[$0].link != nil && targets[$0] == nil && !html.contains($0) }.count
            // The top level must be mostly listed, or the table is something else (a partial index).
            levels = []
            evidence = "no level has most of its headings listed"
            for level in listedLevels.sorted() {
                let all = following.filter { $0.level == level }
                let covered = all.filter { listed.contains($0.index) }.count
                if levels.isEmpty {
                    guard (covered + stale) * 2 >= all.count, covered > 0 else { continue }
                    evidence = "\(covered) of \(all.count) level \(level) headings listed"
                }
                levels.append(level)
            }
        }
        var expected = Set<Int>()
        if let top = levels.first {
            // Deeper levels count under the parents whose children the table lists, half of them
            // at least: one `### Navigation` of twenty under `## Components` is a shortcut to it,
            // not a promise to list the other nineteen.
            struct Children: Hashable { let level: Int, parent: Int }
            var listedChildren: [Children: Int] = [:], allChildren: [Children: Int] = [:]
            for index in listed { listedChildren[Children(level: headings[index].level, parent: parent[index] ?? -1), default: 0] += 1 }
            for heading in following { allChildren[Children(level: heading.level, parent: parent[heading.index] ?? -1), default: 0] += 1 }
            // A flat table lists its deeper headings among the top ones: `### Learning Videos`, one
            // of sixteen `###` headings, beside the `##` sections is a section written a level too
            // deep, not a promise to list its siblings. There the level counts only where the table
            // lists half of that level's headings.
            let isFlat = !toc.entries.contains { $0.depth > 0 }
            var listedOfLevel: [Int: Int] = [:], allOfLevel: [Int: Int] = [:]
            for index in listed { listedOfLevel[headings[index].level, default: 0] += 1 }
            for heading in following { allOfLevel[heading.level, default: 0] += 1 }
            for heading in following where levels.contains(heading.level) {
                let children = Children(level: heading.level, parent: parent[heading.index] ?? -1)
                let isLevelListed = !isFlat || (listedOfLevel[heading.level] ?? 0) * 2 >= (allOfLevel[heading.level] ?? 0)
                if heading.level == top || !configuredLevels.isEmpty
                    || isLevelListed && (listedChildren[children] ?? 0) * 2 >= (allChildren[children] ?? 0) && listedChildren[children] != nil {
                    expected.insert(heading.index)
                }
            }
        }
        let isNested = toc.entries.contains { $0.depth > 0 }
        var inferences: [CollectionConventions.Inference] = []
        let tocLine = source.reportedLine(containing: toc.heading.range.start)
        let levelLines = listed.sorted().prefix(8).map { source.reportedLine(containing: headings[$0].range.start) }
        inferences.append(.init(topic: "table of contents", value: "'\(HeadingText.normalized(toc.heading.text))'",
                                evidence: "\(toc.entries.count) entries\(isNested ? ", nested" : ", flat")", lines: [tocLine],
                                isOverridden: false))
        inferences.append(.init(topic: "toc levels", value: levels.isEmpty ? "none judged" : levels.map(String.init).joined(separator: ", "),
                                evidence: evidence, lines: Array(levelLines), isOverridden: !configuredLevels.isEmpty))
        if !groups.isEmpty {
            inferences.append(.init(topic: "toc group labels", value: "\(groups.count)", evidence: "entries without a link holding nested entries",
                                    lines: groups.sorted().map { source.reportedLine(containing: toc.entries[$0].item.markerRange.start) }, isOverridden: false))
        }
        if !html.isEmpty {
            inferences.append(.init(topic: "toc html anchors", value: "\(html.count)", evidence: "entries landing on `<a id>`/`<a name>` anchors",
                                    lines: html.sorted().map { source.reportedLine(containing: toc.entries[$0].item.markerRange.start) }, isOverridden: false))
        }
        return TOCConventions(toc: toc, targets: targets, htmlAnchorEntries: html, headingsNamedByHTMLAnchors: namedByHTML,
                              groupLabelEntries: groups, levels: levels,
                              levelsOverridden: !configuredLevels.isEmpty, isNested: isNested, expected: expected, inferences: inferences)
    }

    /// HTML anchors (`id`, `name`) declared in a heading or in the HTML block right before one,
    /// with the index of that heading.
    static func htmlAnchoredHeadings(in document: Document) -> [String: Int] {
        var result: [String: Int] = [:]
        func names(in html: String) -> [String] {
            var found: [String] = []
            for attribute in ["id=\"", "id='", "name=\"", "name='"] {
                var rest = Substring(html)
                while let range = rest.range(of: attribute) {
                    let quote = attribute.last!
                    let after = rest[range.upperBound...]
                    guard let end = after.firstIndex(of: quote) else { break }
                    found.append(String(after[..<end]))
                    rest = after[end...]
                }
            }
            return found
        }
        for heading in document.headings {
            for name in heading.content.inlineHTML.flatMap(names) where result[name] == nil { result[name] = heading.index }
        }
        for group in DocumentStructure.siblingGroups(document) {
            for (position, block) in group.enumerated() {
                guard position + 1 < group.count, case .heading(let heading) = group[position + 1] else { continue }
                let html: String
                switch block {
                case .html(let block): html = block.html
                // `<a id="x"></a>` on its own line is a paragraph of inline HTML.
                case .paragraph(let paragraph) where paragraph.text.allSatisfy(\.isWhitespace): html = paragraph.content.inlineHTML.joined()
                // `对抗样本)<a name="AE"></a>`: an anchor closing the text just above the heading.
                case .paragraph(let paragraph): html = Self.closingAnchor(of: paragraph, in: document.source) ?? ""
                default: continue
                }
                for name in names(in: html) where result[name] == nil { result[name] = heading.index }
            }
        }
        return result
    }

    /// The `<a …></a>` tag a paragraph ends with (`text<a name="AE"></a>`), or nil.
    private static func closingAnchor(of paragraph: Paragraph, in source: SourceText) -> String? {
        guard let last = paragraph.content.inlineHTML.last, last.lowercased() == "</a>",
              source.string(in: paragraph.range).trimmedWhitespace.lowercased().hasSuffix("</a>"),
              let open = paragraph.content.inlineHTML.dropLast().last, open.lowercased().hasPrefix("<a ") else { return nil }
        return open
    }
}
