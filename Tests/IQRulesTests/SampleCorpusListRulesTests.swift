import Foundation
import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// The list and item rules on the real question bank in `Examples/nlp-llm-interview`. The
/// expected lines were read off the file, not copied from iqlint's output.
@Suite struct SampleCorpusListRulesTests {
    static let rules = ["list-numbering", "mixed-list", "list-marker-spacing", "empty-item", "lazy-continuation",
                        "missing-link", "item-format", "trailing-whitespace", "final-newline"]
    /// Rules with a fix: after `--fix --unsafe-fixes` none of them may report anything.
    static let fixableRules = ["list-numbering", "mixed-list", "list-marker-spacing", "empty-item", "lazy-continuation",
                               "trailing-whitespace", "final-newline"]

    static let expected: [String: [Int]] = [
        // `4.    ` line 22 ends in four spaces; `4. ` line 331 in one.
        "trailing-whitespace": [22, 331],
        // `[Tokenizer详解](…)[Tokenizer-huggingface实战](…)`
        "item-format": [96],
        // Unlinked items after the table of contents; the 贡献指南 items (383–385) and the `- 注：`
        // note (375) are not questions, and the glued lines 313–316 and 345 belong to items 312 and 344.
        "missing-link": [166, 183, 186, 187, 188, 189, 198, 199, 213, 214, 215, 216, 217, 218, 219, 220,
                         239, 240, 263, 271, 288, 300, 309, 310, 311, 312, 324, 340, 341, 342, 344, 349, 363, 364],
        // Bullets after items 1–10; `5. - 如何…`; bullets after it.
        "mixed-list": [213, 214, 215, 216, 217, 218, 219, 220, 309, 310, 311, 312],
        // `1.` then `3.` under 大模型加速库.
        "list-numbering": [268],
        // `1.  [SM…`, `2.  [cuda…`, `3.  [hopper…` in a document of one-space markers.
        "list-marker-spacing": [274, 275, 276],
        // Four lines after `- graphrag`, one after item 8 of 大模型应用.
        "lazy-continuation": [313, 314, 315, 316, 345],
        "empty-item": [331],
    ]

    static func sample() throws -> String {
        try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
    }

    @Test func reportsEveryCitedLineWithTheRightRule() throws {
        let diagnostics = try LintHarness.lint(Self.sample(), path: "README.md", rules: Self.rules)
        var found: [String: [Int]] = [:]
        for diagnostic in diagnostics { found[diagnostic.ruleID, default: []].append(diagnostic.line) }
        for rule in Self.rules {
            #expect((found[rule] ?? []).sorted() == (Self.expected[rule] ?? []), "\(rule)")
        }
    }

    /// The empty item of the bank is a missing question; in a list of names it misses its text.
    @Test func anEmptyItemIsToldWhatItsListHolds() throws {
        let bank = try LintHarness.lint(Self.sample(), path: "README.md", rules: ["empty-item"])
        #expect(bank.map(\.message) == ["expected a question after '4.', found an empty item"])
        let tools = "## Tools\n\n- [Alpha](https://a.example/alpha) - a parser.\n- \n- [Beta](https://a.example/beta) - a linter.\n"
        let names = try LintHarness.lint(tools, rules: ["empty-item"])
        #expect(names.map(\.message) == ["expected text after '-', found an empty item"])
        // A file too small to tell names from questions, whose list asks nothing (its contributors).
        let people = "### 深度学习500问-第八章 目标检测\n\n**负责人（排名不分先后）：**  \n上海大学研究生-陈方杰（wechat：cfj123456cfj）    \n\n"
            + "**贡献者（排名不分先后）：**  \n内容贡献者可自加信息\n\n目标检测负责人：**\n\n- 稿定科技计算机视觉工程师-刘鹏\n- \n"
            + "- 上海大学硕士陈方杰：微信（cfj123456ccfj）邮箱（1609951733@qq.com）\n"
        #expect(try LintHarness.lint(people, rules: ["empty-item"]).map(\.message) == ["expected text after '-', found an empty item"])
        // A checkbox with no task says so.
        let tasks = "## TODO\n\n- [x] 读论文\n- [ ] \n- [ ] 写总结\n"
        #expect(try LintHarness.lint(tasks, rules: ["empty-item"]).map(\.message) == ["expected a task after '- [ ]', found an empty task item"])
    }

    @Test func unsafeFixesLeaveOneQuestionPerItem() throws {
        let fixed = try LintHarness.fix(Self.sample(), path: "README.md", rules: Self.rules, unsafe: true)
        let document = MarkdownParser.parse(fixed)
        for list in document.lists {
            for item in list.items {
                #expect(!item.isEmpty, "empty item at line \(document.source.line(containing: item.markerRange.start))")
                for paragraph in item.paragraphs {
                    for line in paragraph.lines.dropFirst() {
                        let text = document.source.lineText(line)
                        // Line 168 is `)`, the end of the link on line 167, not a question.
                        let start = document.source.lineRange(line).start
                        if paragraph.content.links.contains(where: { $0.range.start < start && start < $0.range.end }) { continue }
                        #expect(text.first == " " || text.first == "\t", "line \(line) is glued onto an item: \(text)")
                    }
                }
                if case .list? = item.children.first {
                    Issue.record("item at line \(document.source.line(containing: item.markerRange.start)) holds only a list")
                }
            }
        }
        let again = try LintHarness.lint(fixed, path: "README.md", rules: Self.rules)
        let leftover = again.filter { Self.fixableRules.contains($0.ruleID) }
        #expect(leftover.isEmpty, "\(leftover.map { "\($0.ruleID) \($0.line): \($0.message)" })")
        // The unfixable findings stay: the glued links, and the questions still without answers.
        #expect(again.contains { $0.ruleID == "item-format" && $0.line == 96 })
        #expect(again.contains { $0.ruleID == "missing-link" && $0.line == 166 })
    }

    @Test func unsafeFixesNumberTheSplitQuestions() throws {
        let fixed = try LintHarness.fix(Self.sample(), path: "README.md", rules: Self.rules, unsafe: true)
        let lines = fixed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[212] == "11. 激活函数（GeLU、Swish、GLU）的选择与优化")
        #expect(lines[219] == "18. 大模型指令遵循")
        #expect(Array(lines[308...315]) == [
            "5. 如何从检索的内容中过滤噪声", "6. 如何保证生成是基于检索文本的", "7. 检索文本和内部知识有冲突怎么办", "8. graphrag",
            "9. 生成式检索", "10. 文本向量化、向量嵌入模型", "11. 向量的维度", "12. 评测的方法和基准",
        ])
        #expect(lines[273] == "1. [SM，SP，warp 等相关概念和关系](https://zhuanlan.zhihu.com/p/266633373?utm_source=wechat_session&utm_id=0)")
        // The empty `4. ` of 大模型评测基准 is gone, so everything below moves up a line.
        #expect(lines[330] == "")
        #expect(lines[342...343] == ["8. 大模型+弱监督学习的零样本相关性模型", "9. 基于弱监督学习的零样本标注方案"])
    }
}
