import IQCore
import IQMarkdown

/// GitHub Actions workflow commands, one per diagnostic:
/// `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=iqlint (rule)::message`.
/// Columns are 1-based Unicode scalars, like the JSON output.
public struct GitHubReporter: Reporter, Sendable {
    public init() {}

    public func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void) {
        RenderedInOrder.write(diagnostics, to: sink) { _, diagnostic in command(diagnostic) }
    }

    func command(_ diagnostic: Diagnostic) -> String {
        let span = ScalarSpan(source: diagnostic.source, range: diagnostic.range)
        let level: String
        switch diagnostic.severity {
        case .error: level = "error"
        case .warning: level = "warning"
        case .info: level = "notice"
        }
        var properties = [("file", diagnostic.path), ("line", String(span.line))]
        if span.endLine != span.line { properties.append(("endLine", String(span.endLine))) }
        properties.append(("col", String(span.column)))
        if span.endLine == span.line { properties.append(("endColumn", String(span.endColumn))) }
        properties.append(("title", "iqlint (\(diagnostic.ruleID))"))
        var message = diagnostic.message
        for related in diagnostic.related {
            message += "\n\(related.message): \(related.path):\(related.source.reportedLine(containing: related.range.start))"
        }
        for help in diagnostic.help { message += "\nhelp: \(help)" }
        if let fix = diagnostic.fix { message += "\nfix: \(fix.title) (iqlint --fix\(fix.applicability == .unsafe ? " --unsafe-fixes" : ""))" }
        let joined = properties.map { "\($0.0)=\(GitHubReporter.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(level) \(joined)::\(GitHubReporter.escapeData(message))\n"
    }

    /// GitHub's escaping for a command's message.
    public static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// GitHub's escaping for a property value: the message escapes plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}

/// The Markdown appended to `$GITHUB_STEP_SUMMARY`: counts per rule, a table of diagnostics
/// linking to their lines, and the duplicate clusters.
public struct GitHubStepSummary {
    /// `https://github.com/OWNER/REPO/blob/SHA/` when the Actions environment says so.
    public let blobBaseURL: String?

    public init(environment: [String: String]) {
        if let server = environment["GITHUB_SERVER_URL"], let repository = environment["GITHUB_REPOSITORY"],
           let sha = environment["GITHUB_SHA"] {
            blobBaseURL = "\(server)/\(repository)/blob/\(sha)/"
        } else {
            blobBaseURL = nil
        }
    }

    public func render(_ diagnostics: [Diagnostic], summary: ReportSummary) -> String {
        var lines = ["## iqlint", ""]
        guard !diagnostics.isEmpty else {
            lines.append("All checks passed in \(summary.files) file\(summary.files == 1 ? "" : "s").")
            return lines.joined(separator: "\n") + "\n\n"
        }
        lines.append("\(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) info in \(summary.filesWithFindings < summary.files ? "\(summary.filesWithFindings) of " : "")\(summary.files) files; \(summary.fixable) fixable with `iqlint --fix`.")
        lines.append("")
        lines.append("| rule | count |")
        lines.append("| --- | ---: |")
        var counts: [String: Int] = [:]
        for diagnostic in diagnostics { counts[diagnostic.ruleID, default: 0] += 1 }
        for (rule, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("| `\(rule)` | \(count) |")
        }
        lines.append("")
        lines.append("| where | severity | rule | message |")
        lines.append("| --- | --- | --- | --- |")
        for diagnostic in diagnostics {
            lines.append("| \(link(diagnostic.path, diagnostic.line)) | \(diagnostic.severity.rawValue) | `\(diagnostic.ruleID)` | \(cell(diagnostic.message)) |")
        }
        let duplicates = diagnostics.filter { $0.ruleID.hasPrefix("duplicate-") && !$0.related.isEmpty }
        if !duplicates.isEmpty {
            lines.append("")
            lines.append("### Duplicates")
            lines.append("")
            for diagnostic in duplicates {
                let others = diagnostic.related.map { link($0.path, $0.source.reportedLine(containing: $0.range.start)) }.joined(separator: ", ")
                lines.append("- \(link(diagnostic.path, diagnostic.line)) \(cell(diagnostic.message)) — see \(others)")
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func link(_ path: String, _ line: Int) -> String {
        guard let blobBaseURL else { return "`\(path):\(line)`" }
        let encoded = path.split(separator: "/").map { segment in
            segment.unicodeScalars.map { scalar -> String in
                let ascii = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar))
                return ascii ? String(scalar) : String(scalar).utf8.map { "%" + String($0, radix: 16, uppercase: true) }.joined()
            }.joined()
        }.joined(separator: "/")
        return "[\(path):\(line)](\(blobBaseURL)\(encoded)#L\(line))"
    }

    private func cell(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
}
