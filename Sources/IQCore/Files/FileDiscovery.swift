/// Turns command-line paths into the Markdown files to lint.
///
/// A directory means its `*.md` / `*.markdown` files, recursively, skipping `.git`, `.build*`
/// and `node_modules`; a file named explicitly is linted whatever its extension. The
/// configuration's `include` / `exclude` globs filter what directories yield, relative to the
/// configuration's folder (or the working directory).
public struct FileDiscovery: Sendable {
    public static let skippedDirectories: Set<String> = [".git", "node_modules", ".build"]
    public static let markdownExtensions = [".md", ".markdown"]

    public let include: [Glob]
    public let exclude: [Glob]
    /// Folder that globs are relative to.
    public let root: String

    public init(configuration: Configuration, workingDirectory: String) {
        include = configuration.include.map(Glob.init)
        exclude = configuration.exclude.map(Glob.init)
        if let path = configuration.path, let slash = path.lastIndex(of: "/") {
            root = String(path[..<slash])
        } else {
            root = workingDirectory
        }
    }

    public func files(for arguments: [String]) throws(InputError) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for argument in arguments.isEmpty ? ["."] : arguments {
            switch FileSystem.kind(of: argument) {
            case .missing: throw InputError(path: argument, problem: "no such file or directory")
            case .other: throw InputError(path: argument, problem: "not a regular file or directory")
            case .file:
                if seen.insert(argument).inserted { result.append(argument) }
            case .directory:
                let found = try walk(argument)
                if found.isEmpty { throw InputError(path: argument, problem: "no Markdown files (*.md) in this directory") }
                for path in found where seen.insert(path).inserted { result.append(path) }
            }
        }
        return result
    }

    public func isSelected(_ path: String) -> Bool {
        let relative = relativePath(path)
        if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    private func walk(_ directory: String) throws(InputError) -> [String] {
        var result: [String] = []
        for name in try FileSystem.contents(of: directory) {
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            switch FileSystem.kind(of: path) {
            case .directory:
                if FileDiscovery.skippedDirectories.contains(name) || name.hasPrefix(".build") { continue }
                result += try walk(path)
            case .file:
                let lower = name.lowercased()
                if FileDiscovery.markdownExtensions.contains(where: { lower.hasSuffix($0) }), isSelected(path) { result.append(path) }
            default:
                continue
            }
        }
        return result
    }

    private func relativePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileSystem.currentDirectory + "/" + path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}
