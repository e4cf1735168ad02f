import IQCore
import IQMarkdown

/// Stable machine output (`--format json`, version 1). Lines and columns are 1-based; columns
/// count Unicode scalars; `endColumn` is exclusive. Documented in README.md.
public struct JSONReporter: Reporter, Sendable {
    public init() {}

    /// The document `{"version", "diagnostics", "summary"}` pretty-printed with two spaces,
    /// written a diagnostic at a time: the same bytes as serializing it whole.
    public func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void) {
        sink("{\n  \"version\": 1,\n  \"diagnostics\": ")
        if diagnostics.isEmpty {
            sink("[]")
        } else {
            sink("[")
            RenderedInOrder.write(diagnostics, to: sink) { index, diagnostic in
                (index > 0 ? ",\n    " : "\n    ") + json(diagnostic).serialized(indent: 2, level: 2)
            }
            sink("\n  ]")
        }
        sink(",\n  \"summary\": " + Self.summary(summary).serialized(indent: 2, level: 1) + "\n}\n")
    }

    static func summary(_ summary: ReportSummary) -> JSONValue {
        .object([
            ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
            ("fixable", .int(summary.fixable)), ("unsafeFixable", .int(summary.unsafeFixable)), ("files", .int(summary.files)),
        ])
    }

    func json(_ diagnostic: Diagnostic) -> JSONValue {
        let source = diagnostic.source
        let span = ScalarSpan(source: source, range: diagnostic.range)
        var members: [(String, JSONValue)] = [
            ("rule", .string(diagnostic.ruleID)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("path", .string(diagnostic.path)),
            ("line", .int(span.line)), ("column", .int(span.column)),
            ("endLine", .int(span.endLine)), ("endColumn", .int(span.endColumn)),
            ("message", .string(diagnostic.message)),
        ]
        members.append(("help", .array(diagnostic.help.map { .string($0) })))
        members.append(("related", .array(diagnostic.related.map { related in
            let relatedSpan = ScalarSpan(source: related.source, range: related.range)
            return .object([("path", .string(related.path)), ("line", .int(relatedSpan.line)),
                            ("column", .int(relatedSpan.column)), ("message", .string(related.message))])
        })))
        if let fix = diagnostic.fix {
            members.append(("fix", .object([
                ("applicability", .string(fix.applicability.rawValue)),
                ("title", .string(fix.title)),
                ("edits", .array(fix.edits.map { edit in
                    let editSpan = ScalarSpan(source: source, range: edit.range)
                    return .object([("line", .int(editSpan.line)), ("column", .int(editSpan.column)),
                                    ("endLine", .int(editSpan.endLine)), ("endColumn", .int(editSpan.endColumn)),
                                    ("text", .string(edit.replacement))])
                })),
            ])))
        } else {
            members.append(("fix", .null))
        }
        return .object(members)
    }
}

/// A range as 1-based lines and Unicode-scalar columns, end exclusive.
public struct ScalarSpan: Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let endLine: Int
    public let endColumn: Int

    public init(source: SourceText, range: SourceRange) {
        (line, column) = source.reportedLineAndScalarColumn(of: range.start)
        (endLine, endColumn) = source.reportedLineAndScalarColumn(of: range.end)
    }
}
