/// A list as cmark sees it. Numbers are read from the source: cmark keeps only the start.
public struct MarkdownList: Sendable {
    public enum Kind: Sendable, Hashable {
        /// `1.` or `1)`
        case ordered(delimiter: Character)
        /// `-`, `*` or `+`
        case bullet(Character)
    }

    public let kind: Kind
    public let isTight: Bool
    public let items: [ListItem]
    public let range: SourceRange
    /// 0 for a top-level list, 1 for a list inside an item of a top-level list, and so on.
    public let depth: Int
    /// Position among all lists of the document in source order (nested lists included).
    public let index: Int

    public var isOrdered: Bool { if case .ordered = kind { true } else { false } }
    /// The number of the first item as written (nil for bullet lists).
    public var start: Int? { items.first?.number }

    public init(kind: Kind, isTight: Bool, items: [ListItem], range: SourceRange, depth: Int, index: Int) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.range = range
        self.depth = depth
        self.index = index
    }
}

public struct ListItem: Sendable {
    // Stored properties in this order (optionals last) so an item takes 72 bytes, not 80.
    /// The marker exactly as written, e.g. `12.`, `3)`, `-`.
    public let marker: String
    public let markerRange: SourceRange
    public let children: [Block]
    public let range: SourceRange
    /// Position in its list (0-based).
    public let indexInList: Int
    /// Spaces (tabs count as one) between the marker and the content on the marker line;
    /// 0 when the marker line has nothing after the marker.
    public let spacesAfterMarker: Int
    /// The item number for ordered lists, parsed from the marker in the source.
    public let number: Int?
    /// `[ ]` / `[x]` of a task list item, when present.
    public let isTaskChecked: Bool?

    public init(marker: String, markerRange: SourceRange, number: Int?, spacesAfterMarker: Int, isTaskChecked: Bool?,
                children: [Block], range: SourceRange, indexInList: Int) {
        self.marker = marker
        self.markerRange = markerRange
        self.number = number
        self.spacesAfterMarker = spacesAfterMarker
        self.isTaskChecked = isTaskChecked
        self.children = children
        self.range = range
        self.indexInList = indexInList
    }

    public var isEmpty: Bool { children.isEmpty }

    /// The item's own paragraphs (not those of nested lists or quotes).
    public var paragraphs: [Paragraph] {
        children.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    /// Lists nested directly in this item.
    public var nestedLists: [MarkdownList] {
        children.compactMap { if case .list(let list) = $0 { list } else { nil } }
    }

    /// Plain text of the item's own paragraphs and headings, joined by a space.
    public var text: String {
        // The common item, a single paragraph, needs no array and no join.
        if children.count == 1, case .paragraph(let paragraph) = children[0] { return paragraph.text }
        return children.compactMap { block -> String? in
            switch block {
            case .paragraph(let paragraph): paragraph.text
            case .heading(let heading): heading.text
            default: nil
            }
        }.joined(separator: " ")
    }

    /// Links of the item's own paragraphs and headings (not nested lists).
    public var links: [Link] {
        if children.count == 1, case .paragraph(let paragraph) = children[0] { return paragraph.content.links }
        return children.flatMap { block -> [Link] in
            switch block {
            case .paragraph(let paragraph): paragraph.content.links
            case .heading(let heading): heading.content.links
            default: []
            }
        }
    }
}
