import IQCore
import IQMarkdown

/// A table of contents: the list of `#fragment` links right under a heading such as `## 目录`.
public struct TableOfContents: Sendable {
    public struct Entry: Sendable {
        public let item: ListItem
        /// The list holding the item (the TOC list itself or a list nested in one of its items).
        public let list: MarkdownList
        /// The item's first same-document link; nil for an item without one.
        public let link: Link?
        /// 0 for items of the TOC list, 1 for items of a list nested in one of them, …
        public let depth: Int
    }

    public let heading: Heading
    public let list: MarkdownList
    public let entries: [Entry]

    /// The first heading named like one of `names` (ignoring case) whose first block after it,
    /// HTML comments aside, is a list holding at least one `#fragment` link.
    public static func find(in document: Document, headingNames: [String]) -> TableOfContents? {
        let names = Set(headingNames.map { HeadingText.normalized($0).lowercased() })
        for group in DocumentStructure.siblingGroups(document) {
            for (position, block) in group.enumerated() {
                guard case .heading(let heading) = block, namesContents(heading.text, names: names) else { continue }
                guard let list = group[(position + 1)...].lazy.compactMap(firstListSkippingHTML).first ?? nil else { continue }
                var entries = collect(list, depth: 0, in: document.source)
                if entries.contains(where: { $0.link != nil }) {
                    for continuation in continuations(of: list, in: group) { entries += collect(continuation, depth: 0, in: document.source) }
                    return TableOfContents(heading: heading, list: list, entries: entries)
                }
            }
        }
        return nil
    }

    /// Whether a heading titles a table of contents: one of `names`, also between marks and
    /// emoji (`📖 Table of Contents`, `【目录】`), two of them (`目录 _Contents_`, a bilingual
    /// title), or a title ending with `目录` or `Table of Contents` (`【CVPR 2024 论文开源目录】`,
    /// `Book Table of Contents`).
    static func namesContents(_ text: String, names: Set<String>) -> Bool {
        let normalized = HeadingText.normalized(text).lowercased()
        if names.contains(normalized) { return true }
        let bare = normalized.trimmed { !($0.isLetter || $0.isNumber) }
        if names.contains(bare) { return true }
        // `## Table of content`: the singular, as often written.
        if bare.count <= 30 && (bare.hasSuffix("目录") || bare.hasSuffix("table of contents") || bare.hasSuffix("table of content")) { return true }
        // `## 目录 _Contents_`, `## Contents / 目录`: one of the names in two languages.
        guard bare.count <= 40 else { return false }
        let isSeparator = { (character: Character) in !(character.isLetter || character.isNumber) }
        for index in bare.indices where isSeparator(bare[index]) {
            let left = String(bare[..<index]).trimmed(where: isSeparator), right = String(bare[index...]).trimmed(where: isSeparator)
            if !left.isEmpty, !right.isEmpty, names.contains(left), names.contains(right) { return true }
        }
        return false
    }

    /// The lists after the table's first one that go on with it: `* [New Papers](#new-papers)` under
    /// a label of its own (`*(More than Top 100)*`, a short line without a link, or `---- optional
    /// below ----`) or a rule (`---`), or right after it in another bullet; every item an entry
    /// linking a section of the page.
    private static func continuations(of list: MarkdownList, in group: [Block]) -> [MarkdownList] {
        guard let start = group.firstIndex(where: { if case .list(let other) = $0 { other.index == list.index } else { false } }) else { return [] }
        var found: [MarkdownList] = []
        var labels = 0
        for block in group[(start + 1)...] {
            switch block {
            case .html:
                continue
            // (Its words, the dashes around them aside: `---- Semua dibawah ini bersifat opsional ----`.)
            case .paragraph(let paragraph) where labels == 0 && paragraph.lines.count == 1 && paragraph.content.links.isEmpty
                && paragraph.content.text.trimmed(where: { !($0.isLetter || $0.isNumber) }).count <= maximumLabelLength:
                labels += 1
            // `---` between the two parts of one table.
            case .thematicBreak where labels == 0:
                labels += 1
            case .list(let next) where !next.items.isEmpty && next.items.allSatisfy({ $0.links.first?.fragmentOnly != nil }):
                found.append(next)
                labels = 0
            default:
                return found
            }
        }
        return found
    }

    /// The longest label between two lists of one table (`*(More than Top 100)*`), in characters.
    static let maximumLabelLength = 40

    /// `.some(list)` for a list, `.some(nil)` for any other block that ends the search, nil to skip.
    private static func firstListSkippingHTML(_ block: Block) -> MarkdownList?? {
        switch block {
        case .list(let list): .some(list)
        case .html: nil
        default: .some(nil)
        }
    }

