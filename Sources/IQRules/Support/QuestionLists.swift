import IQCore
import IQMarkdown

/// Which list items of a document are questions: the lists the document's conventions call
/// question lists (see `CollectionConventions`), minus the project's introduction before the
/// table of contents and the sections named in `excludedSections` (a contribution guide), and
/// minus the items that are notes, placeholders, answer links or group labels. The one answer
/// to "which items are questions" for missing-link and duplicate-question.
public struct QuestionLists: Sendable {
    /// Heading texts (contained, case-insensitive) or `#anchor`s of sections without questions.
    public let excludedSections: [String]
    public let excludeBeforeTableOfContents: Bool

    /// Sections that hold no questions in any collection: a contribution guide, thanks to
    /// people and projects (`## 特别感谢` listing `Netty`), and release notes (`## 更新记录`).
    public static let defaultExcludedSections: ConfigValue = ["贡献指南", "参与贡献", "如何贡献", "贡献者", "致谢", "感谢", "鸣谢", "更新记录", "更新日志",
                                                              "版本记录", "版本历史", "contributing", "how to contribute", "contribution", "contributors",
                                                              "acknowledgement", "acknowledgment", "thanks", "credits", "changelog", "change log",
                                                              "release notes"]

    public init(excludedSections: [String], excludeBeforeTableOfContents: Bool) {
        self.excludedSections = excludedSections.map { $0.trimmed { $0 == " " }.lowercased() }.filter { !$0.isEmpty }
        self.excludeBeforeTableOfContents = excludeBeforeTableOfContents
    }

    /// The lists that hold questions, in source order.
    public func lists(in file: MarkdownFile) -> [MarkdownList] {
        let conventions = CollectionConventions.of(file)
        let start = excludeBeforeTableOfContents ? conventions.introductionEnd : 0
        return file.document.lists.filter { list in
            conventions.role(of: list) == .questions && list.range.start >= start && !isExcluded(list.range.start, in: file.document)
        }
    }

    /// Question items in source order.
    public func questions(in file: MarkdownFile) -> [ListItem] {
        let conventions = CollectionConventions.of(file)
        // Each list on its own, on every core (a large bank's lists hold a hundred thousand items).
        let items = Parallel.map(lists(in: file)) { list in
            list.items.filter { QuestionLists.isQuestion($0, shape: conventions.shape(of: $0, in: list), labels: conventions.labels) }
        }.flatMap { $0 }
        // Lists come in source order; only nested lists interleave with their parents' items.
        let inOrder = zip(items, items.dropFirst()).allSatisfy { $0.range.start < $1.range.start }
        return inOrder ? items : items.sorted { $0.range.start < $1.range.start }
    }

    /// Question items of a document linted on its own (no configured conventions).
    public func questions(in document: Document) -> [ListItem] {
        questions(in: MarkdownFile(path: "", document: document))
    }

    /// An item of a question list that is a question: not empty, not a note, a placeholder, an
    /// answer link or a group label whose nested items are the questions.
    static func isQuestion(_ item: ListItem, shape: ItemShape, labels: Set<String>) -> Bool {
        switch shape {
        case .empty, .note, .task, .answerLabel, .placeholder, .answerPoint: return false
        default: return !ConventionInference.isGroupLabel(item, labels: labels)
        }
    }

    /// A list whose items are only same-document links (`[章节](#章节)`). An entry written
    /// as a link that cmark does not take for one (`[React 路由](#React 路由)`: a space in the
    /// destination) is still an entry, and one item in twenty may be something else (a
    /// note, a mistyped entry): a table of a hundred sections stays one.
    public static func isTableOfContents(_ list: MarkdownList) -> Bool {
        var others = 0
        for item in list.items where !isContentsEntry(item) {
            others += 1
            if others * 20 > list.items.count { return false }
        }
        return true
    }

    /// `[章节](#章节)`, `1. [A](#a) / [B](#b)`: links to sections of the document and nothing else
    /// (a count aside), or a line that is written as one link to a section.
    static func isContentsEntry(_ item: ListItem) -> Bool {
        let links = item.links
        guard !links.isEmpty else {
            let text = item.text.trimmedWhitespace
            return item.nestedLists.isEmpty && text.hasPrefix("[") && text.hasSuffix(")") && text.contains("](#")
        }
        guard links.allSatisfy({ $0.fragmentOnly != nil }) else { return false }
        var rest = item.text
        for link in links { if let range = rest.range(of: link.text) { rest.removeSubrange(range) } }
        // `- [JavaScript](#javascript) · 4`: the section's count of entries after its link.
        return rest.allSatisfy { $0.isWhitespace || $0.isPunctuation || $0.isNumber && $0.isASCII }
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
