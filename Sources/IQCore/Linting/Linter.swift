import IQMarkdown

/// Runs the enabled rules over files and applies severities, `per-file-ignores` and inline
/// suppressions. Rules never see configuration files, suppressions or git: all of that
/// happens here.
///
/// Files can follow different configurations (the nearest `.iqlint.yml` to each): each
/// configuration is a profile with its own rules. Corpus rules still see every file: a
/// profile's files are linted with the files of earlier profiles as reference, so a duplicate
/// across two profiles is reported once, on the later file.
public struct Linter: Sendable {
    public struct EnabledRule: Sendable {
        public let rule: any Rule
        public let description: RuleDescription
        /// Severity from the configuration, which beats the rule's own grading.
        public let configuredSeverity: Severity?
    }

    struct Profile: Sendable {
        let configuration: Configuration
        let rules: [EnabledRule]
        let enabledIDs: Set<String>
    }

    let profiles: [Profile]
    /// The profile of each linted path; paths not listed use the first.
    let profileByPath: [String: Int]
    /// Every rule id the linter knows, enabled or not.
    public let knownIDs: Set<String>
    /// Above this much Markdown (the linted files and their reference together), the rules run
    /// in two phases: first every rule but those with the largest tables (``CorpusRule/holdsLargestTables``,
    /// duplicate-question's index of every question), on every core; then, with the facts only
    /// per-document rules read released (``PerDocumentFact``), those alone. Beside each other and
    /// the per-document rules' facts, the tables took a 100 MB bank's peak past 2 GB; run after
    /// all of them (duplicate-link as well), the bank took over 30 s. Below it, every rule runs
    /// at once.
    public var sequentialCorpusRulesBytes = Linter.largeInputBytes

    /// Inputs from this size on are large: memory, not time, is what runs out first (see
    /// ``sequentialCorpusRulesBytes`` and the CLI's allocator setting).
    public static let largeInputBytes = 32 << 20

    /// The rules of the first (usually the only) configuration.
    public var rules: [EnabledRule] { profiles[0].rules }
    public var configuration: Configuration { profiles[0].configuration }
    /// Ids of the rules that run on some file.
    public var ranRuleIDs: Set<String> { profiles.reduce(into: Set<String>()) { $0.formUnion($1.enabledIDs) } }

    /// - Parameters:
    ///   - select: when given, only these rules run (even if the configuration turns them off).
    ///   - ignore: these rules never run.
    public init(ruleTypes: [any Rule.Type], configuration: Configuration = Configuration(),
                select: [String]? = nil, ignore: [String] = []) throws(ConfigurationError) {
        try self.init(ruleTypes: ruleTypes, configurations: [configuration], profileByPath: [:], select: select, ignore: ignore)
    }

    /// - Parameter profileByPath: the index in `configurations` of each file to be linted.
    public init(ruleTypes: [any Rule.Type], configurations: [Configuration], profileByPath: [String: Int],
                select: [String]? = nil, ignore: [String] = []) throws(ConfigurationError) {
        let known = Set(ruleTypes.map { $0.description.id })
        for id in (select ?? []) + ignore where !known.contains(id) {
            throw ConfigurationError(path: "command line", line: nil,
                                     problem: "unknown rule '\(id)'\(Configuration.suggestion(for: id, in: Array(known)))")
        }
        var profiles: [Profile] = []
        for configuration in configurations.isEmpty ? [Configuration()] : configurations {
            var enabled: [EnabledRule] = []
            for type in ruleTypes {
                let description = type.description
                let settings = configuration.settings(for: description.id)
                let isSelected = select.map { $0.contains(description.id) } ?? settings.enabled
                guard isSelected, !ignore.contains(description.id) else { continue }
                do {
                    let rule = try type.init(options: RuleOptions(defaults: description.options, overrides: settings.options))
                    enabled.append(EnabledRule(rule: rule, description: description, configuredSeverity: settings.severity))
                } catch {
                    throw ConfigurationError(path: configuration.path ?? "configuration", line: nil,
                                             problem: "rule '\(description.id)' \(error.description)")
                }
            }
            profiles.append(Profile(configuration: configuration, rules: enabled, enabledIDs: Set(enabled.map(\.description.id))))
        }
        self.profiles = profiles
        self.profileByPath = profileByPath
        knownIDs = known
    }

    private init(profiles: [Profile], profileByPath: [String: Int], knownIDs: Set<String>) {
        self.profiles = profiles
        self.profileByPath = profileByPath
        self.knownIDs = knownIDs
    }

