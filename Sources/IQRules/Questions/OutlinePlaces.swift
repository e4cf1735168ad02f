import IQCore
import IQMarkdown

/// Where two questions of one file sit in its outline, for the pairs an outline explains:
/// the aspects of one topic listed under it (`介绍一下 LoRA？`, `介绍一下 LoRA 优点？`, `… 缺点？`
/// nested under `LoRA 篇`), and an article outline repeated as a template (`一、引言` /
/// `1.1 前言` under every article of a section, beside items of its own).
struct OutlinePlaces: Sendable {
    /// The top-level lists in source order: a question is found by a binary search among them,
    /// then down its item's nested lists (a large bank reports thousands of pairs).
    private let topLevel: [MarkdownList]
    private let parents: [Int: ListItem]

    /// The places of `file`, worked out once per file.
    static func of(_ file: MarkdownFile) -> OutlinePlaces {
        file.derived.value(OutlinePlaces.self) { _ in OutlinePlaces(file.document) }
    }

    private init(_ document: Document) {
        topLevel = document.lists.filter { $0.depth == 0 }
        parents = ListNesting.parentItems(document)
    }

    /// The deepest list holding an item that contains `offset`, with the item.
    func innermost(at offset: Int) -> (list: MarkdownList, item: ListItem)? {
        // The last top-level list starting at or before `offset`.
        let low = topLevel.partitionIndex { $0.range.start > offset }
        guard low > 0 else { return nil }
        var list = topLevel[low - 1]
        guard var item = Self.item(of: list, at: offset) else { return nil }
        while let nested = item.nestedLists.first(where: { $0.range.start <= offset && offset < $0.range.end }),
              let inner = Self.item(of: nested, at: offset) {
            list = nested
            item = inner
        }
        return (list, item)
    }

    private static func item(of list: MarkdownList, at offset: Int) -> ListItem? {
        guard list.range.start <= offset, offset < list.range.end else { return nil }
        // Items follow each other in the source: the last one starting at or before `offset`
        // (a bank's list holds hundreds, and every reported pair asks twice).
        let items = list.items
        let low = items.partitionIndex { $0.range.start > offset }
        guard low > 0, offset < items[low - 1].range.end else { return nil }
        return items[low - 1]
    }

    /// Both in one nested list: items under one parent are that topic's aspects, not repeats.
    /// `- 1. 什么是 思维树？` is a bullet holding a numbered list of one item: the bullets are
    /// the siblings.
    func areNestedSiblings(_ first: Int, _ second: Int) -> Bool {
        guard let a = siblingsPlace(at: first), let b = siblingsPlace(at: second) else { return false }
        return a.list.depth >= 1 && a.list.index == b.list.index
    }

    /// Whether the question at `offset` names its parent item's subject: `介绍一下 LoRA 优点？` under
    /// `LoRA 篇` (a Latin word of the parent, or two Chinese characters of it in a row). Under a
    /// category label (`- 数据类型` over `array和slice的区别`) the items name nothing of it.
    func namesItsParent(_ text: String, at offset: Int) -> Bool {
        guard let place = siblingsPlace(at: offset), place.list.depth >= 1, let parent = parents[place.list.index]?.text else { return false }
        let lowered = text.lowercased()
        var word = "", previous: Character?
        func wordIsNamed() -> Bool { word.count >= 2 && lowered.contains(word) }
        for character in parent.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if wordIsNamed() { return true }
                word = ""
            }
            if HanCharacters.isIdeograph(character) {
                if let previous, lowered.contains(String([previous, character])) { return true }
                previous = character
            } else {
                previous = nil
            }
        }
        return wordIsNamed()
    }

    /// The innermost place of `offset`, lifted out of lists of one item that are all their
    /// parent item holds (`- 1. x`: the bullet's one numbered item).
    private func siblingsPlace(at offset: Int) -> (list: MarkdownList, item: ListItem)? {
        guard var place = innermost(at: offset) else { return nil }
        while place.list.items.count == 1, place.list.depth >= 1, let parent = parents[place.list.index], parent.children.count == 1,
              let outer = innermost(at: parent.range.start), outer.item.range.start == parent.range.start {
            place = outer
        }
        return place
    }

    /// Whether the question at `first` is the item whose nested list holds the question at
    /// `second`: a topic (`[函数调用 Function Call 篇](…)`) and one of its questions (`什么是
    /// 函数调用？`).
    func isParent(_ first: Int, of second: Int) -> Bool {
        guard let child = innermost(at: second), child.list.depth >= 1, let parent = parents[child.list.index],
              let outer = innermost(at: first) else { return false }
        return outer.item.range.start == parent.range.start
    }

    /// The text of the item whose nested list holds `offset`'s question (nil at the top level).
    func parentText(at offset: Int) -> String? {
        guard let place = innermost(at: offset), place.list.depth >= 1, let parent = parents[place.list.index] else { return nil }
        return parent.text.trimmedWhitespace
    }

    /// Where the item whose nested list holds `offset`'s item starts (nil at the top level):
    /// two entries with different parents are filed under two entries of the outline.
    func parentStart(at offset: Int) -> Int? {
        guard let place = innermost(at: offset), place.list.depth >= 1 else { return nil }
        return parents[place.list.index]?.range.start
    }

    /// The texts of the list holding `offset`'s question.
    func siblingTexts(at offset: Int) -> Set<String> {
        innermost(at: offset).map { Set($0.list.items.map(\.text)) } ?? []
    }

    /// The titles of the list holding `offset`'s question: each item's first link's text, or its
    /// text when it links nothing (`[Automated build using Terraform](…) - From your laptop` is
    /// the entry `Automated build using Terraform`).
    func siblingTitles(at offset: Int) -> Set<String> {
        innermost(at: offset).map { Set($0.list.items.map { item in item.links.first { !$0.isImage }?.text ?? item.text }) } ?? []
    }

    /// Both nested under parents with the same text (and not under one parent): the outline of
    /// one article repeated for the next, a template rather than a question asked twice.
    func shareTemplateParents(_ first: Int, _ second: Int) -> Bool {
        guard let a = innermost(at: first), let b = innermost(at: second), a.list.depth >= 1, b.list.depth >= 1,
              a.list.index != b.list.index, let parentA = parents[a.list.index], let parentB = parents[b.list.index] else { return false }
        let textA = parentA.text.trimmedWhitespace, textB = parentB.text.trimmedWhitespace
        guard !textA.isEmpty, textA == textB else { return false }
        // A block copied whole is asked twice; an outline's shared headings beside different items are its template.
        let itemsA = Set(a.list.items.map { $0.text }), itemsB = Set(b.list.items.map { $0.text })
        return itemsA.intersection(itemsB).count * 2 <= max(itemsA.count, itemsB.count)
    }
}
