import Foundation
import IQMarkdown
import IQTestSupport
import Testing

/// `Document.anchors`: every heading's GitHub anchor in document order, computed from the
/// heading's rendered text, plus explicit HTML anchors.
@Suite struct HeadingAnchorsTests {
    private func anchors(_ markdown: String) -> [String] {
        let document = MarkdownParser.parse(markdown)
        return document.headings.map(document.anchor(of:))
    }

    @Test func theIssuesFiveExamples() {
        #expect(anchors("## Transformer、Bert、GPT系列模型\n") == ["transformerbertgpt系列模型"])
        #expect(anchors("## Q&A：LoRA 与 QLoRA 的区别？\n") == ["qalora-与-qlora-的区别"])
        #expect(anchors("## 🔥 热门题目\n") == ["-热门题目"])
        #expect(anchors("## 大模型　应用（RAG）\n") == ["大模型应用rag"])
        #expect(anchors("## 其他问题\n\n## 其他问题\n") == ["其他问题", "其他问题-1"])
    }

    @Test func repeatedHeadingsAreNumberedAcrossLevelsAndSetextHeadings() {
        #expect(anchors("# FAQ\n\n## FAQ\n\nFAQ\n---\n\n### faq\n") == ["faq", "faq-1", "faq-2", "faq-3"])
        // A heading whose own text is `a-1` takes that anchor; the repeat skips to `a-2`.
        #expect(anchors("## a-1\n\n## a\n\n## a\n") == ["a-1", "a", "a-2"])
    }

    @Test func emojiCJKPunctuationAndFullWidthCharacters() {
        #expect(anchors("## 😄 unicode emoji\n") == ["-unicode-emoji"])
        #expect(anchors("## 问答：《深度学习》「入门」，第1章。\n") == ["问答深度学习入门第1章"])
        // Full-width letters are lowercased like ASCII ones; full-width digits stay.
        #expect(anchors("## ＧＰＴ－４ 与 ＬＬａＭＡ２\n") == ["ｇｐｔ４-与-ｌｌａｍａ２"])
    }

    @Test func codeSpansGiveTheirTextAndLinksTheirLinkText() {
        #expect(anchors("## `torch.nn` 模块\n") == ["torchnn-模块"])
        #expect(anchors("## [LoRA](https://a.example/lora) 原理\n") == ["lora-原理"])
        #expect(anchors("## **粗体** 与 _斜体_\n") == ["粗体-与-斜体"])
        #expect(anchors("## C\\# 与 C++ ##\n") == ["c-与-c"])
    }

    @Test func htmlAnchorsAreExtraTargets() {
        let document = MarkdownParser.parse("""
            <a name="faq"></a>
            <div id='intro'>x</div>

            ## 术语 <a id="terms"></a>

            Text <a href="#x" name="inline">here</a> and <b name="q12">Q12</b>.
            <!-- <a name="commented"></a> -->
            """)
        #expect(document.anchors.htmlAnchors == ["faq", "intro", "terms", "inline", "q12"])
        #expect(document.anchors.headingAnchors == ["术语-"])
        #expect(document.anchors.contains(fragment: "terms"))
        #expect(!document.anchors.contains(fragment: "commented"))
        // GitHub's page script finds an element by its name, whatever the element.
        #expect(document.anchors.contains(fragment: "q12"))
    }

    /// `<h1 align="center">The Practical Guides </h1>`: a raw HTML heading is a target too,
    /// by its text (tags left out), with the inner spaces GitHub keeps or without them.
    @Test func htmlHeadingsAreTargetsByTheirText() {
        let document = MarkdownParser.parse("""
            <h1 align="center">The Practical Guides for LLMs </h1>

            <H2>Usage &amp; <em>Setup</em></H2>

            <h7>Not a heading</h7>
            """)
        #expect(Set(document.anchors.htmlAnchors) == ["the-practical-guides-for-llms-", "the-practical-guides-for-llms", "usage--setup"])
        #expect(document.anchors.contains(fragment: "the-practical-guides-for-llms-"))
        #expect(!document.anchors.contains(fragment: "not-a-heading"))
    }

    /// Character references in a raw HTML heading's text are decoded as GitHub renders them
    /// (numeric ones too), and the closing tag is found whatever its letters' case.
    @Test func htmlHeadingTextDecodesCharacterReferences() {
        let document = MarkdownParser.parse("""
            <h3>Tom&#39;s &#x4E2D;&#25991; &amp;lt;tips&gt;</H3>

            <h4>Broken &bogus; &#xZZ; ref</h4>
            """)
        #expect(Set(document.anchors.htmlAnchors) == ["toms-中文-lttips", "broken-bogus-xzz-ref"])
    }

    @Test func fragmentsMatchAfterPercentDecoding() {
        let document = MarkdownParser.parse("## 机器学习\n")
        #expect(document.anchors.contains(fragment: "机器学习"))
        #expect(document.anchors.contains(fragment: "%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0"))
        #expect(!document.anchors.contains(fragment: "机器"))
        #expect(document.anchors.headingIndex(forFragment: "%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0") == 0)
    }

    @Test func fragmentTextEncodesOnlyWhatBreaksADestination() {
        #expect(HeadingAnchors.fragment(for: "大模型应用rag") == "大模型应用rag")
        #expect(HeadingAnchors.fragment(for: "a(b)c") == "a%28b%29c")
        #expect(HeadingAnchors.fragment(for: "a<b>\tc") == "a%3Cb%3E%09c")
        // Only ASCII spaces and controls end a destination; U+2028 stays as written.
        #expect(HeadingAnchors.fragment(for: "a\u{2028}b") == "a\u{2028}b")
    }

    /// The slugger's fixture, written as Markdown headings: the parser's plain text and the
    /// slugger together give GitHub's anchors.
    @Test func everyFixtureHeadingGetsGitHubsAnchorThroughTheParser() throws {
        struct Case: Decodable { let markdown: String; let text: String; let anchor: String }
        struct Fixture: Decodable { let cases: [Case] }
        let path = RepositoryPaths.root + "/Tests/IQMarkdownTests/Fixtures/github-anchor-cases.json"
        let cases = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: URL(fileURLWithPath: path))).cases
        #expect(cases.count == 74)
        let document = MarkdownParser.parse(cases.map { "## \($0.markdown)\n\nx\n\n" }.joined())
        #expect(document.headings.count == cases.count)
        for (heading, testCase) in zip(document.headings, cases) {
            #expect(heading.text == testCase.text, "text of \(testCase.markdown.prefix(30).debugDescription)")
            #expect(document.anchor(of: heading).unicodeScalars.elementsEqual(testCase.anchor.unicodeScalars),
                    "anchor of \(testCase.markdown.prefix(30).debugDescription)")
        }
    }
}
