import Foundation
import IQMarkdown

/// Lists that cite their sources as bare URLs on purpose, and the headings of such citations.
/// item-format and bare-url share the judgement, so one rule never reports what the other
/// leaves alone.
enum ReferenceLists {
    /// Headings whose links are citations (`Reference`, `Source(s) and further reading`,
    /// `Additional links`, `参考资料`, `참고 자료`), compared lower-cased by containment.
    static let citationHeadings = ["source(s)", "sources", "reference", "further reading", "see also", "also see", "credits",
                                   "additional links", "useful links", "related links", "external links", "more links",
                                   "read more", "learn more", "more reading", "bibliography", "useful resources",
                                   "additional resources", "further resources", "more resources",
                                   "参考资料", "参考文献", "参考链接", "参考文章", "参考阅读", "参考资源", "参考内容", "参考文档", "参考网址", "延伸阅读", "扩展阅读",
                                   "拓展阅读", "推荐阅读", "相关阅读", "相关链接", "相关资源", "来源", "出处",
                                   // Problems and articles recommended at an article's end: what to read next.
                                   "相关题目", "题目推荐", "推荐题目", "相关文章", "相关推荐", "related problems",
                                   "参考資料", "參考資料", "參考文獻", "參考連結", "參考內容", "延伸閱讀", "擴展閱讀", "推薦閱讀", "相關閱讀",
                                   "相關連結", "來源", "致谢", "致謝", "鸣谢", "鳴謝", "acknowledg", "関連リンク", "参考リンク", "出典",
                                   "참고 자료", "참고자료", "참고 문헌", "참고문헌", "출처",
                                   // The translations of a collection keep the original's sections.
                                   "referências", "referencias", "referencia", "références", "référence", "referenz", "riferimenti",
                                   "bibliografia", "bibliografía", "bibliographie", "literatura", "literatur", "quellen", "fuentes", "fontes",
                                   "fonti", "liens utiles", "enlaces", "leitura adicional", "lectura adicional", "weiterführende",
                                   "ссылки", "источники", "литература", "посилання", "джерела", "kaynaklar", "kaynakça",
                                   "tham khảo", "referensi", "bronnen", "źródła", "bibliografie",
                                   // Backlinks a site writes under each article: the pages that cite it.
                                   "引用本文", "related articles", "related posts", "backlinks",
                                   // Other people's answers to a bank's question, linked after its own.
                                   "other answers", "more answers", "其他答案", "其它答案", "更多答案", "其他解答",
                                   // What to know first, each topic linked to the article explaining it.
                                   "前置知识", "预备知识", "prerequisite"]
    /// Titles that name citations only when they are the whole title: `参考` is also the start
    /// of `参考答案` (reference answers), `Links` of a sentence about links. `Resources` (which
    /// holds `sources`) in the languages a collection is translated to: `**资源**` under each
    /// practice of a checklist's Chinese translation cites what its `**Resources**` cites.
    /// `Source` alone (a note's source; `Source code` is not one), and the Japanese `参照`, `引用`.
    static let citationTitles: Set<String> = ["links", "参考", "链接", "参见", "참고", "참조", "source", "参照", "引用", "参照・引用", "参考・引用", "引用元",
                                              "资源", "資源", "recursos", "ressources", "ressourcen", "risorse", "ресурсы",
                                              "ресурси", "리소스", "リソース", "kaynaklar", "zasoby", "tài nguyên",
                                              // Credits (`## クレジット`; `## クレジットカード積立` is about cards).
                                              "クレジット", "謝辞", "크레딧", "감사의 말"]

