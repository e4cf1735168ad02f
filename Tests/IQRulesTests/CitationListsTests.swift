import Foundation
import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// Lists that cite sources — under `## Additional links`, a `**参考资料**` line, or as fields of an
/// entry (`* Paper: https://…`) — are neither questions nor entries: duplicate-question does not
/// compare their articles and bare-url does not ask them for titles.
@Suite struct CitationListsTests {
    private func lint(_ markdown: String, _ rules: [String]) throws -> [Diagnostic] {
        try LintHarness.lint(markdown, rules: rules)
    }

    /// Two sections that answer their questions with the same article in their references.
    private let bank = """
        # 面试题

        ## 注意力

        1. [什么是自注意力？](https://a.example/self)
        2. [多头注意力有什么用？](https://a.example/multi)

        **参考资料**

        - [The Illustrated Transformer](https://b.example/illustrated)
        - [Attention Is All You Need](https://b.example/paper)

        ## 位置编码

        1. [为什么需要位置编码？](https://a.example/pos)
        2. [RoPE 的原理是什么？](https://a.example/rope)

        ## Additional links

        - [The Illustrated Transformer](https://b.example/illustrated)
        - [Attention Is All You Need](https://b.example/paper)

        """

    @Test func citedArticlesAreNotDuplicateQuestions() throws {
        #expect(try lint(bank, ["duplicate-question"]).isEmpty)
    }

    @Test func theSameArticlesInAQuestionListAreStillDuplicates() throws {
        let asQuestions = bank.replacingOccurrences(of: "## Additional links", with: "## 更多")
            .replacingOccurrences(of: "**参考资料**", with: "**更多**")
        let found = try lint(asQuestions, ["duplicate-question"])
        #expect(found.map(\.line) == [20, 21], "\(found.map { "\($0.line) \($0.message)" })")
    }

    /// A translation keeps the original's sections: `## Referências` cites like `## References`.
    @Test func translatedCitationHeadingsCite() throws {
        for heading in ["Referências", "Références", "Ссылки", "Quellen", "Kaynaklar", "Tham khảo", "참조"] {
            let translated = bank.replacingOccurrences(of: "## Additional links", with: "## \(heading)")
                .replacingOccurrences(of: "**参考资料**", with: "**\(heading)**")
            #expect(try lint(translated, ["duplicate-question"]).isEmpty, "\(heading)")
        }
    }

    @Test func referencesListsAreExplainedAsARole() throws {
        let conventions = CollectionConventions.of(MarkdownFile(path: "x.md", text: bank))
        let roles = conventions.inferences.filter { $0.topic.hasPrefix("lists: ") }.map { "\($0.topic)=\($0.value)" }
        #expect(roles.contains("lists: references=2 lists"), "\(roles)")
    }

    @Test func aReferenceAnswerHeadingIsNotCitations() {
        #expect(!ReferenceLists.isCitationHeading("参考答案"))
        #expect(ReferenceLists.isCitationHeading("参考"))
        #expect(ReferenceLists.isCitationHeading("Additional links"))
        #expect(!ReferenceLists.isCitationHeading("How do symbolic links work?"))
    }

    /// The byte search agrees with `String.contains` through Foundation (canonical
    /// equivalence) on every heading and label line of the fixture collections, in upper case,
    /// and on composed and decomposed accents.
    @Test func citationHeadingsAreFoundAsFoundationFindsThem() {
        func foundationAnswer(_ text: String) -> Bool {
            let title = text.lowercased()
            return ReferenceLists.citationHeadings.contains { title.contains($0) }
                || ReferenceLists.citationTitles.contains(title.trimmed { $0.isWhitespace || $0.isPunctuation || $0.isSymbol })
        }
        var titles = ["Referências", "Refere\u{302}ncias", "RÉFÉRENCES", "Re\u{301}fe\u{301}rences", "## 五、参考资料",
                      "Source(s) and further reading", "SEE ALSO:", "参考答案", "Sources\u{301}", "참고 자료", "Acknowledgements"]
        for path in RepositoryPaths.fixtureMarkdownFiles() {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let file = MarkdownFile(path: path, text: text)
            titles += file.document.headings.map { $0.text }
            titles += file.document.lists.compactMap { ReferenceLists.label(above: $0.range.start, in: file.source) }
        }
        #expect(titles.count > 300)
        var citations = 0
        for title in titles + titles.map { $0.uppercased() } {
            #expect(ReferenceLists.isCitationHeading(title) == foundationAnswer(title), "\(title)")
            if foundationAnswer(title) { citations += 1 }
        }
        #expect(citations >= 10, "some titles must name citations")
    }

    @Test func fieldsOfAnEntryAreNotBareURLs() throws {
        let markdown = """
            - **BERT**
              * Paper: https://arxiv.org/abs/1810.04805
              * Code: https://github.com/google-research/bert
            - 项目地址：https://github.com/a/b
            - 拒绝采样：https://zhuanlan.zhihu.com/p/21453360596
            - outer
              - 梯度检查点 https://zhuanlan.zhihu.com/p/19218662446
            - [混合精度](https://a.example/1)
            - [ZeRO](https://a.example/2)
            - [FlashAttention](https://a.example/3)

            """
        #expect(try lint(markdown, ["bare-url"]).map(\.line) == [5, 7])
    }

    @Test func answersCitingOneSourceAreNotDuplicateLinks() throws {
        func answer(_ question: String) -> String {
            "<details><summary><b>\(question)</b></summary><br>\n\nA mask of permission bits.\n\nUseful resources:\n\n"
                + "- [Understanding umask](https://a.example/umask)\n\n</details>\n\n"
        }
        let markdown = answer("What is umask?") + answer("How do you set default permissions?")
        #expect(try lint(markdown, ["duplicate-link"]).isEmpty)
        // The same link as an entry of a question list, under another title, is a repeat.
        let entries = "1. [什么是 umask？](https://a.example/umask)\n2. [什么是 chmod？](https://a.example/chmod)\n"
            + "3. [umask 的作用是什么？](https://a.example/umask)\n"
        #expect(try lint(entries, ["duplicate-link"]).count == 1)
    }

    @Test func aLabelLineOfReferencesCoversItsList() throws {
        #expect(try lint("**参考资料**\n\n- https://a.example/76\n", ["bare-url"]).isEmpty)
        #expect(try lint("Read more:\n\n- https://a.example/76\n", ["bare-url"]).isEmpty)
        #expect(try lint("**更多**\n\n- https://a.example/76\n", ["bare-url"]).map(\.line) == [3])
    }
}
