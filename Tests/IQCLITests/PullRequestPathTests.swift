import Foundation
import IQTestSupport
import Testing

/// Pull-request mode's cheaper path (base versions re-linted only for the rules of diagnostics
/// outside the changed lines; `duplicate-question` probing only changed questions) reports
/// exactly what the first path did (every rule over everything, every base re-linted in full,
/// still reachable with IQLINT_PR_FULL_RELINT=1), on real repositories and every rule.
@Suite struct PullRequestPathTests {
    /// `--base` output of both paths, byte for byte (JSON, with related locations and fixes).
    private func bothPaths(_ repo: GitFixture, base: String, extra: [String] = []) throws -> (cheap: String, full: String) {
        try repo.write("empty.yml", "")
        let arguments = ["check", "--config", "empty.yml", "--base", base, "--format", "json"] + extra
        let cheap = try CommandRunner.iqlint(arguments, in: repo.path)
        let full = try CommandRunner.iqlint(arguments, in: repo.path, environment: ["IQLINT_PR_FULL_RELINT": "1"])
        #expect(cheap.status == full.status, "\(cheap.stderr)\(full.stderr)")
        return (cheap.stdout, full.stdout)
    }

    private func rules(in json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        return diagnostics.map { "\($0["rule"]!)" }
    }

    @Test func sampleBankWithAddedEditedAndDeletedItems() throws {
        let bank = try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
        let repo = try GitFixture()
        let parent = try repo.commit("bank", files: ["README.md": bank])
        var lines = bank.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = try #require(lines.firstIndex { $0.hasPrefix("14. [偏差和方差]") })
        lines.insert("15. [梯度裁剪的目的、原理](https://zhuanlan.zhihu.com/p/12345678)", at: last + 1)
        lines.insert("16. [一个全新的问题：如何评估分词器](https://new.example/tokenizer)", at: last + 2)
        // An item deleted further down: the lines after it are untouched but shifted.
        let deleted = try #require(lines.indices.last { lines[$0].hasPrefix("3. [") })
        lines.remove(at: deleted)
        try repo.commit("change", files: ["README.md": lines.joined(separator: "\n")])

        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        let found = try rules(in: cheap)
        #expect(found.contains("duplicate-question"), "the added duplicate is found: \(found)")
    }

    @Test func severalFilesRenamesNewFilesAndSuppressions() throws {
        let repo = try GitFixture()
        let basics = "# 基础\n\n1. [什么是过拟合](https://a.example/overfit)\n2. [什么是梯度消失](https://a.example/vanish)\n4. [什么是正则化](https://a.example/reg)\n"
        let advanced = "# 进阶\n\n<!-- iqlint-disable-next-line list-numbering -->\n1. [注意力机制的复杂度](https://a.example/attn)\n2. [位置编码的作用](https://a.example/pos)\n"
        let parent = try repo.commit("base", files: ["basics.md": basics, "advanced.md": advanced, "old.md": "# 旧\n\n1. [旧问题](https://a.example/old)\n"])
        try repo.git("mv", "old.md", "renamed.md")
        try repo.commit("change", files: [
            "basics.md": basics + "5. [什么是过拟合？](https://b.example/overfit-again)\n",
            "advanced.md": advanced + "3. [位置编码的作用是什么](https://a.example/vanish)\n",
            "renamed.md": "# 旧\n\n1. [旧问题](https://a.example/old)\n2. [注意力机制的复杂度](https://c.example/attn)\n",
            "new.md": "# 新\n\n1. [什么是正则化](https://a.example/reg)\n3. [新问题](https://a.example/new)\n",
        ])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        let found = try rules(in: cheap)
        #expect(found.contains("duplicate-question") && found.contains("duplicate-link") && found.contains("list-numbering"), "\(found)")

        let (cheapSelected, fullSelected) = try bothPaths(repo, base: "HEAD~1", extra: ["--select", "duplicate-question,unused-suppression"])
        #expect(cheapSelected == fullSelected)
    }

    @Test func changeWithNothingOutsideItsLinesNeedsNoBase() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n1. [问题一](https://a.example/1)\n2. [问题二](https://a.example/2)\n"])
        try repo.commit("change", files: ["README.md": "# 题库\n\n1. [问题一](https://a.example/1)\n2. [问题二](https://a.example/2)\n3. [问题一](https://a.example/1)\n"])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try rules(in: cheap).sorted() == ["duplicate-link", "duplicate-question"])
    }

    @Test func linkAddedAboveAnOldOneMakesTheOldOneTheRepeat() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n- [甲](https://a.example/1)\n- [乙](https://a.example/2)\n"])
        try repo.commit("change", files: ["README.md": "# 题库\n\n- [丙](https://a.example/2)\n- [甲](https://a.example/1)\n- [乙](https://a.example/2)\n"])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try rules(in: cheap) == ["duplicate-link"])
    }

    /// Where the paths differ on purpose: a question inserted above an old one it duplicates is
    /// reported where it was inserted (the change is responsible), not on the untouched old line.
    @Test func insertedEarlierDuplicateIsReportedWhereItWasInserted() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n- [什么是过拟合](https://a.example/1)\n- [什么是注意力机制](https://a.example/2)\n"])
        try repo.commit("change", files: ["README.md": "# 题库\n\n- [什么是注意力机制？](https://b.example/3)\n- [什么是过拟合](https://a.example/1)\n- [什么是注意力机制](https://a.example/2)\n"])
        try repo.write("empty.yml", "")
        let result = try repo.iqlint(["check", "--config", "empty.yml", "--base", parent, "--format", "json", "--select", "duplicate-question"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["line"] as? Int } == [3])
    }
}
