import Foundation
import IQMarkdown

/// Applies fixes as non-overlapping byte edits, re-lints, and repeats until nothing changes
/// (at most `maxPasses` rounds), like ruff. Never re-renders the document.
///
/// Every round is verified: the document is rendered by cmark-gfm before and after, and a fix
/// that changes what its applicability forbids (see `FixVerification`) is left out of the
/// round and reported as "fix not applied" — that is a bug in the rule that made it.
/// Safe and unsafe fixes never share a round, and fixes of different rules never edit the
/// same line in one round, so a verified round cannot hide an interaction.
public struct FixEngine: Sendable {
    public let linter: Linter
    /// `.safe` applies safe fixes only; `.unsafe` applies both.
    public let maximumApplicability: Applicability
    public let maxPasses: Int

    public static let defaultMaxPasses = 32

    public init(linter: Linter, includeUnsafe: Bool, maxPasses: Int = FixEngine.defaultMaxPasses) {
        self.linter = linter
        maximumApplicability = includeUnsafe ? .unsafe : .safe
        self.maxPasses = maxPasses
    }

    public struct Outcome: Sendable {
        /// The files after fixing, in input order.
        public let files: [MarkdownFile]
        /// Number of fixes applied per path (one fix may settle several findings, and a later
        /// round may fix what an earlier fix left).
        public let appliedFixes: [String: Int]
        /// Per path with fixes applied, how many fixable findings are gone: those the first
        /// check could fix, less those the last check still could (one at least).
        public let fixedProblems: [String: Int]
        /// What the linter still reports on the fixed files, plus one `info` diagnostic per fix
        /// the verification dropped.
        public let remaining: [Diagnostic]
        /// Paths whose fixes were still changing the file when the rounds ran out, or that came
        /// back to an earlier state or kept growing: each is left as it was (in `files` too), since
        /// its result would differ on every run.
        public let unconverged: [String]
    }

    public func fix(_ files: [MarkdownFile], reference: [MarkdownFile] = []) -> Outcome {
        var current = files
        var applied: [String: Int] = [:]
        // Fixes the verification rejected, by file, until the file changes: a fix rejected
        // next to one line can be right once another fix changed a line further on.
        var dropped: [String: [Diagnostic]] = [:]
        var droppedKeys: [String: Set<String>] = [:]
        var seen = Dictionary(files.map { ($0.path, Set([$0.source.bytes.hashValue])) }, uniquingKeysWith: { first, _ in first })
        var stopped = Set<String>()
        // A file's own line ending, kept even when a round leaves it with none (a fix that
        // removes its only line break must not turn a later inserted one into LF).
        let endings = Dictionary(files.map { ($0.path, $0.source.lineEnding) }, uniquingKeysWith: { first, _ in first })
        var diagnostics = linter.lint(current, reference: reference)
        let fixableAtFirst = fixableCounts(diagnostics)
        var unconverged: [String] = []
        // A control character (other than tab and line endings) is corruption more often than
        // text, and the rendering the verification compares cannot be trusted around it: such a
        // file is reported and left as it is.
        for file in files {
            guard let offset = Self.firstControlCharacter(in: file.source.bytes, outside: file.document.codeBlocks.map(\.range)) else { continue }
            stopped.insert(file.path)
            dropped[file.path, default: []].append(Diagnostic(ruleID: "fix", severity: .info,
                                      message: "fixes not applied: the file contains the control character U+\(String(format: "%04X", file.source.bytes[offset])); remove it first",
                                      path: file.path, source: file.source, range: SourceRange(offset, offset + 1)))
        }
        for pass in 0...maxPasses {
            var changed = false
            // Dropped fixes and unsafe fixes waiting for a round without safe ones: the same
            // diagnostics have other fixes to offer in the next pass.
            var retry = false
            let byPath = Dictionary(grouping: diagnostics.filter { $0.fix != nil }, by: \.path)
            for (index, file) in current.enumerated() where !stopped.contains(file.path) {
                let candidates = (byPath[file.path] ?? []).filter { diagnostic in
                    guard let fix = diagnostic.fix, !fix.edits.isEmpty,
                          fix.applicability <= maximumApplicability else { return false }
                    return droppedKeys[file.path]?.contains(Self.key(diagnostic, fix: fix)) != true
                }
                guard !candidates.isEmpty else { continue }
                guard pass < maxPasses else {
                    unconverged.append(file.path)
                    continue
                }
                let round = verifiedRound(candidates, source: file.source, lineEnding: endings[file.path] ?? file.source.lineEnding)
                retry = retry || !round.rejected.isEmpty || round.deferred || round.postponed
                for rejection in round.rejected {
                    droppedKeys[file.path, default: []].insert(Self.key(rejection.diagnostic, fix: rejection.diagnostic.fix!))
                    dropped[file.path, default: []].append(Diagnostic(ruleID: rejection.diagnostic.ruleID, severity: .info,
                                              message: "fix not applied: it would \(rejection.problem) (a bug in \(rejection.diagnostic.ruleID), please report it)",
                                              path: file.path, source: file.source, range: rejection.diagnostic.range))
                }
                guard round.applied > 0, round.source.bytes != file.source.bytes else { continue }
                // A file that comes back to an earlier state, or keeps growing, is cycling.
                let grown = round.source.bytes.count > 3 * files[index].source.bytes.count + 65536
                guard seen[file.path, default: []].insert(round.source.bytes.hashValue).inserted, !grown else {
                    stopped.insert(file.path)
                    unconverged.append(file.path)
                    continue
                }
                current[index] = MarkdownFile(path: file.path, source: round.source)
                applied[file.path, default: 0] += round.applied
                changed = true
                // The text changed: the rejected fixes are tried again on it (and reported
                // again if they still fail).
                droppedKeys[file.path] = nil
                dropped[file.path] = nil
            }
            if changed {
                diagnostics = linter.lint(current, reference: reference)
            } else if !retry {
                break
            }
        }
        // A file whose fixes did not settle is left as it was: fixing it again would change it
        // again (a fix that keeps inserting is a bug, and must not grow the file on every run).
        if !unconverged.isEmpty {
            let unsettled = Set(unconverged)
            for (index, file) in files.enumerated() where unsettled.contains(file.path) {
                current[index] = file
                applied[file.path] = nil
                dropped[file.path] = nil
            }
            diagnostics = linter.lint(current, reference: reference)
        }
        let remaining = (diagnostics + dropped.values.flatMap { $0 }).sorted(by: Diagnostic.reportingOrder)
        let fixableAtLast = fixableCounts(diagnostics)
        let fixed = Dictionary(uniqueKeysWithValues: applied.keys.map { path in
            (path, max(1, (fixableAtFirst[path] ?? 0) - (fixableAtLast[path] ?? 0)))
        })
        return Outcome(files: current, appliedFixes: applied, fixedProblems: fixed, remaining: remaining, unconverged: unconverged)
    }

