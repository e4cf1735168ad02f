import IQCore
import IQMarkdown

/// A question as the duplicate check sees it: its text (the link text, or the plain text
/// when there is no link) and where to point at it.
public struct QuestionEntry: Sendable {
    public let file: MarkdownFile
    public let item: ListItem
    public let text: String
    /// The link of the question, or its text on the marker line.
    public let range: SourceRange

    public init(file: MarkdownFile, item: ListItem) {
        self.file = file
        self.item = item
        if let link = item.links.first(where: { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }) {
            text = link.text
            range = link.range
        } else {
            text = item.text
            let start = ListItemSupport.contentStart(of: item, in: file.source)
            range = SourceRange(start, file.source.lineRange(file.source.line(containing: start)).end)
        }
    }

    public var line: Int { file.source.line(containing: range.start) }
}
