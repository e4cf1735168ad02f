import IQCore
import IQTestSupport
import Testing

/// A whitespace-only line between a lone CR and an LF: removing the spaces would make the two
/// line endings one CRLF, so the finding has no fix.
@Suite struct TrailingWhitespaceLineEndingTests {
    @Test func spacesBetweenACarriageReturnAndALineFeedStay() throws {
        let markdown = "a\r  \nb\n"
        let found = try LintHarness.lint(markdown, rules: ["trailing-whitespace"])
        #expect(found.count == 1 && found[0].fix == nil, "\(found.map(\.message))")
        #expect(try LintHarness.fix(markdown, rules: ["trailing-whitespace"]) == markdown)
        // Between two LFs the spaces go.
        #expect(try LintHarness.fix("a\n  \nb\n", rules: ["trailing-whitespace"]) == "a\n\nb\n")
    }

    /// Two spaces closing a paragraph are a line break with nothing after it (markdownlint's MD009
    /// accepts them): an info; one space, or three, stays a warning.
    @Test func twoSpacesClosingAParagraphAreAnInfo() throws {
        let found = try LintHarness.lint("**Example:**  \n\nText \n\nMore   \n", rules: ["trailing-whitespace"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["1 info", "3 warning", "5 warning"])
        #expect(try LintHarness.fix("**Example:**  \n\ntext\n", rules: ["trailing-whitespace"]) == "**Example:**\n\ntext\n")
    }
}
