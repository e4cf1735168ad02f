/// Heading and link texts as people compare them: surrounding ASCII whitespace dropped, inner
/// runs of it as one space. Other spaces (`　`, no-break space) are characters of the text: they
/// change what is shown, and GitHub's anchor drops them where it turns a space into `-`.
public enum HeadingText {
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }
}
