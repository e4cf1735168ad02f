import IQCore
import IQGit

/// What `.gitignore` hides below a folder being walked, asked through libgit2.
enum GitIgnores {
    /// nil when the folder is not inside a git work tree (then nothing is ignored).
    static func rules(for folder: String) -> ((String, Bool) -> Bool)? {
        guard let real = FileSystem.realPath(folder),
              let repository = try? GitRepository.discover(from: real),
              let checker = try? GitIgnoreChecker(repository: repository) else { return nil }
        let root = FileSystem.realPath(checker.workdir) ?? checker.workdir
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let walkRoot = FileSystem.absolute(folder)
        return { path, isDirectory in
            // Paths under the walked folder map onto the work tree lexically; a path that a
            // symlink took outside it is not git's to judge.
            let absolute = FileSystem.absolute(path)
            let relativeToWalk = absolute.hasPrefix(walkRoot + "/") ? String(absolute.dropFirst(walkRoot.count + 1)) : nil
            guard let relativeToWalk else { return false }
            let candidate = real == "/" ? "/" + relativeToWalk : real + "/" + relativeToWalk
            guard let relative = PathSplitting.dropping(prefix, from: candidate) else { return false }
            return checker.isIgnored(relative, isDirectory: isDirectory)
        }
    }
}
