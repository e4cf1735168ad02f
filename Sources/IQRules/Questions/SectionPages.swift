import IQCore
import IQDedup
import IQMarkdown

/// `## [Basic Knowledge for C/C++](Interview/Basic_C++.md)` over a list of that page's
/// questions: the index of the page that answers them, regrouped as the index likes. A question
/// of the index and the same question on the page it links are one question listed twice by
/// design, however the index orders them.
enum SectionPages {
    /// The repository page the headings above `offset` link (the nearest heading first, then the
    /// heading over it, and so on): a path from the repository root; nil when none links one.
    static func page(above offset: Int, in file: MarkdownFile) -> String? {
        let document = file.document
        guard var heading = document.heading(before: offset) else { return nil }
        var level = Int.max
        while true {
            if heading.level < level {
                level = heading.level
                if let page = localPage(of: heading, in: file) { return page }
                if level == 1 { return nil }
            }
            guard heading.index > 0 else { return nil }
            heading = document.headings[heading.index - 1]
        }
    }

    /// Whether one question of the pair stands under a heading linking the other's file, or a
    /// page in a folder holding it (`## [Basic Knowledge](BasicKnowledgeForCPLUS/BasicKnowledgeForCPLUS.md)`
    /// over the questions of `BasicKnowledgeForCPLUS/1-Basic/README.md`: the index of that part).
    static func isIndexOfTheOthersPage(_ pair: DuplicatePair, entries: QuestionSet, pageAbove: (Int) -> String?) -> Bool {
        guard !entries.areInOneFile(pair.a, pair.b) else { return false }
        func links(_ index: Int, to other: Int) -> Bool {
            guard let page = pageAbove(index) else { return false }
            let otherPath = LocalPages.normalized(entries.path(of: other))
            if LocalPages.areSamePage(page, otherPath) { return true }
            // A page beside the index names no part of the repository but the index's own folder.
            let folder = LocalPages.normalized(FileSystem.folder(of: page))
            guard !folder.isEmpty, folder != LocalPages.normalized(FileSystem.folder(of: entries.path(of: index))) else { return false }
            return ("/" + otherPath).contains("/" + folder + "/")
        }
        return links(pair.a, to: pair.b) || links(pair.b, to: pair.a)
    }

    private static func localPage(of heading: Heading, in file: MarkdownFile) -> String? {
        guard let link = heading.content.links.first(where: { !$0.isImage }) else { return nil }
        let url = ParsedURL(link.destination)
        guard !url.hasScheme, !link.destination.hasPrefix("//"), !link.destination.hasPrefix("#") else { return nil }
        let path = ParsedURL.percentDecoded(url.path, keeping: "/")
        guard path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown") else { return nil }
        return LocalPages.normalized(path.hasPrefix("/") ? path : FileSystem.folder(of: file.path) + "/" + path)
    }
}
