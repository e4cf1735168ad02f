// The only file that touches libgit2: it copies what it reads into Swift values and frees
// every handle with `defer`, so no C pointer or C type leaves this file.
private import CLibGit2

/// libgit2 must be initialised once per process before any call; a global `let` is
/// initialised exactly once even when several threads reach it together.
private let libgit2Initialization: Int32 = {
    let count = git_libgit2_init()
    // Only speed depends on it: a libgit2 that refuses the option still reads correctly.
    if count >= 0 { _ = iqlint_git_skip_hash_verification() }
    return count
}()

enum LibGit2 {
    static func discover(from path: String) throws -> GitRepository {
        try initialize()
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let found = git_repository_discover(&buffer, path, 0, nil)
        if found == GIT_ENOTFOUND.rawValue { throw GitError.notARepository(path: path) }
        try check(found)
        let gitDirectory = trimmingSlash(String(cString: buffer.ptr))
        return try withRepository(at: gitDirectory) { repo in
            let workdir = git_repository_is_bare(repo) == 1
                ? nil : git_repository_workdir(repo).map { trimmingSlash(String(cString: $0)) }
            return GitRepository(gitDirectory: gitDirectory, workdir: workdir)
        }
    }

    static func resolveCommit(_ revision: String, in repository: GitRepository) throws -> GitObjectID {
        try withRepository(at: repository.gitDirectory) { repo in
            var oid = try commitID(revision, repo)
            return objectID(&oid)
        }
    }

    static func mergeBase(_ one: String, _ two: String, in repository: GitRepository) throws -> GitObjectID {
        try withRepository(at: repository.gitDirectory) { repo in
            var first = try commitID(one, repo)
            var second = try commitID(two, repo)
            var base = git_oid()
            let code = git_merge_base(&base, repo, &first, &second)
            // libgit2 1.5 ignores .git/shallow: walking a truncated history fails on the first
            // parent that was never fetched (an ODB error) or finds no common ancestor.
            if git_repository_is_shallow(repo) == 1, code == GIT_ENOTFOUND.rawValue || isMissingObject(code) {
                throw GitError.missingInShallowClone(one)
            }
            if code == GIT_ENOTFOUND.rawValue { throw GitError.noMergeBase(one, two) }
            try check(code)
            return objectID(&base)
        }
    }

    static func changes(
        base: GitObjectID?,
        to target: DiffTarget,
        pathFilter: (String) -> Bool,
        keepingContents: Bool = false,
        trimmingSharedLines: Bool = true,
        readingNewVersion: ((String, [UInt8]) -> Void)? = nil,
        in repository: GitRepository
    ) throws -> [ReadChange] {
        try withRepository(at: repository.gitDirectory) { repo in
            if target != .head, git_repository_is_bare(repo) == 1 {
                throw GitError.bareRepository(path: repository.gitDirectory)
            }
            // A NULL old tree is libgit2's empty tree.
            guard let base else { return try fileChanges(repo, nil, target, pathFilter, keepingContents, trimmingSharedLines, readingNewVersion) }
            return try withTree(base, repo) { try fileChanges(repo, $0, target, pathFilter, keepingContents, trimmingSharedLines, readingNewVersion) }
        }
    }

    static func contents(of path: String, at treeish: GitObjectID, in repository: GitRepository) throws -> GitFile? {
        try withRepository(at: repository.gitDirectory) { repo in
            try withTree(treeish, repo) { tree in
                var entry: OpaquePointer?
                defer { git_tree_entry_free(entry) }
                let code = git_tree_entry_bypath(&entry, tree, path)
                if code == GIT_ENOTFOUND.rawValue { return nil }
                try check(code)
                guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return nil }
                return GitFile(path: path, bytes: try blobBytes(git_tree_entry_id(entry), repo))
            }
        }
    }

    static func stagedContents(of path: String, in repository: GitRepository) throws -> GitFile? {
        try withRepository(at: repository.gitDirectory) { repo in
            if git_repository_is_bare(repo) == 1 {
                throw GitError.bareRepository(path: repository.gitDirectory)
            }
            var index: OpaquePointer?
            defer { git_index_free(index) }
            try check(git_repository_index(&index, repo))
            // Stage 0 is the normal entry; conflicted paths only have stages 1-3 and count as absent.
            guard let entry = git_index_get_bypath(index, path, 0) else { return nil }
            var id = entry.pointee.id
            return GitFile(path: path, bytes: try blobBytes(&id, repo))
        }
    }

    static func files(
        at treeish: GitObjectID,
        matching pathFilter: (String) -> Bool,
        in repository: GitRepository
    ) throws -> [GitFile] {
        try withRepository(at: repository.gitDirectory) { repo in
            try withTree(treeish, repo) { tree in
                var files: [GitFile] = []
                try collectFiles(tree, prefix: "", repo, pathFilter, into: &files)
                return files
            }
        }
    }
}

