import Testing
@testable import IQRules

/// Two parts of one text changing places: two questions where the words between relate them,
/// one where they only join them or where a part only asks.
struct ReorderedPartsTests {
    @Test func partsTradingPlacesAroundARelationAreTwoQuestions() {
        #expect(ReorderedParts.askInOtherOrders("并发 GC 性能比并行 GC 好？", "并行 GC 性能比并发 GC 好？"))
        #expect(ReorderedParts.askInOtherOrders("检查左子树的左子节点与右子树的右子节点是否相等", "检查左子树的右子节点与右子树的左子节点是否相等"))
        #expect(ReorderedParts.askInOtherOrders("A比B好吗", "B比A好吗"))
    }

    @Test func joinedSubjectsAndAskingWordsAreOneQuestion() {
        #expect(!ReorderedParts.askInOtherOrders("进程和线程的区别", "线程和进程的区别"))
        #expect(!ReorderedParts.askInOtherOrders("Difference between list and tuple", "Difference between tuple and list"))
        #expect(!ReorderedParts.askInOtherOrders("什么是RLHF", "RLHF是什么"))
        #expect(!ReorderedParts.askInOtherOrders("什么是RLHF", "什么是RLHF"))
        #expect(!ReorderedParts.askInOtherOrders("什么是RLHF", "什么是DPO"))
    }
}
