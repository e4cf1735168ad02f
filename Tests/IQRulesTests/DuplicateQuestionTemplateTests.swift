import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// Repeats that an outline explains, through the real parser: the sections every article has
/// (`引言`, `Summary`), a skeleton item shared by three files or more, and a sub-question about
/// its parent (`原理是什么？` under `LoRA` and under `P-tuning`). What is asked twice still is.
@Suite struct DuplicateQuestionTemplateTests {
    private func lint(_ files: [String: String]) throws -> [Diagnostic] {
        let first = files.keys.sorted()[0]
        return try LintHarness.lint(files[first]!, path: first, rules: ["duplicate-question"],
                                    companions: files.filter { $0.key != first })
    }

    @Test func articleSectionsAreNotQuestions() throws {
        let markdown = """
            # 论文笔记

            - [BERT](https://a.example/bert)
              - 一、引言
              - 二、模型结构是怎样的？
              - 三、总结
            - [GPT](https://a.example/gpt)
              - 1. 引言
              - 2. 预训练目标是什么？
              - 3. 总结

            """
        #expect(try lint(["README.md": markdown]).isEmpty)
    }

    @Test func aSkeletonSharedByThreeFilesIsNotADuplicate() throws {
        func article(_ topic: String) -> String {
            "# \(topic)\n\n- [\(topic)的损失函数是什么？](https://a.example/\(topic)/1)\n- [\(topic)如何预训练？](https://a.example/\(topic)/2)\n"
                + "- [\(topic)的下游任务有哪些？](https://a.example/\(topic)/3)\n- 模型结构与训练技巧\n"
        }
        let found = try lint(["a.md": article("BERT"), "b.md": article("GPT"), "c.md": article("T5")])
        #expect(found.isEmpty, "\(found.map { "\($0.line) \($0.message)" })")
        // In two files only, the copy is reported.
        #expect(try lint(["a.md": article("BERT"), "b.md": article("GPT")]).map(\.line) == [6])
    }

    /// A promotion line in four files, reworded in two of them, is still their skeleton; a
    /// question reworded across files still is a near-duplicate.
    @Test func aRewordedSkeletonLineIsStillTheSkeleton() throws {
        let promotion = "* If you are interested to learn more about paid ML system design course with more examples, [click here](course.md).\n"
        func page(_ title: String, _ questions: [String]) -> String {
            "# \(title)\n\n" + questions.map { "* \($0)\n" }.joined() + promotion
        }
        let files = [
            "extra.md": "# Extra\n\n* What is L-BFGS?\n* What is Xavier initialization?\n\n# Notes\n"
                + "* If you are interested to learn more about paid ML system design course on educative.io with more examples, [click here](https://a.example/mlsd).\n"
                + "* If you find this helpful, you can sponsor this project.\n",
            "faqs.md": page("FAQ", ["What is a feature store?", "Why does training-serving skew happen?"]),
            "how.md": page("How to use", ["Which chapters should I read first?", "Should I memorise the designs?"]),
            "quiz.md": page("Quiz", ["What is the AUC of a random classifier?", "When is log loss preferred over accuracy?"])
                .replacingOccurrences(of: "with more examples", with: "with many more examples"),
        ]
        let found = try lint(files)
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
        var asked = files
        asked["quiz.md"] = page("Quiz", ["What is the AUC of a random classifier?", "What is the initialization of Xavier?"])
            .replacingOccurrences(of: "with more examples", with: "with many more examples")
        #expect(try lint(asked).map { "\($0.path):\($0.line)" } == ["quiz.md:4"])
    }

    @Test func subQuestionsAboutTheirParentsAreNotDuplicates() throws {
        let markdown = """
            # 微调

            - LoRA
              - 原理是什么？
              - 有什么优点？
            - P-tuning
              - 原理是什么？
              - 有什么优点？
            - Adapter
              - How does it work?
            - Prefix
              - How does it work?

            """
        #expect(try lint(["README.md": markdown]).isEmpty)
    }

    @Test func numberedOutlineHeadingsAboutTheirParents() throws {
        let outline = """
            - [中文 NER 常见面试篇](https://a.example/ner)
              - 二、词汇增强篇
                - 2.4 Dynamic Architecture
                  - 2.4.1 什么是 Dynamic Architecture？
                  - 2.4.2 常用方法有哪些？
                - 2.5 Adaptive Embedding 范式
                  - 2.5.1 什么是 Adaptive Embedding 范式？
                  - 2.5.2 常用方法有哪些？

            """
        #expect(try lint(["README.md": "# 笔记\n\n" + outline]).isEmpty)
        // The article's outline copied whole under a second heading is still a copy.
        let copied = "# 笔记\n\n## 4.9 文本摘要\n\n- 一、动机篇\n  - 1.1 什么是文本摘要？\n  - 1.2 文本摘要技术有哪些类型？\n\n"
            + "## 4.11 文本摘要\n\n- 一、动机篇\n  - 1.1 什么是文本摘要？\n  - 1.2 文本摘要技术有哪些类型？\n"
        #expect(try lint(["README.md": copied]).map(\.line) == [12, 13])
    }

