@testable import IQRules
import IQTestSupport
import Testing

/// `- [Conv2Conv convolution model]` among linked entries: a reference link whose definition is
/// missing. The finding says so, and its help writes the link without a second pair of brackets.
@Suite struct MissingLinkReferenceTests {
    static let features = """
        # OpenNMT

        ## Features

        - [Transformer models](https://a.example/faq)
        - [Copy and Coverage Attention](https://a.example/train)
        - [Pretrained Embeddings](https://a.example/emb)
        - [Source word features](https://a.example/features)
        - [Conv2Conv convolution model]

        """

    @Test func anUndefinedReferenceIsNamedAsOne() throws {
        let found = try LintHarness.lint(Self.features, rules: ["missing-link"])
        #expect(found.map(\.message) == ["expected a link, found '[Conv2Conv convolution model]', a reference with no definition"])
        #expect(found.first?.help == ["define the reference under the list (`[Conv2Conv convolution model]: https://…`) or write the link inline (`[Conv2Conv convolution model](https://…)`)"])
    }

    @Test func onlyBracketsAroundTheWholeItemAreAReference() {
        #expect(MissingLinkRule.undefinedReferenceLabel("[Conv2Conv convolution model]") == "Conv2Conv convolution model")
        #expect(MissingLinkRule.undefinedReferenceLabel(" [Seq2Seq][seq] ") == "Seq2Seq")
        #expect(MissingLinkRule.undefinedReferenceLabel("[a] and [b]") == nil)
        #expect(MissingLinkRule.undefinedReferenceLabel("[ ]") == nil)
        #expect(MissingLinkRule.undefinedReferenceLabel("什么是 [CLS]") == nil)
    }
}
