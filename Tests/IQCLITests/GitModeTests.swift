import Foundation
import IQTestSupport
import Testing

/// `--base` and `--staged` on real repositories: only what a change is responsible for.
@Suite struct GitModeTests {
    static let bank = "# 题库\n\n## 一\n\n1. a\n3. b\n\n## 二\n\n1. x\n2. y\n"

    @Test func reportsWhatTheChangeAddsButNotWhatWasAlreadyWrong() throws {
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: ["README.md": Self.bank])
        try repo.commit("add", files: ["README.md": Self.bank + "4. z\n"])
        let result = try repo.iqlint(["check", "--base", base, "--format", "json", "--select", "list-numbering"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"line\": 12"))
        #expect(!result.stdout.contains("\"line\": 6"), "the old problem at line 6 is not the change's")
        let all = try repo.iqlint(["check", "--base", base, "--changed-only=false", "--format", "json", "--select", "list-numbering"])
        #expect(all.stdout.contains("\"line\": 6") && all.stdout.contains("\"line\": 12"))
    }

    @Test func reportsProblemsAChangeCausesOnLinesItDidNotTouch() throws {
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: ["README.md": "# 题库\n\n1. a\n2. b\n3. c\n"])
        // Deleting item 2 leaves "3. c" untouched but now wrong.
        try repo.commit("delete", files: ["README.md": "# 题库\n\n1. a\n3. c\n"])
        let result = try repo.iqlint(["check", "--base", base, "--select", "list-numbering"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("README.md:4:1"))
    }

    @Test func cleanChangeAndUnrelatedFilesPass() throws {
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: ["README.md": Self.bank, "other.md": "1. a\n5. b\n"])
        try repo.commit("add", files: ["README.md": Self.bank + "3. z\n"])
        let result = try repo.iqlint(["check", "--base", "main~1", "--select", "list-numbering"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("All checks passed (1 file)"))
        _ = base
    }

    @Test func renamedFileReportsOnlyEditedLines() throws {
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: ["old.md": Self.bank])
        try repo.git("mv", "old.md", "docs-new.md")
        try repo.commit("rename and add", files: ["docs-new.md": Self.bank + "9. z\n"])
        let result = try repo.iqlint(["check", "--base", base, "--format", "json", "--select", "list-numbering"])
        #expect(result.stdout.contains("\"path\": \"docs-new.md\""))
        #expect(result.stdout.contains("\"line\": 12") && !result.stdout.contains("\"line\": 6"))
    }

    @Test func stagedModeJudgesTheIndexNotTheWorkingTree() throws {
        let repo = try GitFixture()
        try repo.commit("bank", files: ["README.md": "1. a\n2. b\n"])
        try repo.write("README.md", "1. a\n2. b\n4. staged\n")
        try repo.git("add", "README.md")
        try repo.write("README.md", "1. a\n2. b\n3. fixed on disk only\n")
        let staged = try repo.iqlint(["check", "--staged", "--select", "list-numbering"])
        #expect(staged.status == 1 && staged.stdout.contains("expected 3, found 4"))
        try repo.write("README.md", "1. a\n2. b\n4. staged\n")
        let fixed = try repo.iqlint(["check", "--staged", "--fix", "--select", "list-numbering"])
        #expect(fixed.stdout.contains("Fixed files are not staged; run: git add README.md"))
        #expect(try repo.directory.read("README.md") == "1. a\n2. b\n3. staged\n")
        #expect(try repo.git("show", ":README.md") == "1. a\n2. b\n4. staged", "the index is never written")
    }

    @Test func newAndDeletedFilesAndCRLF() throws {
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: ["gone.md": "1. a\n3. b\n"])
        try repo.git("rm", "-q", "gone.md")
        try repo.commit("new", files: ["new.md": "1. a\r\n3. b\r\n"])
        let result = try repo.iqlint(["check", "--base", base, "--select", "list-numbering"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("new.md:2:1") && !result.stdout.contains("gone.md"))
    }

    /// libgit2 counts lines at LF only; so do reported lines, so a change in a file with bare
    /// CRs is judged on the line git says changed.
    @Test func aChangeInABareCRFileIsFoundOnGitsLine() throws {
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: ["a.md": "x\ry\n1. a\r2. b\n"])
        try repo.commit("change", files: ["a.md": "x\ry\n1. a\r2. b\n4. c\n"])
        let result = try repo.iqlint(["check", "--base", base, "--select", "list-numbering", "--format", "concise"])
        #expect(result.status == 1 && result.stdout.contains("a.md:3:1"), "\(result.stdout)\(result.stderr)")
    }

    @Test func errorsAreOneLineWithExitTwo() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.md", "1. a\n")
        let notRepo = try CommandRunner.iqlint(["check", "--base", "main"], in: scratch.path)
        #expect(notRepo.status == 2 && notRepo.stderr.contains("not a git repository"))

        let repo = try GitFixture()
        try repo.commit("one", files: ["a.md": "1. a\n"])
        let unknown = try repo.iqlint(["check", "--base", "no-such-branch"])
        #expect(unknown.status == 2 && unknown.stderr == "iqlint: error: unknown revision 'no-such-branch'\n")
        let both = try repo.iqlint(["check", "--base", "main", "--staged"])
        #expect(both.status == 2 && both.stderr.contains("cannot be used together"))
    }

    @Test func shallowCloneWithoutTheBaseSaysToFetchHistory() throws {
        let origin = try GitFixture()
        let first = try origin.commit("one", files: ["a.md": "1. a\n"])
        try origin.commit("two", files: ["a.md": "1. a\n2. b\n"])
        let clones = try ScratchDirectory()
        _ = try CommandRunner.run("/usr/bin/env", ["git", "clone", "-q", "--depth", "1", "file://" + origin.path, "clone"], in: clones.path)
        let result = try CommandRunner.iqlint(["check", "--base", first], in: clones.path + "/clone")
        #expect(result.status == 2)
        #expect(result.stderr.contains("fetch-depth: 0"), "\(result.stderr)")
    }

    @Test func mergeCommitAsBase() throws {
        let repo = try GitFixture()
        try repo.commit("bank", files: ["README.md": Self.bank])
        try repo.git("checkout", "-q", "-b", "side")
        try repo.commit("side", files: ["side.md": "1. s\n"])
        try repo.git("checkout", "-q", "main")
        try repo.commit("main", files: ["main.md": "1. m\n"])
        try repo.git("merge", "-q", "--no-edit", "side")
        let merge = try repo.git("rev-parse", "HEAD")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.commit("feature", files: ["README.md": Self.bank + "7. z\n"])
        let result = try repo.iqlint(["check", "--base", merge, "--format", "json", "--select", "list-numbering"])
        #expect(result.status == 1 && result.stdout.contains("\"line\": 12"))
        #expect(!result.stdout.contains("side.md") && !result.stdout.contains("main.md"))
    }
}