// MARK: - Opening and errors

private func initialize() throws {
    try check(libgit2Initialization)
}

private func withRepository<T>(at gitDirectory: String, _ body: (OpaquePointer) throws -> T) throws -> T {
    try initialize()
    var handle: OpaquePointer?
    defer { git_repository_free(handle) }
    let code = git_repository_open_ext(&handle, gitDirectory, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil)
    // libgit2 1.5 reports an ownership failure as ENOTFOUND "config value 'safe.directory' was not
    // found" when no safe.directory is configured (fixed upstream in libgit2 PR #6408).
    let ownership = code == GIT_EOWNER.rawValue || code == GIT_ENOTFOUND.rawValue && lastErrorIs(GIT_ERROR_CONFIG)
    if ownership {
        throw GitError.unsafeOwnership(path: safeDirectory(for: gitDirectory))
    }
    if code == GIT_ENOTFOUND.rawValue { throw GitError.notARepository(path: gitDirectory) }
    try check(code)
    guard let handle else { throw GitError.notARepository(path: gitDirectory) }
    return try body(handle)
}

/// git matches `safe.directory` against the work tree root, which is the parent of a `.git` directory.
private func safeDirectory(for gitDirectory: String) -> String {
    guard gitDirectory.hasSuffix("/.git") else { return gitDirectory }
    let parent = String(gitDirectory.dropLast("/.git".count))
    return parent.isEmpty ? "/" : parent
}

private func check(_ code: Int32) throws {
    guard code < 0 else { return }
    let message = git_error_last().flatMap { $0.pointee.message }.map { String(cString: $0) }
    throw GitError.libgit2(code: Int(code), message: message ?? "libgit2 returned \(code)")
}

/// A revision that names nothing is a typo in a full clone, but in a shallow clone it is usually
/// history that was never fetched; libgit2 1.5 cannot tell the two apart, so the shallow flag decides.
private func missingRevision(_ revision: String, _ repo: OpaquePointer) -> GitError {
    git_repository_is_shallow(repo) == 1 ? .missingInShallowClone(revision) : .unknownRevision(revision)
}

private func isMissingObject(_ code: Int32) -> Bool {
    code < 0 && lastErrorIs(GIT_ERROR_ODB)
}

private func lastErrorIs(_ errorClass: git_error_t) -> Bool {
    git_error_last().map { UInt32(bitPattern: $0.pointee.klass) == errorClass.rawValue } ?? false
}

private func trimmingSlash(_ path: String) -> String {
    path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
}

// MARK: - Object ids, commits and trees

private func objectID(_ oid: UnsafePointer<git_oid>) -> GitObjectID {
    // git_oid_tostr_s writes into a thread-local buffer, so reading it right away is safe.
    GitObjectID(hex: String(cString: git_oid_tostr_s(oid)))
}

private func commitID(_ revision: String, _ repo: OpaquePointer) throws -> git_oid {
    var object: OpaquePointer?
    defer { git_object_free(object) }
    let code = git_revparse_single(&object, repo, revision)
    if [GIT_ENOTFOUND, GIT_EINVALIDSPEC, GIT_EUNBORNBRANCH].contains(where: { $0.rawValue == code }) {
        throw missingRevision(revision, repo)
    }
    try check(code)
    var commit: OpaquePointer?
    defer { git_object_free(commit) }
    guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0, let commit else {
        throw GitError.notACommit(revision)
    }
    return git_object_id(commit).pointee
}

