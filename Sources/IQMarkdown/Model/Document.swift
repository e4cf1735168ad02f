/// An immutable, parsed Markdown file: the block tree plus flat indexes that rules query.
public struct Document: Sendable {
    public let source: SourceText
    public let blocks: [Block]
    public let headings: [Heading]
    /// Every list in source order, nested lists included.
    public let lists: [MarkdownList]
    /// Every link and image in source order.
    public let links: [Link]
    public let htmlComments: [HTMLComment]
    /// Ranges of code blocks, where Markdown syntax is literal text.
    public let codeBlocks: [CodeBlock]
    /// Every paragraph in source order, those inside lists and quotes included. Walked from
    /// the tree each time rather than kept (a bank has a paragraph per item; three rules read them).
    public var paragraphs: Paragraphs { Paragraphs(blocks: blocks) }
    /// GitHub anchors of the headings and the HTML anchors: where `#fragment` links can land.
    public let anchors: HeadingAnchors
    /// The first quote or list nested deeper than `maximumNesting`: it is kept as an opaque
    /// HTML block, so nothing inside it is checked.
    public let nestingLimitRange: SourceRange?

    /// How many quotes and list items may nest. Deeper content is not modelled, which bounds
    /// every walk of the tree (and the stack it needs) whatever the input.
    public static let maximumNesting = 64

    public init(source: SourceText, blocks: [Block], nestingLimitRange: SourceRange? = nil) {
        self.source = source
        self.blocks = blocks
        self.nestingLimitRange = nestingLimitRange
        // Consecutive runs of top-level blocks are collected on every core and joined in order
        // (a large bank's walk was a sequential step between the parse and the rules); on one
        // thread, in one walk.
        let pieces = Parallel.isSerial
            ? [Collector.collecting(blocks[...])]
            : Parallel.mapRanges(of: blocks.count, minimumLength: Self.blocksPerCollectedPiece) { range in Collector.collecting(blocks[range]) }
        let collector = pieces.count == 1 ? pieces[0] : Collector.joined(pieces)
        headings = collector.headings
        // Collected in source order already, except where a link or comment nests in another
        // container's content; sorting a sorted index would only copy it.
        lists = Self.sorted(collector.lists) { $0.index < $1.index }
        links = Self.sorted(collector.links) { $0.range < $1.range }
        htmlComments = Self.sorted(collector.comments) { $0.range < $1.range }
        codeBlocks = collector.codeBlocks
        anchors = HeadingAnchors(headings: headings, html: collector.html, source: source)
    }

    /// The GitHub anchor of `heading` (unique in the document: repeats get `-1`, `-2`, …).
    public func anchor(of heading: Heading) -> String {
        anchors.headingAnchors[heading.index]
    }

    /// The nearest heading before `offset`, i.e. the section `offset` belongs to.
    public func heading(before offset: Int) -> Heading? {
        // Headings are in source order: a binary search (rules ask once per item or link).
        let low = headings.partitionIndex { $0.range.start > offset }
        return low > 0 ? headings[low - 1] : nil
    }

    /// The first heading starting at or after `offset`: where the section of `offset` ends.
    public func heading(atOrAfter offset: Int) -> Heading? {
        let index = heading(before: offset - 1).map { $0.index + 1 } ?? 0
        return index < headings.count ? headings[index] : nil
    }

    /// The block right after the one that starts at `start` and ends at `end`, in the same
    /// container (the document, a list item, a block quote); nil when it is the last there.
    /// A heading inside a question's item (`1. ### Question` over an indented `#### Example:`
    /// and its code) is followed by what follows it inside the item.
    public func block(after start: Int, end: Int) -> Block? {
        var siblings = blocks
        while true {
            // The last sibling starting at or before `start`: the block itself or its container.
            let low = siblings.partitionIndex { $0.range.start > start }
            guard low > 0 else { return nil }
            let block = siblings[low - 1]
            if block.range.start == start && block.range.end == end { return low < siblings.count ? siblings[low] : nil }
            guard block.range.contains(start) else { return nil }
            switch block {
            case .list(let list):
                let items = list.items
                let item = items.partitionIndex { $0.range.start > start }
                guard item > 0 else { return nil }
                siblings = items[item - 1].children
            case .blockQuote(let quote): siblings = quote.children
            default: return nil
            }
        }
    }

    /// True when `offset` lies inside a code block.
    public func isInCodeBlock(_ offset: Int) -> Bool {
        codeBlocks.contains { $0.range.contains(offset) }
    }

    private static func sorted<Element>(_ elements: [Element], by isOrdered: (Element, Element) -> Bool) -> [Element] {
        let inOrder = elements.indices.dropFirst().allSatisfy { !isOrdered(elements[$0], elements[$0 - 1]) }
        return inOrder ? elements : elements.sorted(by: isOrdered)
    }

