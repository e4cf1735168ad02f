import IQMarkdown

/// Runs the enabled rules over files and applies severities and inline suppressions.
/// Rules never see configuration files, suppressions or git: all of that happens here.
public struct Linter: Sendable {
    public struct EnabledRule: Sendable {
        public let rule: any Rule
        public let description: RuleDescription
        /// Severity from the configuration, which beats the rule's own grading.
        public let configuredSeverity: Severity?
    }

    public let rules: [EnabledRule]
    public let configuration: Configuration
    /// Every rule id the linter knows, enabled or not.
    public let knownIDs: Set<String>

    /// - Parameters:
    ///   - select: when given, only these rules run (even if the configuration turns them off).
    ///   - ignore: these rules never run.
    public init(ruleTypes: [any Rule.Type], configuration: Configuration = Configuration(),
                select: [String]? = nil, ignore: [String] = []) throws(ConfigurationError) {
        let known = Set(ruleTypes.map { $0.description.id })
        for id in (select ?? []) + ignore where !known.contains(id) {
            throw ConfigurationError(path: "command line", line: nil,
                                     problem: "unknown rule '\(id)'\(Configuration.suggestion(for: id, in: Array(known)))")
        }
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
        rules = enabled
        self.configuration = configuration
        knownIDs = known
    }

    private init(rules: [EnabledRule], configuration: Configuration, knownIDs: Set<String>) {
        self.rules = rules
        self.configuration = configuration
        self.knownIDs = knownIDs
    }

    /// The same linter running only the rules in `ids` (pull-request mode re-lints a base
    /// version only for the rules whose findings it must compare).
    public func restricted(to ids: Set<String>) -> Linter {
        Linter(rules: rules.filter { ids.contains($0.description.id) }, configuration: configuration, knownIDs: knownIDs)
    }

    public func isEnabled(_ id: String) -> Bool { rules.contains { $0.description.id == id } }

    /// Lints `files` together; `reference` files are only compared against by corpus rules.
    /// With `changedLines` (pull-request mode: changed lines by path, a file missing from it
    /// being new), an ``IncrementalCorpusRule`` reports only what the change is responsible for.
    public func lint(_ files: [MarkdownFile], reference: [MarkdownFile] = [], changedLines: [String: Set<Int>]? = nil) -> [Diagnostic] {
        var raw: [Diagnostic] = []
        if !configuration.conventions.isEmpty {
            for file in files + reference { file.derived.overrides = configuration.conventions }
        }
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for enabled in rules {
            raw += Timings.measure(enabled.description.id) {
                run(enabled, files: files, reference: reference, byPath: byPath, changedLines: changedLines)
            }
        }
        // Each file's diagnostics by position in `raw`, so that no file scans all of them.
        var rawByPath: [String: [Int]] = [:]
        for index in raw.indices { rawByPath[raw[index].path, default: []].append(index) }
        var kept: [Diagnostic] = []
        kept.reserveCapacity(raw.count)
        for file in files {
            let suppressions = Suppressions(document: file.document)
            var used = Set<Int>()
            for index in rawByPath[file.path] ?? [] {
                let diagnostic = raw[index]
                if suppressions.isEmpty {
                    kept.append(diagnostic)
                } else if let directive = suppressions.suppressor(of: diagnostic.ruleID, line: diagnostic.line) {
                    used.insert(directive)
                } else {
                    kept.append(diagnostic)
                }
            }
            kept += unusedSuppressions(in: file, suppressions: suppressions, used: used)
        }
        return kept.sorted(by: Diagnostic.reportingOrder)
    }

    private func run(_ enabled: EnabledRule, files: [MarkdownFile], reference: [MarkdownFile],
                     byPath: [String: MarkdownFile], changedLines: [String: Set<Int>]?) -> [Diagnostic] {
        switch enabled.rule {
        case let rule as any DocumentRule:
            return files.flatMap { file in rule.check(file).map { diagnostic(from: $0, rule: enabled, file: file) } }
        case let rule as any CorpusRule:
            let found: [FileViolation]
            if let changedLines, let incremental = rule as? any IncrementalCorpusRule {
                found = incremental.check(files: files, reference: reference, changedLines: changedLines)
            } else {
                found = rule.check(files: files, reference: reference)
            }
            return found.compactMap { found in
                byPath[found.path].map { diagnostic(from: found.violation, rule: enabled, file: $0) }
            }
        default:
            return []
        }
    }

    private func diagnostic(from violation: Violation, rule: EnabledRule, file: MarkdownFile) -> Diagnostic {
        Diagnostic(ruleID: rule.description.id,
                   severity: rule.configuredSeverity ?? violation.severity ?? rule.description.defaultSeverity,
                   message: violation.message, path: file.path, source: file.source, range: violation.range,
                   related: violation.related, fix: violation.fix, help: violation.help)
    }

    private func unusedSuppressions(in file: MarkdownFile, suppressions: Suppressions, used: Set<Int>) -> [Diagnostic] {
        guard let meta = rules.first(where: { $0.description.id == UnusedSuppressionRule.id }) else { return [] }
        var result: [Violation] = []
        for (index, directive) in suppressions.directives.enumerated() where directive.kind != .enable {
            let unknown = directive.ruleIDs.filter { id in !knownIDs.contains(id) }
            if !unknown.isEmpty {
                result.append(Violation(range: directive.range,
                                        message: "unknown rule \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in suppression comment",
                                        severity: .warning))
                continue
            }
            // A directive naming a rule that did not run cannot be judged.
            guard !used.contains(index), directive.ruleIDs.allSatisfy(isEnabled) else { continue }
            let what = directive.ruleIDs.isEmpty ? "any rule" : directive.ruleIDs.joined(separator: ", ")
            result.append(Violation(range: directive.range, message: "suppression of \(what) suppresses nothing",
                                    fix: .safe("remove the unused suppression comment", [.delete(wholeLineOrRange(directive.range, in: file.source))])))
        }
        return result.compactMap { violation in
            let diagnostic = diagnostic(from: violation, rule: meta, file: file)
            return suppressions.suppressor(of: meta.description.id, line: diagnostic.line) == nil ? diagnostic : nil
        }
    }

    /// The comment's whole line when it stands alone on it, else just the comment.
    private func wholeLineOrRange(_ range: SourceRange, in source: SourceText) -> SourceRange {
        let first = source.line(containing: range.start), last = source.line(containing: max(range.end - 1, range.start))
        let lineStart = source.lineRange(first).start, lineEnd = source.lineRange(last).end
        let before = source.string(in: SourceRange(lineStart, range.start)), after = source.string(in: SourceRange(range.end, lineEnd))
        guard before.allSatisfy({ $0 == " " || $0 == "\t" }), after.allSatisfy({ $0 == " " || $0 == "\t" }) else { return range }
        // The last line goes with the line ending before it, so the file keeps its final one
        // and the edit ends inside the file's last line.
        if last == source.lineCount, first > 1 { return SourceRange(source.lineRange(first - 1).end, lineEnd) }
        return SourceRange(lineStart, source.fullLineRange(last).end)
    }
}
