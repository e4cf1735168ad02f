import IQCore
import IQGit
import IQMarkdown

/// `--repository-reference`: the other Markdown files of the git repository the named files
/// are in, as staged (what the next commit holds), for corpus rules to compare against. The
/// hooks use it: pre-commit names only the staged files, and a new question must still be
/// judged against the questions of every other file.
enum RepositoryReference {
    static func files(besides linted: [MarkdownFile], discovery: FileDiscovery) throws(CLIFailure) -> [MarkdownFile] {
        let workingDirectory = FileSystem.currentDirectory
        // Outside a repository there is nothing more to compare with.
        guard let repository = try? GitRepository.discover(from: workingDirectory), let workdir = repository.workdir else { return [] }
        let root = FileSystem.realPath(workdir) ?? workdir
        let mapper = PathMapper(workdir: root, workingDirectory: FileSystem.realPath(workingDirectory) ?? workingDirectory)
        var lintedPaths = Set<String>()
        for file in linted {
            guard let real = FileSystem.realPath(file.path) else { continue }
            lintedPaths.insert(mapper.repositoryPath(of: real))
        }
        do {
            let staged = try repository.stagedFiles { path in
                !lintedPaths.contains(path) && FileDiscovery.isMarkdown(path) && discovery.isSelected(mapper.displayPath(of: path))
            }
            return staged.compactMap { blob in
                guard let source = try? SourceText(validating: blob.bytes) else { return nil }
                return MarkdownFile(path: mapper.displayPath(of: blob.path), source: source)
            }
        } catch {
            throw CLIFailure(error)
        }
    }
}