    /// The same linter running only the rules in `ids` (pull-request mode re-lints a base
    /// version only for the rules whose findings it must compare).
    public func restricted(to ids: Set<String>) -> Linter {
        Linter(profiles: profiles.map { profile in
            let rules = profile.rules.filter { ids.contains($0.description.id) }
            return Profile(configuration: profile.configuration, rules: rules, enabledIDs: Set(rules.map(\.description.id)))
        }, profileByPath: profileByPath, knownIDs: knownIDs)
    }

    public func isEnabled(_ id: String) -> Bool { profiles[0].enabledIDs.contains(id) }

    /// Lints `files` together; `reference` files are only compared against by corpus rules.
    /// With `change` (pull-request mode), an ``IncrementalCorpusRule`` reports only what the
    /// change is responsible for.
    /// The rule that reports merge conflicts, whose findings stand inside them.
    static let mergeConflictRuleID = "merge-conflict"

    public func lint(_ files: [MarkdownFile], reference: [MarkdownFile] = [], change: PullRequestChange? = nil) -> [Diagnostic] {
        guard profiles.count > 1 else {
            return lint(files, reference: reference, profile: profiles[0], change: change).sorted(by: Diagnostic.reportingOrder)
        }
        var groups = [[MarkdownFile]](repeating: [], count: profiles.count)
        for file in files { groups[profileByPath[file.path] ?? 0].append(file) }
        var result: [Diagnostic] = []
        var earlier: [MarkdownFile] = []
        for (index, group) in groups.enumerated() where !group.isEmpty {
            // Each profile compares against the base versions of later profiles' files too, as
            // when every base version was a reference file. An earlier profile's file is
            // compared as it is now: its base version would bring back what the change removed
            // (in the full path the base versions are among `reference`).
            let earlierPaths = Set(earlier.map(\.path))
            let otherBases = change.map { $0.bases(besides: Set(group.map(\.path)).union(earlierPaths)) } ?? []
            let others = earlierPaths.isEmpty ? reference : reference.filter { !earlierPaths.contains($0.path) }
            result += lint(group, reference: others + otherBases + earlier, profile: profiles[index], change: change)
            earlier += group
        }
        return result.sorted(by: Diagnostic.reportingOrder)
    }

    private func lint(_ files: [MarkdownFile], reference: [MarkdownFile], profile: Profile,
                      change: PullRequestChange?) -> [Diagnostic] {
        var raw: [Diagnostic] = []
        // Each profile's `conventions:`; setting them clears what was derived, so only on change.
        let conventions = profile.configuration.conventions
        for file in files + reference where file.derived.overrides != conventions { file.derived.overrides = conventions }
        // Facts of the whole collection, found once before any rule checks a file.
        for enabled in profile.rules { enabled.rule.asCollectionFactRule?.prepare(collection: files + reference) }
        let change = change?.following(conventions)
        // Facts several rules wait for, on every core before the rules take them; meanwhile the
        // base versions parse (pull-request mode).
        let rules = profile.rules.map(\.rule)
        let prepare = { @Sendable in
            _ = Parallel.map(files.map { ($0, false) } + reference.map { ($0, true) }) { file, isReference in
                for rule in rules { rule.prepareSharedFacts(of: file, isReference: isReference) }
            }
        }
        if let change, change.baseByteCount > 0 { _ = Parallel.both(prepare, { change.parseBases() }) } else { prepare() }
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let hasPerFileIgnores = !profile.configuration.perFileIgnores.isEmpty
        var ignoredByPath: [String: Set<String>] = [:]
        if hasPerFileIgnores {
            for file in files { ignoredByPath[file.path] = profile.configuration.ignoredRules(for: file.path) }
        }
        // Rules are independent of each other: they run concurrently (and a per-document rule
        // over several files concurrently), their findings joined in rule order as before.
        let ignored = ignoredByPath
        let enabledIDs = Set(profile.rules.map(\.description.id))
        let inputBytes = (files + reference).reduce(0) { $0 + $1.source.bytes.count } + (change?.baseByteCount ?? 0)
        var found = [[Diagnostic]](repeating: [], count: profile.rules.count)
        for (number, phase) in phases(of: profile.rules, inputBytes: inputBytes).enumerated() {
            if number > 0 { for file in files + reference { file.derived.releasePerDocumentFacts() } }
            for batch in Parallel.map(phase, { batch -> [(Int, [Diagnostic])] in
                batch.map { index in
                    let enabled = profile.rules[index]
                    return (index, Timings.measure(enabled.description.id) {
                        run(enabled, files: files, reference: reference, byPath: byPath, change: change, ignoredByPath: ignored,
                            enabledIDs: enabledIDs)
                    })
                }
            }) {
                for (index, diagnostics) in batch { found[index] = diagnostics }
            }
        }
        Self.leaveOutYielded(&found, rules: profile.rules.map(\.description))
        raw.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for diagnostics in found { raw += diagnostics }
        // Each file's diagnostics by position in `raw`, so that no file scans all of them.
        var rawByPath: [String: [Int]] = [:]
        for index in raw.indices { rawByPath[raw[index].path, default: []].append(index) }
        var kept: [Diagnostic] = []
        kept.reserveCapacity(raw.count)
        for file in files {
            let suppressions = Suppressions(document: file.document)
            let conflicts = file.mergeConflicts.conflicts.map(\.span)
            var used = Set<Int>()
            for index in rawByPath[file.path] ?? [] {
                var diagnostic = raw[index]
                // Inside an unresolved merge conflict the text is not settled: its findings wait
                // (`merge-conflict` reports the conflict), and no fix edits it.
                if !conflicts.isEmpty, diagnostic.ruleID != Self.mergeConflictRuleID {
                    if conflicts.contains(where: { $0.contains(diagnostic.range.start) }) { continue }
                    if let fix = diagnostic.fix, fix.edits.contains(where: { edit in conflicts.contains { $0.overlaps(edit.range) } }) {
                        diagnostic = diagnostic.withoutFix()
                    }
                }
                if suppressions.isEmpty {
                    kept.append(diagnostic)
                } else if let directive = suppressions.suppressor(of: diagnostic.ruleID, line: diagnostic.line) {
                    used.insert(directive)
                } else {
                    kept.append(diagnostic)
                }
            }
            kept += unusedSuppressions(in: file, suppressions: suppressions, used: used, profile: profile,
                                       ignored: ignoredByPath[file.path] ?? [])
        }
        return kept
    }

