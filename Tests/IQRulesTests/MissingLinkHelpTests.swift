@testable import IQRules
import Testing

/// missing-link's help writes the item as a link to copy: whole, never cut.
@Suite struct MissingLinkHelpTests {
    @Test func theExampleLinkHoldsTheWholeText() {
        #expect(MissingLinkRule.linkedExample("大模型解码优化-Speculative Decoding及其变体") == "[大模型解码优化-Speculative Decoding及其变体](https://…)")
        #expect(MissingLinkRule.linkedExample(String(repeating: "长", count: 61)) == "[title](https://…)")
    }
}