@Suite struct FirstCommitTests {
    @Test func stagedModeWorksBeforeTheFirstCommit() throws {
        let repo = try GitFixture()
        try repo.write("README.md", "1. a\n3. b\n")
        try repo.git("add", "README.md")
        let result = try repo.iqlint(["check", "--staged", "--select", "list-numbering"])
        #expect(result.status == 1 && result.stdout.contains("README.md:2:1"), "\(result.stdout)\(result.stderr)")
    }
}

/// The issue's acceptance scenario, on the real sample bank: a commit adds a question that the
/// bank already has. Every other rule stays quiet about lines the commit did not touch.
@Suite struct ReplayedHistoryTests {
    @Test func addedDuplicateIsTheOnlyFinding() throws {
        let bank = try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
        let repo = try GitFixture()
        let parent = try repo.commit("bank", files: ["README.md": bank])
        var lines = bank.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lastMachineLearningItem = try #require(lines.firstIndex { $0.hasPrefix("14. [偏差和方差]") })
        lines.insert("15. [梯度裁剪的目的、原理](https://zhuanlan.zhihu.com/p/12345678)", at: lastMachineLearningItem + 1)
        try repo.commit("add a question", files: ["README.md": lines.joined(separator: "\n")])

        let result = try repo.iqlint(["check", "--base", parent, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { "\($0["rule"]!):\($0["line"]!)" } == ["duplicate-question:\(lastMachineLearningItem + 2)"])
        let related = try #require(diagnostics.first?["related"] as? [[String: Any]])
        #expect(related.map { $0["line"] as? Int } == [45], "the old item `1. [梯度裁剪目的、原理、示例代码]`")

        let everything = try repo.iqlint(["check", "--base", parent, "--changed-only=false", "--format", "json"])
        #expect(everything.stdout.components(separatedBy: "\"rule\"").count > 50, "the bank's old problems are all still there")
    }
}
