import IQTestSupport
import Testing

/// Pairs an outline explains are not duplicates: a topic's aspects nested under it, and the
/// headings of an article outline repeated for every article. Copies elsewhere still are.
@Suite struct DuplicateQuestionOutlineTests {
    private func lines(_ markdown: String) throws -> [Int] {
        try LintHarness.lint(markdown, rules: ["duplicate-question"]).map(\.line)
    }

    private let filler = (1...6).map { "- [第\($0)个无关的问题：模型\($0)如何部署上线](https://a.example/f\($0))" }.joined(separator: "\n")

    @Test func aspectsNestedUnderOneTopicAreNotDuplicates() throws {
        let outline = """
            - LoRA 篇
              - 介绍一下 LoRA？
              - 介绍一下 LoRA 优点？
              - 介绍一下 LoRA 缺点？

            """
        #expect(try lines(outline + filler + "\n") == [])
        // An exact copy under the same topic is still one question asked twice.
        #expect(try lines(outline.replacingOccurrences(of: "LoRA 缺点？", with: "LoRA？") + filler + "\n") == [4])
    }

    /// Under a category label the items do not name (`- 数据类型`), a reworded question is
    /// compared as in a flat list: the label is no subject whose aspects they list.
    @Test func itemsUnderALabelTheyDoNotNameAreCompared() throws {
        let items = ["map不初始化使用会怎么样", "array和slice的区别", "零切片、空切片、nil切片是什么", "slice深拷贝和浅拷贝",
                     "make和new什么区别", "线程安全的map怎么实现", "go slice 和 array 区别", "go struct能不能比较？"]
        let flat = items.map { "- " + $0 }.joined(separator: "\n") + "\n"
        let nested = "- 数据类型\n" + items.map { "  - " + $0 }.joined(separator: "\n") + "\n"
        #expect(try lines(flat) == [7])
        #expect(try lines(nested) == [8])
        // Under a subject they name, the same two are its aspects.
        let named = "- slice 和 array\n" + items.map { "  - " + $0 }.joined(separator: "\n") + "\n"
        #expect(try lines(named) == [])
        // One inside the other under a label: another aspect of the items' own subject.
        let aspects = "- 【关于 AutoPhrase】\n  - 什么是 Phrase Mining？\n  - Phrase Mining 有何用途？\n  - Phrase Mining 现状？\n"
        #expect(try lines(aspects + filler + "\n") == [])
    }

    /// Neighbours in a top-level list are compared: a near-duplicate is often added next to its twin.
    @Test func neighboursInATopLevelListAreCompared() throws {
        let first = "- [什么是注意力机制的计算复杂度](https://a.example/1)\n", second = "- [注意力机制的计算复杂度是多少](https://a.example/2)\n"
        let others = (1...5).map { "- [第\($0)个无关的问题：模型\($0)如何部署上线](https://a.example/o\($0))" }.joined(separator: "\n") + "\n"
        #expect(try lines(first + second + others) == [2])
        // Nested under one topic, the same two are its aspects.
        let nested = "- 注意力篇\n" + (first + second).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        #expect(try lines(nested + others) == [])
    }

    /// `- 1. 什么是 思维树？` under a topic: bullets each holding one numbered item are still
    /// siblings; and a question nested under a topic asks about the topic, not a second time.
    @Test func numberedBulletsAndTheirTopicAreOneOutline() throws {
        let numbered = """
            - 思维树 Tree of Thoughts（TOT）
              - 1. 什么是 思维树 Tree of Thoughts（TOT）？
              - 2. 思维树 Tree of Thoughts（TOT）的思路是什么？

            """
        #expect(try lines(numbered + filler + "\n") == [])
        let topic = """
            - [函数调用 Function Call 篇](https://a.example/1)
              - 一、为什么需要 函数调用(function call)？
              - 二、什么是 函数调用(function call)？

            """
        #expect(try lines(topic + filler + "\n") == [])
        // Side by side at the top level, the two are still a near-duplicate.
        let flat = "- 1. 什么是 思维树 Tree of Thoughts（TOT）？\n- 2. 思维树 Tree of Thoughts（TOT）的思路是什么？\n"
        #expect(try lines(flat + filler + "\n") == [2])
    }

    /// `- Implement a dropdown component.` over `- [Read answer](…)`: a task and its answer link;
    /// two tasks' `Read answer` links are no question asked twice.
    @Test func aTasksNestedAnswerLinkIsNoQuestion() throws {
        let tasks = "## UI\n\n- Implement a dropdown component.\n  - [Read answer](https://a.example/dropdown) (Paid)\n\n"
            + "## Quiz\n\n- Difference between `localStorage` and cookies.\n  - [Read answer](https://a.example/storage) (Free)\n\n"
        #expect(try lines(tasks + filler + "\n") == [])
        // Under group labels, a question nested twice is still asked twice.
        let grouped = "## UI\n\n- Components\n  - [Implement a dropdown](https://a.example/1)\n\n## Quiz\n\n- Storage\n  - [Implement a dropdown](https://a.example/2)\n\n"
        #expect(try lines(grouped + filler + "\n") == [9])
    }

    @Test func aRepeatedArticleOutlineIsATemplate() throws {
        let articles = ["vLLM", "LightLLM"].map { name in
            "### [\(name)](https://a.example/\(name))\n\n- 一、引言\n  - 1.1 前言\n  - 1.2 为什么 需要 \(name) ?\n"
        }.joined(separator: "\n")
        #expect(try lines(articles) == [])
        // A question under same-named groups is still asked twice.
        let asked = "## NLP\n\n- 基础\n  - [什么是BERT](https://a.example/1)\n\n## CV\n\n- 基础\n  - [什么是BERT](https://a.example/2)\n"
        #expect(try lines(asked) == [9])
    }
}
