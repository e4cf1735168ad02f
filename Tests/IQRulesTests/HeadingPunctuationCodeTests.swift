@testable import IQRules
import Testing

/// A heading closed by a statement of code keeps its `;`: a call, an assignment, a CSS
/// declaration. A sentence ending in `;` is still punctuation.
@Suite struct HeadingPunctuationCodeTests {
    @Test func statementsOfCodeKeepTheirSemicolon() {
        for text in ["1. console.log(employeeId);", "方法2：clear:both;", "36.下面这条语句一共创建了多少个对象? String s=\"a\"+\"b\"+\"c\"+\"d\";",
                     "What does int x = 5; declare", "arr[i] = arr[j];"] where text.hasSuffix(";") {
            #expect(HeadingPunctuationRule.endsWithCodeStatement(text), "\(text)")
        }
        for text in ["Why bother;", "如果 a 等于 b;", "Compare a == b;", "x =;"] {
            #expect(!HeadingPunctuationRule.endsWithCodeStatement(text), "\(text)")
        }
    }
}
