import IQCore
import IQMarkdown

/// `- Word2vec` alone between two numbered lists, the one after it starting again at 1: a label
/// over the group that follows (a sub-heading written as a one-item bullet list), not an entry
/// missing its link, nor an item the numbers above skipped; and `2. Latency` alone over a
/// bulleted list of links. A label is short, links nothing and asks nothing.
struct LabelLists: Sendable {
    /// The indexes (``MarkdownList/index``) of the label lists.
    let lists: Set<Int>
    /// Where each label's item marker starts.
    let itemStarts: Set<Int>

    static func of(_ file: MarkdownFile) -> LabelLists {
        file.derived.value(LabelLists.self) { _ in make(file) }
    }

    /// The longest label, in characters: a group's name, not a sentence.
    static let maximumLength = 40

    private static func make(_ file: MarkdownFile) -> LabelLists {
        var lists: Set<Int> = [], starts: Set<Int> = []
        for group in DocumentStructure.siblingGroups(of: file) {
            for (index, block) in group.enumerated() where index + 1 < group.count {
                guard case .list(let label) = block, case .list(let next) = group[index + 1] else { continue }
                var previous: MarkdownList?
                if index > 0, case .list(let before) = group[index - 1] { previous = before }
                guard isLabel(label, over: next, after: previous, source: file.source) else { continue }
                lists.insert(label.index)
                starts.insert(label.items[0].markerRange.start)
            }
        }
        return LabelLists(lists: lists, itemStarts: starts)
    }

    /// Also the mirror: `2. Latency` alone over bullets that link (`- HELM: … [Paper](…)`), a
    /// numbered series of topics each over its own list of papers.
    /// Numbers going on from the numbered list before the label (`1.`, `2.` under `* 图像特征匹配`,
    /// `10.` under `* 图像字幕`) count the papers through the groups: the label is a group's too.
    static func isLabel(_ list: MarkdownList, over next: MarkdownList, after previous: MarkdownList? = nil, source: SourceText? = nil) -> Bool {
        let continuesCount = previous.map { before in
            before.isOrdered && (before.items.last?.number).map { last in (next.items.first?.number).map { $0 > last } ?? false } ?? false
        } ?? false
        let labelsNumbers = !list.isOrdered && next.isOrdered && (next.items.first?.number == 1 || continuesCount)
        let linksMostly = next.items.count(where: { !$0.links.isEmpty }) * 2 > next.items.count
        // `* **第二章 数组**` over ` - [2.0 本章导读](02.00.md)`, its pages indented too little to
        // nest: a chapter's label over the list of its pages, another bullet starting that list.
        let labelsPages = !list.isOrdered && !next.isOrdered && linksMostly && list.items.count == 1 && source.map { source in
            BoldLabels.isOneBoldRun(source.string(in: SourceRange(ListItemSupport.contentStart(of: list.items[0], in: source), list.items[0].range.end)))
        } == true
        let labelsLinks = (list.isOrdered && !next.isOrdered || labelsPages) && linksMostly
        guard labelsNumbers || labelsLinks, list.items.count == 1,
              let item = list.items.first, item.children.count == 1, case .paragraph(let paragraph)? = item.children.first,
              paragraph.content.links.isEmpty else { return false }
        let text = item.text.trimmedWhitespace
        guard !text.isEmpty, text.count <= maximumLength, let last = text.last else { return false }
        return !"?？.。!！;；".contains(last)
    }
}
