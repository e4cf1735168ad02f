import Foundation
import IQCore
import IQDedup
import IQMarkdown

/// A question as the duplicate check sees it: its text (the link text, or the plain text
/// when there is no link) and where to point at it. Its file is kept by the `QuestionSet`
/// that holds it: a file is a large value, and copying it into each of 100k questions cost
/// more than comparing them.
public struct Question: Sendable {
    public let text: String
    /// The link of the question, or its text on the marker line (a heading's: the heading).
    public let range: SourceRange
    /// A question written as a heading (`### Q: What is cache stampede?`), compared only with
    /// other headings: a section titled by a question restates it in its items.
    public private(set) var isHeading = false

    /// The question a heading of a bank written as headings asks.
    /// (Without the number the bank writes into its headings: `###### 1. What's the output?`
    /// asks `What's the output?`, as an item numbered by its marker does.)
    init(heading: Heading) {
        self.init(text: AnsweringNotes.strip(String(OrdinalPrefix.strip(HeadingText.normalized(heading.text)))), range: heading.range)
        isHeading = true
    }

    init(item: __shared ListItem, in source: __shared SourceText) {
        if let link = Self.leadLinks(of: item).first(where: { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }),
           !Self.followsWords(link, in: item, source: source) {
            self.init(text: link.text, range: link.range)
        } else {
            self.init(text: AnsweringNotes.strip(Self.leadText(of: item)), range: Self.markerLine(of: item, in: source))
        }
    }

    /// What an item asks: its first paragraph or heading. The blocks after it (`107. ### What
    /// is setTimeout` over a paragraph and a code block) answer the question; their words are
    /// no part of it, and two answers written to one template made two questions look alike.
    static func leadText(of item: ListItem) -> String {
        switch item.children.first {
        case .paragraph(let paragraph)?: paragraph.text
        case .heading(let heading)?: heading.text
        // `1.  <details>` / `<summary>Where is the ETCD CA file?</summary>` / the answer: the
        // summary asks; the paragraphs after it answer.
        case .html(let block)?: summaryText(of: block.html) ?? item.text
        default: item.text
        }
    }

    /// The text of the first `<summary>…</summary>` in `html`, its tags left out; nil without one.
    static func summaryText(of html: String) -> String? {
        guard let open = html.range(of: "<summary"), let openEnd = html[open.upperBound...].firstIndex(of: ">") else { return nil }
        let rest = html[html.index(after: openEnd)...]
        let inner = rest.range(of: "</summary>").map { rest[..<$0.lowerBound] } ?? rest
        var text = ""
        var inTag = false
        for character in inner {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        let trimmed = text.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The links of `leadText`'s block.
    static func leadLinks(of item: ListItem) -> [Link] {
        switch item.children.first {
        case .paragraph(let paragraph)?: paragraph.content.links
        case .heading(let heading)?: heading.content.links
        case .html(let block)? where summaryText(of: block.html) != nil: []
        default: item.links
        }
    }

    /// `How do you grant access with [gsutil](…)?`: words come before the link, which is a term
    /// inside the question, not its title (`1.1 [title](…)` and `Q3: [title](…)` are titles).
    static func followsWords(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start, link.range.start - start <= maximumLeadBytes * 4 else { return start < link.range.start }
        var letters = 0
        for character in source.string(in: SourceRange(start, link.range.start)) where character.isLetter {
            letters += 1
            if letters > 2 { return true }
        }
        return false
    }

    /// Characters before a title link that can still be its number or a short label.
    private static let maximumLeadBytes = 16

    private init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }

    /// The question of `item` when its link texts may be labels: the first link that is not a
    /// label, else the item's text outside its label links; nil when nothing but labels is left
    /// (`- [答案](…)`).
    /// `source` is the file's (a file is a large value: passing it to each of 100k items cost
    /// more than reading them).
    init?(item: __shared ListItem, in source: __shared SourceText, labels: __shared LinkLabels) {
        let allLinks = Self.leadLinks(of: item)
        guard let labelled = allLinks.first(where: { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }), labels.isLabel(labelled.text) else {
            self.init(item: item, in: source)
            return
        }
        let links = allLinks.filter { !$0.isImage && !$0.text.allSatisfy(\.isWhitespace) }
        if let titled = links.first(where: { !labels.isLabel($0.text) }) {
            self.init(text: titled.text, range: titled.range)
            return
        }
        var rest = Self.leadText(of: item)
        for link in links { if let found = rest.range(of: link.text, options: .backwards) { rest.removeSubrange(found) } }
        // `[Practice question](…) (Paid)`: the label link and a tag on it, no question.
        if ItemShape.isLinkTag(rest) { return nil }
        rest = rest.trimmed { $0.isWhitespace || $0.isPunctuation && !"?？".contains($0) }
        guard rest.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        self.init(text: rest, range: Self.markerLine(of: item, in: source))
    }

    private static func markerLine(of item: ListItem, in source: SourceText) -> SourceRange {
        let start = ListItemSupport.contentStart(of: item, in: source)
        return SourceRange(start, source.lineRange(source.line(containing: start)).end)
    }
}

/// A question with its file, as reports show it.
public struct QuestionEntry: Sendable {
    public let file: MarkdownFile
    public let text: String
    public let range: SourceRange

    public var line: Int { file.source.reportedLine(containing: range.start) }
}
