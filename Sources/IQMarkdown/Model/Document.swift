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
    /// Every paragraph in source order, those inside lists and quotes included.
    public let paragraphs: [Paragraph]
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
        var collector = Collector()
        collector.visit(blocks)
        headings = collector.headings
        lists = collector.lists.sorted { $0.index < $1.index }
        links = collector.links.sorted { $0.range < $1.range }
        htmlComments = collector.comments.sorted { $0.range < $1.range }
        codeBlocks = collector.codeBlocks
        paragraphs = collector.paragraphs
        anchors = HeadingAnchors(headings: headings, html: collector.html)
    }

    /// The GitHub anchor of `heading` (unique in the document: repeats get `-1`, `-2`, …).
    public func anchor(of heading: Heading) -> String {
        anchors.headingAnchors[heading.index]
    }

    /// The nearest heading before `offset`, i.e. the section `offset` belongs to.
    public func heading(before offset: Int) -> Heading? {
        // Headings are in source order: a binary search (rules ask once per item or link).
        var low = 0, high = headings.count
        while low < high {
            let middle = (low + high) / 2
            if headings[middle].range.start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? headings[low - 1] : nil
    }

    /// True when `offset` lies inside a code block.
    public func isInCodeBlock(_ offset: Int) -> Bool {
        codeBlocks.contains { $0.range.contains(offset) }
    }

    private struct Collector {
        var headings: [Heading] = []
        var lists: [MarkdownList] = []
        var links: [Link] = []
        var comments: [HTMLComment] = []
        var codeBlocks: [CodeBlock] = []
        var paragraphs: [Paragraph] = []
        /// HTML blocks and inline HTML tags, where explicit anchors are declared.
        var html: [String] = []

        mutating func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    headings.append(heading)
                    take(heading.content)
                case .paragraph(let paragraph):
                    paragraphs.append(paragraph)
                    take(paragraph.content)
                case .list(let list):
                    lists.append(list)
                    for item in list.items { visit(item.children) }
                case .codeBlock(let code):
                    codeBlocks.append(code)
                case .html(let html):
                    comments += html.comments
                    self.html.append(html.html)
                case .blockQuote(let quote):
                    visit(quote.children)
                case .table(let table):
                    links += table.links
                case .thematicBreak:
                    break
                }
            }
        }

        mutating func take(_ content: InlineContent) {
            links += content.links
            comments += content.htmlComments
            html += content.inlineHTML
        }
    }
}
