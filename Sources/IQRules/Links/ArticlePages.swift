import IQCore
import IQMarkdown

/// Pages that are articles (paragraphs and code, with a list here and there) rather than lists
/// of entries, and a site's navigation beside every page. Two articles of a book linking one
/// page cross-reference it, and so does a navigation bar: only two lists of entries can hold
/// one entry twice.
struct ArticlePages: Sendable {
    let isArticle: Bool

    /// Whether a repeat between these two files is a cross-reference, not an entry added twice.
    static func crossReference(_ first: MarkdownFile, _ second: MarkdownFile) -> Bool {
        ProjectDocuments.isSiteNavigation(first) || ProjectDocuments.isSiteNavigation(second)
            || of(first).isArticle || of(second).isArticle
    }

    /// Worked out once per file.
    static func of(_ file: MarkdownFile) -> ArticlePages {
        file.derived.value(ArticlePages.self) { _ in ArticlePages(file.document) }
    }

    /// More top-level paragraphs and code blocks (three at least) than list items holding a
    /// link: prose with points and a reading list in it. A list of entries links from nearly
    /// every item, far more items than it has paragraphs.
    private init(_ document: Document) {
        isArticle = Self.isArticle(document)
    }

    static func isArticle(_ document: Document) -> Bool {
        let prose = document.blocks.count { block in
            switch block {
            case .paragraph, .codeBlock: true
            default: false
            }
        }
        let items = document.lists.reduce(0) { count, list in count + list.items.count { $0.links.contains { !$0.isImage } } }
        return prose >= Self.minimumProseBlocks && prose > items
    }

    static let minimumProseBlocks = 3
}