    /// Leaves out the findings of a rule that yields to another (`RuleDescription.yieldsTo`)
    /// where that rule reports a range containing them. `found`: findings by rule, as `rules`.
    static func leaveOutYielded(_ found: inout [[Diagnostic]], rules: [RuleDescription]) {
        let positions = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, rule) in rules.enumerated() where !rule.yieldsTo.isEmpty && !found[index].isEmpty {
            var covering: [String: [SourceRange]] = [:]
            for other in rule.yieldsTo.compactMap({ positions[$0] }) {
                for diagnostic in found[other] { covering[diagnostic.path, default: []].append(diagnostic.range) }
            }
            guard !covering.isEmpty else { continue }
            found[index].removeAll { diagnostic in
                covering[diagnostic.path]?.contains { $0.start <= diagnostic.range.start && diagnostic.range.end <= $0.end } ?? false
            }
        }
    }

    /// The rules as phases of batches of positions in `rules`: the phases run one after the
    /// other, the batches of a phase on the cores, the rules of a batch in order. Above
    /// `sequentialCorpusRulesBytes` of Markdown, the rules with the largest tables are one batch
    /// of a second phase.
    ///
    /// Within a phase the slowest rules start first: the corpus rules, the one with the largest
    /// tables before the others. In rule order, duplicate-question (on a large bank, half the
    /// run) started last, once one core had worked through every other rule, and the other core
    /// then idled while it ran. Findings are still joined in rule order.
    func phases(of rules: [EnabledRule], inputBytes: Int) -> [[[Int]]] {
        func cost(_ index: Int) -> Int {
            guard let corpus = rules[index].rule.asCorpusRule else { return 0 }
            return corpus.holdsLargestTables ? 2 : 1
        }
        // A stable order: equal costs keep the rule order.
        let byCost = rules.indices.sorted { (cost($1), $0) < (cost($0), $1) }
        guard inputBytes > sequentialCorpusRulesBytes else { return [byCost.map { [$0] }] }
        let largest = byCost.filter { cost($0) == 2 }
        let others = byCost.filter { cost($0) < 2 }.map { [$0] }
        return [others, [largest]].filter { !$0.isEmpty && !$0[0].isEmpty }
    }

    private func run(_ enabled: EnabledRule, files: [MarkdownFile], reference: [MarkdownFile], byPath: [String: MarkdownFile],
                     change: PullRequestChange?, ignoredByPath: [String: Set<String>], enabledIDs: Set<String>) -> [Diagnostic] {
        let id = enabled.description.id
        // A finding another rule owns, where that rule runs.
        @Sendable func isDeferred(_ violation: Violation, path: String) -> Bool {
            guard let owner = violation.deferredTo else { return false }
            return enabledIDs.contains(owner) && ignoredByPath[path]?.contains(owner) != true
        }
        if let rule = enabled.rule.asDocumentRule {
            return Parallel.map(files) { file -> [Diagnostic] in
                guard ignoredByPath[file.path]?.contains(id) != true else { return [] }
                // Pull-request mode: a rule that judges each chunk alone looks at the changed ones only.
                let judged: MarkdownFile
                if let change, let local = rule.asChunkLocalRule, let regions = change.changedRegions(of: file), local.judgesChunksAlone(in: file) {
                    judged = MarkdownFile(path: file.path, document: file.document.restricted(to: regions))
                    judged.derived.overrides = file.derived.overrides
                } else {
                    judged = file
                }
                return rule.check(judged).compactMap { isDeferred($0, path: file.path) ? nil : diagnostic(from: $0, rule: enabled, file: file) }
            }.flatMap { $0 }
        }
        if let rule = enabled.rule.asCorpusRule {
            let found: [FileViolation]
            if let change, let incremental = rule.asIncrementalCorpusRule {
                found = incremental.check(files: files, reference: reference, change: change)
            } else {
                // A corpus rule that cannot judge a change alone compares against the base versions too.
                found = rule.check(files: files, reference: reference + (change?.bases(besides: []) ?? []))
            }
            return found.compactMap { found in
                guard ignoredByPath[found.path]?.contains(id) != true, !isDeferred(found.violation, path: found.path),
                      let file = byPath[found.path] else { return nil }
                return diagnostic(from: found.violation, rule: enabled, file: file)
            }
        }
        return []
    }

    private func diagnostic(from violation: Violation, rule: EnabledRule, file: MarkdownFile) -> Diagnostic {
        Diagnostic(ruleID: rule.description.id,
                   severity: rule.configuredSeverity ?? violation.severity ?? rule.description.defaultSeverity,
                   message: violation.message, path: file.path, source: file.source, range: violation.range,
                   related: violation.related, fix: violation.fix, help: violation.help)
    }

    private func unusedSuppressions(in file: MarkdownFile, suppressions: Suppressions, used: Set<Int>, profile: Profile,
                                    ignored: Set<String>) -> [Diagnostic] {
        guard !ignored.contains(UnusedSuppressionRule.id),
              let meta = profile.rules.first(where: { $0.description.id == UnusedSuppressionRule.id }) else { return [] }
        // Each finding with the directive it is about: a directive never hides its own report.
        var result: [(violation: Violation, directive: Int?)] = []
        for misspelled in suppressions.misspelled {
            let names = Suppressions.Kind.allCases.map(\.rawValue)
            let hint = Configuration.suggestion(for: misspelled.name.lowercased(), in: names)
            result.append((Violation(range: misspelled.range,
                                     message: "unknown directive '\(misspelled.name)'\(hint); this comment suppresses nothing",
                                     severity: .warning), nil))
        }
        for (index, directive) in suppressions.directives.enumerated() where directive.kind != .enable {
            let unknown = directive.ruleIDs.filter { id in !knownIDs.contains(id) }
            if !unknown.isEmpty {
                result.append((Violation(range: directive.range,
                                         message: "unknown rule \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in suppression comment",
                                         severity: .warning), index))
                continue
            }
            // A directive naming a rule that did not run on this file cannot be judged.
            guard !used.contains(index),
                  directive.ruleIDs.allSatisfy({ profile.enabledIDs.contains($0) && !ignored.contains($0) }) else { continue }
            let what = directive.ruleIDs.isEmpty ? "any rule" : directive.ruleIDs.joined(separator: ", ")
            result.append((Violation(range: directive.range, message: "suppression of \(what) suppresses nothing",
                                     fix: .safe("remove the unused suppression comment", [.delete(wholeLineOrRange(directive.range, in: file.source))])),
                           index))
        }
        return result.compactMap { found in
            let diagnostic = diagnostic(from: found.violation, rule: meta, file: file)
            let suppressor = suppressions.suppressor(of: meta.description.id, line: diagnostic.line)
            return suppressor == nil || suppressor == found.directive ? diagnostic : nil
        }
    }

    /// The comment's whole line when it stands alone on it; at the end of a line, the comment
    /// and the spaces before it (so no trailing whitespace is left); else just the comment.
    private func wholeLineOrRange(_ range: SourceRange, in source: SourceText) -> SourceRange {
        let first = source.line(containing: range.start), last = source.line(containing: max(range.end - 1, range.start))
        let lineStart = source.lineRange(first).start, lineEnd = source.lineRange(last).end
        let before = source.string(in: SourceRange(lineStart, range.start)), after = source.string(in: SourceRange(range.end, lineEnd))
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard after.allSatisfy(isBlank) else { return range }
        guard before.allSatisfy(isBlank) else {
            let spaces = before.reversed().prefix(while: isBlank).count
            return SourceRange(range.start - spaces, lineEnd)
        }
        // The last line goes with the line ending before it, so the file keeps its final one
        // and the edit ends inside the file's last line.
        if last == source.lineCount, first > 1 { return SourceRange(source.lineRange(first - 1).end, lineEnd) }
        return SourceRange(lineStart, source.fullLineRange(last).end)
    }
}
