import IQMarkdown

/// Pull-request mode: keep only what a change is responsible for.
///
/// A diagnostic survives when its primary range touches an added or changed line, or when the
/// base version of the file did not have it (matched by fingerprint): that catches problems a
/// change causes elsewhere, such as a list whose numbering it broke or a table of contents it
/// made stale, without re-reporting what was already wrong.
public struct ChangeFilter: Sendable {
    public struct FileChange: Sendable {
        /// 1-based lines of the new version that the change added or modified.
        public let changedLines: Set<Int>
        /// The file before the change, under the new version's path (so that fingerprints of a
        /// renamed file compare); nil for a new file, where everything is new.
        public let base: MarkdownFile?

        public init(changedLines: Set<Int>, base: MarkdownFile?) {
            self.changedLines = changedLines
            self.base = base
        }
    }

    public let changes: [String: FileChange]

    public init(changes: [String: FileChange]) { self.changes = changes }

    /// `diagnostics` of the new versions; `linter` re-lints the base versions to know what was
    /// already there (`reference` are the other files of the base tree, for corpus rules).
    public func filter(_ diagnostics: [Diagnostic], linter: Linter, reference: [MarkdownFile]) -> [Diagnostic] {
        let bases = changes.values.compactMap(\.base)
        let baseDiagnostics = linter.lint(bases, reference: reference)
        var known: [String: Set<String>] = [:]
        for (diagnostic, fingerprint) in zip(baseDiagnostics, Fingerprint.compute(baseDiagnostics)) {
            known[diagnostic.path, default: []].insert(fingerprint)
        }
        let fingerprints = Fingerprint.compute(diagnostics)
        return zip(diagnostics, fingerprints).compactMap { diagnostic, fingerprint in
            guard let change = changes[diagnostic.path] else { return diagnostic }
            let lines = diagnostic.line...max(diagnostic.line, diagnostic.endLine)
            if lines.contains(where: change.changedLines.contains) { return diagnostic }
            return known[diagnostic.path]?.contains(fingerprint) == true ? nil : diagnostic
        }
    }
}
