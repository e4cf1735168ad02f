import IQMarkdown

/// Pull-request mode: keep only what a change is responsible for.
///
/// A diagnostic survives when its primary range touches an added or changed line, or when the
/// base version of the file did not have it (matched by fingerprint): that catches problems a
/// change causes elsewhere, such as a list whose numbering it broke or a table of contents it
/// made stale, without re-reporting what was already wrong.
///
/// The base versions are linted only when some diagnostic lies outside the changed lines, and
/// then only with the rules of those diagnostics: on a large bank with a small change, the
/// base lint was as costly as the lint itself. Incremental corpus rules (see
/// ``IncrementalCorpusRule``) report on changed lines by construction and need no base lint.
public struct ChangeFilter: Sendable {
    public struct FileChange: Sendable {
        /// 1-based lines of the new version that the change added or modified.
        public let changedLines: Set<Int>
        /// The file before the change, under the new version's path (so that fingerprints of a
        /// renamed file compare); nil for a new file, where everything is new. It may still be
        /// parsing: it is waited for only when needed.
        public let base: ParsingFile?

        public init(changedLines: Set<Int>, base: ParsingFile?) {
            self.changedLines = changedLines
            self.base = base
        }
    }

    public let changes: [String: FileChange]
    /// The paths of `changes` in the order of the linted files.
    private let order: [String]

    /// - Parameter changes: each linted file's change, in the order of the files.
    public init(changes: [(path: String, change: FileChange)]) {
        self.changes = Dictionary(changes.map { ($0.path, $0.change) }, uniquingKeysWith: { first, _ in first })
        order = changes.map(\.path)
    }

    /// What ``Linter/lint(_:reference:change:)`` needs: the changed lines of each file that has
    /// a base version (new files are absent: all of them is new) and the base versions.
    public var change: PullRequestChange {
        PullRequestChange(changedLines: changes.compactMapValues { $0.base == nil ? nil : $0.changedLines },
                          bases: order.compactMap { changes[$0]?.base })
    }

    /// `diagnostics` of the new versions; `linter` re-lints the base versions to know what was
    /// already there (`reference` are the other files of the base tree, for corpus rules; the
    /// base versions of the linted files go with them).
    /// `fullBaseLint` re-lints every base with every rule, as this filter first did; it is kept
    /// to show that the cheaper path reports the same.
    public func filter(_ diagnostics: [Diagnostic], linter: Linter, reference: [MarkdownFile], fullBaseLint: Bool = false) -> [Diagnostic] {
        let fingerprints = Fingerprint.compute(diagnostics)
        var undecided: [Int] = []
        var kept = Array(repeating: false, count: diagnostics.count)
        for (index, diagnostic) in diagnostics.enumerated() {
            guard let change = changes[diagnostic.path], change.base != nil else { kept[index] = true; continue }
            let lines = diagnostic.line...max(diagnostic.line, diagnostic.endLine)
            if lines.contains(where: change.changedLines.contains) { kept[index] = true } else { undecided.append(index) }
        }
        if !undecided.isEmpty || fullBaseLint {
            let known = baseFingerprints(of: undecided.map { diagnostics[$0] }, linter: linter, reference: reference, full: fullBaseLint)
            for index in undecided where known[diagnostics[index].path]?.contains(fingerprints[index]) != true { kept[index] = true }
        }
        return diagnostics.indices.compactMap { kept[$0] ? diagnostics[$0] : nil }
    }

    /// Fingerprints of the base versions' diagnostics, by path, for the rules of `undecided`.
    private func baseFingerprints(of undecided: [Diagnostic], linter: Linter, reference: [MarkdownFile], full: Bool) -> [String: Set<String>] {
        let ruleIDs = Set(undecided.map(\.ruleID))
        // Whether a suppression is unused depends on every other rule: then nothing is left out.
        let baseLinter = full || ruleIDs.contains(UnusedSuppressionRule.id) ? linter : linter.restricted(to: ruleIDs)
        let comparesFiles = baseLinter.rules.contains { $0.rule.asCorpusRule != nil }
        let paths = Set(undecided.map(\.path))
        // Corpus rules compare the bases with each other; per-document rules need only the
        // bases of files with undecided diagnostics.
        let bases = order.compactMap { changes[$0]?.base }.filter { full || comparesFiles || paths.contains($0.path) }.map(\.file)
        let allBases = comparesFiles ? order.compactMap { changes[$0]?.base?.file } : []
        let baseDiagnostics = Timings.measure("base re-lint") { baseLinter.lint(bases, reference: comparesFiles ? reference + allBases : []) }
        var known: [String: Set<String>] = [:]
        for (diagnostic, fingerprint) in zip(baseDiagnostics, Fingerprint.compute(baseDiagnostics)) {
            known[diagnostic.path, default: []].insert(fingerprint)
        }
        return known
    }
}
