import IQCore
import IQRules
import IQTestSupport
import Testing

/// A document whose questions are headings and whose lists are written answers (`#### Good to
/// hear` under `### What is a callback?`): the few list items shaped like questions are points
/// of the answers, and duplicate-question does not compare them.
@Suite struct AnswerPointListsTests {
    private func section(_ question: String, points: [String]) -> String {
        "### \(question)\n\n#### Answer\n\nA paragraph that answers it.\n\n#### Good to hear\n\n"
            + points.map { "* \($0)\n" }.joined() + "\n"
    }

    private var document: String {
        "# Interview questions\n\n"
            + section("What is a callback?", points: ["Callbacks vs Promises", "Functions are first-class objects"])
            + section("What is a promise?", points: ["Callbacks vs Promises", "Settled states", "Chaining with then", "Errors propagate"])
            + section("What is the event loop?", points: ["The call stack", "Task and microtask queues", "Rendering steps", "Starvation"])
    }

    @Test func answerPointsAreNotQuestions() throws {
        #expect(try LintHarness.lint(document, rules: ["duplicate-question"]).isEmpty)
        let conventions = CollectionConventions.of(MarkdownFile(path: "README.md", text: document))
        #expect(conventions.itemKind == .answerPoints)
    }

    @Test func aBankWithWrittenAnswersIsStillABank() throws {
        let bank = "# 面试题\n\n1. 什么是回调？\n2. 什么是 Promise？\n3. 什么是事件循环？\n4. 回调和 Promise 的区别？\n5. 什么是回调？\n\n"
            + "## 回答\n\n- 回调是传给另一个函数的函数\n- Promise 表示一个异步结果\n- 事件循环调度任务\n- 微任务先于宏任务\n"
        let found = try LintHarness.lint(bank, rules: ["duplicate-question"])
        #expect(found.map(\.line) == [7], "\(found.map { "\($0.line) \($0.message)" })")
    }
}
