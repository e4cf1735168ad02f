import IQCore
import IQMarkdown

/// Reading the files `iqlint check` lints: from disk or standard input.
extension CheckCommand {
    func readFiles(configuration: Configuration) throws(CLIFailure) -> [MarkdownFile] {
        let discovery = FileDiscovery(configuration: configuration, workingDirectory: FileSystem.currentDirectory)
        do {
            return try discovery.files(for: options.paths).map { path throws(InputError) in
                MarkdownFile(path: path, source: try FileSystem.readSource(path))
            }
        } catch {
            throw CLIFailure(error)
        }
    }

    func readFromDisk(_ path: String) throws(CLIFailure) -> MarkdownFile {
        do {
            return MarkdownFile(path: path, source: try FileSystem.readSource(path))
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
