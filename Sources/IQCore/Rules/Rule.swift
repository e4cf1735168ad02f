/// A check. Conform to `DocumentRule` (one file at a time) or `CorpusRule` (needs every file).
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Builds the rule from its options (defaults overlaid with the configuration).
    init(options: RuleOptions) throws(RuleConfigurationError)

    // What the linter needs to know of a rule it holds as `any Rule`, answered by the
    // conformance itself (the defaults below): a dynamic cast (`rule as? any CorpusRule`) looks
    // the conformance up at run time, the first time for each rule type by scanning every
    // conformance record of the binary, a visible share of linting one small file.
    /// The rule as a ``DocumentRule``; nil for other rules.
    var asDocumentRule: (any DocumentRule)? { get }
    /// The rule as a ``CorpusRule``; nil for other rules.
    var asCorpusRule: (any CorpusRule)? { get }
    /// The rule as an ``IncrementalCorpusRule``; nil for other rules.
    var asIncrementalCorpusRule: (any IncrementalCorpusRule)? { get }
    /// The rule as a ``CollectionFactRule``; nil for other rules.
    var asCollectionFactRule: (any CollectionFactRule)? { get }
    /// The rule as a ``ChunkLocalRule``; nil for other rules.
    var asChunkLocalRule: (any ChunkLocalRule)? { get }

    /// Works out the facts of `file` that this rule reads whatever the file holds and that
    /// other rules share (in ``DerivedFacts``), before any rule runs: then every core is free
    /// to help, where inside a rule the other core is busy with another rule while every rule
    /// that reads them waits (a document's conventions). `isReference`: a file the rule
    /// compares against rather than lints. By default, nothing.
    func prepareSharedFacts(of file: MarkdownFile, isReference: Bool)
}

extension Rule {
    public var asDocumentRule: (any DocumentRule)? { nil }
    public var asCorpusRule: (any CorpusRule)? { nil }
    public var asIncrementalCorpusRule: (any IncrementalCorpusRule)? { nil }
    public var asCollectionFactRule: (any CollectionFactRule)? { nil }
    public var asChunkLocalRule: (any ChunkLocalRule)? { nil }
    public func prepareSharedFacts(of file: MarkdownFile, isReference: Bool) {}
}

extension DocumentRule {
    public var asDocumentRule: (any DocumentRule)? { self }
}

extension CorpusRule {
    public var asCorpusRule: (any CorpusRule)? { self }
}

extension IncrementalCorpusRule {
    public var asIncrementalCorpusRule: (any IncrementalCorpusRule)? { self }
}

extension CollectionFactRule {
    public var asCollectionFactRule: (any CollectionFactRule)? { self }
}

extension ChunkLocalRule {
    public var asChunkLocalRule: (any ChunkLocalRule)? { self }
}

/// A rule that judges each file on its own.
public protocol DocumentRule: Rule {
    func check(_ file: MarkdownFile) -> [Violation]
}

/// A document rule that also reads a fact of the whole collection (every file linted together,
/// the reference files included): the linter calls `prepare` once, before any `check`, and the
/// rule keeps what it found in each file's ``DerivedFacts`` (see ``DerivedFacts/replace(_:)``).
/// `check` must still work on a file no `prepare` saw, judging it as a collection of its own.
public protocol CollectionFactRule: DocumentRule {
    func prepare(collection: [MarkdownFile])
}

/// A document rule whose findings in each chunk of a document (a stretch between two ATX
/// headings that start after a blank line, where every open block ends: see `DocumentChunks`)
/// depend on that chunk's bytes alone (and on what no change to the document changes, such as
/// the files on disk): not on the rest of the document, its conventions or other Markdown
/// files. Pull-request mode runs it on the chunks a change touched only; everywhere else the
/// base version had the same bytes, so the same findings, which the change filter would drop
/// as old.
public protocol ChunkLocalRule: DocumentRule {
    /// Whether that holds for `file` (a rule that reads a document-wide fact in some documents
    /// only, such as a campaign tag the document's links share, says no for those).
    func judgesChunksAlone(in file: MarkdownFile) -> Bool
}

/// A rule that needs every file first (duplicates across files): collect, then check.
public protocol CorpusRule: Rule {
    /// `files` are linted and reported on; `reference` files (e.g. the base tree of a pull
    /// request) are only compared against and never reported on.
    func check(files: [MarkdownFile], reference: [MarkdownFile]) -> [FileViolation]

    /// Whether the rule's tables are the largest of a run (an index of every question): on a
    /// large input it runs alone, after the other rules (see `Linter.sequentialCorpusRulesBytes`).
    var holdsLargestTables: Bool { get }
}

extension CorpusRule {
    public var holdsLargestTables: Bool { false }
}

/// A rule implemented by the linter itself (e.g. reporting unused suppressions).
public protocol LinterRule: Rule {}

extension Rule {
    public static var id: String { description.id }
}

/// An option value that type-checks but makes no sense for the rule.
public struct RuleConfigurationError: Error, Sendable, CustomStringConvertible {
    public let option: String
    public let problem: String

    public init(option: String, problem: String) {
        self.option = option
        self.problem = problem
    }

    public var description: String { "option '\(option)': \(problem)" }
}
