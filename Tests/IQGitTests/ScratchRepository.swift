import Foundation

/// A real git repository in a fresh temporary directory, driven by the git CLI so the tests
/// check libgit2 against what git itself wrote. Deleted when the value goes away.
final class ScratchRepository {
    let root: String

    /// A new repository on branch `main`, or with `gitInit: false` just an empty directory.
    init(gitInit: Bool = true) throws {
        // Symlinks resolved so paths compare equal to what libgit2 reports.
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        let directory = base.appendingPathComponent("iqgit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        root = directory.path
        if gitInit { try git("init", "-q", "-b", "main") }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String {
        root + "/" + relative
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    /// Stages everything and commits; returns the new commit's full sha.
    @discardableResult
    func commitAll(_ message: String = "change") throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    /// Runs git in the repository, as user t <t@e>, and returns its trimmed standard output; throws on a non-zero exit.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try Self.run(arguments, in: root)
    }

    static func run(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@e"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // Ignore the machine's git configuration and any GIT_DIR a calling hook may have set.
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitCommandFailed(arguments: arguments, message: String(decoding: stderr, as: UTF8.self))
        }
        return String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct GitCommandFailed: Error, CustomStringConvertible {
    let arguments: [String]
    let message: String
    var description: String { "git \(arguments.joined(separator: " ")) failed: \(message)" }
}

/// `count` distinct lines "line 1" … "line N", each ending in `ending`.
func numberedLines(_ count: Int, prefix: String = "line", ending: String = "\n") -> String {
    (1...count).map { "\(prefix) \($0)\(ending)" }.joined()
}