private func withTree<T>(
    _ treeish: GitObjectID,
    _ repo: OpaquePointer,
    _ body: (OpaquePointer) throws -> T
) throws -> T {
    var oid = git_oid()
    guard treeish.hex.count == 40, git_oid_fromstr(&oid, treeish.hex) == 0 else {
        throw GitError.unknownRevision(treeish.hex)
    }
    var object: OpaquePointer?
    defer { git_object_free(object) }
    let code = git_object_lookup(&object, repo, &oid, GIT_OBJECT_ANY)
    if code == GIT_ENOTFOUND.rawValue { throw missingRevision(treeish.hex, repo) }
    try check(code)
    var tree: OpaquePointer?
    defer { git_object_free(tree) }
    guard git_object_peel(&tree, object, GIT_OBJECT_TREE) == 0, let tree else {
        throw GitError.notACommit(treeish.hex)
    }
    return try body(tree)
}

private func blobBytes(_ id: UnsafePointer<git_oid>, _ repo: OpaquePointer) throws -> [UInt8] {
    var blob: OpaquePointer?
    defer { git_blob_free(blob) }
    try check(git_blob_lookup(&blob, repo, id))
    return blob.map(blobContents) ?? []
}

private func collectFiles(
    _ tree: OpaquePointer,
    prefix: String,
    _ repo: OpaquePointer,
    _ pathFilter: (String) -> Bool,
    into files: inout [GitFile]
) throws {
    for index in 0..<git_tree_entrycount(tree) {
        // Entries belong to `tree`; they are not freed separately.
        guard let entry = git_tree_entry_byindex(tree, index) else { continue }
        let path = prefix + String(cString: git_tree_entry_name(entry))
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_TREE:
            var subtree: OpaquePointer?
            defer { git_tree_free(subtree) }
            try check(git_tree_lookup(&subtree, repo, git_tree_entry_id(entry)))
            guard let subtree else { continue }
            try collectFiles(subtree, prefix: path + "/", repo, pathFilter, into: &files)
        case GIT_OBJECT_BLOB where git_tree_entry_filemode(entry) != GIT_FILEMODE_LINK && pathFilter(path):
            files.append(GitFile(path: path, bytes: try blobBytes(git_tree_entry_id(entry), repo)))
        default:
            continue  // symlinks, submodules and filtered-out paths
        }
    }
}

// MARK: - Diffs

private func fileChanges(
    _ repo: OpaquePointer,
    _ baseTree: OpaquePointer?,
    _ target: DiffTarget,
    _ pathFilter: (String) -> Bool,
    _ keepingContents: Bool,
    _ trimmingSharedLines: Bool,
    _ readingNewVersion: ((String, [UInt8]) -> Void)?
) throws -> [ReadChange] {
    var diff: OpaquePointer?
    defer { git_diff_free(diff) }
    var options = try diffOptions()
    try check(makeDiff(&diff, repo, baseTree, target, &options))
    var findOptions = git_diff_find_options()
    try check(git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)))
    findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue | GIT_DIFF_FIND_COPIES.rawValue
        | GIT_DIFF_FIND_FOR_UNTRACKED.rawValue
    try check(git_diff_find_similar(diff, &findOptions))
    // Both sides are blobs except a working-tree file: then the blobs are read once, for the
    // line diff and for the caller, instead of once by the diff and again by the caller.
    let readsBlobs = keepingContents && target != .workdir
    return try (0..<git_diff_num_deltas(diff)).compactMap { index in
        readsBlobs ? try blobChange(diff, index, repo, &options, pathFilter, trimmingSharedLines, readingNewVersion) : try fileChange(diff, index, pathFilter).map { ReadChange(change: $0) }
    }
}

/// Zero context makes every new-side line in a hunk an added or changed line.
private func diffOptions() throws -> git_diff_options {
    var options = git_diff_options()
    try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)))
    options.context_lines = 0
    options.interhunk_lines = 0
    options.ignore_submodules = GIT_SUBMODULE_IGNORE_ALL
    return options
}

