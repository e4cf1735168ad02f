import IQCore
import IQMarkdown

/// One line per diagnostic, `path:line:column: severity[rule] message`, the shape editors'
/// problem matchers and grep expect. Lines are 1-based; columns count Unicode scalars, like
/// the text format's `path:line:column`.
public struct ConciseReporter: Reporter, Sendable {
    public let color: Bool
    public let unsafeFixesEnabled: Bool

    public init(color: Bool, unsafeFixesEnabled: Bool = false) {
        self.color = color
        self.unsafeFixesEnabled = unsafeFixesEnabled
    }

    public func write(_ diagnostics: [Diagnostic], summary: ReportSummary, to sink: (String) -> Void) {
        RenderedInOrder.write(diagnostics, to: sink) { _, diagnostic in render(diagnostic) + "\n" }
        sink(TextReporter(color: color, unsafeFixesEnabled: unsafeFixesEnabled).summaryLine(summary) + "\n")
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let source = diagnostic.source
        let location = "\(diagnostic.path):\(diagnostic.line):\(source.reportedPosition(of: diagnostic.range.start).column)"
        // A message is one line; a stray line break would split the record.
        let message = diagnostic.message.replacing("\r", with: " ").replacing("\n", with: " ")
        let fixable = diagnostic.fix.map { $0.applicability == .safe || unsafeFixesEnabled ? " [*]" : "" } ?? ""
        return "\(location): \(diagnostic.severity.rawValue)[\(diagnostic.ruleID)] \(message)\(fixable)"
    }
}
