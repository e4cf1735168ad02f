import IQMarkdown

/// A finding ready for reporting: which rule, how bad, where, and how to fix it.
public struct Diagnostic: Sendable {
    public let ruleID: String
    public var severity: Severity
    public let message: String
    public let path: String
    public let source: SourceText
    public let range: SourceRange
    public let related: [RelatedLocation]
    public let fix: Fix?
    public let help: [String]

    public init(ruleID: String, severity: Severity, message: String, path: String, source: SourceText,
                range: SourceRange, related: [RelatedLocation] = [], fix: Fix? = nil, help: [String] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.source = source
        self.range = range
        self.related = related
        self.fix = fix
        self.help = help
    }

    /// The same finding with no fix.
    public func withoutFix() -> Diagnostic {
        Diagnostic(ruleID: ruleID, severity: severity, message: message, path: path, source: source, range: range, related: related, help: help)
    }

    /// 1-based reported line (LF and CRLF only, as git counts) of the start of the range.
    public var line: Int { source.reportedLine(containing: range.start) }
    /// 1-based reported line of the end of the range (an empty range ends where it starts).
    public var endLine: Int { source.reportedLine(containing: range.isEmpty ? range.start : max(range.end - 1, range.start)) }

    /// Orders by file, position, then rule, so output is stable.
    public static func reportingOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.range.start, lhs.range.end, lhs.ruleID) < (rhs.path, rhs.range.start, rhs.range.end, rhs.ruleID)
    }
}
