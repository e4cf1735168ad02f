import IQTestSupport
import Testing
@testable import IQRules

/// Titles whose closing notes count different numbers in one wording are two write-ups.
@Suite struct NumberedNotesTests {
    @Test func notesCountingTwoNumbersTellTitlesApart() {
        #expect(NumberedNotes.countDifferently("2019前端秋季社招面试经历总结（三年经验）", "2019前端秋季社招面试总结（两年经验）"))
        #expect(NumberedNotes.countDifferently("Interview notes (Part 1)", "Interview notes (Part 2)"))
    }

    @Test func otherNotesDoNot() {
        // The same number, another wording, or no note: not this judgement's.
        #expect(!NumberedNotes.countDifferently("面试总结（三年经验）", "面试总结（三年经验）"))
        #expect(!NumberedNotes.countDifferently("面试总结（三年经验）", "面试总结（两个项目）"))
        #expect(!NumberedNotes.countDifferently("面试总结（三年经验）", "面试总结"))
        // Interview rounds: one question asked in two rounds.
        #expect(!NumberedNotes.countDifferently("Redis 为什么快（阿里一面）", "Redis 为什么快（阿里二面）"))
    }

    @Test func theRuleLeavesTheTwoWriteUpsAlone() throws {
        let list = "## 面经\n\n1. [2019前端秋季社招面试经历总结（三年经验）](https://a.example/1)\n2. [前端如何准备面试？](https://a.example/2)\n"
            + "3. [如何写一份好简历？](https://a.example/3)\n4. [2019前端秋季社招面试总结（两年经验）](https://b.example/4)\n"
        #expect(try LintHarness.lint(list, rules: ["duplicate-question"]).isEmpty)
        let same = list.replacingOccurrences(of: "（两年经验）", with: "（三年经验）")
        #expect(try LintHarness.lint(same, rules: ["duplicate-question"]).count == 1)
    }
}