    /// Per path, the findings with a fix this engine may apply.
    private func fixableCounts(_ diagnostics: [Diagnostic]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for diagnostic in diagnostics {
            guard let fix = diagnostic.fix, !fix.edits.isEmpty, fix.applicability <= maximumApplicability else { continue }
            counts[diagnostic.path, default: 0] += 1
        }
        return counts
    }

    /// Identifies a fix across rounds, where offsets move: the edited text, its replacement and
    /// the whole line around it (a fix that becomes right once its line changed is tried again).
    private static func key(_ diagnostic: Diagnostic, fix: Fix) -> String {
        let source = diagnostic.source
        let edits = fix.edits.map { edit in
            let line = source.line(containing: edit.range.start)
            return "\(source.string(in: edit.range))\u{1}\(edit.replacement)\u{1}\(source.lineText(line))\u{1}\(edit.range.start - source.lineRange(line).start)"
        }
        return ([diagnostic.ruleID, fix.title] + edits).joined(separator: "\u{2}")
    }

    private struct Round {
        var source: SourceText
        var applied: Int
        var rejected: [(diagnostic: Diagnostic, problem: String)]
        /// Unsafe fixes left for a later round because safe ones went first.
        var deferred: Bool
        /// Fixes that failed only next to others of the round (the comparison could not tell
        /// their changes apart): tried again in the next round, after the others are applied.
        var postponed: Bool = false
    }

