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
    /// linted file that matched nothing (the problem was fixed: the entry can go).
    public func filter(_ diagnostics: [Diagnostic], files: [MarkdownFile]) -> [Diagnostic] {
        var remaining = Set(entries)
        var kept: [Diagnostic] = []
        for (diagnostic, fingerprint) in zip(diagnostics, Fingerprint.compute(diagnostics)) {
            let entry = Entry(rule: diagnostic.ruleID, path: diagnostic.path, fingerprint: fingerprint, message: "")
            if let match = remaining.first(where: { $0.rule == entry.rule && $0.path == entry.path && $0.fingerprint == entry.fingerprint }) {
                remaining.remove(match)
            } else {
                kept.append(diagnostic)
            }
        }
        let linted = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries where remaining.contains(entry) {
            guard let file = linted[entry.path] else { continue }
            kept.append(Diagnostic(ruleID: Baseline.staleRuleID, severity: .info,
                                   message: "baseline entry for \(entry.rule) (\"\(entry.message)\") matches nothing; remove it from the baseline",
                                   path: file.path, source: file.source, range: .empty(at: 0)))
        }
        return kept.sorted(by: Diagnostic.reportingOrder)
    }
}
