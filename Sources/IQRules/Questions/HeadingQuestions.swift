import IQCore
import IQMarkdown

/// `### Q: What is cache stampede and how do you prevent it?` in a bank written as headings:
/// the headings of a level most of whose headings ask (three at least, each closed by a
/// question mark) are that bank's questions, compared with the headings of the collection
/// that ask too. A heading inside a list item is the item's question already.
enum HeadingQuestions {
    static func questions(in file: MarkdownFile) -> [Question] {
        let document = file.document
        guard document.headings.count >= minimumQuestions else { return [] }
        var asking: [Int: [Heading]] = [:], total: [Int: Int] = [:]
        for heading in document.headings {
            total[heading.level, default: 0] += 1
            // `#### [1.Java中的多态是什么？](#java中的多态是什么)`: a table of contents set as
            // headings, each leading to the section that asks.
            if asks(heading.text), !heading.content.links.contains(where: { $0.fragmentOnly != nil }),
               !EmptySectionRule.isInsideAnItemOrQuote(heading, in: document.source) {
                asking[heading.level, default: []].append(heading)
            }
        }
        return asking.filter { level, headings in headings.count >= minimumQuestions && headings.count * 2 >= total[level] ?? 0 }
            .values.flatMap { $0 }.sorted { $0.index < $1.index }.map(Question.init(heading:))
            .filter { $0.text.contains(where: \.isLetter) }
    }

    /// The fewest asking headings of one level that make a bank of them.
    static let minimumQuestions = 3

    /// Closed by a question mark, as a question is (`…prevent it?`, `什么是闭包？`).
    static func asks(_ text: String) -> Bool {
        ItemShape.endsWithQuestionMark(HeadingText.normalized(text))
    }
}