private func makeDiff(
    _ diff: inout OpaquePointer?,
    _ repo: OpaquePointer,
    _ baseTree: OpaquePointer?,
    _ target: DiffTarget,
    _ options: inout git_diff_options
) throws -> Int32 {
    switch target {
    case .head:
        var head: OpaquePointer?
        defer { git_object_free(head) }
        let code = git_revparse_single(&head, repo, "HEAD^{tree}")
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue {
            throw GitError.unknownRevision("HEAD")
        }
        try check(code)
        return git_diff_tree_to_tree(&diff, repo, baseTree, head, &options)
    case .index:
        return git_diff_tree_to_index(&diff, repo, baseTree, nil, &options)
    case .workdir:
        options.flags |= GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_DIFF_SHOW_UNTRACKED_CONTENT.rawValue
        return git_diff_tree_to_workdir_with_index(&diff, repo, baseTree, &options)
    }
}

/// The status and paths of a delta iqlint reads: nil for a symlink, a submodule, an
/// unmodified or unreadable entry, or a path `pathFilter` refuses.
private func described(_ delta: git_diff_delta, _ pathFilter: (String) -> Bool) -> (status: FileChange.Status, oldPath: String?, newPath: String?)? {
    guard let status = status(delta.status) else { return nil }
    let oldPath = status == .added ? nil : String(cString: delta.old_file.path)
    let newPath = status == .deleted ? nil : String(cString: delta.new_file.path)
    let shownFile = status == .deleted ? delta.old_file : delta.new_file
    let mode = UInt32(shownFile.mode)
    guard mode != GIT_FILEMODE_LINK.rawValue, mode != GIT_FILEMODE_COMMIT.rawValue,
          pathFilter(newPath ?? oldPath ?? "") else { return nil }
    return (status, oldPath, newPath)
}

private func fileChange(_ diff: OpaquePointer?, _ index: Int, _ pathFilter: (String) -> Bool) throws -> FileChange? {
    guard let delta = git_diff_get_delta(diff, index)?.pointee, let (status, oldPath, newPath) = described(delta, pathFilter) else { return nil }
    var patch: OpaquePointer?
    defer { git_patch_free(patch) }
    try check(git_patch_from_diff(&patch, diff, index))
    // Loading the patch is what reads the blobs and sets the binary flag.
    let flags = git_diff_get_delta(diff, index)?.pointee.flags ?? 0
    if flags & GIT_DIFF_FLAG_BINARY.rawValue != 0 { return nil }
    let lines = status == .deleted ? [] : try addedLines(patch)
    return FileChange(status: status, oldPath: oldPath, newPath: newPath, changedLines: lines)
}

/// The change of delta `index` as `fileChange` reads it, with the line diff made from the two
/// blobs, which are kept: the same hunks (the same options, the same paths for attributes).
/// With `trimmingSharedLines`, only the region between the versions' shared ends is diffed
/// (`trimmedLineDiff`).
private func blobChange(_ diff: OpaquePointer?, _ index: Int, _ repo: OpaquePointer, _ options: inout git_diff_options,
                        _ pathFilter: (String) -> Bool, _ trimmingSharedLines: Bool,
                        _ readingNewVersion: ((String, [UInt8]) -> Void)?) throws -> ReadChange? {
    guard var delta = git_diff_get_delta(diff, index)?.pointee, let (status, oldPath, newPath) = described(delta, pathFilter) else { return nil }
    var oldBlob: OpaquePointer?, newBlob: OpaquePointer?
    defer {
        git_blob_free(oldBlob)
        git_blob_free(newBlob)
    }
    // The new version first: the caller may start on it while the old one is read and diffed.
    if status != .deleted { try check(git_blob_lookup(&newBlob, repo, &delta.new_file.id)) }
    let newBytes = newBlob.map(blobContents)
    if let newBytes, let newPath, let readingNewVersion { readingNewVersion(newPath, newBytes) }
    if status != .added { try check(git_blob_lookup(&oldBlob, repo, &delta.old_file.id)) }
    let lines: Set<Int>
    if status == .deleted {
        lines = []
    } else if trimmingSharedLines, let oldBlob, let newBlob, let trimmed = try trimmedLineDiff(oldBlob, newBlob, delta, repo, &options) {
        guard case .lines(let added) = trimmed else { return nil }
        lines = added
    } else {
        var patch: OpaquePointer?
        defer { git_patch_free(patch) }
        try check(git_patch_from_blobs(&patch, oldBlob, delta.old_file.path, newBlob, delta.new_file.path, &options))
        let flags = git_patch_get_delta(patch)?.pointee.flags ?? 0
        if flags & GIT_DIFF_FLAG_BINARY.rawValue != 0 { return nil }
        lines = try addedLines(patch)
    }
    return ReadChange(change: FileChange(status: status, oldPath: oldPath, newPath: newPath, changedLines: lines),
                      oldBytes: oldBlob.map(blobContents), newBytes: newBytes)
}

