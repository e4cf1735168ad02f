import Foundation
import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// `duplicate-question` turns texts away as article sections (`1.1 前言`, `Summary`) through a
/// scalar pre-check before building the lowercased word: never one the word check accepts.
@Suite struct ArticleSectionFilterTests {
    @Test func theWrittenFormsOfASectionPass() {
        let sections = ["1.1 前言", "一、引言", "（三）总结", "## Summary:", "2. INTRODUCTION", "Ⅳ. Conclusions.", "【参考资料】",
                        "\u{212A}", "Notes ✨", "1\u{301}. Code", " \t小结 ", "“Abstract”", "5) Methods!!"]
        for text in sections where OutlineTexts.isArticleSectionWord(text) {
            #expect(OutlineTexts.mayBeArticleSection(text), "\(text)")
        }
        #expect(OutlineTexts.isArticleSection("1.1 前言"))
        #expect(OutlineTexts.isArticleSection("2. INTRODUCTION"))
        #expect(OutlineTexts.isArticleSection("（三）总结"))
    }

    /// Every text of the fixture collections (items and headings) and variants of the section
    /// words with other cases, marks and numbers: the pre-check passes each the word check
    /// accepts, and turns three in four others away.
    @Test func agreesWithTheWordCheckOnTheFixtures() {
        var texts = OutlineTexts.articleSections.flatMap { word in
            [word, word.uppercased(), word.capitalized, "3.2 \(word)", "\(word)。", "\(word)\u{301}", "第\(word)", "\(word) of x",
             "\u{FF11}、\(word)", "(\(word))", "🔥 \(word) 🔥", word.replacingOccurrences(of: "k", with: "\u{212A}")]
        }
        for path in RepositoryPaths.fixtureMarkdownFiles() {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let document = MarkdownFile(path: path, text: text).document
            texts += document.lists.flatMap(\.items).map(\.text) + document.headings.map(\.text)
        }
        var accepted = 0, turnedAway = 0
        for text in texts {
            let passes = OutlineTexts.mayBeArticleSection(text)
            if OutlineTexts.isArticleSectionWord(text) {
                accepted += 1
                #expect(passes, "\(text)")
            } else if !passes {
                turnedAway += 1
            }
        }
        #expect(accepted > 100)
        #expect(turnedAway * 4 > (texts.count - accepted) * 3, "\(turnedAway) of \(texts.count - accepted)")
    }
}
