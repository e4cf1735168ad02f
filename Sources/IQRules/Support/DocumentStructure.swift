import IQMarkdown

/// Sibling relations between blocks that several rules need.
public enum DocumentStructure {
    /// Every sequence of sibling blocks in the document: the top level, each item's children and
    /// each block quote's children, with the nesting depth of lists in it.
    public static func siblingGroups(_ document: Document) -> [[Block]] {
        var groups: [[Block]] = []
        func visit(_ blocks: [Block]) {
            groups.append(blocks)
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

    /// For each list, the list of the same kind that precedes it among its siblings with no
    /// heading between them: Markdown ended the earlier list there, usually by accident.
    public static func precedingListInSection(_ document: Document) -> [Int: (list: MarkdownList, between: Block?)] {
        var result: [Int: (list: MarkdownList, between: Block?)] = [:]
        for group in siblingGroups(document) {
            var previous: MarkdownList?
            var between: Block?
            for block in group {
                switch block {
                case .heading:
                    previous = nil
                    between = nil
                case .list(let list):
                    if let previous { result[list.index] = (previous, between) }
                    previous = list
                    between = nil
                default:
                    if between == nil { between = block }
                }
            }
        }
        return result
    }
}
