/// How far a run of blocks moves when it is reused in another version of its document: bytes
/// and lines (the text before it grew or shrank), and the document-wide positions of its
/// headings and lists.
struct BlockShift {
    var bytes = 0
    var lines = 0
    var headings = 0
    var lists = 0

    /// Nothing moves: the blocks are reused as they are.
    var isNone: Bool { bytes == 0 && lines == 0 && headings == 0 && lists == 0 }

    func callAsFunction(_ range: SourceRange) -> SourceRange {
        SourceRange(range.start + bytes, range.end + bytes)
    }

    func callAsFunction(_ range: SourceRange?) -> SourceRange? {
        range.map { self($0) }
    }
}

extension Block {
    /// The same block, moved by `shift`: every range, line and index.
    func shifted(by shift: BlockShift) -> Block {
        switch self {
        case .heading(let heading):
            return .heading(Heading(level: heading.level, isSetext: heading.isSetext, content: heading.content.shifted(by: shift),
                                    range: shift(heading.range), contentRange: shift(heading.contentRange),
                                    index: heading.index + shift.headings))
        case .paragraph(let paragraph):
            return .paragraph(Paragraph(content: paragraph.content.shifted(by: shift), range: shift(paragraph.range),
                                        lines: (paragraph.lines.lowerBound + shift.lines)...(paragraph.lines.upperBound + shift.lines)))
        case .list(let list):
            let items = list.items.map { item in
                ListItem(marker: item.marker, markerRange: shift(item.markerRange), number: item.number,
                         spacesAfterMarker: item.spacesAfterMarker, isTaskChecked: item.isTaskChecked,
                         children: item.children.map { $0.shifted(by: shift) }, range: shift(item.range), indexInList: item.indexInList)
            }
            return .list(MarkdownList(kind: list.kind, isTight: list.isTight, items: items, range: shift(list.range),
                                      depth: list.depth, index: list.index + shift.lists))
        case .codeBlock(let code):
            return .codeBlock(CodeBlock(isFenced: code.isFenced, info: code.info, code: code.code, range: shift(code.range)))
        case .html(let html):
            return .html(HTMLBlock(html: html.html, comments: html.comments.map { $0.shifted(by: shift) }, range: shift(html.range)))
        case .blockQuote(let quote):
            return .blockQuote(BlockQuote(children: quote.children.map { $0.shifted(by: shift) }, range: shift(quote.range)))
        case .table(let table):
            return .table(Table(range: shift(table.range), links: table.links.map { $0.shifted(by: shift) }, inlineHTML: table.inlineHTML))
        case .thematicBreak(let range):
            return .thematicBreak(shift(range))
        }
    }
}

extension InlineContent {
    func shifted(by shift: BlockShift) -> InlineContent {
        InlineContent(text: text, links: links.map { $0.shifted(by: shift) }, htmlComments: htmlComments.map { $0.shifted(by: shift) },
                      inlineHTML: inlineHTML)
    }
}

extension Link {
    func shifted(by shift: BlockShift) -> Link {
        Link(kind: kind, isImage: isImage, text: text, destination: destination, title: title, range: shift(range),
             destinationRange: shift(destinationRange), textRange: shift(textRange))
    }
}

extension HTMLComment {
    func shifted(by shift: BlockShift) -> HTMLComment {
        HTMLComment(body: body, range: shift(range))
    }
}
