import IQGit
import Testing

@Suite("changed files and lines")
struct ChangesTests {
    /// Commits `before`, then `after` as the only file `a.md`, and diffs HEAD against the first commit.
    private func changeOf(_ before: String, _ after: String) throws -> [FileChange] {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", before)
        let base = try scratch.commitAll()
        try scratch.write("a.md", after)
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        return try repository.changes(base: repository.resolveCommit(base), to: .head)
    }

    @Test func addedLinesInModifiedFile() throws {
        let after = "line 1\nline 2\nnew A\nnew B\nline 3\nline 4\nline 5\nnew end\n"
        let changes = try changeOf(numberedLines(5), after)
        #expect(changes == [FileChange(status: .modified, oldPath: "a.md", newPath: "a.md", changedLines: [3, 4, 8])])
    }

    @Test func editedLineIsReportedAlone() throws {
        let after = numberedLines(5).replacingOccurrences(of: "line 3\n", with: "line three\n")
        let changes = try changeOf(numberedLines(5), after)
        #expect(changes.map(\.changedLines) == [[3]])
    }

    @Test func movedSectionCountsAsAddedWhereItLands() throws {
        let section = numberedLines(3, prefix: "moved")
        let rest = numberedLines(10)
        let changes = try changeOf(section + rest, rest + section)
        #expect(changes.map(\.changedLines) == [[11, 12, 13]])
    }

    @Test func renamedFileReportsOnlyEditedLines() throws {
        let scratch = try ScratchRepository()
        try scratch.write("old.md", numberedLines(10))
        let base = try scratch.commitAll()
        try scratch.git("mv", "old.md", "new.md")
        try scratch.write("new.md", numberedLines(10).replacingOccurrences(of: "line 4\n", with: "line four\n"))
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changes(base: repository.resolveCommit(base), to: .head)
        #expect(changes == [FileChange(status: .renamed, oldPath: "old.md", newPath: "new.md", changedLines: [4])])
    }

    @Test func renameWithoutStagingIsDetectedInWorkdir() throws {
        let scratch = try ScratchRepository()
        try scratch.write("old.md", numberedLines(10))
        try scratch.commitAll()
        try scratch.remove("old.md")
        try scratch.write("new.md", numberedLines(10) + "line 11\n")
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changes(base: repository.resolveCommit("HEAD"), to: .workdir)
        #expect(changes == [FileChange(status: .renamed, oldPath: "old.md", newPath: "new.md", changedLines: [11])])
    }

    @Test func copiedFileIsDetected() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", numberedLines(10))
        let base = try scratch.commitAll()
        try scratch.write("a.md", numberedLines(10) + "line 11\n")
        try scratch.write("b.md", numberedLines(10).replacingOccurrences(of: "line 2\n", with: "line two\n"))
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changes(base: repository.resolveCommit(base), to: .head)
        #expect(changes == [
            FileChange(status: .modified, oldPath: "a.md", newPath: "a.md", changedLines: [11]),
            FileChange(status: .copied, oldPath: "a.md", newPath: "b.md", changedLines: [2]),
        ])
    }

    @Test func crlfFileKeepsLineNumbers() throws {
        let scratch = try ScratchRepository()
        try scratch.write("win.md", numberedLines(5, ending: "\r\n"))
        try scratch.commitAll()
        let edited = numberedLines(5, ending: "\r\n").replacingOccurrences(of: "line 4\r\n", with: "line four\r\n")
        try scratch.write("win.md", edited + "line 6\r\n")
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changes(base: repository.resolveCommit("HEAD"), to: .workdir)
        #expect(changes.map(\.changedLines) == [[4, 6]])
    }

    @Test func newFileHasEveryLineAdded() throws {
        let scratch = try ScratchRepository()
        try scratch.write("keep.md", "keep\n")
        let base = try scratch.commitAll()
        try scratch.write("docs/new.md", numberedLines(3))
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changes(base: repository.resolveCommit(base), to: .head)
        #expect(changes == [FileChange(status: .added, oldPath: nil, newPath: "docs/new.md", changedLines: [1, 2, 3])])
    }

    @Test func untrackedFileCountsAsAddedInWorkdirOnly() throws {
        let scratch = try ScratchRepository()
        try scratch.write("keep.md", "keep\n")
        try scratch.commitAll()
        try scratch.write("draft/new.md", numberedLines(2))
        let repository = try GitRepository.discover(from: scratch.root)
        let head = try repository.resolveCommit("HEAD")
        #expect(try repository.changes(base: head, to: .workdir)
            == [FileChange(status: .added, oldPath: nil, newPath: "draft/new.md", changedLines: [1, 2])])
        #expect(try repository.changes(base: head, to: .index).isEmpty)
    }

    @Test func firstCommitComparesAgainstTheEmptyTree() throws {
        let scratch = try ScratchRepository()
        try scratch.write("q.md", numberedLines(2))
        try scratch.git("add", "q.md")
        let repository = try GitRepository.discover(from: scratch.root)
        #expect(throws: GitError.unknownRevision("HEAD")) { try repository.resolveCommit("HEAD") }
        #expect(try repository.changes(base: nil, to: .index)
            == [FileChange(status: .added, oldPath: nil, newPath: "q.md", changedLines: [1, 2])])
        #expect(throws: GitError.unknownRevision("HEAD")) { try repository.changes(base: nil, to: .head) }
    }

    @Test func deletedFileIsListedWithoutLines() throws {
        let scratch = try ScratchRepository()
        try scratch.write("gone.md", numberedLines(4))
        try scratch.write("keep.md", "keep\n")
        let base = try scratch.commitAll()
        try scratch.remove("gone.md")
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changes(base: repository.resolveCommit(base), to: .head)
        #expect(changes == [FileChange(status: .deleted, oldPath: "gone.md", newPath: nil, changedLines: [])])
        #expect(changes.first?.path == "gone.md")
    }

    @Test func indexSeesOnlyStagedChanges() throws {
        let scratch = try ScratchRepository()
        try scratch.write("a.md", numberedLines(5))
        try scratch.commitAll()
        try scratch.write("a.md", numberedLines(5).replacingOccurrences(of: "line 2\n", with: "staged\n"))
        try scratch.git("add", "a.md")
        try scratch.write("a.md", numberedLines(5)
            .replacingOccurrences(of: "line 2\n", with: "staged\n")
            .replacingOccurrences(of: "line 5\n", with: "unstaged\n"))
        let repository = try GitRepository.discover(from: scratch.root)
        let head = try repository.resolveCommit("HEAD")
        #expect(try repository.changes(base: head, to: .index).map(\.changedLines) == [[2]])
        #expect(try repository.changes(base: head, to: .workdir).map(\.changedLines) == [[2, 5]])
        #expect(try repository.changes(base: head, to: .head).isEmpty)
    }

    @Test func binaryFilesSymlinksAndFilteredPathsAreSkipped() throws {
        let scratch = try ScratchRepository()
        try scratch.write("keep.md", "keep\n")
        let base = try scratch.commitAll()
        try scratch.write("image.md", bytes: [0x89, 0x50, 0x00, 0x00, 0x0A, 0x01, 0x00])
        try scratch.symlink("link.md", to: "keep.md")
        try scratch.write("notes.txt", "text\n")
        try scratch.write("q.md", "question\n")
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        var asked: [String] = []
        let changes = try repository.changes(base: repository.resolveCommit(base), to: .head) { path in
            asked.append(path)
            return path.hasSuffix(".md")
        }
        #expect(changes.map(\.path) == ["q.md"])
        #expect(asked.sorted() == ["image.md", "notes.txt", "q.md"])
    }
}
