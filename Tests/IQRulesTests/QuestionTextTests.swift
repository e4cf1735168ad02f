import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// What a list item asks, as duplicate-question reads it, on shapes from real banks: lists
/// inside written answers, a link inside a sentence, an answer key of numbers, Korean labels.
@Suite struct QuestionTextTests {
    private func lint(_ markdown: String, _ rules: [String] = ["duplicate-question"]) throws -> [String] {
        try LintHarness.lint(markdown, rules: rules).map { "\($0.line) \($0.message)" }
    }

    @Test func listsInsideAnAnswerAreNotQuestions() throws {
        let markdown = """
            # React questions

            1. ### What are Redux selectors?

               Selectors have two main benefits,

               1. When do selectors compute derived data?
               2. Why are they not recomputed unless an argument changes?

            2. ### What are the main features of Reselect?

               Its main features,

               1. When do selectors compute derived data?
               2. Why are selectors composable?

            """
        #expect(try lint(markdown).isEmpty)
        // Right under the question's title, the same items are its sub-questions, and compared.
        let outline = markdown.replacingOccurrences(of: "   Selectors have two main benefits,\n\n", with: "")
            .replacingOccurrences(of: "   Its main features,\n\n", with: "")
        #expect(try lint(outline).count == 1)
    }

    @Test func aLinkInsideASentenceIsATermNotTheQuestion() throws {
        let markdown = """
            - How do you grant bucket access with [gsutil](https://cloud.google.com/storage/docs/gsutil)?
            - How do you list the objects of a bucket with [gsutil](https://cloud.google.com/storage/docs/gsutil)?
            - 1.1 [What is a bucket?](https://a.example/1)
            - 1.2 [What is a bucket?](https://a.example/2)

            """
        let found = try lint(markdown)
        #expect(found.count == 1 && found[0].hasPrefix("4 duplicate question: same as 'What is a bucket?'"), "\(found)")
    }

    @Test func anAnswerKeyOfNumbersAsksNothing() throws {
        #expect(try lint("## 정답\n\n1. 2\n2. 5\n3. 1\n4. 2\n5. 5\n").isEmpty)
    }

    @Test func koreanAndJapaneseLinkLabels() throws {
        let markdown = "- 다익스트라 알고리즘이란? [링크](https://a.example/1)\n- 벨만 포드 알고리즘이란? [링크](https://a.example/2)\n"
            + "- ダイクストラ法とは？ [リンク](https://a.example/3)\n"
        #expect(try lint(markdown).isEmpty)
    }

    @Test func onlyLabelsAreLabels() {
        let labels = LinkLabels.of(MarkdownFile(path: "README.md", text: "# x\n"))
        #expect(labels.isLabel("링크") && labels.isLabel("リンク") && labels.isLabel("答案") && labels.isLabel("Answer:"))
        // Texts the key does not read (Hebrew, Cyrillic, emoji) are not one empty label.
        #expect(!labels.isLabel("מדברים סייבר") && !labels.isLabel("Структури даних") && !labels.isLabel("🔥"))
        #expect(!labels.isLabel("다익스트라 알고리즘") && !labels.isLabel("ダイクストラ法"))
    }

    @Test func sourcesUnderAnAnswerMayBeURLs() throws {
        let markdown = "### What is a spanning tree?\n\nA tree over every vertex.\n\n> - [https://a.example/mst](https://a.example/mst)\n"
        #expect(try lint(markdown, ["item-format"]).isEmpty)
        #expect(try lint("# Q\n\n- [https://a.example/mst](https://a.example/mst)\n- [Kruskal](https://a.example/k)\n- [Prim](https://a.example/p)\n- [Borůvka](https://a.example/b)\n", ["item-format"]).count == 1)
    }

    /// The quoted question: whole when only a few characters longer than the limit, else cut
    /// at a space in the second half when there is one.
    @Test func messagesQuoteQuestionsWithoutCuttingAWord() {
        let keepsItsMark = "3.2.2 llama2 系列 Tokenizer 处理方式有什么不同呢？"
        #expect(DuplicateQuestionRule.excerpt(keepsItsMark) == keepsItsMark)
        let long = "TCP Keepalive 和 HTTP Keep-Alive 有什么区别，分别用在什么场景，各自的默认时间是多少，操作系统 TCP 层的 keepalive 又是什么？"
        #expect(DuplicateQuestionRule.excerpt(long) == "TCP Keepalive 和 HTTP Keep-Alive…")
        let english = "What are the differences between the event loop of a browser and the one of Node.js?"
        #expect(DuplicateQuestionRule.excerpt(english) == "What are the differences between the event loop of a…")
        // The word that tells two questions apart is kept.
        #expect(DuplicateQuestionRule.excerpt("What is the browser support of Angular Elements?") == "What is the browser support of Angular Elements?")
    }
}
