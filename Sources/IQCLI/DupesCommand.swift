import ArgumentParser
import IQCore
import IQDedup
import IQMarkdown
import IQReporters
import IQRules

/// `iqlint dupes`: clusters of near-duplicate questions across the given files, with every
/// pairwise score, using the `duplicate-question` settings of the configuration.
struct DupesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dupes",
        abstract: "List clusters of near-duplicate questions with their pairwise scores."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or directories (default: the current directory).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Jaccard similarity at which two questions are near duplicates (default: the configuration's, else 0.7).")
    var threshold: Double?

    @Option(help: "Configuration file (default: the nearest .iqlint.yml above the working directory).")
    var config: String?

    func run() throws {
        let configuration = try ConfigurationLoader.load(explicitPath: config)
        var overrides = configuration.settings(for: DuplicateQuestionRule.id).options
        if let threshold {
            guard threshold > 0, threshold <= 1 else { throw CLIFailure("--threshold must be between 0 and 1, found \(threshold)") }
            overrides["threshold"] = .double(threshold)
        }
        let settings: DuplicateQuestionSettings
        do {
            settings = try DuplicateQuestionSettings(options: RuleOptions(defaults: DuplicateQuestionSettings.options, overrides: overrides))
        } catch {
            throw CLIFailure("rule 'duplicate-question' \(error.description)")
        }
        let discovery = FileDiscovery(configuration: configuration, workingDirectory: FileSystem.currentDirectory)
        var entries: [QuestionEntry] = []
        do {
            for path in try discovery.files(for: paths) {
                let file = MarkdownFile(path: path, source: try FileSystem.readSource(path))
                file.derived.overrides = configuration.conventions
                entries += settings.questionLists.questions(in: file).map { QuestionEntry(file: file, item: $0) }
            }
        } catch {
            throw CLIFailure(error)
        }
        let finder = settings.finder
        let texts = entries.map(\.text)
        let pairs = settings.keptPairs(finder.pairs(in: texts), texts: texts, normalizer: finder.normalizer)
        let clusters = DuplicateClusters(pairs: pairs).clusters
        switch format {
        case .text: StandardStreams.write(text(clusters, entries: entries))
        case .json: StandardStreams.write(json(clusters, entries: entries).serialized(indent: 2) + "\n")
        }
    }

    private func text(_ clusters: [DuplicateClusters.Cluster], entries: [QuestionEntry]) -> String {
        guard !clusters.isEmpty else { return "No near-duplicate questions among \(entries.count) questions.\n" }
        var output = ""
        for (number, cluster) in clusters.enumerated() {
            output += "cluster \(number + 1): \(cluster.members.count) questions\n"
            for (index, member) in cluster.members.enumerated() {
                let entry = entries[member]
                output += "  [\(index + 1)] \(entry.file.path):\(entry.line):\(entry.file.source.scalarColumn(of: entry.range.start))  \(entry.text)\n"
            }
            let position = Dictionary(cluster.members.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            for pair in cluster.pairs {
                output += "      [\(position[pair.a] ?? 0)]~[\(position[pair.b] ?? 0)] \(pair.kind.rawValue)  jaccard \(formatted(pair.jaccard))  containment \(formatted(pair.containment))\n"
            }
        }
        let total = clusters.reduce(0) { $0 + $1.members.count }
        return output + "\(clusters.count) cluster\(clusters.count == 1 ? "" : "s"), \(total) of \(entries.count) questions.\n"
    }

    private func json(_ clusters: [DuplicateClusters.Cluster], entries: [QuestionEntry]) -> JSONValue {
        .object([
            ("version", 1),
            ("questions", .int(entries.count)),
            ("clusters", .array(clusters.map { cluster in
                let position = Dictionary(cluster.members.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                return .object([
                    ("items", .array(cluster.members.map { member in
                        let entry = entries[member]
                        return .object([("path", .string(entry.file.path)), ("line", .int(entry.line)),
                                        ("column", .int(entry.file.source.scalarColumn(of: entry.range.start))), ("text", .string(entry.text))])
                    })),
                    ("pairs", .array(cluster.pairs.map { pair in
                        .object([("a", .int(position[pair.a] ?? 0)), ("b", .int(position[pair.b] ?? 0)), ("kind", .string(pair.kind.rawValue)),
                                 ("jaccard", .double(rounded(pair.jaccard))), ("containment", .double(rounded(pair.containment)))])
                    })),
                ])
            })),
        ])
    }

    private func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    private func formatted(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