    /// Below this many top-level blocks a piece costs more to start than it saves.
    static let blocksPerCollectedPiece = 64

    private struct Counts {
        var headings = 0, lists = 0, links = 0, comments = 0, codeBlocks = 0, html = 0
    }

    /// Walks the tree once to count (`counting`) or to collect into arrays of the counted size.
    private struct Collector {
        let counting: Bool
        var counts = Counts()
        var headings: [Heading] = []
        var lists: [MarkdownList] = []
        var links: [Link] = []
        var comments: [HTMLComment] = []
        var codeBlocks: [CodeBlock] = []
        /// HTML blocks and inline HTML tags, where explicit anchors are declared.
        var html: [String] = []

        init(counting: Bool) { self.counting = counting }

        init(reserving counts: Counts) {
            counting = false
            headings.reserveCapacity(counts.headings)
            lists.reserveCapacity(counts.lists)
            links.reserveCapacity(counts.links)
            comments.reserveCapacity(counts.comments)
            codeBlocks.reserveCapacity(counts.codeBlocks)
            html.reserveCapacity(counts.html)
        }

        /// The indexes of `blocks`, counted first, so that a large bank's are allocated once at
        /// their size (grown by appending, they held up to twice what they needed).
        static func collecting(_ blocks: ArraySlice<Block>) -> Collector {
            var counter = Collector(counting: true)
            counter.visit(blocks)
            var collector = Collector(reserving: counter.counts)
            collector.visit(blocks)
            return collector
        }

        /// The indexes of consecutive pieces, in order, allocated once at their size.
        static func joined(_ pieces: [Collector]) -> Collector {
            var total = Counts()
            for piece in pieces {
                total.headings += piece.headings.count
                total.lists += piece.lists.count
                total.links += piece.links.count
                total.comments += piece.comments.count
                total.codeBlocks += piece.codeBlocks.count
                total.html += piece.html.count
            }
            var joined = Collector(reserving: total)
            for piece in pieces {
                joined.headings += piece.headings
                joined.lists += piece.lists
                joined.links += piece.links
                joined.comments += piece.comments
                joined.codeBlocks += piece.codeBlocks
                joined.html += piece.html
            }
            return joined
        }

        mutating func visit(_ blocks: [Block]) {
            visit(blocks[...])
        }

        mutating func visit(_ blocks: ArraySlice<Block>) {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    if counting { counts.headings += 1 } else { headings.append(heading) }
                    take(heading.content)
                case .paragraph(let paragraph):
                    take(paragraph.content)
                case .list(let list):
                    if counting { counts.lists += 1 } else { lists.append(list) }
                    for item in list.items { visit(item.children) }
                case .codeBlock(let code):
                    if counting { counts.codeBlocks += 1 } else { codeBlocks.append(code) }
                case .html(let html):
                    if counting {
                        counts.comments += html.comments.count
                        counts.html += 1
                    } else {
                        comments += html.comments
                        self.html.append(html.html)
                    }
                case .blockQuote(let quote):
                    visit(quote.children)
                case .table(let table):
                    if counting {
                        counts.links += table.links.count
                        counts.html += table.inlineHTML.count
                    } else {
                        links += table.links
                        html += table.inlineHTML
                    }
                case .thematicBreak:
                    break
                }
            }
        }

        mutating func take(_ content: InlineContent) {
            if counting {
                counts.links += content.links.count
                counts.comments += content.htmlComments.count
                counts.html += content.inlineHTML.count
            } else {
                links += content.links
                comments += content.htmlComments
                html += content.inlineHTML
            }
        }
    }
}

extension Document {
    /// The paragraphs of a block tree in source order, found by a walk with a stack of its own
    /// (the tree is at most `maximumNesting` deep, but no walk of user input recurses).
    public struct Paragraphs: Sequence, Sendable {
        let blocks: [Block]

        public var isEmpty: Bool {
            var iterator = makeIterator()
            return iterator.next() == nil
        }

        public func makeIterator() -> Iterator { Iterator(pending: [(blocks, 0)]) }

        public struct Iterator: IteratorProtocol {
            /// Block lists being walked, each with the position of its next block.
            var pending: [(blocks: [Block], next: Int)]

            public mutating func next() -> Paragraph? {
                while let last = pending.indices.last {
                    let (blocks, index) = pending[last]
                    guard index < blocks.count else {
                        pending.removeLast()
                        continue
                    }
                    pending[last].next = index + 1
                    switch blocks[index] {
                    case .paragraph(let paragraph):
                        return paragraph
                    case .list(let list):
                        // Items in order: pushed last first, so the first is walked first.
                        for item in list.items.reversed() where !item.children.isEmpty { pending.append((item.children, 0)) }
                    case .blockQuote(let quote):
                        pending.append((quote.children, 0))
                    default:
                        break
                    }
                }
                return nil
            }
        }
    }
}
