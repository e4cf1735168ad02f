import IQTestSupport
import Testing

@Suite struct ItemFormatRuleTests {
    /// A row of badges renders as separate images, not as one run of link text (audit P8).
    @Test func badgesSideBySideAreNotGluedLinks() throws {
        let markdown = """
            ## Editors

            * [lapce](https://github.com/lapce/lapce) - Fast editor. [![CI](https://github.com/lapce/lapce/actions/workflows/ci.yml/badge.svg)](https://github.com/lapce/lapce/actions)[![crates.io](https://img.shields.io/crates/v/lapce.svg)](https://crates.io/crates/lapce)
            * [helix](https://github.com/helix-editor/helix) - Modal editor. [![Build](https://github.com/helix-editor/helix/actions/workflows/build.yml/badge.svg)](https://github.com/helix-editor/helix/actions)

            """
        #expect(try LintHarness.lint(markdown, rules: ["item-format"]).isEmpty)
    }

    @Test func aTextLinkGluedToABadgeIsStillReportedWhenTheBadgeHasTextToo() throws {
        let found = try LintHarness.lint("- [a](https://a.example/a)[![b](https://a.example/b.svg) b](https://a.example/b)\n", rules: ["item-format"])
        #expect(found.map(\.message) == ["expected a separator between two links, found 'b b' glued to 'a'"])
    }
}
