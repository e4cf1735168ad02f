import IQMarkdown

/// Lists that cite their sources as bare URLs on purpose, and the headings of such citations.
/// item-format and bare-url share the judgement, so one rule never reports what the other
/// leaves alone.
enum ReferenceLists {
    /// Headings whose links are citations (`Reference`, `Source(s) and further reading`,
    /// `参考资料`, `참고 자료`), compared lower-cased by containment.
    static let citationHeadings = ["source(s)", "sources", "reference", "further reading", "see also", "credits",
                                   "参考资料", "参考文献", "延伸阅读", "来源", "出处", "参考链接", "相关资源",
                                   "참고 자료", "참고자료", "참고 문헌", "참고문헌", "출처"]

    static func isCitationHeading(_ text: String) -> Bool {
        let title = text.lowercased()
        return citationHeadings.contains { title.contains($0) }
    }

    /// Most items are only a URL: at least two of them, or one under a heading of citations
    /// (`#### 참고 자료` over `* http://…`).
    static func isReferenceList(_ list: MarkdownList, in document: Document) -> Bool {
        let urlOnly = list.items.filter(isURLOnly).count
        guard urlOnly >= 1, urlOnly * 2 > list.items.count else { return false }
        return urlOnly >= 2 || document.heading(before: list.range.start).map { isCitationHeading($0.text) } ?? false
    }

    /// The item's whole text is a link whose text is a URL (`https://…`, `<https://…>`, `[https://…](…)`).
    static func isURLOnly(_ item: ListItem) -> Bool {
        // The item's text must be the URL: most items of a bank are ruled out by its first letter.
        let text = item.text
        guard let initial = text.first(where: { !$0.isWhitespace }), "hHwW".contains(initial) else { return false }
        return item.links.contains { link in
            guard !link.isImage, ItemFormatRule.mayBeEmptyOrURL(link.text) else { return false }
            let linkText = link.text.trimmed(where: \.isWhitespace)
            return isURL(linkText) && text.trimmed(where: \.isWhitespace) == linkText
        }
    }

    static func isURL(_ text: String) -> Bool {
        // Questions rarely start with h or w: skip lowercasing their whole text.
        guard let initial = text.utf8.first, "hHwW".utf8.contains(initial) else { return false }
        let lower = text.prefix(12).lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")) && !text.contains(" ")
    }
}
