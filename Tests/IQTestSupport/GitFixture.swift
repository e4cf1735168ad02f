import Foundation

/// A real git repository in a scratch directory, driven with the git CLI (tests only; iqlint
/// itself reads git through libgit2).
public final class GitFixture: @unchecked Sendable {
    public let directory: ScratchDirectory
    public var path: String { directory.path }

    public init() throws {
        directory = try ScratchDirectory()
        try git("init", "-q", "-b", "main")
    }

    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        let result = try CommandRunner.run("/usr/bin/env", ["git", "-c", "user.name=iqlint", "-c", "user.email=iqlint@example.invalid",
                                                            "-c", "commit.gpgsign=false"] + arguments, in: path)
        guard result.status == 0 else { throw GitFixtureError(message: "git \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func write(_ relative: String, _ contents: String) throws {
        try directory.write(relative, contents)
    }

    /// Writes files, stages everything and commits; returns the new commit id.
    @discardableResult
    public func commit(_ message: String, files: [String: String]) throws -> String {
        for (relative, contents) in files { try write(relative, contents) }
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    public func iqlint(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.iqlint(arguments, in: path)
    }
}

public struct GitFixtureError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
