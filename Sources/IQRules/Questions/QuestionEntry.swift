import Foundation
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
        if let link = item.links.first(where: { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }) {
            self.init(file: file, item: item, text: link.text, range: link.range)
        } else {
            self.init(file: file, item: item, text: item.text, range: Self.markerLine(of: item, in: file))
        }
    }

    private init(file: MarkdownFile, item: ListItem, text: String, range: SourceRange) {
        self.file = file
        self.item = item
        self.text = text
        self.range = range
    }

    /// The question of `item` when its link texts may be labels: the first link that is not a
    /// label, else the item's text outside its label links; nil when nothing but labels is left
    /// (`- [答案](…)`).
    public init?(file: MarkdownFile, item: ListItem, labels: LinkLabels) {
        let allLinks = item.links
        guard let labelled = allLinks.first(where: { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }), labels.isLabel(labelled.text) else {
            self.init(file: file, item: item)
            return
        }
        let links = allLinks.filter { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }
        if let titled = links.first(where: { !labels.isLabel($0.text) }) {
            self.init(file: file, item: item, text: titled.text, range: titled.range)
            return
        }
        var rest = item.text
        for link in links { if let found = rest.range(of: link.text, options: .backwards) { rest.removeSubrange(found) } }
        rest = rest.trimmed { $0.isWhitespace || $0.isPunctuation && !"?？".contains($0) }
        guard rest.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        self.init(file: file, item: item, text: rest, range: Self.markerLine(of: item, in: file))
    }

    public var line: Int { file.source.reportedLine(containing: range.start) }

    private static func markerLine(of item: ListItem, in file: MarkdownFile) -> SourceRange {
        let start = ListItemSupport.contentStart(of: item, in: file.source)
        return SourceRange(start, file.source.lineRange(file.source.line(containing: start)).end)
    }
}
