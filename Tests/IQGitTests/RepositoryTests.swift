import Foundation
import IQGit
import Testing

@Suite("finding and opening repositories")
struct RepositoryTests {
    @Test func discoverWalksUpFromASubdirectory() throws {
        let scratch = try ScratchRepository()
        try scratch.write("docs/deep/q.md", "q\n")
        let repository = try GitRepository.discover(from: scratch.path("docs/deep"))
        #expect(repository.workdir == scratch.root)
        #expect(repository.gitDirectory == scratch.path(".git"))
        #expect(try repository.requireWorkdir() == scratch.root)
    }

    @Test func linkedWorktreeHasItsOwnWorkdirAndHead() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", "a\n")
        try scratch.commitAll()
        let elsewhere = try ScratchRepository(gitInit: false)
        try scratch.git("worktree", "add", "-q", "-b", "wt", elsewhere.path("tree"))
        try elsewhere.write("tree/a.md", "a\nb\n")

        let repository = try GitRepository.discover(from: elsewhere.path("tree"))
        #expect(repository.workdir == elsewhere.path("tree"))
        let changes = try repository.changes(base: repository.resolveCommit("main"), to: .workdir)
        #expect(changes.map(\.changedLines) == [[2]])
    }

    @Test func notARepositoryNamesThePath() throws {
        let plain = try ScratchRepository(gitInit: false)
        #expect(throws: GitError.notARepository(path: plain.root)) { try GitRepository.discover(from: plain.root) }
    }

    @Test func bareRepositoryRefusesWorkTreeOperations() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", "a\n")
        try scratch.commitAll()
        let bare = try ScratchRepository(gitInit: false)
        try bare.git("clone", "-q", "--bare", "file://\(scratch.root)", "repo.git")

        let repository = try GitRepository.discover(from: bare.path("repo.git"))
        #expect(repository.workdir == nil)
        let head = try repository.resolveCommit("HEAD")
        #expect(throws: GitError.bareRepository(path: bare.path("repo.git"))) { try repository.requireWorkdir() }
        #expect(throws: GitError.bareRepository(path: bare.path("repo.git"))) {
            try repository.changes(base: head, to: .workdir)
        }
        #expect(throws: GitError.bareRepository(path: bare.path("repo.git"))) {
            try repository.stagedContents(of: "a.md")
        }
        #expect(try repository.changes(base: head, to: .head).isEmpty)
    }

    // Only root can hand a directory to another user; elsewhere this test cannot set itself up.
    // It also assumes the machine's global git config does not trust every directory.
    @Test(.enabled(if: getuid() == 0)) func repositoryOwnedByAnotherUserSaysHowToTrustIt() throws {
        let scratch = try ScratchRepository()
        try scratch.write("docs/q.md", "q\n")
        let nobody: uid_t = 65534
        for path in try FileManager.default.subpathsOfDirectory(atPath: scratch.root) + [""] {
            #expect(lchown(scratch.path(path), nobody, gid_t(nobody)) == 0)
        }
        #expect(throws: GitError.unsafeOwnership(path: scratch.root)) {
            try GitRepository.discover(from: scratch.path("docs"))
        }
    }
}
