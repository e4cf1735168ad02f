import IQCore
import IQMarkdown

/// How sure `toc-sync` is that a section without an entry was forgotten, not left out on
/// purpose, judged from the document's own structure.
struct TOCOmissions {
    struct Judgement {
        /// nil: the rule's default (error).
        let severity: Severity?
        /// Adding the entry is safe only for a section that was clearly forgotten.
        let isFixSafe: Bool
    }

    /// `missing`: the expected headings (in document order) without an entry; the other
    /// expected headings have one. With `levels` configured the configuration says which
    /// headings belong: every missing one is an error (`info` after the last listed one) with
    /// a safe fix. Otherwise an omission is judged:
    /// - forgotten (error, safe fix): the expected headings just before and after it are
    ///   listed, and its section has list items when most listed sections do;
    /// - left out (info, unsafe fix): before the first or after the last listed section (where
    ///   collections keep their introduction, pinned items, licence and contributors), or a
    ///   section without list items where most listed sections have them (a meta section), or
    ///   one without an HTML anchor where every listed section of its level holds one;
    /// - unclear (error, unsafe fix): between listed sections, next to another unlisted one.
    static func judge(missing: [Heading], expected: [Heading], configured: Bool, in document: Document) -> [Int: Judgement] {
        guard !missing.isEmpty else { return [:] }
        let missingIndexes = Set(missing.map(\.index))
        let listed = expected.filter { !missingIndexes.contains($0.index) }
        guard let firstListed = listed.first?.index, let lastListed = listed.last?.index else {
            // No entry lands: the table is stale as a whole, nothing says what it leaves out.
            return Dictionary(uniqueKeysWithValues: missing.map { ($0.index, Judgement(severity: .info, isFixSafe: configured)) })
        }
        var result: [Int: Judgement] = [:]
        if configured {
            for heading in missing { result[heading.index] = Judgement(severity: heading.index > lastListed ? .info : nil, isFixSafe: true) }
            return result
        }
        let withLists = sectionsWithLists(in: document)
        // `## 一旦おさらい` among `## ブックマーク一覧を作ってみよう <a name="intern-bookmark-list">` and the
        // like: the table lists the sections the author gave an HTML anchor, and this one has none.
        let anchoredLevels = Set(listed.map(\.level)).filter { level in
            let atLevel = listed.filter { $0.level == level }
            return atLevel.count >= 2 && atLevel.allSatisfy(holdsHTMLAnchor)
        }
        let position = Dictionary(uniqueKeysWithValues: expected.enumerated().map { ($1.index, $0) })
        for heading in missing {
            let sameLevel = listed.filter { $0.level == heading.level }
            let listedWithLists = sameLevel.filter { withLists.contains($0.index) }.count
            let looksLikeMeta = sameLevel.count >= 2 && listedWithLists * 2 > sameLevel.count && !withLists.contains(heading.index)
            // `# DO NOT FORGET TO JUST BRUTEFORCE THE FIRST BYTE.` between listed sections: a shouted
            // warning, no section a table lists.
            if heading.index < firstListed || heading.index > lastListed || looksLikeMeta || NoticeHeadings.isShoutedSentence(heading.text)
                || isProjectSection(heading.text) || anchoredLevels.contains(heading.level) && !holdsHTMLAnchor(heading) {
                result[heading.index] = Judgement(severity: .info, isFixSafe: false)
                continue
            }
            let at = position[heading.index] ?? 0
            let neighboursListed = at > 0 && at + 1 < expected.count
                && !missingIndexes.contains(expected[at - 1].index) && !missingIndexes.contains(expected[at + 1].index)
            result[heading.index] = Judgement(severity: nil, isFixSafe: neighboursListed)
        }
        return result
    }

    /// `## Intro <a name="intro"></a>`: the heading holds an `<a name>` or `<a id>` of its own.
    static func holdsHTMLAnchor(_ heading: Heading) -> Bool {
        heading.content.inlineHTML.contains { tag in
            let lower = tag.lowercased()
            return lower.hasPrefix("<a ") && (lower.contains("name=") || lower.contains("id="))
        }
    }

    /// `## Contributing` between listed sections: the project's own page, which many tables of
    /// contents leave out on purpose (awesome-lint's check keeps `Contributing` and `Footnotes`
    /// out of an awesome-list's): never a forgotten section.
    static func isProjectSection(_ text: String) -> Bool {
        let name = HeadingText.normalized(text).lowercased()
            .trimmingPrefix { !$0.isLetter }.trimmingSuffix { !$0.isLetter }
        return projectSectionNames.contains(String(name))
    }

    static let projectSectionNames: Set<String> = [
        "contributing", "contribute", "contribution", "contributions", "how to contribute", "contributors", "contribution guidelines",
        "license", "licence", "code of conduct", "footnotes", "sponsors", "backers", "acknowledgements", "acknowledgments",
        "贡献", "贡献指南", "参与贡献", "如何贡献", "贡献者", "许可证", "开源协议", "许可协议",
    ]

    /// Headings whose section (up to the next heading of the same or a higher level) holds a list.
    private static func sectionsWithLists(in document: Document) -> Set<Int> {
        let headings = document.headings
        var direct = Set<Int>()
        for list in document.lists {
            if let heading = document.heading(before: list.range.start) { direct.insert(heading.index) }
        }
        // Walked from the end: a section holds a list when its own text or a subsection does.
        var result = Set<Int>()
        var openLevels: [(level: Int, hasList: Bool)] = []
        for heading in headings.reversed() {
            var hasList = direct.contains(heading.index)
            while let last = openLevels.last, last.level > heading.level {
                hasList = hasList || last.hasList
                openLevels.removeLast()
            }
            if hasList { result.insert(heading.index) }
            openLevels.append((heading.level, hasList))
        }
        return result
    }
}
