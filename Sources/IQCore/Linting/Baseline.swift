import IQMarkdown

/// Known diagnostics to hide (`--baseline FILE`), recorded by `--write-baseline FILE`.
/// Entries match by rule, path and fingerprint, never by line number.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Sendable, Hashable {
        public let rule: String
        public let path: String
        public let fingerprint: String
        public let message: String

        public init(rule: String, path: String, fingerprint: String, message: String) {
            self.rule = rule
            self.path = path
            self.fingerprint = fingerprint
            self.message = message
        }
    }

    public static let staleRuleID = "stale-baseline-entry"

    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public init(recording diagnostics: [Diagnostic]) {
        entries = zip(diagnostics, Fingerprint.compute(diagnostics)).map { diagnostic, fingerprint in
            Entry(rule: diagnostic.ruleID, path: diagnostic.path, fingerprint: fingerprint, message: diagnostic.message)
        }
    }

    /// Diagnostics the baseline does not cover, plus an info diagnostic for each entry of a
    /// linted file that matched nothing (the problem was fixed: the entry can go). Entries of
    /// rules that did not run (`ranRules`, nil: all ran) are kept without judging them.
    public func filter(_ diagnostics: [Diagnostic], files: [MarkdownFile], ranRules: Set<String>? = nil) -> [Diagnostic] {
        struct Key: Hashable { let rule: String, path: String, fingerprint: String }
        // Unmatched entries per key, so each diagnostic finds its entry in constant time.
        var remaining: [Key: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            remaining[Key(rule: entry.rule, path: entry.path, fingerprint: entry.fingerprint), default: []].append(index)
        }
        var kept: [Diagnostic] = []
        for (diagnostic, fingerprint) in zip(diagnostics, Fingerprint.compute(diagnostics)) {
            let key = Key(rule: diagnostic.ruleID, path: diagnostic.path, fingerprint: fingerprint)
            if let indices = remaining[key], !indices.isEmpty {
                remaining[key] = Array(indices.dropFirst())
            } else {
                kept.append(diagnostic)
            }
        }
        let unmatched = Set(remaining.values.joined())
        let linted = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in entries.enumerated() where unmatched.contains(index) {
            guard ranRules?.contains(entry.rule) ?? true else { continue }
            guard let file = linted[entry.path] else { continue }
            kept.append(Diagnostic(ruleID: Baseline.staleRuleID, severity: .info,
                                   message: "baseline entry for \(entry.rule) (\"\(entry.message)\") matches nothing; remove it from the baseline",
                                   path: file.path, source: file.source, range: .empty(at: 0)))
        }
        return kept.sorted(by: Diagnostic.reportingOrder)
    }
}
