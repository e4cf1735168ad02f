import Foundation

/// Everything the git layer can fail with; each description is one line the CLI prints before exiting 2.
public enum GitError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    case notARepository(path: String)
    case unknownRevision(String)
    case notACommit(String)
    /// The revision or the history between it and HEAD was not fetched.
    case missingInShallowClone(String)
    case noMergeBase(String, String)
    /// libgit2 refuses a repository owned by another user (GIT_EOWNER); `path` is what to mark safe.
    case unsafeOwnership(path: String)
    case bareRepository(path: String)
    case libgit2(code: Int, message: String)

    public var description: String {
        switch self {
        case .notARepository(let path):
            return "not a git repository (or any parent up to the root): \(path)"
        case .unknownRevision(let revision):
            return "unknown revision '\(revision)'"
        case .notACommit(let revision):
            return "'\(revision)' does not name a commit"
        case .missingInShallowClone(let revision):
            return "'\(revision)' is not in this shallow clone; fetch more history "
                + "(e.g. `fetch-depth: 0` in actions/checkout, or `git fetch --unshallow`)"
        case .noMergeBase(let one, let two):
            return "'\(one)' and '\(two)' have no common ancestor"
        case .unsafeOwnership(let path):
            return "repository at \(path) is owned by another user; if you trust it, run "
                + "`git config --global --add safe.directory \(path)`"
        case .bareRepository(let path):
            return "\(path) is a bare repository, but this needs a work tree"
        case .libgit2(let code, let message):
            return "git error \(code): \(message)"
        }
    }

    public var errorDescription: String? { description }
}
