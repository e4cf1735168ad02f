import IQMarkdown

/// What a rule reports: a problem at a range of the file it checked.
/// The linter turns it into a `Diagnostic` by adding the rule id, severity and file.
public struct Violation: Sendable {
    public var range: SourceRange
    public var message: String
    /// Overrides the rule's configured severity for this one finding when the rule grades its
    /// findings (e.g. exact vs near duplicates). A severity set in the configuration wins.
    public var severity: Severity?
    public var related: [RelatedLocation]
    public var fix: Fix?
    /// Extra `= help:` lines.
    public var help: [String]
    /// The rule whose finding this is when it runs on the file (two questions linking one page
    /// are `duplicate-link`'s entry listed twice): the linter leaves it out then.
    public var deferredTo: String?

    public init(range: SourceRange, message: String, severity: Severity? = nil, related: [RelatedLocation] = [],
                fix: Fix? = nil, help: [String] = []) {
        self.range = range
        self.message = message
        self.severity = severity
        self.related = related
        self.fix = fix
        self.help = help
    }
}

/// A violation of a corpus rule, which may fall in any of the files linted together.
public struct FileViolation: Sendable {
    public let path: String
    public let violation: Violation

    public init(path: String, violation: Violation) {
        self.path = path
        self.violation = violation
    }
}

/// A secondary place that explains a diagnostic (the first copy of a duplicate, …).
public struct RelatedLocation: Sendable {
    public let path: String
    public let source: SourceText
    public let range: SourceRange
    public let message: String

    public init(path: String, source: SourceText, range: SourceRange, message: String) {
        self.path = path
        self.source = source
        self.range = range
        self.message = message
    }

    public init(file: MarkdownFile, range: SourceRange, message: String) {
        self.init(path: file.path, source: file.source, range: range, message: message)
    }
}
