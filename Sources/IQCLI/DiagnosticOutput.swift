import IQCore
import IQMarkdown
import IQReporters
import IQRules

/// Renders diagnostics in the chosen format, and the extra outputs: a SARIF file and the
/// GitHub step summary.
struct DiagnosticOutput {
    enum Format: String, CaseIterable { case text, concise, json, github, sarif }

    let format: Format
    let color: Bool
    let quiet: Bool
    let unsafeFixes: Bool

    func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        switch format {
        case .json:
            return JSONReporter().report(diagnostics, summary: summary)
        case .github:
            return GitHubReporter().report(diagnostics, summary: summary)
        case .sarif:
            return sarif(diagnostics, summary: summary)
        case .concise:
            let reporter = ConciseReporter(color: color, unsafeFixesEnabled: unsafeFixes)
            return quiet ? diagnostics.map { reporter.render($0) + "\n" }.joined() : reporter.report(diagnostics, summary: summary)
        case .text:
            let reporter = TextReporter(color: color, unsafeFixesEnabled: unsafeFixes)
            return quiet ? diagnostics.map(reporter.render).joined(separator: "\n") : reporter.report(diagnostics, summary: summary)
        }
    }

    func sarif(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        SARIFReporter(rules: BuiltinRules.all.map { $0.description }, version: IQLintVersion.current).report(diagnostics, summary: summary)
    }

    /// Appends the Markdown summary when running under GitHub Actions with `--format github`.
    func writeStepSummary(_ diagnostics: [Diagnostic], summary: ReportSummary, environment: [String: String]) throws(CLIFailure) {
        guard format == .github, let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
        let existing = (try? FileSystem.readBytes(path)) ?? []
        let text = GitHubStepSummary(environment: environment).render(diagnostics, summary: summary)
        do {
            try FileSystem.writeAtomically(existing + Array(text.utf8), to: path)
        } catch {
            throw CLIFailure(error)
        }
    }
}
