import IQCore
import IQTestSupport
import Testing

/// A list that agrees with itself is held to the document's spacing only when that spacing is a
/// clear majority: three lists in four, or all lists but one of three or more (two lists of
/// two spacings are a tie).
@Suite struct ListMarkerSpacingMajorityTests {
    private func document(oneSpace: Int, threeSpaces: Int) -> String {
        var text = "# Lists\n"
        for index in 0..<oneSpace { text += "\n## One \(index)\n\n- a\n- b\n" }
        for index in 0..<threeSpaces { text += "\n## Three \(index)\n\n-   c\n-   d\n" }
        return text
    }

    @Test func aCloseSplitHasNoExceptionToReport() throws {
        #expect(try LintHarness.lint(document(oneSpace: 3, threeSpaces: 2), rules: ["list-marker-spacing"]).isEmpty)
        #expect(try LintHarness.lint(document(oneSpace: 5, threeSpaces: 4), rules: ["list-marker-spacing"]).isEmpty)
        // A translation whose answer options all use `-   A:`: seven lists in ten is a second habit.
        #expect(try LintHarness.lint(document(oneSpace: 7, threeSpaces: 3), rules: ["list-marker-spacing"]).isEmpty)
        // One list of each: neither is the exception (1 space is no default here).
        #expect(try LintHarness.lint(document(oneSpace: 1, threeSpaces: 1), rules: ["list-marker-spacing"]).isEmpty)
    }

    @Test func aClearMajorityIsTheDocumentsSpacing() throws {
        #expect(try LintHarness.lint(document(oneSpace: 6, threeSpaces: 2), rules: ["list-marker-spacing"]).count == 4)
        #expect(try LintHarness.lint(document(oneSpace: 2, threeSpaces: 1), rules: ["list-marker-spacing"]).count == 2)
    }

    /// A bank numbering its questions `1.  ###`, `10.  ###`, then `100. ###` in a list of its
    /// own (a `Back to Top` line between): every question's text starts in one column, the
    /// wider number with one space less. A `10. ###` among `10.  ###` items is still off.
    @Test func aWiderNumberAlignedWithTheDocumentIsConsistent() throws {
        func item(_ number: Int, spaces: Int) -> String {
            let marker = "\(number)." + String(repeating: " ", count: spaces)
            return marker + "### Question \(number)?\n" + String(repeating: " ", count: marker.count) + "Answer \(number).\n"
        }
        let top = "**[⬆ Back to Top](#top)**\n"
        var markdown = "# Questions\n\n"
        markdown += (1...9).map { item($0, spaces: 2) }.joined() + "\n" + top + "\n"
        markdown += (10...12).map { item($0, spaces: 2) }.joined() + "\n" + top + "\n"
        markdown += (100...102).map { item($0, spaces: 1) }.joined()
        #expect(try LintHarness.lint(markdown, rules: ["list-marker-spacing"]).isEmpty)
        let slip = markdown.replacing("11.  ### Question 11?\n     Answer 11.", with: "11. ### Question 11?\n    Answer 11.")
        #expect(slip != markdown)
        #expect(try LintHarness.lint(slip, rules: ["list-marker-spacing"]).map(\.message) == ["expected 2 spaces after '11.', found 1"])
    }

    /// An answer's steps at the margin (`1. When you directly set…`), which Markdown takes into
    /// the list of `1.  ###` questions: not questions, they set no spacing for them.
    @Test func stepsTakenIntoAListOfQuestionHeadingsAreNotJudged() throws {
        let markdown = "# Questions\n\n1.  ### What are the array mutation methods?\n    push, pop.\n\n2.  ### What are the caveats?\n    Two cases,\n\n"
            + "1. When you directly set an item\n2. When you modify the length\n\nText.\n\n3.  ### What else?\n    Nothing.\n"
        #expect(try LintHarness.lint(markdown, rules: ["list-marker-spacing"]).isEmpty)
    }

    /// `120. ###` aligned with the document's `10.  ###`, in a list whose `1. ###` is off: the fix
    /// moves `1.` only, and a second check finds nothing (the aligned items never become ones to move).
    @Test func fixingAnItemLeavesTheAlignedItemsOfItsListAlone() throws {
        func item(_ number: Int, spaces: Int) -> String {
            let marker = "\(number)." + String(repeating: " ", count: spaces)
            return marker + "### Question \(number)?\n" + String(repeating: " ", count: marker.count) + "Answer \(number).\n"
        }
        var markdown = "# Questions\n\n" + (1...3).map { item($0, spaces: 2) }.joined() + "\nText.\n\n" + (10...12).map { item($0, spaces: 2) }.joined() + "\nText.\n\n"
        markdown += (120...122).map { item($0, spaces: 1) }.joined() + item(1, spaces: 1)
        #expect(try LintHarness.lint(markdown, rules: ["list-marker-spacing"]).map(\.line) == [27])
        let fixed = try LintHarness.fix(markdown, rules: ["list-marker-spacing"])
        #expect(fixed == markdown.replacing("1. ### Question 1?\n   Answer 1.\n", with: "1.  ### Question 1?\n    Answer 1.\n"), "\(fixed)")
    }
}
