import IQGit
import Testing

/// The diff that keeps the blobs it read: the same changes as `changes`, and each version's
/// bytes as `contents`/`stagedContents` read them, for every kind of change.
@Suite("changes with the versions' contents")
struct ChangesWithContentsTests {
    @Test func committedChangesKeepBothVersions() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", numberedLines(10))
        try scratch.write("gone.md", numberedLines(3))
        try scratch.write("old.md", numberedLines(12, prefix: "kept"))
        try scratch.write("bin.md", bytes: [0, 1, 2, 0, 3])
        let base = try scratch.commitAll()
        try scratch.write("a.md", numberedLines(10).replacingOccurrences(of: "line 4\n", with: "line four\n") + "line 11\n")
        try scratch.remove("gone.md")
        try scratch.git("mv", "old.md", "new.md")
        try scratch.write("added.md", "# 新的\n\n1. [什么是LoRA？](https://a.example/1)\n")
        try scratch.write("bin.md", bytes: [0, 1, 2, 0, 4])
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let baseCommit = try repository.resolveCommit(base), head = try repository.resolveCommit("HEAD")
        let plain = try repository.changes(base: baseCommit, to: .head)
        let read = try repository.changesWithContents(base: baseCommit, to: .head)
        #expect(read.map(\.change) == plain)
        #expect(Set(plain.map(\.status)) == [.modified, .deleted, .renamed, .added], "\(plain)")
        for change in read {
            let expectedOld = try change.change.oldPath.flatMap { try repository.contents(of: $0, at: baseCommit)?.bytes }
            let expectedNew = try change.change.newPath.flatMap { try repository.contents(of: $0, at: head)?.bytes }
            #expect(change.oldBytes == (change.change.status == .added ? nil : expectedOld), "\(change.change.path)")
            #expect(change.newBytes == (change.change.status == .deleted ? nil : expectedNew), "\(change.change.path)")
        }
        #expect(!read.contains { $0.change.path == "bin.md" }, "a binary file is skipped as before")
    }

    @Test func stagedChangesKeepTheIndexVersionAndTheWorkingTreeReadsNothing() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", numberedLines(5))
        try scratch.commitAll()
        try scratch.write("a.md", numberedLines(5) + "line 6\n")
        try scratch.git("add", "a.md")
        try scratch.write("a.md", numberedLines(5) + "line 6\nunstaged\n")
        let repository = try GitRepository.discover(from: scratch.root)
        let head = try repository.resolveCommit("HEAD")
        let staged = try repository.changesWithContents(base: head, to: .index)
        #expect(staged.map(\.change) == [FileChange(status: .modified, oldPath: "a.md", newPath: "a.md", changedLines: [6])])
        #expect(staged.first?.newBytes == Array((numberedLines(5) + "line 6\n").utf8))
        #expect(staged.first?.oldBytes == Array(numberedLines(5).utf8))
        let workdir = try repository.changesWithContents(base: head, to: .workdir)
        #expect(workdir.map(\.change.changedLines) == [[6, 7]])
        #expect(workdir.first?.newBytes == nil && workdir.first?.oldBytes == nil)
    }
}
