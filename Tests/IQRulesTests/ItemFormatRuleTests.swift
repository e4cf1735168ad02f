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

    /// A bare URL item is one finding (bare-url's, which has the fix), not two.
    @Test func aBareURLIsLeftToBareURL() throws {
        let found = try LintHarness.lint("## Tools\n\n* [a](https://a.example/a)\n* http://asfirstalways.tistory.com/244\n", rules: ["item-format", "bare-url"])
        #expect(found.map(\.ruleID) == ["bare-url"])
    }

    /// The help writes the fix in the list's script (the list's other entries name their links).
    @Test func theHelpSpeaksTheListsLanguage() throws {
        func help(_ markdown: String) throws -> String? { try LintHarness.lint(markdown, rules: ["item-format"]).first?.help.first }
        #expect(try help("- [https://a.example/1](https://a.example/1)\n- [What is a closure?](https://a.example/2)\n- [What is hoisting?](https://a.example/3)\n- [What is a promise?](https://a.example/4)\n")?.contains("`[question](https://a.example/1)`") == true)
        #expect(try help("- [https://a.example/1](https://a.example/1)\n- [什么是闭包？](https://a.example/2)\n- [什么是提升？](https://a.example/3)\n- [什么是原型？](https://a.example/4)\n")?.contains("`[问题](https://a.example/1)`") == true)
        #expect(try help("- [https://a.example/1](https://a.example/1)\n- [클로저란?](https://a.example/2)\n- [호이스팅이란?](https://a.example/3)\n- [프로미스란?](https://a.example/4)\n")?.contains("`[질문](https://a.example/1)`") == true)
    }

    /// A URL for a link text is reported only where entries name their links: three or more,
    /// and twice as many as those showing URLs. Alone on a course page it is the page's way.
    @Test func aURLForTextNeedsNamedEntriesToDifferFrom() throws {
        let alone = "# Intro to CS\n\n## Extra Practice\n\n1. [https://a.example/practice](https://a.example/practice)\n"
        #expect(try LintHarness.lint(alone, rules: ["item-format"]).isEmpty)
        let amongNamed = alone + "2. [Problem set 1](https://a.example/ps1)\n3. [Problem set 2](https://a.example/ps2)\n4. [Problem set 3](https://a.example/ps3)\n"
        #expect(try LintHarness.lint(amongNamed, rules: ["item-format"]).map(\.line) == [5])
    }
}