    static func isCitationHeading(_ text: String) -> Bool {
        var title = text.lowercased()
        // Compared as composed characters (`Refere\u{302}ncias` names references too).
        if title.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.properties.canonicalCombiningClass != .notReordered }) {
            title = title.precomposedStringWithCanonicalMapping
        }
        // On the bytes: each heading and each list's label is asked, and a hundred `contains`
        // through Foundation per title were a visible share of a large bank's run.
        let containsCitationWord = title.withUTF8 { bytes in
            citationHeadingBytes.contains { UTF8Characters.containsFolded($0, in: bytes, countingJoiner: false) }
        }
        return containsCitationWord || citationTitles.contains(title.trimmed { $0.isWhitespace || $0.isPunctuation || $0.isSymbol })
    }

    private static let citationHeadingBytes = citationHeadings.map { Array($0.utf8) }

    /// Most items are only a URL: at least two of them, or one under a heading of citations
    /// (`#### 참고 자료` over `* http://…`, or a label line such as `**参考资料**` or
    /// `Read more:` right above the list) or that the document's habits explain. Under such a
    /// heading, a URL among cited books is one too.
    static func isReferenceList(_ list: MarkdownList, in document: Document) -> Bool {
        let urlOnly = list.items.filter(isURLOnly).count
        guard urlOnly >= 1 else { return false }
        // `- Thanks to [than0s](…) for [how to find duplicate settings](…).` closing the sources:
        // a word of thanks, no source; the list's entries are the others.
        let entries = list.items.filter { !isThanks($0) }
        // `参考资料：` over `- 《MySQL 45 讲》` and `- https://…`: books and addresses cited alike.
        // Beside titled links (`[原文](…)`), an address alone is still a link missing its title.
        if urlOnly * 2 <= entries.count, !entries.contains(where: hasTitledLink), isUnderCitationLabel(list, in: document) { return true }
        // Half of them addresses under `参考文献:`, beside titled ones: the references as they were
        // gathered, each cited as found.
        if urlOnly * 2 == entries.count, isUnderCitationLabel(list, in: document) { return true }
        guard urlOnly * 2 > entries.count else { return false }
        return urlOnly >= 2 || isUnderCitationLabel(list, in: document) || isAnswerSource(list, in: document)
            || isUnderRepeatedHeading(list, in: document) || isAmongURLLists(list, in: document)
    }

    /// `Thanks to …`, `Credit: …`, `感谢 …`: an item thanking someone, in a list of sources.
    static func isThanks(_ item: ListItem) -> Bool {
        let text = item.text.trimmedWhitespace.lowercased()
        return ["thanks to ", "thank you ", "credit to ", "credits to ", "credit: ", "credits: ", "h/t ", "感谢", "致谢", "鸣谢"].contains { text.hasPrefix($0) }
    }

    /// A list of one URL in a file whose lists at its depth are URLs too (two others or more):
    /// the last section of a file of blog addresses holding one, written as the others are.
    static func isAmongURLLists(_ list: MarkdownList, in document: Document) -> Bool {
        var others = 0
        for other in document.lists where other.index != list.index && other.depth == list.depth {
            let urlOnly = other.items.filter(isURLOnly).count
            guard urlOnly * 2 > other.items.count else { continue }
            others += 1
            if others >= 2 { return true }
        }
        return false
    }

    /// An item with a link whose text is no address: an entry written `[title](url)`.
    static func hasTitledLink(_ item: ListItem) -> Bool {
        item.links.contains { !$0.isImage && $0.kind != .bareURL && $0.kind != .angleAutolink && !isURL($0.text.trimmedWhitespace) }
    }

    /// A list right under a heading that the document repeats (`###### Mga Reperensiya` under
    /// each question): a section every entry has, whose URLs are that entry's sources.
    static func isUnderRepeatedHeading(_ list: MarkdownList, in document: Document) -> Bool {
        guard list.depth == 0, let heading = document.heading(before: list.range.start) else { return false }
        let title = heading.text.trimmedWhitespace
        return document.headings.count { $0.level == heading.level && $0.text.trimmedWhitespace == title } >= 2
    }

    /// A lone URL under a heading that asks (`### 什么是 LoRA？` then `- https://…`): where the
    /// headings are the questions, the list under one is its answer's source, not a question.
    static func isAnswerSource(_ list: MarkdownList, in document: Document) -> Bool {
        guard list.items.count == 1, list.depth == 0, let heading = document.heading(before: list.range.start) else { return false }
        return ItemShape.isQuestion(heading.text.trimmedWhitespace)
    }

    /// The list's nearest heading, or the line right above it, names citations: `## References`,
    /// `**参考资料**`, `参考：`, or a parent item `- Additional links:`.
    static func isUnderCitationLabel(_ list: MarkdownList, in document: Document) -> Bool {
        if let heading = document.heading(before: list.range.start), isCitationHeading(heading.text) { return true }
        return citationLabel(above: list.range.start, in: document.source)
    }

    /// The last non-blank line before the line of `offset`, if any.
    static func lineAbove(_ offset: Int, in source: SourceText) -> Int? {
        var line = source.line(containing: offset) - 1
        while line >= 1, source.lineText(line).allSatisfy(\.isWhitespace) { line -= 1 }
        return line >= 1 ? line : nil
    }

    /// The last non-blank line before `offset` is a short label naming citations, with its
    /// emphasis, list marker and closing colon left out.
    static func citationLabel(above offset: Int, in source: SourceText) -> Bool {
        guard let label = label(above: offset, in: source) else { return false }
        // `**Course Link:**`, `Alternative Links:`, `下载链接：` over the list: its items are the links.
        let lowered = label.lowercased()
        return isCitationHeading(label) || ["link", "links", "链接", "地址", "網址", "网址"].contains { lowered.hasSuffix($0) }
    }

    /// The last non-blank line before `offset` when it is a short label (`**参考资料**`,
    /// `- Additional links:`, `Steps:`), without its emphasis, list marker and closing colon.
    static func label(above offset: Int, in source: SourceText) -> String? {
        guard let line = lineAbove(offset, in: source) else { return nil }
        var text = Substring(source.lineText(line)).drop { $0.isWhitespace || "#>".contains($0) }
        // A parent item's marker: `- `, `* `, `1. `.
        if let marker = text.first, "-*+".contains(marker), text.dropFirst().first == " " {
            text = text.dropFirst(2)
        } else if text.first?.isNumber == true {
            let afterNumber = text.drop { $0.isNumber }
            if let delimiter = afterNumber.first, ".)".contains(delimiter), afterNumber.dropFirst().first == " " { text = afterNumber.dropFirst(2) }
        }
        // `<summary><strong>引用本文的文章</strong></summary>`: the label of a `<details>` list.
        if text.hasPrefix("<summary") { text = Substring(withoutTags(String(text))) }
        let label = String(text).trimmed { $0.isWhitespace || "*_:：".contains($0) }
        guard !label.isEmpty, label.count <= maximumLabelLength, !label.contains("](") else { return nil }
        return label
    }

    /// `text` without its HTML tags.
    private static func withoutTags(_ text: String) -> String {
        var result = "", inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }

    /// Characters of a label line; a longer line is a sentence that mentions references.
    private static let maximumLabelLength = 30

    /// The item's whole text is a link whose text is a URL (`https://…`, `<https://…>`, `[https://…](…)`).
    /// `{: .-also-see}`, `{:.class}`: a kramdown attribute list (Jekyll sites), no text of the page.
    static func isAttributeList(_ text: Substring) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }
        return String(trimmed.reversed()).hasPrefix("{:") && trimmed.first == "}" && !trimmed.dropFirst().contains("}")
    }

    static func isURLOnly(_ item: ListItem) -> Bool {
        // The item's text must be the URL: most items of a bank are ruled out by its first letter.
        let text = item.text
        guard let initial = text.first(where: { !$0.isWhitespace }), "hHwW".contains(initial) else { return false }
        return item.links.contains { link in
            guard !link.isImage, ItemFormatRule.mayBeEmptyOrURL(link.text) else { return false }
            let linkText = link.text.trimmedWhitespace
            guard isURL(linkText) else { return false }
            let whole = text.trimmedWhitespace
            guard whole != linkText else { return true }
            guard whole.hasPrefix(linkText) else { return false }
            let rest = whole.dropFirst(linkText.count)
            // `{: .-also-see}` on the line under it: kramdown's attributes, which Jekyll does not show.
            if isAttributeList(rest) { return true }
            // `https://…/setTimeout.`, `…/function*`: a mark the autolink leaves outside the link.
            return isShortAside(rest) || rest.count <= 2 && rest.allSatisfy { ".,;:*!。，；：".contains($0) }
        }
    }

    /// ` (英語)`, ` (Week 6B onwards)`: a short parenthesis after a URL says what the page is in
    /// or covers; the URL is still the whole entry.
    private static func isShortAside(_ text: Substring) -> Bool {
        EnclosedTags.isTag(text, enclosedBy: EnclosedTags.parentheses, maximumLength: 30)
    }

    static func isURL(_ text: String) -> Bool {
        // Questions rarely start with h or w: skip lowercasing their whole text.
        guard let initial = text.utf8.first, "hHwW".utf8.contains(initial) else { return false }
        let lower = text.prefix(12).lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")) && !text.contains(" ")
    }
}
