/// A heading that holds one question of a bank written as headings: it asks (`What is…?`,
/// `什么是闭包？`) or it is numbered as a quiz's question (`Q12. …`, `9) Implement…`, `3、…`,
/// `（1）请介绍…`, `2：…`). empty-section, heading-increment and duplicate-link ask it.
enum QuestionHeadings {
    static func isQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if ItemShape.endsWithQuestionMark(trimmed) { return true }
        var rest = Substring(trimmed)
        if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        // `（1）请介绍…`, `(2) …`: the number in parentheses.
        if let open = rest.first, open == "(" || open == "（" {
            let inside = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            if !inside.isEmpty, let close = rest.dropFirst(1 + inside.count).first, close == ")" || close == "）" { return true }
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let mark = rest.dropFirst(digits.count).first else { return false }
        return ")）.、:：".contains(mark)
    }
}
