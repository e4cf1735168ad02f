import ArgumentParser
import IQCore
import IQRules

/// `iqlint conventions FILE…`: what iqlint inferred about each file's conventions, and the lines
/// it read them from, so a maintainer sees why a rule spoke or stayed silent.
struct ConventionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conventions",
        abstract: "Show the conventions inferred from each file (question lists, answers, numbering, table of contents, labels)."
    )

    @Argument(help: "Markdown files or directories.")
    var paths: [String] = []

    @Option(help: "Configuration file (default: the nearest .iqlint.yml above the working directory).")
    var config: String?

    @Flag(help: "Ignore every configuration file: show what iqlint infers on its own.")
    var isolated = false

    func run() throws {
        if isolated, config != nil { throw CLIFailure("--isolated and --config cannot be used together") }
        let configuration = isolated ? Configuration() : try ConfigurationLoader.load(explicitPath: config)
        let discovery = FileDiscovery(configuration: configuration, workingDirectory: FileSystem.currentDirectory)
        var output = ""
        var files: [MarkdownFile] = []
        do {
            for path in try discovery.files(for: paths) {
                let file = MarkdownFile(path: path, source: try FileSystem.readSource(path))
                file.derived.overrides = configuration.conventions
                output += ConventionsReport.text(for: file, tocSettings: configuration.settings(for: TOCSyncRule.id).options)
                files.append(file)
            }
        } catch {
            throw CLIFailure(error)
        }
        output += ConventionsReport.collectionText(for: files)
        StandardStreams.write(output)
    }
}
