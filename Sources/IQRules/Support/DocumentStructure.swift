import IQCore
import IQMarkdown

/// Sibling relations between blocks that several rules need.
public enum DocumentStructure {
    /// Every sequence of two or more sibling blocks in the document: the top level, each item's
    /// children and each block quote's children. A lone block has no siblings, and every caller
    /// looks at one block next to another; leaving out the lone ones (an item's single
    /// paragraph) spares a bank a group per item, five times a lint.
    public static func siblingGroups(_ document: Document) -> [[Block]] {
        var groups: [[Block]] = []
        func visit(_ blocks: [Block]) {
            if blocks.count > 1 { groups.append(blocks) }
            for block in blocks {
                switch block {
                case .list(let list): list.items.forEach { visit($0.children) }
                case .blockQuote(let quote): visit(quote.children)
                default: break
                }
            }
        }
        visit(document.blocks)
        return groups
    }

    /// ``siblingGroups(_:)`` of a file, walked once for all the rules that ask.
    static func siblingGroups(of file: MarkdownFile) -> [[Block]] {
        file.derived.value(SiblingGroups.self) { _ in SiblingGroups(groups: siblingGroups(file.document)) }.groups
    }

    private struct SiblingGroups: PerDocumentFact {
        let groups: [[Block]]
    }

    /// For each list, the list of the same kind (ordered or bullet) that precedes it among its
    /// siblings with no heading between them, and the first block between the two: Markdown
    /// ended the earlier list there, usually by accident (a paragraph, or bullets in a
    /// numbered section).
    public static func precedingListInSection(_ document: Document) -> [Int: (list: MarkdownList, between: Block?)] {
        var result: [Int: (list: MarkdownList, between: Block?)] = [:]
        for group in siblingGroups(document) {
            // Keyed by `isOrdered`.
            var previous: [Bool: MarkdownList] = [:]
            var between: [Bool: Block] = [:]
            for block in group {
                switch block {
                case .heading:
                    previous = [:]
                    between = [:]
                case .list(let list):
                    if let earlier = previous[list.isOrdered] { result[list.index] = (earlier, between[list.isOrdered]) }
                    if previous[!list.isOrdered] != nil, between[!list.isOrdered] == nil { between[!list.isOrdered] = block }
                    previous[list.isOrdered] = list
                    between[list.isOrdered] = nil
                default:
                    for kind in [true, false] where previous[kind] != nil && between[kind] == nil { between[kind] = block }
                }
            }
        }
        return result
    }
}
