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

    public init(diagnostics: [Diagnostic], fileCount: Int) {
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        infos = diagnostics.count { $0.severity == .info }
        fixable = diagnostics.count { $0.fix?.applicability == .safe }
        unsafeFixable = diagnostics.count { $0.fix?.applicability == .unsafe }
        files = fileCount
    }
}

/// Where a reporter writes; the CLI passes stdout, tests capture it.
public protocol Reporter {
    func report(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String
}