    @Test func aListCopiedFromAnotherFileIsOneFinding() throws {
        let questions = ["为什么使用多头注意力？", "为什么 Q 和 K 使用不同的权重矩阵？", "为什么要除以根号 dk？", "如何对 padding 做 mask？",
                         "为什么要对每个 head 降维？", "位置编码有什么意义？"]
        func list(_ count: Int) -> String { questions.prefix(count).enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined() }
        let original = "# 面试题\n\n" + list(6)
        let found = try lint(["a.md": original, "b.md": "# 答案合辑\n\n" + list(6)])
        #expect(found.count == 1 && found.first?.severity == .info && found.first?.line == 3, "\(found.map { "\($0.line) \($0.message)" })")
        #expect(found.first?.message.contains("these 6 questions repeat a.md:3–8") == true)
        // Four copied questions are four findings: too few to call the list a copy.
        #expect(try lint(["a.md": original, "b.md": "# 答案合辑\n\n" + list(4)]).map(\.severity) == Array(repeating: .error, count: 4))
    }

    /// A list of points quoted in another article with one point reworded: four copies are the
    /// whole list but one, on both sides, and still one copied list.
    @Test func aQuotedListWithOnePointRewordedIsOneFinding() throws {
        let points = ["如何模拟那些切割线", "切割问题中递归如何终止", "在递归循环中如何截取子串", "如何判断回文"]
        func article(_ title: String, first: String) -> String {
            "# \(title)\n\n本题有如下几个难点。\n\n" + ([first] + points).map { "* \($0)\n" }.joined() + "\n这就是本题的难点。\n"
        }
        let found = try lint(["a.md": article("分割回文串", first: "切割问题可以抽象为组合问题"),
                              "b.md": article("回溯总结", first: "切割问题其实类似组合问题")])
        #expect(found.filter { $0.severity == .error }.isEmpty, "\(found.map { "\($0.line) \($0.message)" })")
        #expect(found.contains { $0.severity == .info && $0.line == 6 && $0.message.contains("these 4 questions repeat a.md:6–9") },
                "\(found.map { "\($0.line) \($0.message)" })")
        // The same four points copied exactly are four findings: a short list, asked twice.
        let exact = "# 难点\n\n" + points.map { "* \($0)\n" }.joined()
        #expect(try lint(["a.md": exact, "b.md": exact.replacingOccurrences(of: "# 难点", with: "# 回顾")]).filter { $0.severity == .error }.count == 4)
        // Four of six points are four findings: the original list holds more than the copy.
        let longer = "# 分割回文串\n\n" + (["切割问题可以抽象为组合问题"] + points + ["如何剪枝"]).map { "* \($0)\n" }.joined()
        #expect(try lint(["a.md": longer, "b.md": article("回溯总结", first: "切割问题其实类似组合问题")]).filter { $0.severity == .error }.count == 4)
        // Under a sentence leading into them (`我列出如下几个难点：`), the few words are the article's own points: no questions.
        let ledIn = { (title: String) in "# \(title)\n\n我列出如下几个难点：\n\n" + points.map { "* \($0)\n" }.joined() + "\n这就是本题的难点。\n" }
        #expect(try lint(["a.md": ledIn("分割回文串"), "b.md": ledIn("回溯总结")]).isEmpty)
    }

    @Test func aQuestionCopiedUnderTwoCategoriesIsStillADuplicate() throws {
        let markdown = """
            # 面试题

            - 基础篇
              - 为什么要除以根号d？
              - 损失函数是什么？
            - 进阶篇
              - 为什么要除以根号d？
              - 多头注意力的作用

            """
        let found = try lint(["README.md": markdown])
        #expect(found.map(\.line) == [7], "\(found.map { "\($0.line) \($0.message)" })")
    }

    @Test func leaningOnTheParent() {
        #expect(OutlineTexts.leansOnParent("原理是什么？"))
        #expect(OutlineTexts.leansOnParent("它的缺点"))
        #expect(!OutlineTexts.leansOnParent("什么是BERT？"))
        #expect(!OutlineTexts.leansOnParent("为什么应该使用残差连接？"))
        #expect(!OutlineTexts.leansOnParent("What is this in JavaScript?"))
    }
}
