import IQTestSupport
import Testing

/// `1. Step` / `  1. detail` / `2. Step`: details indented less than the step's marker is wide
/// are one flat list on the page, reported once at the first detail.
@Suite struct FlatOutlineTests {
    static let outline = "1. Create a balancer\n  1. threshold: 3\n  2. interval: 10\n2. Create a group\n  1. forward traffic\n"

    @Test func aTopLevelOutlineCountsItsIndentFromTheLineStart() throws {
        let found = try LintHarness.lint(Self.outline, rules: ["list-numbering"])
        #expect(found.map(\.line) == [2], "\(found.map(\.message))")
        #expect(found.first?.message == "expected 2, found 1: the items indented 2 spaces are not nested under '1.' (that takes 3), so Markdown shows one list numbered 1 to 5")
        #expect(found.first?.help == ["indent the details by 3 spaces (the width of '1. ') to nest them under their step"])
        #expect(found.first?.fix == nil)
    }

    /// In a quote the line starts with `> `, which steps and details share: the indent the
    /// message names is the details' own.
    @Test func aQuotedOutlineCountsItsIndentFromTheSteps() throws {
        let quoted = Self.outline.split(separator: "\n").map { "> " + $0 }.joined(separator: "\n") + "\n"
        let found = try LintHarness.lint(quoted, rules: ["list-numbering"])
        #expect(found.map(\.line) == [2], "\(found.map(\.message))")
        #expect(found.first?.message == "expected 2, found 1: the items indented 2 spaces more than their steps are not nested under '1.' (that takes 3), so Markdown shows one list numbered 1 to 5")
        #expect(found.first?.help == ["indent the details by 3 spaces more than their steps (the width of '1. ') to nest them under their step"])
    }
    /// A step numbered wrong besides (`1. Decrease …` for the third): the outline is still the
    /// fault to name, not a renumbering of the flat list's items one by one.
    @Test func aMisnumberedStepLeavesTheOutline() throws {
        let outline = "1. Create a policy\n  1. Track CPU\n  2. Target 70%\n2. Increase the load\n  1. Do you see more instances?\n"
            + "1. Decrease the load\n  1. Do you see fewer instances?\n"
        let found = try LintHarness.lint(outline, rules: ["list-numbering"])
        #expect(found.map(\.line) == [2], "\(found.map(\.message))")
        #expect(found.first?.fix == nil)
        // One run of details only, and a step numbered wrong: no outline to call it.
        let single = "1. Create a policy\n  1. Track CPU\n  2. Target 70%\n1. Increase the load\n"
        #expect(try LintHarness.lint(single, rules: ["list-numbering"]).first?.message.contains("not nested") != true)
    }
}
