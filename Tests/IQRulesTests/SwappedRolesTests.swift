import IQTestSupport
import Testing
@testable import IQRules

/// Two parts trading places around the words that relate them make another question.
@Suite struct SwappedRolesTests {
    @Test func partsTradingPlacesAreTwoQuestions() {
        #expect(SwappedRoles.swapRoles("Implement Queue using Stacks", "Implement Stack using Queues"))
        #expect(SwappedRoles.swapRoles("用栈实现队列", "用队列实现栈"))
        #expect(SwappedRoles.swapRoles("Why is Go faster than Python?", "Why is Python faster than Go?"))
    }

    @Test func orderThatMeansNothingStaysADuplicate() {
        #expect(!SwappedRoles.swapRoles("Difference between LayerNorm and BatchNorm", "Difference between BatchNorm and LayerNorm"))
        #expect(!SwappedRoles.swapRoles("LayerNorm和BatchNorm的区别", "BatchNorm和LayerNorm的区别"))
        #expect(!SwappedRoles.swapRoles("什么是scale law", "Scale Law是什么？"))
        #expect(!SwappedRoles.swapRoles("Java 垃圾回收", "垃圾回收 Java"))
        #expect(!SwappedRoles.swapRoles("How does RLHF work?", "How RLHF works"))
        #expect(!SwappedRoles.swapRoles("什么是BERT", "什么是BERT"))
    }

    @Test func theRuleReportsNeitherOfTwoSwappedQuestions() throws {
        let found = try LintHarness.lint("## Stack\n\n- [Implement Queue using Stacks](https://a.example/1)\n- [Min Stack](https://a.example/2)\n- [Implement Stack using Queues](https://a.example/3)\n",
                                         rules: ["duplicate-question"])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}
