import IQCore
import IQMarkdown

/// SARIF 2.1.0 for code-scanning upload. Regions use `columnKind: unicodeCodePoints`
/// (1-based, end exclusive), matching the JSON output.
public struct SARIFReporter: Reporter {
    /// Where the rule pages live; `helpUri` of each rule is this plus `<id>.md`.
    public static let rulesBaseURL = "https://github.com/iqlint/iqlint/blob/main/rules/"

    public let rules: [RuleDescription]
    public let version: String

    public init(rules: [RuleDescription], version: String) {
        self.rules = rules
        self.version = version
    }

    public func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void) {
        let indexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = Fingerprint.compute(diagnostics)
        // The log around its results, which are written one at a time: `results` is the last
        // member of the run, four levels deep.
        let whole = log(results: .string(Self.resultsMark)).serialized(indent: 2)
        let mark = JSONValue.string(Self.resultsMark).serialized()
        guard let at = whole.range(of: mark) else { return sink(whole + "\n") }
        sink(String(whole[..<at.lowerBound]))
        if diagnostics.isEmpty {
            sink("[]")
        } else {
            sink("[")
            for (index, (diagnostic, fingerprint)) in zip(diagnostics, fingerprints).enumerated() {
                let result = result(diagnostic, fingerprint: fingerprint, ruleIndex: indexByID[diagnostic.ruleID])
                sink((index > 0 ? ",\n" : "\n") + String(repeating: " ", count: 8) + result.serialized(indent: 2, level: 4))
            }
            sink("\n" + String(repeating: " ", count: 6) + "]")
        }
        sink(String(whole[at.upperBound...]) + "\n")
    }

    /// One diagnostic as a SARIF result.
    func result(_ diagnostic: Diagnostic, fingerprint: String, ruleIndex: Int?) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members.append(("level", .string(level(diagnostic.severity))))
        var message = diagnostic.message
        if !diagnostic.help.isEmpty { message += ". " + diagnostic.help.joined(separator: ". ") }
        members.append(("message", .object([("text", .string(message))])))
        members.append(("locations", .array([.object([("physicalLocation", physicalLocation(diagnostic.path, diagnostic.source, diagnostic.range))])])))
        if !diagnostic.related.isEmpty {
            members.append(("relatedLocations", .array(diagnostic.related.enumerated().map { index, related in
                .object([("id", .int(index + 1)),
                         ("physicalLocation", physicalLocation(related.path, related.source, related.range)),
                         ("message", .object([("text", .string(related.message))]))])
            })))
        }
        members.append(("partialFingerprints", .object([("iqlint/v1", .string(fingerprint))])))
        if let fix = diagnostic.fix {
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string("\(fix.title) (\(fix.applicability.rawValue))"))])),
                ("artifactChanges", .array([.object([
                    ("artifactLocation", .object([("uri", .string(uri(diagnostic.path)))])),
                    ("replacements", .array(fix.edits.map { edit in
                        .object([("deletedRegion", region(diagnostic.source, edit.range)),
                                 ("insertedContent", .object([("text", .string(edit.replacement))]))])
                    })),
                ])])),
            ])])))
        }
        return .object(members)
    }

    /// The whole log with `results` as the run's results.
    func log(results: JSONValue) -> JSONValue {
        .object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", "iqlint"),
                    ("version", .string(version)),
                    ("informationUri", "https://github.com/iqlint/iqlint"),
                    ("rules", .array(rules.map(descriptor))),
                ]))])),
                ("columnKind", "unicodeCodePoints"),
                ("results", results),
            ])])),
        ])
    }

    /// Stands for the results while the rest of the log is serialized (no rule text has a NUL).
    private static let resultsMark = "\u{0}results\u{0}"

    private func descriptor(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.details))])),
            ("helpUri", .string(SARIFReporter.rulesBaseURL + rule.id + ".md")),
            ("help", .object([("text", .string(rule.rationale))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
        ])
    }

    private func physicalLocation(_ path: String, _ source: SourceText, _ range: SourceRange) -> JSONValue {
        .object([("artifactLocation", .object([("uri", .string(uri(path)))])), ("region", region(source, range))])
    }

    private func region(_ source: SourceText, _ range: SourceRange) -> JSONValue {
        let span = ScalarSpan(source: source, range: range)
        return .object([("startLine", .int(span.line)), ("startColumn", .int(span.column)),
                        ("endLine", .int(span.endLine)), ("endColumn", .int(span.endColumn))])
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative URI reference (`./` dropped) or, for an absolute path, a `file://` URI, since
    /// a bare `/path` would be read relative to the repository root; reserved characters
    /// percent-encoded.
    private func uri(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".unicodeScalars)
        let encoded = trimmed.unicodeScalars.map { scalar in
            allowed.contains(scalar) ? String(scalar) : String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
        }.joined()
        return trimmed.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

#if canImport(Foundation)
import Foundation
#endif
