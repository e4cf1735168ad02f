import Foundation
import IQTestSupport
import Testing

/// What the pre-commit hooks run (`iqlint check --force-exclude --repository-reference FILES`)
/// on real repositories: a staged file is judged against every other Markdown file of the
/// repository; and `--staged` refuses to pass over a merge conflict.
@Suite struct HookSemanticsTests {
    static let hookArguments = ["check", "--force-exclude", "--repository-reference", "--format", "concise"]

    @Test func aNewQuestionIsComparedWithTheRestOfTheRepository() throws {
        let repo = try GitFixture()
        try repo.commit("bank", files: ["README.md": "# 题库\n\n1. [什么是LoRA](https://a.example/1)\n2. [什么是RAG](https://a.example/2)\n",
                                        "archive/old.md": "1. [什么是RLHF](https://a.example/3)\n",
                                        ".iqlint.yml": "exclude: [archive]\n"])
        try repo.write("new.md", "# 新\n\n1. [什么是LoRA？](https://b.example/9)\n2. [什么是RLHF](https://b.example/8)\n")
        try repo.git("add", "new.md")
        let hook = try repo.iqlint(Self.hookArguments + ["--select", "duplicate-question", "new.md"])
        #expect(hook.status == 1, "\(hook.stdout)\(hook.stderr)")
        #expect(hook.stdout.contains("new.md:3:4: error[duplicate-question]"), "\(hook.stdout)")
        #expect(!hook.stdout.contains("new.md:4:"), "archive/ is excluded, so it is no reference either: \(hook.stdout)")
        #expect(!hook.stdout.split(separator: "\n").contains { $0.hasPrefix("README.md:") }, "reference files are never reported on")
        let alone = try repo.iqlint(["check", "--format", "concise", "--select", "duplicate-question", "new.md"])
        #expect(alone.status == 0, "without the reference the file has no duplicate: \(alone.stdout)")
    }

    @Test func theReferenceIsWhatIsStaged() throws {
        let repo = try GitFixture()
        try repo.commit("bank", files: ["README.md": "1. [什么是LoRA](https://a.example/1)\n"])
        // The question is removed from README.md and moved to new.md in the same commit.
        try repo.write("README.md", "1. [什么是RAG](https://a.example/2)\n")
        try repo.write("new.md", "1. [什么是LoRA](https://a.example/1)\n")
        try repo.git("add", "-A")
        let hook = try repo.iqlint(Self.hookArguments + ["--select", "duplicate-question", "new.md"])
        #expect(hook.status == 0, "\(hook.stdout)")
    }

    @Test func forceExcludeSkipsExcludedStagedFiles() throws {
        let repo = try GitFixture()
        try repo.commit("config", files: [".iqlint.yml": "exclude: [\"vendor/**\"]\n", "vendor/v.md": "1. a\n3. b\n"])
        let hook = try repo.iqlint(Self.hookArguments + ["vendor/v.md"])
        #expect(hook.status == 0 && hook.stdout.contains("All checks passed (0 files)"), "\(hook.stdout)")
    }

    @Test func stagedRefusesAMergeConflict() throws {
        let repo = try GitFixture()
        try repo.commit("bank", files: ["README.md": "1. a\n2. b\n"])
        try repo.git("checkout", "-q", "-b", "other")
        try repo.commit("other", files: ["README.md": "1. a\n2. other\n"])
        try repo.git("checkout", "-q", "main")
        try repo.commit("mine", files: ["README.md": "1. a\n2. mine\n"])
        _ = try? repo.git("merge", "-q", "other")
        let result = try repo.iqlint(["check", "--staged"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr == "iqlint: error: README.md: unresolved merge conflict; resolve it and `git add` it, then run again\n")
    }
}
