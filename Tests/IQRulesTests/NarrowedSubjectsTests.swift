@testable import IQRules
import IQTestSupport
import Testing

/// A Chinese question narrowing the subject of a shorter one asks something else about it; one
/// adding a filler, another subject or another question still overlaps it.
@Suite struct NarrowedSubjectsTests {
    private func overlaps(_ first: String, _ second: String) throws -> [String] {
        let markdown = "# 题目\n\n- [\(first)](https://a.example/1)\n- [什么是RLHF？](https://a.example/2)\n- [\(second)](https://a.example/3)\n"
        return try LintHarness.lint(markdown, rules: ["duplicate-question"]).map { "\($0.line) \($0.severity)" }
    }

    @Test(arguments: [("请你说说React的路由是什么？", "请你说说React的路由的优缺点？"), ("介绍一下 PEFT？", "PEFT 有什么优点？"),
                      ("FasterTransformer 介绍一下？", "FasterTransformer 核心是什么？")])
    func anAspectOfTheSubjectIsAnotherQuestion(shorter: String, longer: String) throws {
        #expect(try overlaps(shorter, longer) == [])
    }

    @Test(arguments: [("什么是大模型幻觉？", "什么是 大模型幻觉问题？"), ("说说vue的优缺点", "说说vue的优缺点分别是什么？"),
                      ("什么时候使用状态管理器？", "状态管理器解决了什么问题？什么时候使用状态管理器？")])
    func aFillerAnotherSubjectOrAnotherQuestionStillOverlaps(shorter: String, longer: String) throws {
        #expect(try !overlaps(shorter, longer).isEmpty)
    }

    @Test func aspectWordsAreFoundAsATextSearchFindsThem() {
        var texts = ["", "优", "优缺", "什么是LoRA？", "the 优点", "原\u{301}理", "说说 PEFT 的思\u{200D}路"]
        for word in NarrowedSubjects.aspects { texts += [word, "说说\(word)", "LoRA 的\(word)是什么？", word + "\u{301}", "x" + word] }
        var found = 0
        for text in texts {
            let expected = NarrowedSubjects.aspects.contains { text.contains($0) }
            if expected { found += 1 }
            #expect(NarrowedSubjects.mayNameAnAspect(text) == expected, "\(text.debugDescription)")
        }
        #expect(found > NarrowedSubjects.aspects.count * 3)
    }
}
