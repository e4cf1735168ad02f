import Foundation
import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// Pull-request mode turns base items away by their bytes before working out their questions
/// (`QuestionClue`): never an item whose question has the text, on every fixture collection.
@Suite struct QuestionClueTests {
    private static func documents() -> [MarkdownFile] {
        RepositoryPaths.fixtureMarkdownFiles().compactMap { path in
            (try? String(contentsOfFile: path, encoding: .utf8)).map { MarkdownFile(path: path, text: $0) }
        }
    }

    @Test func everyItemWithTheTextIsRead() {
        var questions = 0, turnedAway = 0, compared = 0
        for file in Self.documents() {
            let labels = LinkLabels.of(file), source = file.source
            let items = file.document.lists.flatMap(\.items)
            let texts = items.compactMap { Question(item: $0, in: source, labels: labels)?.text }
            for item in items {
                guard let question = Question(item: item, in: source, labels: labels) else { continue }
                questions += 1
                #expect(QuestionClue(question.text).mayBeIn(source.bytes[item.range.start..<item.range.end]), "\(file.path): \(question.text)")
                // Another question's clue: most items are turned away.
                if let other = texts.first(where: { $0 != question.text }) {
                    compared += 1
                    if !QuestionClue(other).mayBeIn(source.bytes[item.range.start..<item.range.end]) { turnedAway += 1 }
                }
            }
        }
        #expect(questions > 500)
        #expect(turnedAway * 2 > compared, "\(turnedAway) of \(compared)")
    }

    /// Texts equal to the question's that its bytes spell otherwise: a character reference,
    /// a CJK compatibility ideograph, the Kelvin sign; the item is read.
    @Test func otherFormsOfACharacterAreRead() {
        func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }
        #expect(QuestionClue("什么是中文分词").mayBeIn(bytes("1. [什么是&#20013;文分词](https://a.example)")))
        #expect(QuestionClue("豈有此理").mayBeIn(bytes("1. [\u{F900}有此理](https://a.example)")))
        #expect("豈有此理" == "\u{F900}有此理")
        #expect(QuestionClue("What is a Kelvin?").mayBeIn(bytes("1. [What is a \u{212A}elvin?](https://a.example)")))
        #expect(!QuestionClue("什么是中文分词").mayBeIn(bytes("1. [什么是英语分词](https://a.example)")))
        #expect(!QuestionClue("What is a zygote?").mayBeIn(bytes("1. [What is a cell?](https://a.example)")))
        // No telling character at all (Hangul): always read.
        #expect(QuestionClue("무엇인가").mayBeIn(bytes("1. [다른 질문](https://a.example)")))
    }
}
