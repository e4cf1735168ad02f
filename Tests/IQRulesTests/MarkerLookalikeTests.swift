import IQTestSupport
import Testing
import IQMarkdown
@testable import IQRules

/// `2.　下一题`: a list marker followed by a space Markdown does not count (the ideographic space
/// of CJK input, a no-break space) is text, glued onto what stands above it.
@Suite struct MarkerLookalikeTests {
    @Test func aGluedLookalikeIsNamedAndTheNumberingGoesOnFromIt() throws {
        let found = try LintHarness.lint("1. a\n2.\u{3000}b\n3. c\n4. d\n", rules: ["lazy-continuation", "list-numbering"])
        #expect(found.map(\.ruleID) == ["lazy-continuation"])
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("found U+3000") == true)
    }

    @Test func theFixGivesTheMarkerAnASCIISpaceInsteadOfANewMarker() throws {
        #expect(try LintHarness.fix("1. a\n2.\u{3000}b\n3. c\n", rules: ["lazy-continuation"], unsafe: true) == "1. a\n2. b\n3. c\n")
        #expect(try LintHarness.fix("- a\n-\u{00A0}b\n- c\n", rules: ["lazy-continuation"], unsafe: true) == "- a\n- b\n- c\n")
        // Unsafe only: `--fix` alone leaves it.
        #expect(try LintHarness.fix("1. a\n2.\u{3000}b\n", rules: ["lazy-continuation"]) == "1. a\n2.\u{3000}b\n")
    }

    @Test func aLookalikeOfAnotherListKindGetsNoSecondNumber() throws {
        // `2)` in a `.` list would start another list, and a marker before it would show two
        // numbers (`2. 2)`): reported, left for a person.
        #expect(try LintHarness.lint("1. a\n2)\u{3000}b\n", rules: ["lazy-continuation"]).count == 1)
        #expect(try LintHarness.fix("1. a\n2)\u{3000}b\n", rules: ["lazy-continuation"], unsafe: true) == "1. a\n2)\u{3000}b\n")
    }

    @Test func aParagraphOfLookalikesIsReportedLineByLine() throws {
        let found = try LintHarness.lint("# T\n\n1.\u{3000}第一题\n2.\u{3000}第二题\n3.\u{3000}第三题\n", rules: ["lazy-continuation"])
        #expect(found.map(\.line) == [3, 4, 5])
        #expect(try LintHarness.fix("# T\n\n1.\u{3000}第一题\n2.\u{3000}第二题\n", rules: ["lazy-continuation"], unsafe: true)
                == "# T\n\n1. 第一题\n2. 第二题\n")
    }

    @Test func lookalikesThatRenderAsMeantAreLeftAlone() throws {
        // One per paragraph: each shows on its own line.
        #expect(try LintHarness.lint("1.\u{3000}第一题\n\n2.\u{3000}第二题\n", rules: ["lazy-continuation"]).isEmpty)
        // Hard line breaks show each line under the one before.
        #expect(try LintHarness.lint("1.\u{3000}第一题  \n2.\u{3000}第二题<br>\n3.\u{3000}第三题\n", rules: ["lazy-continuation"]).isEmpty)
        // One line in a paragraph of prose.
        #expect(try LintHarness.lint("版本说明\n2.\u{3000}新增功能\n", rules: ["lazy-continuation"]).isEmpty)
        // A marker with nothing after its space is no item in waiting; a decimal is no marker.
        #expect(MarkerLookalikeTests.lookalike("2.\u{3000}") == nil)
        #expect(MarkerLookalikeTests.lookalike("2.5\u{3000}亿") == nil)
        #expect(MarkerLookalikeTests.lookalike("2. b") == nil)
        #expect(MarkerLookalikeTests.lookalike("12)\u{00A0}b")?.number == 12)
    }

    @Test func aParagraphNotStartingWithALookalikeGetsNoFix() throws {
        // `2.` cannot interrupt the paragraph above it: an ASCII space would change nothing.
        let found = try LintHarness.lint("前言\n2.\u{3000}a\n3.\u{3000}b\n", rules: ["lazy-continuation"])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.fix == nil })
    }

    private static func lookalike(_ line: String) -> MarkerLookalike? {
        MarkerLookalike.at(line: 1, in: SourceText(line + "\n"))
    }
}

/// `###Date` glued under an item was meant as a heading: reported with what it needs, and no
/// fix, since making it an item would keep it text.
@Suite struct GluedHeadingWithoutSpaceTests {
    @Test func isReportedWithoutAFix() throws {
        let markdown = "* DOUBLE\n###Date\n\nDates are converted.\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.line) == [2])
        #expect(found.first?.message == "expected a space after the '#' of a heading, found '###Date', which Markdown joins to the item on line 1 as text")
        #expect(found.first?.fix == nil)
        #expect(try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true) == markdown)
    }
}
