import IQCore
import IQGit
import IQMarkdown

/// The files a git mode lints: the Markdown files a change touched (their HEAD or staged
/// version), every other Markdown file of the base tree as reference for corpus rules, and the
/// filter that keeps only what the change is responsible for.
struct GitInputs {
    enum Mode {
        /// Changes since the merge base of REF and HEAD, judged on HEAD's versions.
        case base(String)
        /// Staged changes, judged on the index's versions (what will be committed).
        case staged
    }

    let files: [MarkdownFile]
    /// The base tree's files other than the changed ones.
    let otherFiles: [MarkdownFile]
    /// nil when `--changed-only=false`.
    let filter: ChangeFilter?
    /// The base versions of the changed files, parsed behind the lint of the new versions.
    let pendingBases: [ParsingFile]
    let repository: GitRepository
    /// Repository-relative paths of the linted files, by display path.
    let repositoryPaths: [String: String]

    static func collect(mode: Mode, arguments: [String], discovery: FileDiscovery, changedOnly: Bool,
                        workingDirectory: String) throws(CLIFailure) -> GitInputs {
        do {
            return try collectThrowing(mode: mode, arguments: arguments, discovery: discovery, changedOnly: changedOnly,
                                       workingDirectory: workingDirectory)
        } catch let failure as CLIFailure {
            throw failure
        } catch let error as GitError {
            throw CLIFailure(error.description)
        } catch let error as InputError {
            throw CLIFailure(error)
        } catch {
            throw CLIFailure("\(error)")
        }
    }

    private static func collectThrowing(mode: Mode, arguments: [String], discovery: FileDiscovery, changedOnly: Bool,
                                        workingDirectory: String) throws -> GitInputs {
        let repository = try GitRepository.discover(from: workingDirectory)
        let workdir = try repository.requireWorkdir()
        let paths = PathMapper(workdir: workdir, workingDirectory: workingDirectory)
        let scopes = try arguments.map { argument -> String in
            guard FileSystem.kind(of: argument) != .missing else { throw InputError(path: argument, problem: "no such file or directory") }
            return paths.repositoryPath(of: argument)
        }
        func isLintable(_ repositoryPath: String) -> Bool {
            let lower = repositoryPath.lowercased()
            guard FileDiscovery.markdownExtensions.contains(where: { lower.hasSuffix($0) }) else { return false }
            guard scopes.isEmpty || scopes.contains(where: { $0.isEmpty || repositoryPath == $0 || repositoryPath.hasPrefix($0 + "/") }) else { return false }
            return discovery.isSelected(paths.displayPath(of: repositoryPath))
        }

        let base: GitObjectID?
        let target: DiffTarget
        switch mode {
        case .base(let revision):
            base = try repository.mergeBase(revision, "HEAD")
            target = .head
        case .staged:
            // Before the first commit there is no HEAD: everything staged is new.
            base = try? repository.resolveCommit("HEAD")
            target = .index
            // A conflicted file has no staged version to judge; skipping it would pass the commit.
            if let conflicted = try repository.conflictedPaths().first(where: isLintable) {
                throw CLIFailure("\(paths.displayPath(of: conflicted)): unresolved merge conflict; resolve it and `git add` it, then run again")
            }
        }
        // Each blob is read once: the diff keeps what it read for the versions below. The first
        // large new version starts parsing as soon as it is read, on the other threads, while
        // this one makes the line diffs and reads the base tree (one file only: more would be
        // threads beside the pool's; the rest are parsed together below).
        let early = EarlyParse()
        let changes = try Timings.measure("git › diff") {
            try repository.changesWithContents(base: base, to: target, pathFilter: isLintable) { newPath, bytes in
                early.offer(paths.displayPath(of: newPath), bytes)
            }
        }

        // git is read on this thread (one libgit2 repository handle); the versions are decoded
        // and parsed concurrently afterwards.
        var versions: [(display: String, new: [UInt8], base: [UInt8]?, changedLines: Set<Int>)] = []
        var repositoryPaths: [String: String] = [:]
        var touched = Set<String>()
        for diffed in changes {
            let change = diffed.change
            if let old = change.oldPath { touched.insert(old) }
            guard change.status != .deleted, let newPath = change.newPath else { continue }
            touched.insert(newPath)
            let display = paths.displayPath(of: newPath)
            let blob: [UInt8]?
            if let bytes = diffed.newBytes {
                blob = bytes
            } else {
                switch target {
                case .index: blob = try repository.stagedContents(of: newPath)?.bytes
                default: blob = try repository.contents(of: newPath, at: repository.resolveCommit("HEAD"))?.bytes
                }
            }
            guard let blob else { continue }
            repositoryPaths[display] = newPath
            var before: [UInt8]?
            if change.status != .added, let base {
                before = try diffed.oldBytes ?? repository.contents(of: change.oldPath ?? newPath, at: base)?.bytes
            }
            versions.append((display, blob, before, change.changedLines))
        }
        // Both versions of every file at once: checking and indexing megabytes of UTF-8 is
        // not free. A new version that is not text stops the run; a base that is not is absent.
        let read = versions
        let decoded = Parallel.map(read.indices.flatMap { [($0, true), ($0, false)] }) { index, isNew -> Result<SourceText?, InputError> in
            let entry = read[index]
            if isNew, let started = early.started(entry.display) { return started.map { $0.source } }
            if isNew { return Result { () throws(InputError) in try FileSystem.decode(entry.new, path: entry.display) } }
            return .success(entry.base.flatMap { try? SourceText(validating: $0) })
        }
        var pending: [(display: String, source: SourceText, base: SourceText?, changedLines: Set<Int>)] = []
        for (index, entry) in read.enumerated() {
            guard let source = try decoded[2 * index].get() else { continue }
            pending.append((entry.display, source, try decoded[2 * index + 1].get(), entry.changedLines))
        }
        let baseFiles = try base.map { commit in
            try repository.files(at: commit) { path in
                !touched.contains(path) && FileDiscovery.markdownExtensions.contains(where: { path.lowercased().hasSuffix($0) })
            }
        } ?? []
        let referenceSources = baseFiles.compactMap { blob -> (path: String, source: SourceText)? in
            guard let source = try? SourceText(validating: blob.bytes) else { return nil }
            return (paths.displayPath(of: blob.path), source)
        }
        // Both versions of the changed files and the base tree count, as in a lint of files.
        let inputBytes = pending.reduce(0) { $0 + $1.source.bytes.count + ($1.base?.bytes.count ?? 0) }
            + referenceSources.reduce(0) { $0 + $1.source.bytes.count }
        LargeInputMemory.prepare(forBytes: inputBytes)
        // The new versions and the base tree's other files first, with every core; the base
        // versions of the changed files are parsed by the lint as one of its jobs (or by
        // whoever needs them first), after it has started the slowest rule.
        // The early parse is waited for here, not inside a piece of work of the pool it parses on.
        let startedFile = early.parsedFile
        let rest = pending.filter { $0.display != startedFile?.path }.map { ($0.display, $0.source) } + referenceSources
        var parsedRest = Parallel.map(rest) { MarkdownFile(path: $0.0, source: $0.1) }[...]
        let parsed = pending.map { entry in
            entry.display == startedFile?.path ? startedFile! : parsedRest.removeFirst()
        } + parsedRest
        let files = Array(parsed[..<pending.count])
        // The base versions go under the new versions' paths: corpus rules compare against the
        // other files only, and tell what a change added by them.
        var fileChanges: [(path: String, change: ChangeFilter.FileChange)] = []
        // A base version reuses its new version's blocks outside the region the change touched.
        for (entry, file) in zip(pending, files) {
            fileChanges.append((entry.display, ChangeFilter.FileChange(changedLines: entry.changedLines,
                                                                       base: entry.base.map { ParsingFile(path: entry.display, source: $0, startsAtOnce: false, reusing: file) })))
        }
        return GitInputs(files: files, otherFiles: Array(parsed[pending.count...]), filter: changedOnly ? ChangeFilter(changes: fileChanges) : nil,
                         pendingBases: fileChanges.compactMap(\.change.base), repository: repository, repositoryPaths: repositoryPaths)
    }
}