/// What the line diff of two blobs found: binary (skipped), or the new version's added lines.
private enum BlobLineDiff {
    case binary
    case lines(Set<Int>)
}

/// `git_patch_from_blobs`'s verdict on two versions, with the line diff run over the region
/// between their shared whole lines only (see `CommonLines`); nil where it could differ, and
/// the whole blobs are diffed instead: a `diff` attribute on either path (libgit2 then applies
/// a driver, which the diff of plain buffers does not look up), a blob over libgit2's size
/// limit, or a NUL byte in the middle region's first 8,000 bytes that is not in the file's
/// (buffers are judged binary by those, blobs by their own first 8,000 bytes).
private func trimmedLineDiff(_ oldBlob: OpaquePointer, _ newBlob: OpaquePointer, _ delta: git_diff_delta, _ repo: OpaquePointer,
                             _ options: inout git_diff_options) throws -> BlobLineDiff? {
    for path in [delta.old_file.path, delta.new_file.path] {
        var value: UnsafePointer<CChar>?
        guard git_attr_get(&value, repo, 0, path, "diff") == 0, git_attr_value(value) == GIT_ATTR_VALUE_UNSPECIFIED else { return nil }
    }
    let old = blobBuffer(oldBlob), new = blobBuffer(newBlob)
    let sizeLimit = 0x2000_0000  // libgit2's DIFF_MAX_FILESIZE: larger files count as binary
    guard old.count <= sizeLimit, new.count <= sizeLimit else { return nil }
    // libgit2 calls a file binary when its first 8,000 bytes hold a NUL (GIT_FILTER_BYTES_TO_CHECK_NUL).
    func hasNUL(_ bytes: UnsafeRawBufferPointer) -> Bool { bytes.prefix(8000).contains(0) }
    if hasNUL(old) || hasNUL(new) { return .binary }
    let common = CommonLines(old: old, new: new)
    let oldMiddle = UnsafeRawBufferPointer(rebasing: old[common.prefixBytes..<(old.count - common.suffixBytes)])
    let newMiddle = UnsafeRawBufferPointer(rebasing: new[common.prefixBytes..<(new.count - common.suffixBytes)])
    var patch: OpaquePointer?
    defer { git_patch_free(patch) }
    try check(git_patch_from_buffers(&patch, oldMiddle.baseAddress, oldMiddle.count, delta.old_file.path,
                                     newMiddle.baseAddress, newMiddle.count, delta.new_file.path, &options))
    let flags = git_patch_get_delta(patch)?.pointee.flags ?? 0
    if flags & GIT_DIFF_FLAG_BINARY.rawValue != 0 { return nil }
    return .lines(Set(try addedLines(patch).map { $0 + common.prefixLines }))
}

/// A blob's bytes, borrowed from the blob (valid while it lives).
private func blobBuffer(_ blob: OpaquePointer) -> UnsafeRawBufferPointer {
    let size = Int(git_blob_rawsize(blob))
    guard size > 0, let start = git_blob_rawcontent(blob) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: start, count: size)
}

private func blobContents(_ blob: OpaquePointer) -> [UInt8] {
    let size = Int(git_blob_rawsize(blob))
    guard size > 0, let start = git_blob_rawcontent(blob) else { return [] }
    return Array(UnsafeRawBufferPointer(start: start, count: size))
}

private func status(_ status: git_delta_t) -> FileChange.Status? {
    switch status {
    case GIT_DELTA_ADDED, GIT_DELTA_UNTRACKED: return .added
    case GIT_DELTA_MODIFIED, GIT_DELTA_TYPECHANGE: return .modified
    case GIT_DELTA_RENAMED: return .renamed
    case GIT_DELTA_COPIED: return .copied
    case GIT_DELTA_DELETED: return .deleted
    default: return nil  // unmodified, ignored, unreadable, conflicted
    }
}

