import IQTestSupport
import Testing

/// One entry listed twice (the same question linking the same page) is one finding:
/// duplicate-link's. duplicate-question still reports it when duplicate-link is off.
@Suite struct DuplicateQuestionYieldTests {
    static let markdown = "# 题库\n\n1. [什么是过拟合](https://a.example/overfit)\n2. [什么是正则化](https://a.example/reg)\n"
        + "3. [什么是过拟合](https://a.example/overfit)\n4. [什么是正则化](https://b.example/other)\n"

    @Test func theRepeatedEntryIsReportedOnceByDuplicateLink() throws {
        let found = try LintHarness.lint(Self.markdown, rules: ["duplicate-question", "duplicate-link"])
        #expect(found.map { "\($0.ruleID):\($0.line)" } == ["duplicate-link:5", "duplicate-question:6"], "\(found.map(\.message))")
    }

    @Test func withDuplicateLinkOffTheQuestionRuleReportsIt() throws {
        let found = try LintHarness.lint(Self.markdown, rules: ["duplicate-question"])
        #expect(found.map(\.line) == [5, 6])
    }
}
