/// The marks a title or question may end with that say nothing about what it names: `?`, `！`,
/// `。`, `~`, and spaces. Comparisons of two titles strip them first.
enum ClosingMarks {
    static func strip<Text: StringProtocol>(_ text: Text) -> Substring {
        var text = Substring(text)
        // Most texts end with a letter and start with one, which one scalar tells: no
        // `Character` is built for them (every pair a bank reports asks, several times).
        while let scalar = text.unicodeScalars.last, !PlainScalars.isPlain(scalar), let last = text.last,
              "!！?？。.~～".contains(last) || last.isWhitespace {
            text.removeLast()
        }
        while let scalar = text.unicodeScalars.first, !PlainScalars.isPlain(scalar), let first = text.first, first.isWhitespace { text.removeFirst() }
        return text
    }
}
