import Foundation
import IQTestSupport
import Testing

/// Pull-request mode on a real repository: the question a change adds is the one reported.
@Suite struct DuplicateQuestionGitTests {
    @Test func anAddedQuestionAboveItsOlderCopyIsReportedOnTheAddedLine() throws {
        let repo = try GitFixture()
        let old = "# 面试题\n\n1. [梯度裁剪的作用](https://a.example/1)\n2. [学习率预热的作用](https://a.example/2)\n3. [什么是KV Cache](https://a.example/3)\n"
        let parent = try repo.commit("bank", files: ["README.md": old, "other.md": "- [Transformer的结构](https://c.example/1)\n"])
        let new = "# 面试题\n\n1. [KV Cache是什么？](https://b.example/9)\n2. [梯度裁剪的作用](https://a.example/1)\n3. [学习率预热的作用](https://a.example/2)\n4. [什么是KV Cache](https://a.example/3)\n5. [Transformer 的结构？](https://b.example/10)\n"
        try repo.commit("add questions", files: ["README.md": new])

        let result = try repo.iqlint(["check", "--base", parent, "--select", "duplicate-question", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { "\($0["line"]!)" } == ["3", "7"], "\(result.stdout)\(result.stderr)")
        let related = diagnostics.map { ($0["related"] as? [[String: Any]])?.map { "\($0["path"]!):\($0["line"]!)" } ?? [] }
        #expect(related == [["README.md:6"], ["other.md:1"]])
        #expect((diagnostics.last?["message"] as? String)?.contains("at other.md:1") == true)
    }

    /// The base's list items bound how many copies of a text it had as questions; when they hold
    /// the text but not as a question (a contribution guide's example), the base's questions
    /// must be read to see that the question is new.
    @Test func aTextTheBaseHadOnlyOutsideItsQuestionsIsStillNew() throws {
        let repo = try GitFixture()
        let guide = "\n## 贡献指南\n\n- [学习率预热的作用](https://x.example/1) 这样的题目请附上链接\n"
        let old = "# 面试题\n\n1. [梯度裁剪的作用](https://a.example/1)\n2. [什么是KV Cache](https://a.example/2)\n" + guide
        let parent = try repo.commit("bank", files: ["README.md": old, "other.md": "- [学习率预热的作用](https://c.example/1)\n"])
        let new = "# 面试题\n\n1. [梯度裁剪的作用](https://a.example/1)\n2. [什么是KV Cache](https://a.example/2)\n3. [学习率预热的作用](https://a.example/3)\n" + guide
        try repo.commit("add a question", files: ["README.md": new])

        let result = try repo.iqlint(["check", "--base", parent, "--select", "duplicate-question", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { "\($0["line"]!)" } == ["5"], "\(result.stdout)\(result.stderr)")
    }
}
