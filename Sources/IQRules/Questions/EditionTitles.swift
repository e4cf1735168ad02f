/// `Go 语言圣经（英文版）` and `Go 语言圣经（中文版）`, `SICP (2nd edition)` and `SICP`: one book
/// or course in two editions, languages or formats, which a reading list links both of on purpose.
/// The same title, one or both followed by a bracketed note naming an edition, and the notes differ.
enum EditionTitles {
    static func areEditionsOfOneWork(_ first: String, _ second: String) -> Bool {
        // Without a note neither names an edition (every reported pair asks: most have none).
        guard endsWithNote(first) || endsWithNote(second) else { return false }
        let (a, b) = (split(first), split(second))
        guard !PlainScalars.surelyDifferOnceLowercased(a.title, b.title), a.title.count >= 2, a.title.lowercased() == b.title.lowercased(), a.note?.lowercased() != b.note?.lowercased() else { return false }
        return [a.note, b.note].compactMap { $0 }.contains(where: namesAnEdition)
    }

    /// The closing bracket of a note and its opening one.
    private static let brackets: [Character: Character] = ["）": "（", ")": "(", "】": "【", "]": "["]

    /// Whether `text` ends with a closing bracket once its closing marks are stripped: `split`
    /// finds a note only then.
    private static func endsWithNote(_ text: String) -> Bool {
        ClosingMarks.strip(text).last.map { brackets[$0] != nil } ?? false
    }

    /// The title and its closing bracketed note (`（英文版）` → `英文版`), if any.
    private static func split(_ text: String) -> (title: String, note: String?) {
        let text = ClosingMarks.strip(text)
        guard let close = text.last, let open = brackets[close],
              let openIndex = text.lastIndex(of: open) else { return (String(text), nil) }
        let note = String(text[text.index(after: openIndex)..<text.index(before: text.endIndex)]).trimmedWhitespace
        return (String(text[..<openIndex]).trimmedWhitespace, note.isEmpty ? nil : note)
    }

    /// A language, a translation, a format or a mirror: `英文版`, `中译本`, `PDF`, `2nd edition`,
    /// `English version`, `中文翻译`, `Gitee`, `镜像`. (`修订版`, a revision, names no other edition a list
    /// would link beside it.)
    private static func namesAnEdition(_ note: String) -> Bool {
        let lowered = note.lowercased()
        guard lowered.count <= 24 else { return false }
        if ["文版", "译", "中文", "英文", "日文", "原文", "纸质", "电子", "在线", "镜像", "国内", "备用"].contains(where: lowered.contains) { return true }
        let words = lowered.split { !$0.isLetter && !$0.isNumber }
        return words.contains { ["edition", "translation", "translated", "english", "chinese", "japanese", "korean", "russian",
                                 "german", "french", "spanish", "portuguese", "pdf", "epub", "online", "print", "ebook", "en", "zh", "cn",
                                 "mirror", "gitee", "github", "gitlab", "gitbook"].contains(String($0)) }
    }
}
