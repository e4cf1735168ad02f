import IQMarkdown
import IQRules
import Testing

@Suite struct LinkLabelsTests {
    func labels(_ markdown: String) -> LinkLabels { LinkLabels(document: MarkdownParser.parse(SourceText(markdown))) }

    @Test(arguments: ["答案", "[点击查看答案]", "👉 点击查看答案", "Answer:", "ANSWERS", "Read more", "read  more", "link", "详情"])
    func commonLabelsAreLabelsHoweverDecorated(text: String) {
        #expect(labels("").isLabel(text))
    }

    @Test(arguments: ["什么是BERT", "Answer the phone", "Linked lists", "答案集编程是什么", "Read more books"])
    func titlesAreNotLabels(text: String) {
        #expect(!labels("").isLabel(text))
    }

    @Test func aTextRepeatedNextToOtherTextIsALabel() {
        let markdown = "- 问题一 [✅ 参考](https://a/1)\n- 问题二 [✅ 参考](https://a/2)\n- 问题三 [✅ 参考](https://a/3)\n"
        #expect(labels(markdown).isLabel("✅ 参考"))
        // Twice is not enough; three times alone in their items is a repeated title.
        #expect(!labels("- 问题一 [✅ 参考](https://a/1)\n- 问题二 [✅ 参考](https://a/2)\n").isLabel("✅ 参考"))
        #expect(!labels("- [BERT](https://a/1)\n- [BERT](https://a/2)\n- [BERT](https://a/3)\n").isLabel("BERT"))
    }
}