/// The first large new version of a change, parsed while git goes on (see `collectThrowing`).
private final class EarlyParse: @unchecked Sendable {
    /// Smaller files parse in less time than it takes to start a thread for them.
    static let minimumBytes = 256 * 1024

    private var path: String?
    private var result: Result<(source: SourceText, parsing: ParsingFile), InputError>?

    /// Starts parsing `bytes` when nothing has started yet and they are large enough.
    func offer(_ path: String, _ bytes: [UInt8]) {
        guard result == nil, bytes.count >= Self.minimumBytes, !Parallel.isSerial else { return }
        self.path = path
        result = Result { () throws(InputError) in
            let source = try FileSystem.decode(bytes, path: path)
            return (source, ParsingFile(path: path, source: source))
        }
    }

    /// What was started for `path`: its decoded source and its parse, or why it is not text.
    func started(_ path: String) -> Result<(source: SourceText, parsing: ParsingFile), InputError>? {
        path == self.path ? result : nil
    }

    /// The file parsed early, once its parse is done; nil when none started.
    var parsedFile: MarkdownFile? { try? result?.get().parsing.file }
}

extension GitInputs {
    /// The base versions of the changed files (waits for them; with `otherFiles`, the whole base tree).
    var bases: [MarkdownFile] { pendingBases.map(\.file) }

    /// The whole base tree, the changed files' base versions last (waits for them).
    var reference: [MarkdownFile] { otherFiles + bases }
}

/// Converts between repository-relative paths (what git speaks) and the paths iqlint prints
/// (relative to the working directory when inside it).
struct PathMapper {
    let workdir: String
    let workingDirectory: String

    func displayPath(of repositoryPath: String) -> String {
        let absolute = workdir + "/" + repositoryPath
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return PathSplitting.dropping(prefix, from: absolute) ?? absolute
    }

    func repositoryPath(of argument: String) -> String {
        var absolute = argument.hasPrefix("/") ? argument : workingDirectory + "/" + argument
        var parts: [Substring] = []
        for part in PathSplitting.components(absolute) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        absolute = "/" + parts.joined(separator: "/")
        let prefix = workdir.hasSuffix("/") ? workdir : workdir + "/"
        if absolute == workdir { return "" }
        return PathSplitting.dropping(prefix, from: absolute) ?? absolute
    }
}
