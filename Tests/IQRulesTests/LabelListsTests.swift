import IQCore
import IQTestSupport
import Testing

/// `- Word2vec` alone between two numbered lists, the next starting again at 1: the label of the
/// group below it, which no rule takes for an entry.
@Suite struct LabelListsTests {
    let groups = """
        # 词向量

        1. [词向量面试题](https://a.example/1)

        - Word2vec

        1. [Word2vec 两种训练模型](https://a.example/2)
        2. [Word2vec 负采样](https://a.example/3)

        - Fasttext/Glove

        1. [Fasttext 文本分类](https://a.example/4)
        2. [GLove 细节](https://a.example/5)

        """

    let rules = ["mixed-list", "missing-link", "duplicate-question"]

    @Test func aLabelOverItsGroupIsNoEntry() throws {
        #expect(try LintHarness.lint(groups, rules: rules).isEmpty)
        // Nothing for the unsafe fix to renumber: the groups stay apart.
        #expect(try LintHarness.fix(groups, rules: rules, unsafe: true) == groups)
    }

    @Test func aQuestionIsNoLabel() throws {
        // A question is no label, wherever the numbers start.
        let asked = groups.replacingOccurrences(of: "- Word2vec\n", with: "- Word2vec 的原理是什么？\n")
        #expect(try LintHarness.lint(asked, rules: ["mixed-list"]).map(\.line).contains(5))
    }
}
