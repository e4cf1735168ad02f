import IQCore
import IQGit
import IQMarkdown

/// Reading the files `iqlint check` lints: from disk or standard input.
extension CheckCommand {
    func readFiles(resolver: ConfigurationResolver) throws(CLIFailure) -> [MarkdownFile] {
        do {
            let paths = try discovery(resolver).files(for: options.paths)
            LargeInputMemory.prepare(forBytes: paths.reduce(0) { $0 + FileSystem.size(of: $1) })
            // Files are read and parsed concurrently; the first problem in path order is reported.
            let read = Parallel.map(paths) { path in
                Result { () throws(InputError) -> MarkdownFile in try FileIdentities.read(path) }
            }
            return try read.map { result throws(InputError) in try result.get() }
        } catch {
            throw CLIFailure(error)
        }
    }

    /// Folders are walked with each file's nearest configuration and, unless `--no-ignore`,
    /// without what git ignores.
    func discovery(_ resolver: ConfigurationResolver) -> FileDiscovery {
        let noIgnore = options.noIgnore
        return FileDiscovery(
            configuration: { path in try resolver.configuration(for: path) },
            ignoreRules: { folder in noIgnore ? nil : GitIgnores.rules(for: folder) },
            forceExclude: options.forceExclude)
    }

    func readFromDisk(_ path: String) throws(CLIFailure) -> MarkdownFile {
        do {
            return try FileIdentities.read(path)
        } catch {
            throw CLIFailure(error)
        }
    }

    func readStandardInput() throws(CLIFailure) -> MarkdownFile {
        let path = options.stdinFilename ?? "<stdin>"
        do {
            return MarkdownFile(path: path, source: try FileSystem.decode(StandardStreams.readInput(), path: path))
        } catch {
            throw CLIFailure(error)
        }
    }
}
