import IQCore

/// `--statistics`: how many diagnostics each rule reported at each severity, most frequent first
/// (ties by rule id, then the more severe first), with how many of them `--fix` can repair. A rule
/// whose findings have two severities has two rows: one row at the worst severity read "151
/// warnings" where 149 were `info`.
public struct StatisticsReporter {
    public struct Row: Sendable, Equatable {
        public let rule: String
        public let count: Int
        public let severity: Severity
        public let fixable: Int
    }

    public let unsafeFixesEnabled: Bool

    public init(unsafeFixesEnabled: Bool = false) { self.unsafeFixesEnabled = unsafeFixesEnabled }

    public func rows(_ diagnostics: [Diagnostic]) -> [Row] {
        struct Key: Hashable { let rule: String, severity: Severity }
        var byRule: [Key: (count: Int, fixable: Int)] = [:]
        for diagnostic in diagnostics {
            let key = Key(rule: diagnostic.ruleID, severity: diagnostic.severity)
            var entry = byRule[key] ?? (0, 0)
            entry.count += 1
            if let fix = diagnostic.fix, fix.applicability == .safe || unsafeFixesEnabled { entry.fixable += 1 }
            byRule[key] = entry
        }
        return byRule.map { Row(rule: $0.key.rule, count: $0.value.count, severity: $0.key.severity, fixable: $0.value.fixable) }
            .sorted { ($1.count, $0.rule, $1.severity) < ($0.count, $1.rule, $0.severity) }
    }

    public func text(_ diagnostics: [Diagnostic]) -> String {
        let rows = rows(diagnostics)
        let countWidth = max(5, rows.map { String($0.count).count }.max() ?? 0)
        let ruleWidth = max(4, rows.map(\.rule.count).max() ?? 0)
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return left ? padding + text : text + padding
        }
        var output = "\(pad("count", countWidth, left: true))  \(pad("rule", ruleWidth))  severity  fixable\n"
        for row in rows {
            output += "\(pad(String(row.count), countWidth, left: true))  \(pad(row.rule, ruleWidth))  \(pad(row.severity.rawValue, 8))  \(row.fixable)\n"
        }
        return output
    }

    public func json(_ diagnostics: [Diagnostic]) -> String {
        let rows: [JSONValue] = rows(diagnostics).map { row in
            .object([("rule", .string(row.rule)), ("count", .int(row.count)), ("severity", .string(row.severity.rawValue)),
                     ("fixable", .int(row.fixable))])
        }
        return JSONValue.object([("version", 1), ("statistics", .array(rows))]).serialized(indent: 2) + "\n"
    }
}
