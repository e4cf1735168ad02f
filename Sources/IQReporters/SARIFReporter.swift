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

    public func report(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        let indexByID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = Fingerprint.compute(diagnostics)
        let results: [JSONValue] = zip(diagnostics, fingerprints).map { diagnostic, fingerprint in
            var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.ruleID))]
            if let index = indexByID[diagnostic.ruleID] { members.append(("ruleIndex", .int(index))) }
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
        let log: JSONValue = .object([
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
                ("results", .array(results)),
            ])])),
        ])
        return log.serialized(indent: 2) + "\n"
    }

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
