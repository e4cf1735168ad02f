import Foundation
@testable import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// Files are parsed and rules run concurrently (`Parallel`); what is reported must not depend
/// on it. Each corpus is parsed and linted twice, once on the calling thread only
/// (`IQLINT_THREADS=1` does the same for a run of the tool), and the reports compared line by
/// line, in order.
@Suite struct ParallelLintingTests {
    /// Every diagnostic with all it says: position, rule, severity, message, related places,
    /// fix and help.
    /// `corpusRulesInSequence`: the rules that compare the collection run one after another,
    /// as they do on a very large input (`Linter.sequentialCorpusRulesBytes`).
    private func report(_ paths: [(display: String, path: String)], serial: Bool, corpusRulesInSequence: Bool = false) throws -> [String] {
        try Parallel.$isSerial.withValue(serial) {
            let files = try Parallel.map(paths) { entry in
                Result { MarkdownFile(path: entry.display, text: try String(contentsOfFile: entry.path, encoding: .utf8)) }
            }.map { try $0.get() }
            var linter = try Linter(ruleTypes: BuiltinRules.all)
            if corpusRulesInSequence { linter.sequentialCorpusRulesBytes = 0 }
            return linter.lint(files).map { diagnostic in
                let related = diagnostic.related.map { "\($0.path) \($0.range) \($0.message)" }.joined(separator: "; ")
                let fix = diagnostic.fix.map { "\($0.title) \($0.applicability) \($0.edits)" } ?? "-"
                return "\(diagnostic.path):\(diagnostic.line) \(diagnostic.range) \(diagnostic.ruleID) \(diagnostic.severity) "
                    + "\(diagnostic.message) | \(related) | \(fix) | \(diagnostic.help.joined(separator: "; "))"
            }
        }
    }

    private func compare(_ paths: [(display: String, path: String)]) throws {
        let serial = try report(paths, serial: true)
        #expect(!serial.isEmpty)
        for corpusRulesInSequence in [false, true] {
            let parallel = try report(paths, serial: false, corpusRulesInSequence: corpusRulesInSequence)
            #expect(parallel.count == serial.count)
            let difference = zip(serial, parallel).enumerated().first { $0.element.0 != $0.element.1 }
            let mode = corpusRulesInSequence ? "corpus rules in sequence" : "all rules at once"
            #expect(difference == nil, "diagnostic \(difference?.offset ?? -1) (\(mode)): serial \(difference?.element.0 ?? "") vs parallel \(difference?.element.1 ?? "")")
        }
    }

    /// Between the phases the linter releases the facts only per-document rules read; the
    /// others (the conventions the duplicate rule reads) stay.
    @Test func releasingDropsOnlyPerDocumentFacts() {
        struct Kept: Sendable { let value: Int }
        struct Released: PerDocumentFact { let value: Int }
        let facts = DerivedFacts()
        var computed: [String] = []
        _ = facts.value(Kept.self) { _ in computed.append("kept"); return Kept(value: 1) }
        _ = facts.value(Released.self) { _ in computed.append("released"); return Released(value: 1) }
        facts.releasePerDocumentFacts()
        #expect(facts.value(Kept.self) { _ in computed.append("kept again"); return Kept(value: 2) }.value == 1)
        #expect(facts.value(Released.self) { _ in computed.append("released again"); return Released(value: 2) }.value == 2)
        #expect(computed == ["kept", "released", "released again"])
    }

    /// Above the size, every rule but duplicate-question (the largest tables) runs first, then it
    /// alone; below it every rule is its own batch of one phase, duplicate-question first, then
    /// the other corpus rules, then the per-document rules, each group in rule order.
    @Test func corpusRulesRunAfterTheOthersAboveTheSize() throws {
        let linter = try Linter(ruleTypes: BuiltinRules.all)
        let corpus = linter.rules.indices.filter { linter.rules[$0].rule is any CorpusRule }
        #expect(corpus.count >= 2)
        let small = linter.phases(of: linter.rules, inputBytes: linter.sequentialCorpusRulesBytes)
        let duplicateQuestion = linter.rules.indices.filter { linter.rules[$0].description.id == "duplicate-question" }
        let otherCorpus = corpus.filter { !duplicateQuestion.contains($0) }
        let perDocument = linter.rules.indices.filter { !corpus.contains($0) }
        #expect(small == [(duplicateQuestion + otherCorpus + perDocument).map { [$0] }])
        let large = linter.phases(of: linter.rules, inputBytes: linter.sequentialCorpusRulesBytes + 1)
        let largest = linter.rules.indices.filter { linter.rules[$0].description.id == "duplicate-question" }
        #expect(largest.count == 1 && corpus.contains(largest[0]))
        #expect(large.count == 2)
        #expect(large.last == [largest])
        #expect(large.first?.count == linter.rules.count - 1)
        #expect(large.flatMap { $0 }.flatMap { $0 }.sorted() == Array(linter.rules.indices))
    }

    @Test func theSampleBankGetsTheSameReportInTheSameOrder() throws {
        try compare([("README.md", RepositoryPaths.sampleCorpus)])
    }

    @Test func theFixtureCorpusGetsTheSameReportInTheSameOrder() throws {
        let root = RepositoryPaths.fixture("")
        var paths: [(display: String, path: String)] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".md") { paths.append((relative, root + relative)) }
        }
        #expect(paths.count > 10)
        // All fixtures linted together: corpus rules compare across them, per-document rules
        // run over many files at once.
        try compare(paths.sorted { $0.display < $1.display } + [("README.md", RepositoryPaths.sampleCorpus)])
    }
}
