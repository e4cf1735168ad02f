import ArgumentParser
import IQCore
import IQRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules",
                                                    abstract: "List the rules: id, group, the severities each can report, fix, summary.")

    @Argument(help: "A rule id: print that rule's documentation, as `iqlint explain` does.")
    var rule: String?

    func run() throws {
        if let rule {
            try ExplainCommand.explain(rule)
            return
        }
        let rows = BuiltinRules.all.map { type -> [String] in
            let description = type.description
            return [description.id, description.group, description.emittedSeverities.map(\.rawValue).joined(separator: ","),
                    description.fix.rawValue, description.summary]
        }
        let header = ["rule", "group", "severity", "fix", "summary"]
        let widths = (0..<4).map { column in (rows + [header]).map { $0[column].count }.max() ?? 0 }
        var output = ""
        for row in [header] + rows {
            output += (0..<4).map { row[$0].padding(to: widths[$0]) }.joined(separator: "  ") + "  " + row[4] + "\n"
        }
        StandardStreams.write(output)
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Print a rule's documentation.")

    @Argument(help: "The rule id, e.g. list-numbering.")
    var rule: String

    func run() throws {
        try Self.explain(rule)
    }

    static func explain(_ rule: String) throws {
        guard let type = BuiltinRules.type(for: rule) else {
            let hint = Configuration.suggestionText(for: rule, in: BuiltinRules.all.map { $0.description.id })
            throw CLIFailure("unknown rule '\(rule)'\(hint); `iqlint rules` lists them")
        }
        StandardStreams.write(RuleDocumentation.page(for: type.description))
    }
}

struct GenerateDocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate-docs", abstract: "Write rules/<id>.md for every rule.",
                                                    shouldDisplay: false)

    @Argument(help: "The folder to write into.")
    var directory: String = "rules"

    func run() throws {
        for type in BuiltinRules.all {
            let description = type.description
            do {
                try FileSystem.writeAtomically(Array(RuleDocumentation.page(for: description).utf8), to: "\(directory)/\(description.id).md")
            } catch {
                throw CLIFailure(error)
            }
        }
    }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