    /// One round for one file: the fixes that fit together, minus those the verification
    /// rejects. A failing set is halved until each bad fix is found alone.
    private func verifiedRound(_ candidates: [Diagnostic], source: SourceText, lineEnding: SourceText.LineEnding) -> Round {
        let chosen = Self.compatible(candidates, in: source)
        let deferred = chosen.contains { $0.fix!.applicability == .safe } && candidates.contains { $0.fix!.applicability == .unsafe }
        let before = RenderedContent(source)
        var accepted: [Diagnostic] = []
        var rejected: [(diagnostic: Diagnostic, problem: String)] = []
        var pending: [[Diagnostic]] = [chosen]
        var postponed = false
        while let group = pending.popLast() {
            let attempt = accepted + group
            let result = Self.apply(attempt.compactMap(\.fix), to: source, lineEnding: lineEnding)
            let problem = result.applied == attempt.count
                ? FixVerification.problem(before: before, after: RenderedContent(result.source),
                                          rewrites: attempt.flatMap { $0.fix!.rewrites },
                                          applicability: attempt.contains { $0.fix!.applicability == .unsafe } ? .unsafe : .safe)
                : "produce text that is not valid UTF-8"
            if problem == nil {
                accepted = attempt
            } else if group.count == 1, let problem {
                if !accepted.isEmpty, Self.passesAlone(group[0], source: source, before: before, lineEnding: lineEnding) {
                    postponed = true
                } else {
                    rejected.append((group[0], problem))
                }
            } else {
                let middle = group.count / 2
                pending.append(Array(group[middle...]))
                pending.append(Array(group[..<middle]))
            }
        }
        guard !accepted.isEmpty else { return Round(source: source, applied: 0, rejected: rejected, deferred: deferred, postponed: postponed) }
        let result = Self.apply(accepted.compactMap(\.fix), to: source, lineEnding: lineEnding)
        return Round(source: result.source, applied: result.applied, rejected: rejected, deferred: deferred, postponed: postponed)
    }

    private static func passesAlone(_ diagnostic: Diagnostic, source: SourceText, before: RenderedContent,
                                    lineEnding: SourceText.LineEnding) -> Bool {
        guard let fix = diagnostic.fix else { return false }
        let result = apply([fix], to: source, lineEnding: lineEnding)
        return result.applied == 1 && FixVerification.problem(before: before, after: RenderedContent(result.source),
                                                              rewrites: fix.rewrites, applicability: fix.applicability) == nil
    }

    /// The fixes that may share a round: safe ones first (unsafe ones wait for a round without
    /// safe fixes), no two overlapping, and no two of different rules on the same line. Taken in
    /// order of their first edit, a fix that starts before an earlier one ends waits for the
    /// next round, which keeps this linear in the number of fixes.
    private static func compatible(_ candidates: [Diagnostic], in source: SourceText) -> [Diagnostic] {
        let hasSafe = candidates.contains { $0.fix!.applicability == .safe }
        let ordered = candidates.filter { !hasSafe || $0.fix!.applicability == .safe }
            .sorted { ($0.fix!.span!.start, $0.fix!.span!.end) < ($1.fix!.span!.start, $1.fix!.span!.end) }
        var chosen: [Diagnostic] = []
        var lastEnd = -1
        var lastLineByRule: [String: Int] = [:]
        for diagnostic in ordered {
            let fix = diagnostic.fix!
            let span = fix.span!
            guard span.end <= source.bytes.count, span.start > lastEnd || (span.start == lastEnd && !span.isEmpty) else { continue }
            // The line after a deleted line break counts too: its start touches the edit.
            let firstLine = source.line(containing: span.start), lastLine = source.line(containing: span.end)
            let selfOverlapping = zip(fix.edits, fix.edits.dropFirst()).contains { conflict($0, $1) }
            let sharesLine = lastLineByRule.contains { $0.key != diagnostic.ruleID && $0.value >= firstLine }
            guard !selfOverlapping, !sharesLine else { continue }
            chosen.append(diagnostic)
            lastEnd = span.end
            lastLineByRule[diagnostic.ruleID] = max(lastLineByRule[diagnostic.ruleID] ?? 0, lastLine)
        }
        return chosen
    }