private func addedLines(_ patch: OpaquePointer?) throws -> Set<Int> {
    guard let patch else { return [] }
    var lines = Set<Int>()
    for hunk in 0..<git_patch_num_hunks(patch) {
        let count = git_patch_num_lines_in_hunk(patch, hunk)
        try check(count)
        for lineIndex in 0..<Int(count) {
            var line: UnsafePointer<git_diff_line>?
            try check(git_patch_get_line_in_hunk(&line, patch, hunk, lineIndex))
            // libgit2 splits on "\n" only, so a CRLF file keeps one line per "\r\n" and the numbers hold.
            if let line, line.pointee.origin == CChar(UInt8(ascii: "+")) {
                lines.insert(Int(line.pointee.new_lineno))
            }
        }
    }
    return lines
}

// MARK: - The index and ignore rules

extension LibGit2 {
    /// Paths with a merge conflict in the index (stages 1-3), each once, in index order.
    static func conflictedPaths(in repository: GitRepository) throws -> [String] {
        try withIndex(repository) { index, _ in
            var paths: [String] = []
            for position in 0..<git_index_entrycount(index) {
                guard let entry = git_index_get_byindex(index, position), git_index_entry_stage(entry) > 0 else { continue }
                let path = String(cString: entry.pointee.path)
                if paths.last != path { paths.append(path) }
            }
            return paths
        }
    }

    /// The staged (stage 0) regular files whose path passes `pathFilter`, with their contents.
    static func stagedFiles(matching pathFilter: (String) -> Bool, in repository: GitRepository) throws -> [GitFile] {
        try withIndex(repository) { index, repo in
            var files: [GitFile] = []
            for position in 0..<git_index_entrycount(index) {
                guard let entry = git_index_get_byindex(index, position), git_index_entry_stage(entry) == 0 else { continue }
                let mode = entry.pointee.mode
                guard mode == GIT_FILEMODE_BLOB.rawValue || mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue else { continue }
                let path = String(cString: entry.pointee.path)
                guard pathFilter(path) else { continue }
                var id = entry.pointee.id
                files.append(GitFile(path: path, bytes: try blobBytes(&id, repo)))
            }
            return files
        }
    }

    private static func withIndex<T>(_ repository: GitRepository, _ body: (OpaquePointer, OpaquePointer) throws -> T) throws -> T {
        try withRepository(at: repository.gitDirectory) { repo in
            if git_repository_is_bare(repo) == 1 { throw GitError.bareRepository(path: repository.gitDirectory) }
            var index: OpaquePointer?
            defer { git_index_free(index) }
            try check(git_repository_index(&index, repo))
            guard let index else { throw GitError.libgit2(code: -1, message: "no index") }
            return try body(index, repo)
        }
    }
}

/// The ignore rules of one repository (`.gitignore` files, `.git/info/exclude`,
/// `core.excludesFile`), asked many times while walking a folder. It is the one libgit2 handle
/// that lives longer than a call: reopening the repository for each of thousands of paths
/// would cost more than the walk; it is freed with the checker.
public final class GitIgnoreChecker {
    public let workdir: String
    private let handle: OpaquePointer

    public init(repository: GitRepository) throws {
        workdir = try repository.requireWorkdir()
        try check(libgit2Initialization)
        var opened: OpaquePointer?
        try check(git_repository_open_ext(&opened, repository.gitDirectory, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil))
        guard let opened else { throw GitError.notARepository(path: repository.gitDirectory) }
        handle = opened
    }

    deinit { git_repository_free(handle) }

    /// Whether git ignores `relativePath` (relative to the work tree); folders are asked with
    /// `isDirectory` so that patterns ending in `/` apply. Unanswerable means not ignored.
    public func isIgnored(_ relativePath: String, isDirectory: Bool) -> Bool {
        var ignored: Int32 = 0
        let asked = isDirectory && !relativePath.hasSuffix("/") ? relativePath + "/" : relativePath
        guard git_ignore_path_is_ignored(&ignored, handle, asked) == 0 else { return false }
        return ignored == 1
    }
}
