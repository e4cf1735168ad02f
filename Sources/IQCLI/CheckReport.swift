import ArgumentParser
import IQCore
import IQMarkdown
import IQReporters

/// The end of `iqlint check`: baselines, the chosen output format (or `--statistics`), the
/// SARIF file and the exit status.
extension CheckCommand {
    func finish(with found: [Diagnostic], files: [MarkdownFile], diagnosticsToStandardError: Bool, linter: Linter, filesNotLinted: Int = 0) throws {
        var diagnostics = FixEngine.withoutRefusedFixes(found)
        if let writeBaseline = options.writeBaseline {
            let baseline = Baseline(recording: diagnostics)
            do {
                try FileSystem.writeAtomically(Array(BaselineFile.encode(baseline).utf8), to: writeBaseline)
            } catch {
                throw CLIFailure(error)
            }
            // Recording is the point: the diagnostics are in the file, and the run succeeded.
            let count = baseline.entries.count
            notice("Wrote \(count) baseline entr\(count == 1 ? "y" : "ies") to \(writeBaseline).\n")
            return
        }
        if let baseline = options.baseline {
            do {
                diagnostics = try BaselineFile.decode(FileSystem.readSource(baseline).text, path: baseline)
                    .filter(diagnostics, files: files, ranRules: linter.ranRuleIDs)
            } catch {
                throw CLIFailure(error)
            }
        }
        let summary = ReportSummary(diagnostics: diagnostics, fileCount: files.count, filesNotLinted: filesNotLinted)
        let output = DiagnosticOutput(format: options.format, color: useColor, quiet: quiet, unsafeFixes: unsafeFixes)
        var report = BufferedOutput(toStandardError: diagnosticsToStandardError)
        if options.statistics {
            let statistics = StatisticsReporter(unsafeFixesEnabled: unsafeFixes)
            report.append(options.format == .json ? statistics.json(diagnostics) : statistics.text(diagnostics))
        } else {
            output.write(diagnostics, summary: summary) { report.append($0) }
        }
        report.flush()
        if let sarifPath = options.sarifPath {
            do {
                try FileSystem.writeAtomically(Array(output.sarif(diagnostics, summary: summary).utf8), to: sarifPath)
            } catch {
                throw CLIFailure(error)
            }
        }
        try output.writeStepSummary(diagnostics, summary: summary, environment: StandardStreams.environmentVariables)
        let failing = diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
        if failing, !options.exitZero { throw ExitCode(1) }
    }

    /// Human messages (what was fixed or written): on stdout next to text output, on stderr
    /// when stdout carries JSON, SARIF or workflow commands, so it stays machine-readable.
    func notice(_ message: String) {
        if options.machineReadable { StandardStreams.writeError(message) } else { StandardStreams.write(message) }
    }

    /// `--show-fixes`: per file, how many problems the fixes settled and of which rules (the
    /// rules whose fixable findings are gone), counted as `Fixed N problems` counts them.
    func showFixes(_ outcome: FixEngine.Outcome, originals: [MarkdownFile], linter: Linter, reference: [MarkdownFile]) {
        let applicable: (Diagnostic) -> Bool = { diagnostic in
            guard let fix = diagnostic.fix else { return false }
            return fix.applicability == .safe || unsafeFixes
        }
        var before: [String: [String: Int]] = [:]
        for diagnostic in linter.lint(originals, reference: reference) where applicable(diagnostic) {
            before[diagnostic.path, default: [:]][diagnostic.ruleID, default: 0] += 1
        }
        for diagnostic in outcome.remaining where applicable(diagnostic) {
            before[diagnostic.path, default: [:]][diagnostic.ruleID, default: 0] -= 1
        }
        var lines: [String] = []
        for file in originals {
            guard let count = outcome.fixedProblems[file.path], count > 0 else { continue }
            let rules = (before[file.path] ?? [:]).filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let detail = rules.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            lines.append("\(file.path): \(count) problem\(count == 1 ? "" : "s") fixed\(detail.isEmpty ? "" : " (\(detail))")")
        }
        notice(lines.isEmpty ? "No fixes applied.\n" : lines.joined(separator: "\n") + "\n")
    }

    var useColor: Bool {
        switch options.color {
        case .always: return true
        case .never: return false
        case .auto:
            // FORCE_COLOR asks for color even through a pipe (CI logs); NO_COLOR still wins.
            if let noColor = StandardStreams.environment("NO_COLOR"), !noColor.isEmpty { return false }
            if let force = StandardStreams.environment("FORCE_COLOR"), !force.isEmpty, force != "0", force != "false" { return true }
            return StandardStreams.stdoutIsTerminal && StandardStreams.environment("TERM") != "dumb"
        }
    }

    // The option names the fix loop reads.
    var fix: Bool { options.fix }
    var diff: Bool { options.diff }
    var unsafeFixes: Bool { options.unsafeFixes }
    var quiet: Bool { options.quiet }
}
