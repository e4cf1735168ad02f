import IQCore
import IQTestSupport
import Testing

/// A file that indexes another file's questions, regrouped: not one error per question.
@Suite struct DuplicateQuestionIndexTests {
    static let questions = ["cout 和 printf 有什么区别？", "ifdef、endif 有什么作用？", "strcpy 、strncpy 、memcpy 的区别？",
                            "值传递、指针传递、引用传递的区别和效率？", "野指针和悬空指针的区别？", "new/delete 和 malloc/free 的区别？",
                            "判断两个结构体是否相等？"]

    static var answers: String {
        "# Basic C++\n\n## 基础语法\n\n" + questions.enumerated().map { "\($0.offset + 1). \($0.element)\n   + 答案 \($0.offset + 1)。\n" }.joined()
    }

    /// The index's own order, not the page's.
    static func index(heading: String) -> String {
        let regrouped = [5, 6, 3, 4, 0, 1, 2].map { questions[$0] }
        return "# InterviewGuideForC++\n\n" + heading + "\n\n### 1、Basic C && C++\n\n1. C 和 C++ 的区别\n"
            + regrouped.enumerated().map { "\($0.offset + 2). \($0.element)\n" }.joined()
    }

    /// `## [Basic C++](Interview/Basic_C++.md)` over the questions that page answers: its index.
    @Test func anIndexUnderAHeadingLinkingThePageIsSilent() throws {
        let found = try LintHarness.lint(Self.index(heading: "## [Basic C++](Interview/Basic_C++.md)"), path: "InterviewGuideForC++.md",
                                         rules: ["duplicate-question"], companions: ["Interview/Basic_C++.md": Self.answers])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// Without the link, the seven regrouped questions are one info naming the other file.
    @Test func mostOfAFilesQuestionsRegroupedAreOneInfo() throws {
        let found = try LintHarness.lint(Self.index(heading: "## Basic C++"), path: "InterviewGuideForC++.md",
                                         rules: ["duplicate-question"], companions: ["Interview/Basic_C++.md": Self.answers])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(found.first?.message.hasPrefix("copied questions: these 7 questions repeat questions of ") == true,
                "\(found.map(\.message))")
    }
}
