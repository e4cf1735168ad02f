import IQMarkdown

/// Applies fixes as non-overlapping byte edits, re-lints, and repeats until nothing changes
/// (at most `maxPasses` times), like ruff. Never re-renders the document.
public struct FixEngine: Sendable {
    public let linter: Linter
    /// `.safe` applies safe fixes only; `.unsafe` applies both.
    public let maximumApplicability: Applicability
    public let maxPasses: Int

    public init(linter: Linter, includeUnsafe: Bool, maxPasses: Int = 10) {
        self.linter = linter
        maximumApplicability = includeUnsafe ? .unsafe : .safe
        self.maxPasses = maxPasses
    }

    public struct Outcome: Sendable {
        /// The files after fixing, in input order.
        public let files: [MarkdownFile]
        /// Number of fixes applied per path.
        public let appliedFixes: [String: Int]
        /// What the linter still reports on the fixed files.
        public let remaining: [Diagnostic]
    }

    public func fix(_ files: [MarkdownFile], reference: [MarkdownFile] = []) -> Outcome {
        var current = files
        var applied: [String: Int] = [:]
        var diagnostics = linter.lint(current, reference: reference)
        for _ in 0..<maxPasses {
            var changed = false
            for (index, file) in current.enumerated() {
                let fixes = diagnostics.filter { $0.path == file.path }.compactMap(\.fix)
                    .filter { $0.applicability <= maximumApplicability }
                guard !fixes.isEmpty else { continue }
                let result = FixEngine.apply(fixes, to: file.source)
                guard result.applied > 0, result.source.bytes != file.source.bytes else { continue }
                current[index] = MarkdownFile(path: file.path, source: result.source)
                applied[file.path, default: 0] += result.applied
                changed = true
            }
            guard changed else { break }
            diagnostics = linter.lint(current, reference: reference)
        }
        return Outcome(files: current, appliedFixes: applied, remaining: diagnostics)
    }

    /// Applies every fix whose edits overlap no edit of an earlier accepted fix. Line breaks in
    /// replacements follow the file's line ending, so a CRLF or CR file keeps its endings.
    public static func apply(_ fixes: [Fix], to source: SourceText) -> (source: SourceText, applied: Int) {
        var accepted: [Edit] = []
        var count = 0
        let ordered = fixes.sorted { ($0.span?.start ?? 0, $0.span?.end ?? 0) < ($1.span?.start ?? 0, $1.span?.end ?? 0) }
        for fix in ordered where !fix.edits.isEmpty {
            let conflicts = fix.edits.contains { edit in accepted.contains { conflict($0, edit) } }
            let selfOverlapping = zip(fix.edits, fix.edits.dropFirst()).contains { conflict($0, $1) }
            guard !conflicts, !selfOverlapping, fix.edits.allSatisfy({ $0.range.end <= source.bytes.count }) else { continue }
            accepted += fix.edits
            count += 1
        }
        guard count > 0 else { return (source, 0) }
        var bytes = source.bytes
        for edit in accepted.sorted(by: { $0.range.start > $1.range.start || ($0.range.start == $1.range.start && $0.range.end > $1.range.end) }) {
            bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(source.lineEnding.applied(to: edit.replacement).utf8))
        }
        let prefix: [UInt8] = source.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        guard let fixed = try? SourceText(validating: prefix + bytes) else { return (source, 0) }
        return (fixed, count)
    }

    private static func conflict(_ lhs: Edit, _ rhs: Edit) -> Bool {
        if lhs.range.start == rhs.range.start { return true }
        return lhs.range.start < rhs.range.end && rhs.range.start < lhs.range.end
    }
}
