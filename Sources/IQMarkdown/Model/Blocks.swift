/// A block of the document, in source order.
// Not `indirect`: the arrays in lists and quotes already break the recursion, and a box per
// block was a heap allocation (and a free at exit) for every item of a large bank.
public enum Block: Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(MarkdownList)
    case codeBlock(CodeBlock)
    case html(HTMLBlock)
    case blockQuote(BlockQuote)
    case table(Table)
    case thematicBreak(SourceRange)

    public var range: SourceRange {
        switch self {
        case .heading(let block): block.range
        case .paragraph(let block): block.range
        case .list(let block): block.range
        case .codeBlock(let block): block.range
        case .html(let block): block.range
        case .blockQuote(let block): block.range
        case .table(let block): block.range
        case .thematicBreak(let range): range
        }
    }
}

/// Inline content reduced to what rules need: plain text and links.
public struct InlineContent: Sendable, Hashable {
    /// Rendered plain text: text and code spans verbatim, emphasis unwrapped, links as their
    /// text, images as their alt text, soft line breaks as a space, inline HTML dropped.
    public let text: String
    public let links: [Link]
    public let htmlComments: [HTMLComment]
    /// Every inline HTML tag as written (`<a name="x">`, `</a>`, comments), in order.
    public let inlineHTML: [String]

    public init(text: String, links: [Link], htmlComments: [HTMLComment], inlineHTML: [String] = []) {
        self.text = text
        self.links = links
        self.htmlComments = htmlComments
        self.inlineHTML = inlineHTML
    }
}

public struct Heading: Sendable, Hashable {
    public let content: InlineContent
    public let range: SourceRange
    /// The heading text without `#` markers, closing sequence or setext underline.
    public let contentRange: SourceRange
    // Small fields packed so that a heading, the largest block, takes 64 bytes: every block of
    // the model (a bank has one per item) is as large as the largest kind.
    private let storedIndex: Int32
    private let storedLevel: UInt8
    public let isSetext: Bool

    /// 1 to 6.
    public var level: Int { Int(storedLevel) }
    /// Position of this heading among the document's headings (0-based).
    public var index: Int { Int(storedIndex) }
    public var text: String { content.text }

    public init(level: Int, isSetext: Bool, content: InlineContent, range: SourceRange, contentRange: SourceRange, index: Int) {
        storedLevel = UInt8(clamping: level)
        self.isSetext = isSetext
        self.content = content
        self.range = range
        self.contentRange = contentRange
        storedIndex = Int32(index)
    }
}

public struct Paragraph: Sendable, Hashable {
    public let content: InlineContent
    public let range: SourceRange
    /// The 1-based source lines the paragraph spans.
    public let lines: ClosedRange<Int>

    public var text: String { content.text }

    public init(content: InlineContent, range: SourceRange, lines: ClosedRange<Int>) {
        self.content = content
        self.range = range
        self.lines = lines
    }
}

public struct CodeBlock: Sendable, Hashable {
    public let isFenced: Bool
    public let info: String
    public let code: String
    public let range: SourceRange

    public init(isFenced: Bool, info: String, code: String, range: SourceRange) {
        self.isFenced = isFenced
        self.info = info
        self.code = code
        self.range = range
    }
}

public struct HTMLBlock: Sendable, Hashable {
    public let html: String
    public let comments: [HTMLComment]
    public let range: SourceRange

    public init(html: String, comments: [HTMLComment], range: SourceRange) {
        self.html = html
        self.comments = comments
        self.range = range
    }
}

public struct BlockQuote: Sendable {
    public let children: [Block]
    public let range: SourceRange

    public init(children: [Block], range: SourceRange) {
        self.children = children
        self.range = range
    }
}

public struct Table: Sendable, Hashable {
    public let range: SourceRange
    public let links: [Link]
    /// The inline HTML of its cells (`<a name="AllowGroups"></a>`), as written.
    public let inlineHTML: [String]

    public init(range: SourceRange, links: [Link], inlineHTML: [String] = []) {
        self.range = range
        self.links = links
        self.inlineHTML = inlineHTML
    }
}
