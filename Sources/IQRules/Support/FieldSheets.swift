import IQMarkdown

/// `name：value` items, the fields of one entry rather than entries: `- 代码：https://…` beside
/// `- 论文：https://…`, or `* 模型:` over a nested list holding its value. `bare-url` leaves their
/// addresses alone (a field's value is no entry's title) and `missing-link` asks no link of them.
enum FieldSheets {
    /// The longest field name, in characters, before its colon (`模型`, `homepage`, `论文地址`,
    /// `Pretrained models`).
    static let maximumNameLength = 20

    /// An item that only names a field (`模型:`, `Paper：`, `**Datasets**:`), whose nested list
    /// holds the value: short, ending with a colon, asking nothing and linking nothing.
    static func isFieldName(_ item: ListItem) -> Bool {
        guard item.children.count >= 2, case .paragraph(let paragraph) = item.children[0], paragraph.content.links.isEmpty else { return false }
        var name = Substring(paragraph.text.trimmedWhitespace)
        guard let colon = name.last, colon == ":" || colon == "：" else { return false }
        name.removeLast()
        name = name.drop(while: \.isWhitespace)
        return !name.isEmpty && name.count <= maximumNameLength && !name.contains(where: { "?？。!！".contains($0) })
    }

    /// `name：value` split at its first colon (`colon`, else found), the name's markup (`**`, `` ` ``)
    /// trimmed: a name of `longestName` characters at most, and a value that asks nothing.
    static func nameAndValue(of text: String, at colon: String.Index? = nil, longestName: Int) -> (name: String, value: String)? {
        guard let colon = colon ?? text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let name = String(text[text.startIndex..<colon]).trimmed { $0.isWhitespace || "*_`".contains($0) }
        let value = String(text[text.index(after: colon)...]).trimmedWhitespace
        guard !name.isEmpty, name.count <= longestName, !value.isEmpty, !QuestionOutline.isQuestionLike(value) else { return nil }
        return (name, value)
    }

    /// Every item of the list is `name：value` (a short name, a colon, something after it, or a
    /// nested list holding the value), and one value at least is a link: the fields of one
    /// entry, not entries.
    static func isSheet(_ list: MarkdownList) -> Bool {
        guard list.items.count >= 2 else { return false }
        var hasLink = false
        for item in list.items {
            // `- **Github趋势榜**：` over the nested list holding its value: a field too.
            if isFieldName(item) { continue }
            guard case .paragraph(let paragraph)? = item.children.first else { return false }
            let text: String = paragraph.text
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
            // `[贪心算法：分发饼干](…)`: the colon is the entry's title's, inside its link.
            if paragraph.content.links.contains(where: { link in
                !link.isImage && text.hasPrefix(link.text) && link.text.contains(where: { $0 == ":" || $0 == "：" })
            }) { return false }
            // `问题1：…` / `问题2：…`, or a value that asks: numbered questions, not fields.
            guard let (name, _) = nameAndValue(of: text, at: colon, longestName: maximumNameLength),
                  !name.contains(where: { "?？。".contains($0) || $0.isNumber }),
                  // `[apsw](…)：另一个 Python SQLite 封装`: an entry named by its link, not a field.
                  !paragraph.content.links.contains(where: { !$0.text.isEmpty && name.contains($0.text) }) else { return false }
            if paragraph.content.links.contains(where: { !$0.isImage }) { hasLink = true }
        }
        return hasLink
    }
}
