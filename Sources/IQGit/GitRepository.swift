/// A git repository found on disk; a plain value, safe to share between tasks.
///
/// Each operation opens the repository afresh and frees everything before it returns, so no
/// libgit2 handle outlives a call. Opening costs a few file reads, far below one diff.
public struct GitRepository: Sendable, Hashable {
    /// The git directory, absolute, without a trailing slash.
    public let gitDirectory: String
    /// The root of the work tree, absolute, without a trailing slash; `nil` when bare.
    public let workdir: String?

    init(gitDirectory: String, workdir: String?) {
        self.gitDirectory = gitDirectory
        self.workdir = workdir
    }

    /// Finds the repository containing `path`, walking up parent directories like git does.
    public static func discover(from path: String) throws -> GitRepository {
        try LibGit2.discover(from: path)
    }

    /// The work tree root, or `GitError.bareRepository` for commands that need files on disk.
    public func requireWorkdir() throws -> String {
        guard let workdir else { throw GitError.bareRepository(path: gitDirectory) }
        return workdir
    }

    /// Resolves a branch, remote branch, tag, `HEAD~1`-style expression or full/short sha to a commit.
    public func resolveCommit(_ revision: String) throws -> GitObjectID {
        try LibGit2.resolveCommit(revision, in: self)
    }

    /// The best common ancestor of `revision` and `other`, as `git merge-base` prints it;
    /// `revision` may itself be a merge commit.
    public func mergeBase(_ revision: String, _ other: String = "HEAD") throws -> GitObjectID {
        try LibGit2.mergeBase(revision, other, in: self)
    }

    /// Files that differ between the tree of `base` and `target`, with the new-side lines that
    /// were added or changed. A `nil` base is the empty tree, for the first commit of a
    /// repository, where every file is new. Renames and copies are detected; binary files,
    /// symlinks and submodules are skipped. `pathFilter` sees the new path (the old path for
    /// a deleted file) and runs before any content is read.
    public func changes(
        base: GitObjectID?,
        to target: DiffTarget,
        pathFilter: (String) -> Bool = { _ in true }
    ) throws -> [FileChange] {
        try LibGit2.changes(base: base, to: target, pathFilter: pathFilter, in: self).map(\.change)
    }

    /// The same changes, each with its two versions' bytes where both sides are blobs (not a
    /// working-tree target): read once, for the diff and for the caller.
    /// The line diff of two blobs runs over the region between their shared ends
    /// (`CommonLines`); `trimmingSharedLines: false` diffs the whole blobs, for comparison.
    ///
    /// `readingNewVersion` is handed each new version's path and bytes as soon as they are read,
    /// before its line diff is made: a caller can start parsing a large file meanwhile.
    public func changesWithContents(
        base: GitObjectID?,
        to target: DiffTarget,
        pathFilter: (String) -> Bool = { _ in true },
        readingNewVersion: ((_ path: String, _ bytes: [UInt8]) -> Void)? = nil
    ) throws -> [ReadChange] {
        try LibGit2.changes(base: base, to: target, pathFilter: pathFilter, keepingContents: true,
                            trimmingSharedLines: true, readingNewVersion: readingNewVersion, in: self)
    }

    /// `changesWithContents`, choosing whether the shared lines are cut first (tests compare both).
    func changesWithContents(
        base: GitObjectID?,
        to target: DiffTarget,
        pathFilter: (String) -> Bool = { _ in true },
        trimmingSharedLines: Bool
    ) throws -> [ReadChange] {
        try LibGit2.changes(base: base, to: target, pathFilter: pathFilter, keepingContents: true,
                            trimmingSharedLines: trimmingSharedLines, in: self)
    }

    /// The blob at `path` in the tree of `treeish`, or `nil` when no file lives there.
    public func contents(of path: String, at treeish: GitObjectID) throws -> GitFile? {
        try LibGit2.contents(of: path, at: treeish, in: self)
    }

    /// The staged blob at `path`, or `nil` when the index has no such file.
    public func stagedContents(of path: String) throws -> GitFile? {
        try LibGit2.stagedContents(of: path, in: self)
    }

    /// Every regular file in the tree of `treeish` whose path passes `pathFilter`, with its
    /// contents, in git's tree order (byte order of the full paths). Blobs are read only for
    /// paths that pass; symlinks and submodules are left out.
    public func files(at treeish: GitObjectID, matching pathFilter: (String) -> Bool) throws -> [GitFile] {
        try LibGit2.files(at: treeish, matching: pathFilter, in: self)
    }

    /// Paths with an unresolved merge conflict in the index.
    public func conflictedPaths() throws -> [String] {
        try LibGit2.conflictedPaths(in: self)
    }

    /// Every staged regular file (what the next commit will hold) whose path passes
    /// `pathFilter`, with its contents, in index order; symlinks, submodules and conflicted
    /// paths are left out.
    public func stagedFiles(matching pathFilter: (String) -> Bool) throws -> [GitFile] {
        try LibGit2.stagedFiles(matching: pathFilter, in: self)
    }
}
