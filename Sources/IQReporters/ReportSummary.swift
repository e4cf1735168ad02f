import IQCore

/// Counts shown at the end of every report.
public struct ReportSummary: Sendable, Equatable {
    public let errors: Int
    public let warnings: Int
    public let infos: Int
    /// Diagnostics whose fix `--fix` applies.
    public let fixable: Int
    /// Diagnostics whose fix needs `--unsafe-fixes`.
    public let unsafeFixable: Int
    public let files: Int
    /// Files with at least one diagnostic.
    public let filesWithFindings: Int
    /// Inputs that could not be read (not UTF-8, unreadable): named on standard error, not linted.
    public let filesNotLinted: Int

    public init(diagnostics: [Diagnostic], fileCount: Int, filesNotLinted: Int = 0) {
        self.filesNotLinted = filesNotLinted
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        infos = diagnostics.count { $0.severity == .info }
        fixable = diagnostics.count { $0.fix?.applicability == .safe }
        unsafeFixable = diagnostics.count { $0.fix?.applicability == .unsafe }
        files = fileCount
        filesWithFindings = Set(diagnostics.map(\.path)).count
    }
}

/// Renders diagnostics in one output format.
public protocol Reporter {
    /// Hands the report to `sink` in pieces, a diagnostic or so at a time: a report can be
    /// ten times the size of its input (a bank whose questions repeat), and is never held
    /// whole (the CLI writes the pieces to stdout as they come).
    func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void)
}

extension Reporter {
    /// The whole report as one string.
    public func report(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        var output = ""
        write(diagnostics, summary: summary) { output += $0 }
        return output
    }
}
