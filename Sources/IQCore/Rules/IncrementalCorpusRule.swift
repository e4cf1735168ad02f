import Synchronization
import IQMarkdown

/// A corpus rule that can judge a change on its own in pull-request mode: it compares only the
/// items on changed lines against everything else (the unchanged items of the linted files and
/// the reference files), instead of comparing the whole corpus twice (new and base versions)
/// and keeping the difference. On a large bank with a small change that is most of the cost.
public protocol IncrementalCorpusRule: CorpusRule {
    /// Violations the change is responsible for, each on an item that touches the changed lines
    /// of its file. A file of `files` missing from `change.changedLines` is new: all of it is
    /// changed. `reference` holds the other files of the base tree, not the base versions of
    /// `files` (ask `change` for those).
    func check(files: [MarkdownFile], reference: [MarkdownFile], change: PullRequestChange) -> [FileViolation]
}

/// What pull-request mode knows about a change besides the new versions of its files.
public struct PullRequestChange: Sendable {
    /// 1-based added or modified lines of each linted file that has a base version.
    public let changedLines: [String: Set<Int>]
    /// The base versions of the linted files, in the order of those files.
    private let bases: [ParsingFile]
    private let baseByPath: [String: ParsingFile]
    /// The linting profile's `conventions:`, which a base version follows like its new one.
    private let overrides: ConventionOverrides?
    private let regions = ChangedRegions()

    public init(changedLines: [String: Set<Int>], bases: [ParsingFile] = []) {
        self.init(changedLines: changedLines, bases: bases, overrides: nil)
    }

    private init(changedLines: [String: Set<Int>], bases: [ParsingFile], overrides: ConventionOverrides?) {
        self.changedLines = changedLines
        self.bases = bases
        baseByPath = Dictionary(bases.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.overrides = overrides
    }

    /// The size of the base versions, parsed or not (they take memory like the linted files).
    var baseByteCount: Int { bases.reduce(0) { $0 + $1.byteCount } }

    /// Whether the lines `range` is reported on, first to last, include a line of `path` the
    /// change added or modified, as the pull-request filter judges every diagnostic; true for a
    /// file without a base version, which is new as a whole.
    public func touches(_ range: SourceRange, in source: SourceText, path: String) -> Bool {
        guard let lines = changedLines[path] else { return true }
        let first = source.reportedLine(containing: range.start)
        let last = source.reportedLine(containing: max(range.start, range.end - 1))
        return (first...max(first, last)).contains(where: lines.contains)
    }

    /// `touches` for many ranges of one file: the changed lines as byte ranges, looked up
    /// without finding each range's lines (duplicate-question asks it of every question of a
    /// large bank, duplicate-link of every link). Nil when the file has no base version: all
    /// of it is changed.
    public func changedBytes(of path: String, in source: SourceText) -> ChangedBytes? {
        changedLines[path].map { ChangedBytes(lines: $0, in: source) }
    }

    /// Parses the base versions nobody has started on (the linter runs it beside the facts it
    /// prepares before the rules).
    func parseBases() {
        for base in bases { base.parse() }
    }

    /// The chunks of `file` (a linted file) that its base version does not hold, or that hold a
    /// changed line (see `ChangedChunks`); nil for a new file, or where it cannot be told.
    /// Worked out once per file.
    public func changedRegions(of file: MarkdownFile) -> [SourceRange]? {
        guard file.document.nestingLimitRange == nil, let base = baseByPath[file.path] else { return nil }
        return regions.regions(of: file.path) {
            let changed = changedBytes(of: file.path, in: file.source)
            return ChangedChunks.regions(of: file.source, since: base.source) { changed?.touches($0) ?? true }
        }
    }

    /// The base versions of the linted files other than `paths`, in order (waits for them).
    func bases(besides paths: Set<String>) -> [MarkdownFile] {
        bases.filter { !paths.contains($0.path) }.map(\.file)
    }

    /// The base version of the linted file at `path` (under that path), nil for a new file. It
    /// may still be parsing: this waits for it, so rules ask only when they need it.
    public func base(of path: String) -> MarkdownFile? {
        guard let file = baseByPath[path]?.file else { return nil }
        if let overrides, file.derived.overrides != overrides { file.derived.overrides = overrides }
        return file
    }

    /// The same change, its base versions following `overrides`.
    func following(_ overrides: ConventionOverrides) -> PullRequestChange {
        PullRequestChange(changedLines: changedLines, bases: bases, overrides: overrides)
    }
}

/// The bytes of a file's changed lines (reported lines, as `PullRequestChange.touches` counts
/// them), in order.
public struct ChangedBytes: Sendable {
    /// Each changed line from its first byte to the next line's first byte (the last line to
    /// the end of everything), in order; lines the file does not have are left out.
    private let lines: [Range<Int>]

    init(lines changed: Set<Int>, in source: SourceText) {
        let starts = source.reportedLineStarts
        lines = changed.sorted().compactMap { line in
            guard line >= 1, line <= starts.count else { return nil }
            return starts[line - 1]..<(line < starts.count ? starts[line] : Int.max)
        }
    }

    /// What `PullRequestChange.touches(range, …)` says: whether a changed line lies between
    /// the line of `range.start` and that of its last byte (of `range.start` when empty).
    public func touches(_ range: SourceRange) -> Bool {
        let last = max(range.start, range.end - 1)
        // The first changed line that ends after the range starts.
        let low = lines.partitionIndex { $0.upperBound > range.start }
        return low < lines.count && lines[low].lowerBound <= last
    }
}

/// Each linted file's changed chunks, worked out by the first rule that asks.
private final class ChangedRegions: Sendable {
    private let found = Mutex<[String: [SourceRange]?]>([:])

    func regions(of path: String, _ make: () -> [SourceRange]?) -> [SourceRange]? {
        if let known = found.withLock({ $0[path] }) { return known }
        let regions = make()
        found.withLock { $0[path] = regions }
        return regions
    }
}
