import ArgumentParser
import IQCore
import IQDedup
import IQMarkdown
import IQReporters
import IQRules

/// `iqlint dupes`: clusters of near-duplicate questions across the given files, with every
/// pairwise score, using the `duplicate-question` settings of the configuration (files that
/// translate each other, or an exercise and its solutions, are not paired). A cluster is a
/// star: every member is paired with its centre; pairs that fit no cluster are listed after them.
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

    @Option(help: "Similarity at which two questions are near duplicates (default: the configuration's, else 0.7).")
    var threshold: Double?

    @Option(help: "Configuration file (default: the nearest .iqlint.yml or .iqlint.yaml above the working directory).")
    var config: String?

    @Flag(help: "Ignore every configuration file.")
    var isolated = false

    func run() throws {
        if isolated, config != nil { throw CLIFailure("--isolated and --config cannot be used together") }
        let configuration = isolated ? Configuration() : try ConfigurationLoader.load(explicitPath: config)
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
        // Folders are walked like `check` walks them: each file's nearest configuration, .gitignore.
        let resolver = try ConfigurationResolver(isolated ? .isolated : config.map { .explicit($0) } ?? .nearest)
        let discovery = FileDiscovery(configuration: { path in try resolver.configuration(for: path) },
                                      ignoreRules: { folder in GitIgnores.rules(for: folder) })
        var entries = QuestionSet()
        // Files whose lists name things have no questions to compare: said, not silently empty.
        var namesFiles: [String] = []
        do {
            for path in try discovery.files(for: paths) {
                let file = MarkdownFile(path: path, source: try FileSystem.readSource(path))
                file.derived.overrides = configuration.conventions
                let conventions = CollectionConventions.of(file)
                if conventions.itemKind == .names {
                    namesFiles.append("\(path): not compared: its lists name things (\(conventions.phrasing.summary)); `conventions: items: questions` compares them\n")
                }
                entries.append(questionsOf: file, lists: settings.questionLists)
            }
        } catch {
            throw CLIFailure(error)
        }
        // Files the rule never compares (translations, an exercise and its solutions) are not paired here either.
        let groups = configuration.conventions.stringGroups("translations") ?? []
        let pairs = settings.finder.pairs(in: entries.texts, keeping: settings.pairFilter).filter { pair in
            DuplicateQuestionRule.compares(entries.path(of: pair.a), entries.path(of: pair.b), translations: groups)
        }
        let clusters = DuplicateClusters(pairs: pairs)
        switch format {
        case .text: StandardStreams.write(namesFiles.joined() + text(clusters, entries: entries))
        case .json: StandardStreams.write(json(clusters, entries: entries).serialized(indent: 2) + "\n")
        }
    }

    private func location(_ entry: QuestionEntry) -> String {
        "\(entry.file.path):\(entry.line):\(entry.file.source.reportedPosition(of: entry.range.start).column)"
    }

    private func text(_ result: DuplicateClusters, entries: QuestionSet) -> String {
        let clusters = result.clusters
        guard !clusters.isEmpty else { return "No near-duplicate questions among \(entries.count) questions.\n" }
        var output = ""
        for (number, cluster) in clusters.enumerated() {
            let position = Dictionary(cluster.members.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            output += "cluster \(number + 1): \(cluster.members.count) questions, each paired with [\(position[cluster.center] ?? 0)]\n"
            for (index, member) in cluster.members.enumerated() {
                output += "  [\(index + 1)] \(location(entries[member]))  \(entries[member].text)\n"
            }
            for pair in cluster.pairs {
                output += "      [\(position[pair.a] ?? 0)]~[\(position[pair.b] ?? 0)] \(pair.kind.rawValue)  similarity \(formatted(pair.jaccard))  containment \(formatted(pair.containment))\n"
            }
        }
        if !result.unclusteredPairs.isEmpty {
            output += "pairs outside the clusters:\n"
            for pair in result.unclusteredPairs {
                output += "  \(location(entries[pair.a]))  \(entries[pair.a].text)\n  \(location(entries[pair.b]))  \(entries[pair.b].text)\n"
                output += "      \(pair.kind.rawValue)  similarity \(formatted(pair.jaccard))  containment \(formatted(pair.containment))\n"
            }
        }
        let total = clusters.reduce(0) { $0 + $1.members.count }
        let others = result.unclusteredPairs.isEmpty ? "" : ", \(result.unclusteredPairs.count) more pair\(result.unclusteredPairs.count == 1 ? "" : "s")"
        return output + "\(clusters.count) cluster\(clusters.count == 1 ? "" : "s"), \(total) of \(entries.count) questions\(others).\n"
    }

    private func item(_ entry: QuestionEntry) -> JSONValue {
        .object([("path", .string(entry.file.path)), ("line", .int(entry.line)),
                 ("column", .int(entry.file.source.reportedPosition(of: entry.range.start).column)), ("text", .string(entry.text))])
    }

    private func scores(_ pair: DuplicatePair) -> [(String, JSONValue)] {
        [("kind", .string(pair.kind.rawValue)), ("jaccard", .double(rounded(pair.jaccard))), ("containment", .double(rounded(pair.containment)))]
    }

    private func json(_ result: DuplicateClusters, entries: QuestionSet) -> JSONValue {
        .object([
            ("version", 1),
            ("questions", .int(entries.count)),
            ("clusters", .array(result.clusters.map { cluster in
                let position = Dictionary(cluster.members.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                return .object([
                    ("center", .int(position[cluster.center] ?? 0)),
                    ("items", .array(cluster.members.map { item(entries[$0]) })),
                    ("pairs", .array(cluster.pairs.map { pair in
                        .object([("a", .int(position[pair.a] ?? 0)), ("b", .int(position[pair.b] ?? 0))] + scores(pair))
                    })),
                ])
            })),
            ("pairs", .array(result.unclusteredPairs.map { pair in
                .object([("items", .array([item(entries[pair.a]), item(entries[pair.b])]))] + scores(pair))
            })),
        ])
    }

    private func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    private func formatted(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
