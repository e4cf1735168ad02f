import IQGit
import Testing

@Suite("revisions and merge bases")
struct RevisionTests {
    @Test func resolvesBranchesRemotesTagsRelativeAndShas() throws {
        let origin = try ScratchRepository()
        try origin.write("a.md", "one\n")
        let first = try origin.commitAll()
        try origin.write("a.md", "two\n")
        let second = try origin.commitAll()
        try origin.git("tag", "-a", "v1", "-m", "annotated", first)
        let clone = try ScratchRepository(gitInit: false)
        try clone.git("clone", "-q", "file://\(origin.root)", ".")
        try clone.git("checkout", "-q", "-b", "topic")
        try clone.write("b.md", "three\n")
        let third = try clone.commitAll()

        let repository = try GitRepository.discover(from: clone.root)
        #expect(try repository.resolveCommit("HEAD").hex == third)
        #expect(try repository.resolveCommit("main").hex == second)
        #expect(try repository.resolveCommit("origin/main").hex == second)
        #expect(try repository.resolveCommit("HEAD~2").hex == first)
        #expect(try repository.resolveCommit("v1").hex == first)
        #expect(try repository.resolveCommit(first).hex == first)
        #expect(try repository.resolveCommit(String(first.prefix(7))).hex == first)
    }

    @Test func unknownRevisionsAreNamed() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", "one\n")
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        #expect(throws: GitError.unknownRevision("no-such-branch")) { try repository.resolveCommit("no-such-branch") }
        #expect(throws: GitError.unknownRevision("HEAD~3")) { try repository.resolveCommit("HEAD~3") }
        #expect(throws: GitError.unknownRevision("deadbeef")) { try repository.resolveCommit("deadbeef") }
        #expect(throws: GitError.unknownRevision("origin/main")) { try repository.mergeBase("origin/main") }
        #expect(throws: GitError.notACommit("HEAD:a.md")) { try repository.resolveCommit("HEAD:a.md") }
    }

    @Test func unbornHeadIsUnknown() throws {
        let scratch = try ScratchRepository()
        let repository = try GitRepository.discover(from: scratch.root)
        #expect(throws: GitError.unknownRevision("HEAD")) { try repository.resolveCommit("HEAD") }
    }

    @Test func mergeCommitAsBaseYieldsTheForkPoint() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", "a\n")
        try scratch.commitAll("A")
        try scratch.git("branch", "side")
        try scratch.write("a.md", "a\nb\n")
        let forkPoint = try scratch.commitAll("B")
        try scratch.git("branch", "topic")
        try scratch.git("checkout", "-q", "side")
        try scratch.write("side.md", "side\n")
        try scratch.commitAll("S")
        try scratch.git("checkout", "-q", "main")
        try scratch.git("merge", "-q", "--no-ff", "-m", "M", "side")
        #expect(try scratch.git("rev-list", "--parents", "-n", "1", "main").split(separator: " ").count == 3)
        try scratch.git("checkout", "-q", "topic")
        try scratch.write("topic.md", "topic\n")
        try scratch.commitAll("T")

        let repository = try GitRepository.discover(from: scratch.root)
        let base = try repository.mergeBase("main")
        #expect(base.hex == forkPoint)
        #expect(base.hex == (try scratch.git("merge-base", "main", "HEAD")))
        // Diffing from the fork point shows only the topic's work, not what main merged since.
        #expect(try repository.changes(base: base, to: .head).map(\.path) == ["topic.md"])
    }

    @Test func mergeCommitThatHeadDescendsFromIsItsOwnBase() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", "a\n")
        try scratch.commitAll("A")
        try scratch.git("checkout", "-q", "-b", "side")
        try scratch.write("side.md", "side\n")
        try scratch.commitAll("S")
        try scratch.git("checkout", "-q", "main")
        try scratch.write("a.md", "a\nb\n")
        try scratch.commitAll("B")
        try scratch.git("merge", "-q", "--no-ff", "-m", "M", "side")
        let merge = try scratch.git("rev-parse", "HEAD")
        try scratch.git("checkout", "-q", "-b", "topic")
        try scratch.write("topic.md", "topic\n")
        try scratch.commitAll("T")

        let repository = try GitRepository.discover(from: scratch.root)
        #expect(try repository.mergeBase("main").hex == merge)
    }

    @Test func unrelatedHistoriesHaveNoMergeBase() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", "a\n")
        try scratch.commitAll()
        try scratch.git("checkout", "-q", "--orphan", "other")
        try scratch.write("b.md", "b\n")
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        #expect(throws: GitError.noMergeBase("main", "HEAD")) { try repository.mergeBase("main") }
    }

    @Test func shallowCloneMissingTheBaseSaysToFetchMore() throws {
        let origin = try ScratchRepository()
        try origin.write("a.md", "one\n")
        let old = try origin.commitAll()
        try origin.write("a.md", "two\n")
        try origin.commitAll()
        try origin.write("a.md", "three\n")
        try origin.commitAll()
        let clone = try ScratchRepository(gitInit: false)
        try clone.git("clone", "-q", "--depth", "1", "file://\(origin.root)", ".")
        #expect(try clone.git("rev-parse", "--is-shallow-repository") == "true")

        let repository = try GitRepository.discover(from: clone.root)
        #expect(throws: GitError.missingInShallowClone(old)) { try repository.resolveCommit(old) }
        #expect(throws: GitError.missingInShallowClone("HEAD~1")) { try repository.resolveCommit("HEAD~1") }
        #expect(throws: GitError.missingInShallowClone(old)) { try repository.mergeBase(old) }
        #expect(throws: GitError.missingInShallowClone("upstream/main")) { try repository.mergeBase("upstream/main") }
    }

    @Test func shallowCloneWithoutTheForkPointSaysToFetchMore() throws {
        let origin = try ScratchRepository()
        try origin.write("a.md", "one\n")
        try origin.commitAll()
        try origin.git("branch", "feature")
        try origin.write("a.md", "two\n")
        try origin.commitAll()
        try origin.git("checkout", "-q", "feature")
        try origin.write("b.md", "feature\n")
        try origin.commitAll()
        let clone = try ScratchRepository(gitInit: false)
        try clone.git("clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "feature",
                      "file://\(origin.root)", ".")

        let repository = try GitRepository.discover(from: clone.root)
        _ = try repository.resolveCommit("origin/main")
        #expect(throws: GitError.missingInShallowClone("origin/main")) { try repository.mergeBase("origin/main") }
    }
}
