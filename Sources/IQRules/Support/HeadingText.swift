/// Heading and link texts as people compare them: surrounding ASCII whitespace dropped, inner
/// runs of it as one space. Other spaces (`　`, no-break space) are characters of the text: they
/// change what is shown, and GitHub's anchor drops them where it turns a space into `-`.
public enum HeadingText {
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }

    /// The title a page shows: without the attribute block a site generator reads
    /// (`References {#references}` shows `References`).
    static func shown(_ text: String) -> String {
        guard TOCAnchorRule.explicitID(of: text) != nil, let open = text.lastIndex(of: "{") else { return text }
        return String(text[..<open]).trimmedWhitespace
    }

    /// A section title as outlines repeat it: lower-cased, without its outline number (`1.1`,
    /// `一、`, `（三）`) and the punctuation and symbols around it. `3.2 Summary:` and `summary`,
    /// `二、实验步骤` and `实验步骤` are one title.
    static func bareTitle(_ text: String) -> String {
        let words = text.lowercased().drop { $0.isNumber || $0.isWhitespace || $0.isPunctuation || "一二三四五六七八九十".contains($0) }
        return String(words).trimmed { $0.isWhitespace || $0.isPunctuation || $0.isSymbol }
    }
}