    /// An item's entry is its first same-document link; an item that is a row of such links
    /// and separators only (`[Books for Algorithms](#…) | [Books for Mathematics](#…)`) holds
    /// one entry per link.
    private static func collect(_ list: MarkdownList, depth: Int, in source: SourceText) -> [Entry] {
        list.items.flatMap { item -> [Entry] in
            let links = item.links.filter { !$0.isImage && $0.fragmentOnly != nil }
            let row = links.count > 1 && isRowOfLinks(item, links, in: source) ? links : Array(links.prefix(1))
            let own = row.isEmpty ? [Entry(item: item, list: list, link: nil, depth: depth)]
                : row.map { Entry(item: item, list: list, link: $0, depth: depth) }
            return own + item.nestedLists.flatMap { collect($0, depth: depth + 1, in: source) }
        }
    }

    /// Whether the item is one paragraph of `links` and nothing else but spaces and punctuation.
    private static func isRowOfLinks(_ item: ListItem, _ links: [Link], in source: SourceText) -> Bool {
        guard item.children.count == 1, let paragraph = item.paragraphs.first,
              item.links.count == links.count else { return false }
        var offset = paragraph.range.start
        var between = ""
        for link in links.sorted(by: { $0.range < $1.range }) where link.range.start >= offset {
            between += source.string(in: SourceRange(offset, link.range.start))
            offset = link.range.end
        }
        between += source.string(in: SourceRange(offset, max(offset, paragraph.range.end)))
        return !between.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// The 1-based lines the list covers.
    public func lines(in source: SourceText) -> ClosedRange<Int> {
        let first = source.line(containing: list.range.start)
        return first...max(first, source.line(containing: max(list.range.end - 1, list.range.start)))
    }
}

/// Writes `[text](#anchor)` so that it renders back to the heading's text.
public enum TOCLinkWriter {
    /// The heading's own Markdown when that renders to the same text (keeps code spans and
    /// emphasis), else its plain text with Markdown punctuation escaped. Exact text is preferred
    /// over text equal up to runs of spaces.
    /// A heading with an image (`### Markdown Tools [![Awesome List][icon]](…)`) is written by
    /// the text its anchor is made of: the badge's alt text is no part of its name.
    public static func link(to heading: Heading, anchor: String, in document: Document) -> String {
        let source = document.source
        let fragment = "#" + HeadingAnchors.fragment(for: anchor)
        if let text = textWithoutPageLinks(heading, in: document), !text.isEmpty { return "[\(escaped(text))](\(fragment))" }
        if heading.content.links.contains(where: \.isImage) {
            let text = oneLine(document.anchors.anchorText(of: heading))
            if !text.isEmpty { return "[\(escaped(text))](\(fragment))" }
        }
        let candidates = candidates(for: heading, in: source).map { "[\($0)](\(fragment))" }
        for exact in [true, false] {
            for markdown in candidates {
                let parsed = MarkdownParser.parse(markdown)
                guard parsed.links.count == 1, let link = parsed.links.first,
                      link.range == SourceRange(0, markdown.utf8.count) else { continue }
                if exact ? link.text == heading.text : HeadingText.normalized(link.text) == HeadingText.normalized(heading.text) {
                    return markdown
                }
            }
        }
        return candidates.last ?? "[](\(fragment))"
    }

    /// The heading's text without its links to places in the page (`## [↑](#-table-of-contents)
    /// Meta Search`: a way back to the contents, no part of the section's name). Nil when it has none.
    public static func textWithoutPageLinks(_ heading: Heading, in document: Document) -> String? {
        let pageLinks = heading.content.links.filter { !$0.isImage && $0.fragmentOnly != nil }
        guard !pageLinks.isEmpty else { return nil }
        var text = heading.text
        for link in pageLinks { if let range = text.range(of: link.text) { text.removeSubrange(range) } }
        return HeadingText.normalized(text)
    }

    private static func candidates(for heading: Heading, in source: SourceText) -> [String] {
        var result: [String] = []
        if heading.content.inlineHTML.isEmpty, !heading.content.links.contains(where: \.isImage) {
            // Links inside a link are not allowed: keep only their text.
            var text = ""
            var offset = heading.contentRange.start
            for link in heading.content.links.sorted(by: { $0.range < $1.range }) where link.range.start >= offset {
                text += source.string(in: SourceRange(offset, link.range.start))
                text += link.textRange.map { source.string(in: $0) } ?? source.string(in: link.range)
                offset = link.range.end
            }
            text += source.string(in: SourceRange(offset, max(offset, heading.contentRange.end)))
            result.append(oneLine(text))
        }
        result.append(escaped(oneLine(heading.text)))
        return result
    }

    /// A setext heading's lines joined by a space; ASCII spaces at either end dropped.
    private static func oneLine(_ text: String) -> String {
        let joined = text.replacing("\r\n", with: " ").replacing("\n", with: " ").replacing("\r", with: " ")
        return joined.trimmed { $0 == " " || $0 == "\t" }
    }

    /// Backslash-escapes the ASCII punctuation that could start Markdown syntax.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>&~!#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
