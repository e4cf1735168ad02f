import IQCore
import IQDedup
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

    /// Two sections of one file, by the offsets of their headings (the smaller first).
    struct SectionPair: Hashable {
        let file: Int
        let first: Int
        let second: Int
    }

    /// `## Top Questions with Answers` and `## All Questions with Answers`: sections of one file
    /// three or more of whose question headings are asked again, word for word, in the other:
    /// one section copies (a digest of) the other on purpose.
    static func copiedSections(_ partners: [Int: [DuplicatePair]], entries: QuestionSet) -> [SectionPair: Int] {
        var counts: [SectionPair: Int] = [:]
        for pairs in partners.values {
            for pair in pairs where pair.kind == .exact && entries.isHeading(pair.a) && entries.isHeading(pair.b) && entries.areInOneFile(pair.a, pair.b) {
                guard let key = sectionPair(pair.a, pair.b, entries: entries) else { continue }
                counts[key, default: 0] += 1
            }
        }
        return counts.filter { $0.value >= minimumQuestions }
    }

    /// The sections holding the question headings at `first` and `second` (of one file), when they differ.
    static func sectionPair(_ first: Int, _ second: Int, entries: QuestionSet) -> SectionPair? {
        let document = entries.file(of: first).document
        func section(_ index: Int) -> Int? {
            let range = entries.range(of: index)
            guard let heading = document.heading(atOrAfter: range.start), heading.range == range else { return nil }
            return document.headings[..<heading.index].last { $0.level < heading.level }?.range.start ?? -1
        }
        guard let a = section(first), let b = section(second), a != b else { return nil }
        return SectionPair(file: entries.fileNumber(of: first), first: min(a, b), second: max(a, b))
    }
}
