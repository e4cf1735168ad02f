import IQCore
import IQMarkdown
import Synchronization
import Testing

/// What the rule below was asked, in order, from any thread.
private let recorded = Mutex<[String]>([])

/// A rule that records the facts it is asked to prepare and the files it checks.
private struct RecordingRule: DocumentRule {
    static let description = RuleDescription(
        id: "recording", summary: "test rule", details: "test rule", rationale: "test rule", defaultSeverity: .warning,
        fix: .none, triggeringExamples: [], nonTriggeringExamples: [])

    init(options: RuleOptions) {}

    func prepareSharedFacts(of file: MarkdownFile, isReference: Bool) {
        recorded.withLock { $0.append("prepare \(file.path) \(isReference ? "reference" : "linted")") }
    }

    func check(_ file: MarkdownFile) -> [Violation] {
        recorded.withLock { $0.append("check \(file.path)") }
        return []
    }
}

/// The linter works out the facts rules share (`Rule.prepareSharedFacts`) before any rule runs,
/// once per file, telling the linted files from those they are compared against.
@Suite(.serialized) struct SharedFactsTests {
    @Test func factsArePreparedForEveryFileBeforeAnyRuleRuns() throws {
        recorded.withLock { $0 = [] }
        let linter = try Linter(ruleTypes: [RecordingRule.self])
        let files = [MarkdownFile(path: "a.md", text: "# A\n"), MarkdownFile(path: "b.md", text: "# B\n")]
        _ = linter.lint(files, reference: [MarkdownFile(path: "c.md", text: "# C\n")])
        let log = recorded.withLock { $0 }
        #expect(log.count == 5)
        #expect(Set(log.prefix(3)) == ["prepare a.md linted", "prepare b.md linted", "prepare c.md reference"])
        #expect(log.dropFirst(3).sorted() == ["check a.md", "check b.md"])
    }
}
