import IQCore
import IQMarkdown

/// Where an item's link leads inside the repository: `- [AQS 详解](./aqs.md)` in a reading-order
/// list and again in the index below it, `- [Docker 专题](../docker/)` in two folders' READMEs.
/// Two items leading to one page are that page listed twice (navigation), not a question asked
/// twice.
enum LocalPages {
    /// The page an item links to first: the path as written (percent-decoded, no fragment) and
    /// where it leads, a path from the repository root (folders without their trailing `/`).
    struct Page {
        let written: String
        let target: String
    }

    /// The page the item holding `offset` links to first; nil for a web link or no link.
    static func page(of offset: Int, in file: MarkdownFile) -> Page? {
        guard let item = OutlinePlaces.of(file).innermost(at: offset)?.item,
              let link = ListItemSupport.firstOutwardLink(of: item) else { return nil }
        let url = ParsedURL(link.destination)
        guard !url.hasScheme, !link.destination.isEmpty, !link.destination.hasPrefix("//") else { return nil }
        let path = ParsedURL.percentDecoded(url.path, keeping: "/")
        guard !path.isEmpty else { return nil }
        let joined = path.hasPrefix("/") ? path : FileSystem.folder(of: file.path) + "/" + path
        return Page(written: path, target: normalized(joined))
    }

    /// Where the item holding `offset` leads first (`page(of:in:)`'s target).
    static func target(of offset: Int, in file: MarkdownFile) -> String? {
        page(of: offset, in: file)?.target
    }

    /// `- [判断字符串中字符是否全都不同](question/q002.md)` in `README.md` and in a copy of it,
    /// `docs/README.md`: one relative path written in two folders' files leads each to its own
    /// folder's copy of the page (or to nothing, in a stale copy). The index is listed twice.
    static func areWrittenAlike(_ first: Page, in firstFile: String, _ second: Page, in secondFile: String) -> Bool {
        FileSystem.folder(of: firstFile) != FileSystem.folder(of: secondFile) && !first.written.hasPrefix("/")
            && normalized(first.written) == normalized(second.written)
    }

    /// Whether two targets name one page: equal, or one is a path from the repository's root
    /// (`/docs/a/b.md` gives `docs/a/b.md`) that ends the other (`…/docs/a/./b.md` from a file in
    /// `docs/a`), with a folder at least, so that `README.md` matches no other folder's.
    static func areSamePage(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        let (short, long) = first.count < second.count ? (first, second) : (second, first)
        return short.contains("/") && long.hasSuffix("/" + short)
    }

    /// `a/./b/../c/` → `a/c`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty && parts.last != ".." { parts.removeLast() } else { parts.append(part) }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
