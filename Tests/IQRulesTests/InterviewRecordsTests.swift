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

    /// A company's round (`腾讯WXG一面`), not the other side (`另一面`).
    @Test func aCompanysRoundTitlesARecord() {
        #expect(InterviewRecords.isRecordTitle("腾讯WXG一面"))
        #expect(InterviewRecords.isRecordTitle("阿里二面"))
        #expect(!InterviewRecords.isRecordTitle("硬币的另一面"))
    }

    /// One record per file, titled by its first line without a heading (`字节大模型二面面经`):
    /// `自我介绍` opening each is a step of every interview, and a question two of them ask is an info.
    @Test func recordsTitledByTheirFirstLineAreRecords() throws {
        let bytedance = "字节大模型二面面经\n1. 自我介绍\n2. 谈谈大模型实习经历\n3. 介绍一下YaRN技术\n4. lora的原理是什么？\n"
        let baidu = "百度大模型一面面经\n1. 自我介绍\n2. 了解dpo吗，dpo的问题，怎么改进\n3. lora的原理是什么？\n"
        let tencent = "腾讯WXG一面\n1. 自我介绍\n2. 手写快排\n"
        let found = try LintHarness.lint(bytedance, path: "字节/0301.md", rules: ["duplicate-question"],
                                         companions: ["百度/0317.md": baidu, "腾讯/0311.md": tencent])
        #expect(found.map(\.severity) == [.info] && found.allSatisfy { $0.message.contains("lora") }, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }
}
