import IQCore
import IQMarkdown

/// Human output in the style of rustc and ruff: header, location, the source line with a
/// gutter, carets under the exact range (measured in terminal cells), related locations as
/// secondary labels, help lines and a summary.
public struct TextReporter: Reporter, Sendable {
    public let color: Bool
    /// Whether `--unsafe-fixes` was given (changes what the help line promises).
    public let unsafeFixesEnabled: Bool

    public init(color: Bool, unsafeFixesEnabled: Bool = false) {
        self.color = color
        self.unsafeFixesEnabled = unsafeFixesEnabled
    }

    public func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void) {
        RenderedInOrder.write(diagnostics, to: sink) { _, diagnostic in render(diagnostic) + "\n" }
        sink(summaryLine(summary) + "\n")
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let source = diagnostic.source
        let start = source.reportedPosition(of: diagnostic.range.start)
        // Related locations in other files print their own line numbers in the same gutter.
        let lines = [diagnostic.line] + diagnostic.related.map { $0.source.reportedLine(containing: $0.range.start) }
        let gutterWidth = String(lines.max() ?? 1).count
        let blank = String(repeating: " ", count: gutterWidth)
        var out: [String] = []
        out.append(paint("\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]", severityStyle(diagnostic.severity)) + paint(": \(diagnostic.message)", .bold))
        out.append("\(blank)\(paint("-->", .blue)) \(diagnostic.path):\(start.line):\(start.column)")
        out.append("\(blank) \(paint("|", .blue))")
        out += snippet(source: source, range: diagnostic.range, underline: "^", label: "", style: severityStyle(diagnostic.severity), gutterWidth: gutterWidth)
        for related in diagnostic.related {
            let relatedLine = related.source.reportedLine(containing: related.range.start)
            if related.path != diagnostic.path {
                out.append("\(blank)\(paint(":::", .blue)) \(related.path):\(relatedLine):\(related.source.reportedPosition(of: related.range.start).column)")
            }
            out += snippet(source: related.source, range: related.range, underline: "-", label: related.message, style: .blue, gutterWidth: gutterWidth)
        }
        out.append("\(blank) \(paint("|", .blue))")
        for help in diagnostic.help { out.append("\(blank) \(paint("= help:", .bold)) \(help)") }
        if let fix = diagnostic.fix {
            let how: String
            switch fix.applicability {
            case .safe: how = "fixable with --fix"
            case .unsafe: how = unsafeFixesEnabled ? "fixable with --fix" : "fixable with --fix --unsafe-fixes"
            }
            out.append("\(blank) \(paint("= help:", .bold)) \(fix.title) (\(how))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The (reported) line of `range.start` with an underline from the start to the range's end
    /// (or the end of that line when the range continues onto later lines).
    private func snippet(source: SourceText, range: SourceRange, underline: Character, label: String,
                         style: Style, gutterWidth: Int) -> [String] {
        let line = source.reportedLine(containing: range.start)
        let lineRange = source.reportedLineRange(line)
        let start = min(max(range.start, lineRange.start), lineRange.end)
        let end = min(max(range.end, start), lineRange.end)
        let before = TerminalWidth.printable(source.string(in: SourceRange(lineRange.start, start)))
        let marked = TerminalWidth.printable(source.string(in: SourceRange(start, end)))
        let text = TerminalWidth.printable(source.string(in: lineRange))
        let number = String(line)
        let gutter = String(repeating: " ", count: max(0, gutterWidth - number.count)) + number
        let padding = String(repeating: " ", count: TerminalWidth.cells(of: before))
        let width = max(1, TerminalWidth.cells(of: marked))
        let marks = String(repeating: underline, count: width)
        let blank = String(repeating: " ", count: gutterWidth)
        return [
            "\(paint(gutter + " |", .blue)) \(text)",
            "\(blank) \(paint("|", .blue)) \(padding)\(paint(marks + (label.isEmpty ? "" : " " + label), style))",
        ]
    }

    func summaryLine(_ summary: ReportSummary) -> String {
        let files = "\(summary.files) file\(summary.files == 1 ? "" : "s")"
        let total = summary.errors + summary.warnings + summary.infos
        // `All checks passed (1 file)` beside a file that was never read would read as a pass of it.
        let notLinted = summary.filesNotLinted == 0 ? ""
            : "; \(summary.filesNotLinted) file\(summary.filesNotLinted == 1 ? "" : "s") not linted, named above"
        guard total > 0 else { return paint("All checks passed", .bold) + " (\(files)\(notLinted))." }
        var parts = ["\(summary.errors) error\(summary.errors == 1 ? "" : "s")",
                     "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s")"]
        if summary.infos > 0 { parts.append("\(summary.infos) info") }
        // `in 1 of 3 files`: the files the findings are in, of those checked.
        let found = summary.filesWithFindings < summary.files ? "\(summary.filesWithFindings) of \(files)" : files
        var line = paint("Found " + parts.joined(separator: ", "), .bold) + " in \(found)\(notLinted)."
        let fixable = summary.fixable + (unsafeFixesEnabled ? summary.unsafeFixable : 0)
        if fixable > 0 { line += " \(fixable) fixable with --fix\(unsafeFixesEnabled ? " --unsafe-fixes" : "")." }
        if !unsafeFixesEnabled, summary.unsafeFixable > 0 { line += " \(summary.unsafeFixable) more with --unsafe-fixes." }
        return line
    }

    enum Style: String {
        case red = "31", yellow = "33", blue = "34", cyan = "36", bold = "1"
    }

    private func severityStyle(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style == .bold ? "1" : "1;" + style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
