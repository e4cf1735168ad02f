import IQMarkdown

/// Where two questions of one file sit in its outline, for the pairs an outline explains:
/// the aspects of one topic listed under it (`介绍一下 LoRA？`, `介绍一下 LoRA 优点？`, `… 缺点？`
/// nested under `LoRA 篇`), and an article outline repeated as a template (`一、引言` /
/// `1.1 前言` under every article of a section, beside items of its own).
struct OutlinePlaces {
    private let document: Document
    private var parents: [Int: ListItem]?

    init(_ document: Document) { self.document = document }

    /// The deepest list holding an item that contains `offset`, with the item.
    func innermost(at offset: Int) -> (list: MarkdownList, item: ListItem)? {
        var found: (list: MarkdownList, item: ListItem)?
        for list in document.lists {
            if list.range.start > offset { break }
            guard offset < list.range.end, found.map({ list.depth > $0.list.depth }) ?? true,
                  let item = list.items.first(where: { $0.range.start <= offset && offset < $0.range.end }) else { continue }
            found = (list, item)
        }
        return found
    }

    /// Both in one nested list: items under one parent are that topic's aspects, not repeats.
    func areNestedSiblings(_ first: Int, _ second: Int) -> Bool {
        guard let a = innermost(at: first), let b = innermost(at: second) else { return false }
        return a.list.depth >= 1 && a.list.index == b.list.index
    }

    /// Both nested under parents with the same text (and not under one parent): the outline of
    /// one article repeated for the next, a template rather than a question asked twice.
    mutating func shareTemplateParents(_ first: Int, _ second: Int) -> Bool {
        guard let a = innermost(at: first), let b = innermost(at: second), a.list.depth >= 1, b.list.depth >= 1,
              a.list.index != b.list.index else { return false }
        if parents == nil { parents = ListNesting.parentItems(document) }
        guard let parentA = parents?[a.list.index], let parentB = parents?[b.list.index] else { return false }
        let textA = parentA.text.trimmed(where: \.isWhitespace), textB = parentB.text.trimmed(where: \.isWhitespace)
        guard !textA.isEmpty, textA == textB else { return false }
        // A block copied whole is asked twice; an outline's shared headings beside different items are its template.
        let itemsA = Set(a.list.items.map { $0.text }), itemsB = Set(b.list.items.map { $0.text })
        return itemsA.intersection(itemsB).count * 2 <= max(itemsA.count, itemsB.count)
    }
}
