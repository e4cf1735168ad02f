import IQCore
import IQTestSupport
import Testing

/// A table of contents in another order than its sections is one finding, not one per entry.
@Suite struct TOCSyncOrderTests {
    /// Five entries A–E over sections in the order E, D, C, A, B: C, D and E are out of place.
    static let ownOrder = """
        ## Contents

        - [A](#a)
        - [B](#b)
        - [C](#c)
        - [D](#d)
        - [E](#e)

        ## E\n\nx\n\n## D\n\nx\n\n## C\n\nx\n\n## A\n\nx\n\n## B\n\nx\n
        """

    @Test func oneFindingPerTableAtTheFirstEntryOutOfPlace() throws {
        let diagnostics = try LintHarness.lint(Self.ownOrder, rules: ["toc-sync"])
        #expect(diagnostics.map(\.message) == ["expected entries in document order, found 3 of 5 out of place ('C' first)"])
        #expect(diagnostics.map(\.line) == [5])
        // Most entries out of place: the table follows an order of its own.
        #expect(diagnostics.map(\.severity) == [.info])
    }

    /// Every entry still lands where it points: the reading order is off, nothing is broken.
    @Test func aFewEntriesOutOfPlaceAreAWarning() throws {
        let markdown = "## Contents\n\n- [A](#a)\n- [D](#d)\n- [B](#b)\n- [C](#c)\n- [E](#e)\n- [F](#f)\n\n"
            + ["A", "B", "C", "D", "E", "F"].map { "## \($0)\n\nx\n\n" }.joined()
        let diagnostics = try LintHarness.lint(markdown, rules: ["toc-sync"])
        #expect(diagnostics.map(\.message) == ["expected entries in document order, found 'D' out of place"])
        #expect(diagnostics.map(\.severity) == [.warning])
        let two = markdown.replacing("- [E](#e)\n- [F](#f)", with: "- [F](#f)\n- [E](#e)")
        let both = try LintHarness.lint(two, rules: ["toc-sync"])
        #expect(both.map(\.message) == ["expected entries in document order, found 2 of 6 out of place ('D' first)"])
        #expect(both.map(\.severity) == [.warning])
    }

    /// `## Codes` twice, one entry in the second's place linking the first: no safe fix adding a
    /// second `Codes` entry, which would list the name twice and hide the two headings' clash.
    @Test func aSecondHeadingOfOneNameGetsNoSecondEntry() throws {
        let markdown = "# List\n\n## Contents\n\n- [Theory](#theory)\n- [Applications](#applications)\n- [Codes](#codes)\n- [Demos](#demos)\n\n"
            + "## Codes\n\nA\n\n## Theory\n\nB\n\n## Applications\n\nC\n\n## Codes\n\nD\n\n## Demos\n\nE\n"
        let found = try LintHarness.lint(markdown, rules: ["toc-sync"])
        #expect(found.map(\.message) == ["expected entries in document order, found 'Codes' out of place",
                                          "expected an entry for 'Codes' in the table of contents, found only the entry of the other heading of that name"])
        #expect(found.allSatisfy { $0.fix == nil })
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"], unsafe: true) == markdown)
    }

    /// Entries in alphabetical order but one, over sections in another order: the table is
    /// ordered by name, an info that says so.
    @Test func anAlphabeticalTableIsAnInfo() throws {
        let names = ["Algorithms", "Graphics", "Misc", "Security", "Systems", "Statistics"]
        let markdown = "## Contents\n\n" + names.map { "- [\($0)](#\($0.lowercased()))\n" }.joined() + "\n"
            + ["Systems", "Misc", "Algorithms", "Statistics", "Graphics", "Security"].map { "## \($0)\n\nx\n\n" }.joined()
        let diagnostics = try LintHarness.lint(markdown, rules: ["toc-sync"])
        #expect(diagnostics.map(\.message) == ["expected entries in document order, found 3 of 6 out of place ('Misc' first)"])
        #expect(diagnostics.map(\.severity) == [.info])
        #expect(diagnostics.first?.help.first?.hasPrefix("the entries are in alphabetical order") == true)
    }
}
