import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// Interview records (`面经`): each section lists what one interviewer asked, so a question
/// asked in two interviews is no entry written twice: an `info`. Within one record it stays a
/// duplicate.
@Suite struct InterviewRecordsTests {
    @Test(arguments: ["网易面经", "面经1", "二面", "1.一面（技术）", "HR面", "3面", "终面", "面试经历"])
    func recordTitles(title: String) {
        #expect(InterviewRecords.isRecordTitle(title))
    }

    @Test(arguments: ["二面角的定义", "面向对象", "面试题", "Java 基础", "一面之缘", "表面"])
    func otherTitles(title: String) {
        #expect(!InterviewRecords.isRecordTitle(title))
    }

    private static let netease = "# 网易面经\n\n## 面经1\n\n- 自我介绍\n- 如何创建一个Java对象\n- 线程池的参数有哪些？\n\n## 面经3\n\n- 自我介绍。\n- 说说vue，angular，react的区别。\n"
    private static let tencent = "# 腾讯面经\n\n## 一面\n\n1. 自我介绍\n2. 进程和线程的区别？\n3. 线程池的参数有哪些？\n4. 反问\n"

    @Test func questionsAskedInTwoInterviewsAreInfos() throws {
        let found = try LintHarness.lint(Self.netease, path: "netease.md", rules: ["duplicate-question"], companions: ["tencent.md": Self.tencent])
        #expect(!found.isEmpty && found.allSatisfy { $0.severity == .info }, "\(found.map { "\($0.path):\($0.line) \($0.severity) \($0.message)" })")
    }

    @Test func aQuestionTwiceInOneInterviewStillIs() throws {
        let record = "# 面经\n\n## 二面\n\n1. 线程池的参数有哪些？\n2. Redis为什么快？\n3. 线程池的参数有哪些？\n"
        let found = try LintHarness.lint(record, rules: ["duplicate-question"])
        #expect(found.map(\.line) == [7], "\(found.map { "\($0.line) \($0.message)" })")
    }

    @Test func outsideRecordsTheyStillAre() throws {
        let bank = "# 题库\n\n## Java\n\n- 线程池的参数有哪些？\n\n## 并发\n\n- 线程池的参数有哪些？\n"
        let found = try LintHarness.lint(bank, rules: ["duplicate-question"])
        #expect(found.count == 1, "\(found.map { "\($0.line) \($0.message)" })")
    }
}
