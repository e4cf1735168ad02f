import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// A course page's `name：value` fields are one entry described, not questions: two pages sharing
/// a textbook are no near-duplicate questions.
@Suite struct FieldSheetRoleTests {
    @Test func fieldsOfTwoCoursePagesAreNoDuplicateQuestions() throws {
        let first = "# CS143\n\n## 课程资源\n\n- 课程网站：<https://a.example/cs143/>\n- 课程视频：<https://a.example/v1>\n- 课程教材：龙书\n- 课程作业：5 个书面作业 + 5 个编程作业带你实现一个编译器\n"
        let second = "# NJU\n\n## 课程资源\n\n- 课程网站：<https://a.example/nju/>\n- 课程视频：<https://a.example/v2>\n- 课程教材：龙书等\n- 课程作业：10 个书面作业 + 8 ~ 10 个编程作业带你实现一个编译器\n"
        let found = try LintHarness.lint(second, path: "NJU.md", rules: ["duplicate-question"], companions: ["CS143.md": first])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// `[贪心算法：分发饼干](…)`: a colon inside an entry's title link makes no field.
    @Test func aColonInsideTheTitleLinkIsNoField() throws {
        let markdown = "# 贪心\n\n* [贪心算法：分发饼干](https://a.example/455)\n* [贪心算法：柠檬水找零](https://a.example/860)\n"
        let file = MarkdownFile(path: "README.md", text: markdown)
        let roles = file.document.lists.map { CollectionConventions.of(file).role(of: $0) }
        #expect(roles == [.questions])
        let sheet = MarkdownFile(path: "README.md", text: "# CS143\n\n- 课程网站：<https://a.example/cs143/>\n- 课程教材：龙书\n")
        #expect(sheet.document.lists.map { CollectionConventions.of(sheet).role(of: $0) } == [.fields])
    }
}
