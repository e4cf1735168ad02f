import ArgumentParser
import IQCore
import IQGit
import IQMarkdown

/// Reading the files `iqlint check` lints: from disk or standard input.
extension CheckCommand {
    /// The files to lint. A file that cannot be read stops the run (its one line, exit 2) when
    /// it is named alone, when a baseline is written (it would lack that file's findings), and,
    /// named with others, under `--fix` (nothing is written when an input named is bad).
    /// Otherwise it is left out and returned in `unreadable`, so the other files are still
    /// linted (a pre-commit hook names every staged file, and one in another encoding must not
    /// hide the findings of the rest), and a folder's other files fixed with `--fix` (a file
    /// that cannot be read is never written).
    func readFiles(resolver: ConfigurationResolver) throws(CLIFailure) -> (files: [MarkdownFile], unreadable: [InputError]) {
        do {
            let found = try discovery(resolver).discover(options.paths)
            LargeInputMemory.prepare(forBytes: found.reduce(0) { $0 + FileSystem.size(of: $1.path) })
            // Files are read and parsed concurrently; the first problem in path order is reported.
            let read = Parallel.map(found.map(\.path)) { path in
                Result { () throws(InputError) -> MarkdownFile in try FileIdentities.read(path) }
            }
            let writes = options.writeBaseline != nil
            var files: [MarkdownFile] = [], unreadable: [InputError] = []
            for (result, file) in zip(read, found) {
                switch result {
                case .success(let markdown): files.append(markdown)
                case .failure(let error) where (file.wasWalked || found.count > 1 && !options.fix) && !writes: unreadable.append(error)
                case .failure(let error): throw error
                }
            }
            return (files, unreadable)
        } catch {
            throw CLIFailure(error)
        }
    }

    /// Says on standard error that each of `unreadable` was not linted (nor fixed); exit code 2
    /// when there was one, whatever the other files' findings.
    func reportUnreadable(_ unreadable: [InputError], afterLinting lint: () throws -> Void) throws {
        guard !unreadable.isEmpty else { return try lint() }
        for error in unreadable { StandardStreams.writeError("iqlint: error: \(error.description); not linted\n") }
        do { try lint() } catch let exit as ExitCode where exit != .success { }
        throw ExitCode(2)
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
