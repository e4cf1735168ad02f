import IQCore
import IQMarkdown

/// Which list items of a document are questions: not a table of contents, not the project's
/// introduction before it, not a section named in `excludedSections` (a contribution guide),
/// not a note (`- 注：…`), not empty.
public struct QuestionLists: Sendable {
    /// Heading texts (contained, case-insensitive) or `#anchor`s of sections without questions.
    public let excludedSections: [String]
    public let excludeBeforeTableOfContents: Bool

    public static let defaultExcludedSections: ConfigValue = ["贡献指南", "参与贡献", "如何贡献", "contributing", "how to contribute", "contribution"]

    public init(excludedSections: [String], excludeBeforeTableOfContents: Bool) {
        self.excludedSections = excludedSections.map { $0.trimmed { $0 == " " }.lowercased() }.filter { !$0.isEmpty }
        self.excludeBeforeTableOfContents = excludeBeforeTableOfContents
    }

    /// The lists that hold questions, in source order. A list nested under a question is its
    /// sub-points, not more questions; a list that is an item's only content is questions.
    public func lists(in document: Document) -> [MarkdownList] {
        let tocLists = Set(document.lists.filter(QuestionLists.isTableOfContents).map(\.index))
        let start = excludeBeforeTableOfContents
            ? document.lists.first { tocLists.contains($0.index) && $0.items.count > 1 }.map(\.range.end) ?? 0 : 0
        let parents = ListNesting.parentItems(document)
        return document.lists.filter { list in
            guard !tocLists.contains(list.index), list.range.start >= start else { return false }
            if let parent = parents[list.index], !parent.paragraphs.isEmpty { return false }
            return !isExcluded(list.range.start, in: document)
        }
    }

    /// Question items in source order: the items of `lists(in:)` that are not notes or empty.
    public func questions(in document: Document) -> [ListItem] {
        lists(in: document)
            .flatMap(\.items)
            .filter { !$0.isEmpty && !ListItemSupport.isNote($0) && !$0.text.allSatisfy(\.isWhitespace) }
            .sorted { $0.range.start < $1.range.start }
    }

    /// A list whose items are only same-document links (`[章节](#章节)`).
    public static func isTableOfContents(_ list: MarkdownList) -> Bool {
        list.items.allSatisfy { item in
            let links = item.links
            guard !links.isEmpty, links.allSatisfy({ $0.fragmentOnly != nil }) else { return false }
            var rest = item.text
            for link in links { if let range = rest.range(of: link.text) { rest.removeSubrange(range) } }
            return rest.allSatisfy { $0.isWhitespace || $0.isPunctuation }
        }
    }

    private func isExcluded(_ offset: Int, in document: Document) -> Bool {
        guard !excludedSections.isEmpty else { return false }
        return DocumentSections.enclosingHeadings(of: offset, in: document).contains { heading in
            let text = heading.text.lowercased()
            let anchor = document.anchor(of: heading)
            return excludedSections.contains { entry in
                entry.hasPrefix("#") ? anchor == entry.dropFirst() : text.contains(entry) || anchor == entry
            }
        }
    }
}