    /// Applies every fix whose edits overlap no edit of an earlier accepted fix. Line breaks in
    /// replacements follow the file's line ending (`lineEnding`, else the one `source` uses), so
    /// a CRLF or CR file keeps its endings.
    public static func apply(_ fixes: [Fix], to source: SourceText,
                             lineEnding: SourceText.LineEnding? = nil) -> (source: SourceText, applied: Int) {
        let ending = lineEnding ?? source.lineEnding
        var accepted: [Edit] = []
        var count = 0
        let ordered = fixes.sorted { ($0.span?.start ?? 0, $0.span?.end ?? 0) < ($1.span?.start ?? 0, $1.span?.end ?? 0) }
        // In span order a fix can only conflict with the accepted fix whose span reaches furthest.
        var lastSpan: SourceRange?
        for fix in ordered where !fix.edits.isEmpty {
            let span = fix.span!
            let conflicts = lastSpan.map { span.start < $0.end || span.start == $0.start } ?? false
            let selfOverlapping = zip(fix.edits, fix.edits.dropFirst()).contains { conflict($0, $1) }
            guard !conflicts, !selfOverlapping, fix.edits.allSatisfy({ $0.range.end <= source.bytes.count }) else { continue }
            accepted += fix.edits
            count += 1
            lastSpan = lastSpan.map { $0.end >= span.end ? $0 : span } ?? span
        }
        guard count > 0 else { return (source, 0) }
        var bytes = source.bytes
        for edit in accepted.sorted(by: { $0.range.start > $1.range.start || ($0.range.start == $1.range.start && $0.range.end > $1.range.end) }) {
            let range = keepingBareCRApart(edit.range.start..<edit.range.end, replacement: edit.replacement, in: bytes)
            bytes.replaceSubrange(range, with: Array(ending.applied(to: edit.replacement).utf8))
        }
        let prefix: [UInt8] = source.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        guard let fixed = try? SourceText(validating: prefix + bytes) else { return (source, 0) }
        return (fixed, count)
    }

    /// A deletion that ends with an LF line ending right after a bare CR (a line ending of its
    /// own) and before another LF would glue the CR to that LF: two line endings would become
    /// one CRLF and a line would vanish. Deleting the CR instead of the span's LF removes the
    /// same line and keeps every other one (the line before now ends with LF).
    static func keepingBareCRApart(_ range: Range<Int>, replacement: String, in bytes: [UInt8]) -> Range<Int> {
        let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        guard replacement.isEmpty, range.lowerBound > 0, range.upperBound < bytes.count, !range.isEmpty,
              bytes[range.lowerBound - 1] == cr, bytes[range.upperBound] == lf, bytes[range.upperBound - 1] == lf,
              range.count == 1 || bytes[range.upperBound - 2] != cr else { return range }
        return (range.lowerBound - 1)..<(range.upperBound - 1)
    }

    /// `diagnostics` with the fixes `fix` would refuse taken off, each saying why: in a file
    /// holding a control character no fix is applied, so none is shown or counted as fixable.
    public static func withoutRefusedFixes(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var scanned: [String: ControlCharacterScan] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.fix != nil else { return diagnostic }
            let scan = scanned[diagnostic.path] ?? {
                // The file is parsed again only when it holds a control character, which is rare.
                let bytes = diagnostic.source.bytes
                let found = firstControlCharacter(in: bytes).flatMap { _ in
                    firstControlCharacter(in: bytes, outside: MarkdownParser.parse(diagnostic.source).codeBlocks.map(\.range))
                }
                let scan = found.map { ControlCharacterScan.found(at: $0) } ?? .clean
                scanned[diagnostic.path] = scan
                return scan
            }()
            guard case .found(let offset) = scan else { return diagnostic }
            let character = String(format: "%04X", diagnostic.source.bytes[offset])
            return Diagnostic(ruleID: diagnostic.ruleID, severity: diagnostic.severity, message: diagnostic.message, path: diagnostic.path,
                              source: diagnostic.source, range: diagnostic.range, related: diagnostic.related, fix: nil,
                              help: diagnostic.help + ["--fix leaves this file as it is: it contains the control character U+\(character) (line \(diagnostic.source.reportedLine(containing: offset))); remove it first"])
        }
    }

    /// What a file's scan for a control character found.
    private enum ControlCharacterScan {
        case clean
        case found(at: Int)
    }

    /// The offset of the first C0 control character other than tab, LF, CR and form feed, or DEL.
    /// Those inside `codeBlocks` are skipped: an IDA listing's `^X` or a payload's SOH is the
    /// code's own, shown as written, and no fix edits code.
    static func firstControlCharacter(in bytes: [UInt8], outside codeBlocks: [SourceRange] = []) -> Int? {
        var from = 0
        while let offset = bytes[from...].firstIndex(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C) || $0 == 0x7F }) {
            guard let block = codeBlocks.first(where: { $0.contains(offset) }) else { return offset }
            from = max(offset + 1, block.end)
            if from >= bytes.count { return nil }
        }
        return nil
    }

    private static func conflict(_ lhs: Edit, _ rhs: Edit) -> Bool {
        if lhs.range.start == rhs.range.start { return true }
        return lhs.range.start < rhs.range.end && rhs.range.start < lhs.range.end
    }
}
