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

    /// Hands the report to `sink` in pieces (see ``Reporter/write(_:summary:to:)``).
    func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void) {
        switch format {
        case .json:
            JSONReporter().write(diagnostics, summary: summary, to: sink)
        case .github:
            GitHubReporter().write(diagnostics, summary: summary, to: sink)
        case .sarif:
            sarifReporter.write(diagnostics, summary: summary, to: sink)
        case .concise:
            let reporter = ConciseReporter(color: color, unsafeFixesEnabled: unsafeFixes)
            guard quiet else { return reporter.write(diagnostics, summary: summary, to: sink) }
            RenderedInOrder.write(diagnostics, to: sink) { _, diagnostic in reporter.render(diagnostic) + "\n" }
        case .text:
            let reporter = TextReporter(color: color, unsafeFixesEnabled: unsafeFixes)
            guard quiet else { return reporter.write(diagnostics, summary: summary, to: sink) }
            RenderedInOrder.write(diagnostics, to: sink) { index, diagnostic in (index > 0 ? "\n" : "") + reporter.render(diagnostic) }
        }
    }

    func sarif(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        sarifReporter.report(diagnostics, summary: summary)
    }

    private var sarifReporter: SARIFReporter {
        SARIFReporter(rules: BuiltinRules.all.map { $0.description }, version: IQLintVersion.current)
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
