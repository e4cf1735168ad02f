import IQCore
import IQMarkdown
import IQRules

/// `--select` and `--ignore` resolved to rule ids (ids, groups, patterns, prefixes; repeated
/// options add up), and the linter they make with each file's configuration.
struct RuleChoice {
    let select: [String]?
    let ignore: [String]

    init(_ options: CheckOptions) throws(CLIFailure) {
        let rules = BuiltinRules.all.map { $0.description }
        do {
            select = options.select.isEmpty ? nil : try RuleSelector.resolve(CheckOptions.ids(options.select), in: rules)
            ignore = try RuleSelector.resolve(CheckOptions.ids(options.ignore), in: rules)
        } catch {
            throw CLIFailure(error.message)
        }
    }

    /// One profile per configuration the files use, so each file gets its nearest settings.
    /// `linkResults` are the network check's verdicts for the dead-link rule; without them the
    /// rule does not run.
    func linter(for files: [MarkdownFile], resolver: ConfigurationResolver, linkResults: ConfigValue? = nil) throws(CLIFailure) -> Linter {
        var profileByPath: [String: Int] = [:]
        for file in files { profileByPath[file.path] = try resolver.profile(for: file.path) }
        var profiles = resolver.profiles
        var ignored = ignore
        if let linkResults {
            for index in profiles.indices {
                var settings = profiles[index].settings(for: DeadLinkRule.id)
                settings.options["results"] = linkResults
                profiles[index].rules[DeadLinkRule.id] = settings
            }
        } else {
            ignored.append(DeadLinkRule.id)
        }
        do {
            return try Linter(ruleTypes: BuiltinRules.all, configurations: profiles, profileByPath: profileByPath,
                              select: select, ignore: ignored)
        } catch {
            throw CLIFailure(error)
        }
    }
}
