/// The marks a title or question may end with that say nothing about what it names: `?`, `！`,
/// `。`, `~`, and spaces. Comparisons of two titles strip them first.
enum ClosingMarks {
    static func strip<Text: StringProtocol>(_ text: Text) -> Substring {
        var text = Substring(text)
        while let last = text.last, "!！?？。.~～".contains(last) || last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return text
    }
}
