import IQTestSupport
import Testing

/// A badge in a heading (`# Awesome Foo [![Awesome](badge.svg)](https://awesome.re)`) adds nothing
/// to its GitHub anchor but the space before it: `#awesome-foo-`. Both TOC rules must agree.
@Suite struct TOCBadgeHeadingTests {
    static let rules = ["toc-anchor", "toc-sync"]
    static let badge = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"

    @Test func anEntryToTheAnchorWithTheTrailingHyphenLands() throws {
        let markdown = "# Awesome Foo \(Self.badge)\n\n## Contents\n\n- [Awesome Foo](#awesome-foo-)\n- [Bar](#bar)\n\n## Bar\n\n- [x](https://example.com/x) - X.\n"
        #expect(try LintHarness.lint(markdown, rules: Self.rules).isEmpty)
    }

    @Test func aListedSectionWithABadgeIsMatchedByItsAnchor() throws {
        let markdown = "## Contents\n\n- [Bar](#bar)\n- [Foo](#foo-)\n\n## Bar\n\nx\n\n## Foo \(Self.badge)\n\nx\n"
        #expect(try LintHarness.lint(markdown, rules: Self.rules).isEmpty)
    }

    @Test func theAltTextIsNeverSuggested() throws {
        let markdown = "# Awesome Foo \(Self.badge)\n\n[Awesome Foo](#awesome-foo-awesome)\n"
        let diagnostics = try LintHarness.lint(markdown, rules: ["toc-anchor"])
        #expect(diagnostics.map(\.message) == ["expected an anchor of this document, found '#awesome-foo-awesome'; did you mean '#awesome-foo-'"])
        // The link text names the heading without its badge: the unsafe fix points it there.
        #expect(try LintHarness.fix(markdown, rules: ["toc-anchor"], unsafe: true)
                    == "# Awesome Foo \(Self.badge)\n\n[Awesome Foo](#awesome-foo-)\n")
    }
}
