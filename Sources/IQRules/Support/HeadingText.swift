/// Heading and link texts as people compare them: surrounding whitespace dropped, inner runs of
/// whitespace as one space.
public enum HeadingText {
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
