import IQCore
import IQTestSupport
import Testing

/// An unresolved merge conflict: one finding for it, and the other rules wait for the text to
/// settle (no findings inside it, no fix that edits it).
@Suite struct MergeConflictTests {
    static let conflicted = """
        # Tools

        1. [Alpha](https://a.example/alpha)
        2. [Beta](https://a.example/beta)
        <<<<<<< HEAD
        3. [Gamma](https://a.example/gamma)
        =======
        3. [Symptile](https://a.example/symptile)
        >>>>>>> feature
        4. [Delta](https://a.example/delta)

        """

    @Test func oneFindingPerConflictAndNoneInsideIt() throws {
        let found = try LintHarness.lint(Self.conflicted)
        #expect(found.map { "\($0.line) \($0.ruleID)" } == ["5 merge-conflict"], "\(found.map { "\($0.line) \($0.ruleID) \($0.message)" })")
        #expect(found.first?.message.contains("lines 7, 9") == true)
        #expect(try LintHarness.fix(Self.conflicted, unsafe: true) == Self.conflicted)
    }

    @Test func markersInsideOneCodeBlockAreAnExample() throws {
        let page = "Git marks the conflict:\n\n```\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> feature\n```\n"
        #expect(try LintHarness.lint(page, rules: ["merge-conflict"]).isEmpty)
    }
}
