/// Turns command-line paths into the Markdown files to lint.
///
/// A directory means its `*.md` / `*.markdown` files, walked without recursion, skipping
/// `.git`, `.build*` and `node_modules`, what `isIgnored` says (`.gitignore`) and what the
/// configuration of each file excludes; a file named explicitly is linted whatever its
/// extension, and excluded only with `forceExclude`. Symlinks are followed, but each real
/// file (device and inode) is linted once and each real folder walked once, so a link back to
/// `.` neither repeats files nor loops.
public struct FileDiscovery {
    public static let skippedDirectories: Set<String> = [".git", "node_modules", ".build"]
    public static let markdownExtensions = [".md", ".markdown"]

    /// The configuration that applies to a path (the nearest one, or the only one).
    public let configuration: (String) throws -> Configuration
    /// For a walked folder: a function telling whether a path below it (and whether it is a
    /// folder) is ignored by git; nil when there is nothing to ask.
    public let ignoreRules: (String) throws -> ((String, Bool) -> Bool)?
    public let forceExclude: Bool

    public init(configuration: @escaping (String) throws -> Configuration,
                ignoreRules: @escaping (String) throws -> ((String, Bool) -> Bool)? = { _ in nil },
                forceExclude: Bool = false) {
        self.configuration = configuration
        self.ignoreRules = ignoreRules
        self.forceExclude = forceExclude
    }

    /// One configuration for every path; `workingDirectory` is unused (globs are relative to
    /// the configuration's folder, or the working directory when it has no file).
    public init(configuration: Configuration, workingDirectory: String) {
        self.init(configuration: { _ in configuration })
    }

    public static func isMarkdown(_ name: String) -> Bool {
        let lower = name.lowercased()
        return markdownExtensions.contains { lower.hasSuffix($0) }
    }

    public func isSelected(_ path: String) -> Bool {
        (try? configuration(path).isSelected(path)) ?? true
    }

    public func files(for arguments: [String]) throws -> [String] {
        try discover(arguments).map(\.path)
    }

    /// A file to lint, and whether it was found by walking a folder rather than named.
    public struct Found: Sendable, Equatable {
        public let path: String
        public let wasWalked: Bool
    }

    /// The files of `arguments`, each saying whether a folder's walk found it.
    public func discover(_ arguments: [String]) throws -> [Found] {
        var result: [String] = []
        var walkedPaths = Set<String>()
        var seenFiles = Set<FileInode>()
        var seenFolders = Set<FileInode>()
        for argument in arguments.isEmpty ? ["."] : arguments {
            switch FileSystem.kind(of: argument) {
            case .missing: throw InputError(path: argument, problem: "no such file or directory")
            case .other: throw InputError(path: argument, problem: "not a regular file or directory")
            case .file:
                if forceExclude, !(try configuration(argument).isSelected(argument)) { continue }
                if let identity = FileSystem.inode(of: argument), !seenFiles.insert(identity).inserted { continue }
                result.append(argument)
            case .directory:
                let before = result.count
                let walked = try walk(argument, seenFiles: &seenFiles, seenFolders: &seenFolders, into: &result)
                walkedPaths.formUnion(result[before...])
                if !walked && result.count == before {
                    throw InputError(path: argument, problem: "no Markdown files (*.md) in this directory")
                }
            }
        }
        return result.map { Found(path: $0, wasWalked: walkedPaths.contains($0)) }
    }

    /// Depth first, entries in name order, with an explicit stack. Symlinks are visited after
    /// everything else, so a file reached both directly and through a link is reported under its
    /// own path. Returns false when the folder held no Markdown file at all (as opposed to only
    /// excluded or repeated ones).
    private func walk(_ root: String, seenFiles: inout Set<FileInode>, seenFolders: inout Set<FileInode>,
                      into result: inout [String]) throws -> Bool {
        guard let rootIdentity = FileSystem.inode(of: root) else { return false }
        guard seenFolders.insert(rootIdentity).inserted else { return true }
        let ignored = try ignoreRules(root)
        var sawMarkdown = false
        var stack: [(folder: String, names: [String], next: Int)] = [(root, try FileSystem.contents(of: root), 0)]
        var links: [String] = []
        var nextLink = 0
        while true {
            let path: String, name: String
            if let top = stack.indices.last {
                guard stack[top].next < stack[top].names.count else { stack.removeLast(); continue }
                name = stack[top].names[stack[top].next]
                stack[top].next += 1
                let folder = stack[top].folder
                path = folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
                if FileSystem.isSymbolicLink(path) { links.append(path); continue }
            } else if nextLink < links.count {
                path = links[nextLink]
                name = String(PathSplitting.components(path).last ?? "")
                nextLink += 1
            } else {
                break
            }
            switch FileSystem.kind(of: path) {
            case .directory:
                if FileDiscovery.skippedDirectories.contains(name) || name.hasPrefix(".build") { continue }
                if let ignored, ignored(path, true) { continue }
                if try configuration(path).excludesFolder(path) { continue }
                guard let identity = FileSystem.inode(of: path), seenFolders.insert(identity).inserted else { continue }
                stack.append((path, try FileSystem.contents(of: path), 0))
            case .file:
                guard FileDiscovery.isMarkdown(name) else { continue }
                sawMarkdown = true
                if let ignored, ignored(path, false) { continue }
                guard try configuration(path).isSelected(path) else { continue }
                guard let identity = FileSystem.inode(of: path), seenFiles.insert(identity).inserted else { continue }
                result.append(path)
            default:
                continue
            }
        }
        return sawMarkdown
    }
}
