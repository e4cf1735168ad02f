import ArgumentParser
import IQCore
import IQMarkdown
import IQReporters

/// The end of `iqlint check`: baselines, the chosen output format, the SARIF file and the
/// exit status.
extension CheckCommand {
    func finish(with found: [Diagnostic], files: [MarkdownFile], diagnosticsToStandardError: Bool) throws {
        var diagnostics = found
        if let writeBaseline = options.writeBaseline {
            do {
                try FileSystem.writeAtomically(Array(BaselineFile.encode(Baseline(recording: diagnostics)).utf8), to: writeBaseline)
            } catch {
                throw CLIFailure(error)
            }
        }
        if let baseline = options.baseline {
            do {
                diagnostics = try BaselineFile.decode(FileSystem.readSource(baseline).text, path: baseline).filter(diagnostics, files: files)
            } catch {
                throw CLIFailure(error)
            }
        }
        let summary = ReportSummary(diagnostics: diagnostics, fileCount: files.count)
        let output = DiagnosticOutput(format: options.format, color: useColor, quiet: quiet, unsafeFixes: unsafeFixes)
        let text = output.render(diagnostics, summary: summary)
        if diagnosticsToStandardError { StandardStreams.writeError(text) } else { StandardStreams.write(text) }
        if let sarifPath = options.sarifPath {
            do {
                try FileSystem.writeAtomically(Array(output.sarif(diagnostics, summary: summary).utf8), to: sarifPath)
            } catch {
                throw CLIFailure(error)
            }
        }
        try output.writeStepSummary(diagnostics, summary: summary, environment: StandardStreams.environmentVariables)
        let failing = diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }

    var useColor: Bool {
        switch options.color {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = StandardStreams.environment("NO_COLOR"), !noColor.isEmpty { return false }
            return StandardStreams.stdoutIsTerminal && StandardStreams.environment("TERM") != "dumb"
        }
    }

    // The option names the fix loop reads.
    var fix: Bool { options.fix }
    var diff: Bool { options.diff }
    var unsafeFixes: Bool { options.unsafeFixes }
    var quiet: Bool { options.quiet }
}
