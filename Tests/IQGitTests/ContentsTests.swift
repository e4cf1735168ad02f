import IQGit
import Testing

@Suite("file contents from trees and the index")
struct ContentsTests {
    @Test func blobAtCommitIsThatCommitsVersion() throws {
        let scratch = try ScratchRepository()
        try scratch.write("docs/q.md", "first\n")
        let first = try scratch.commitAll()
        try scratch.write("docs/q.md", "second\r\n")
        try scratch.commitAll()
        try scratch.write("docs/q.md", "on disk\n")
        let repository = try GitRepository.discover(from: scratch.root)
        #expect(try repository.contents(of: "docs/q.md", at: repository.resolveCommit(first))?.text == "first\n")
        let head = try repository.contents(of: "docs/q.md", at: repository.resolveCommit("HEAD"))
        #expect(head == GitFile(path: "docs/q.md", bytes: Array("second\r\n".utf8)))
        #expect(try repository.contents(of: "docs/missing.md", at: repository.resolveCommit("HEAD")) == nil)
        #expect(try repository.contents(of: "docs", at: repository.resolveCommit("HEAD")) == nil)
    }

    @Test func stagedBlobIsWhatWillBeCommitted() throws {
        let scratch = try ScratchRepository()
        try scratch.write("q.md", "committed\n")
        try scratch.commitAll()
        try scratch.write("q.md", "staged\n")
        try scratch.git("add", "q.md")
        try scratch.write("q.md", "unstaged\n")
        try scratch.write("untracked.md", "untracked\n")
        let repository = try GitRepository.discover(from: scratch.root)
        #expect(try repository.stagedContents(of: "q.md")?.text == "staged\n")
        #expect(try repository.stagedContents(of: "untracked.md") == nil)
    }

    /// Symlinks are left out: their blob is a path, not Markdown.
    @Test func treeListingReturnsMatchingFilesWithContents() throws {
        let scratch = try ScratchRepository()
        try scratch.write("README.md", "readme\n")
        try scratch.write("b/two.md", "two\n")
        try scratch.write("a/deep/one.md", "one\n")
        try scratch.write("a/notes.txt", "notes\n")
        try scratch.symlink("link.md", to: "README.md")
        try scratch.commitAll()
        try scratch.git("mv", "b/two.md", "b/renamed.md")
        try scratch.write("c/new.md", "new\n")
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let base = try repository.resolveCommit("HEAD~1")
        var asked: [String] = []
        let files = try repository.files(at: base) { path in
            asked.append(path)
            return path.hasSuffix(".md")
        }
        #expect(files == [
            GitFile(path: "README.md", bytes: Array("readme\n".utf8)),
            GitFile(path: "a/deep/one.md", bytes: Array("one\n".utf8)),
            GitFile(path: "b/two.md", bytes: Array("two\n".utf8)),
        ])
        #expect(asked.sorted() == ["README.md", "a/deep/one.md", "a/notes.txt", "b/two.md"])
    }
}
