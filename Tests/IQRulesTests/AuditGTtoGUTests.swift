import Foundation
import IQCore
import IQMarkdown
import IQTestSupport
import Testing
@testable import IQRules

/// Shapes of the cheat sheets and algorithm notes read in audits GT–GU (indexes of names sharing
/// pages, instructions citing a link, MkDocs sites with their admonitions, formulas, repeated
/// headings' anchors and directory addresses), each through the real parser and linter.
@Suite struct AuditGTtoGUTests {
    // MARK: duplicate-link

    @Test func anIndexOfNamesSharingPagesIsAnInfo() throws {
        let index = "# Preprocessor\n\n- [if](https://a.example/conditional)\n- [elif](https://a.example/conditional)\n- [else](https://a.example/conditional)\n"
            + "- [define](https://a.example/replace)\n"
        let found = try LintHarness.lint(index, rules: ["duplicate-link"])
        #expect(found.count == 2 && found.allSatisfy { $0.severity == .info }, "\(found.map(\.message))")
        // One page under two names once, in a list of described entries: a copy-paste slip.
        let slip = "# Tools\n\n- [ESLint](https://a.example/eslint) - finds problems in code\n- [TSLint](https://a.example/eslint) - lints TypeScript code\n"
            + "- [Prettier](https://a.example/prettier) - formats code the same way\n"
        #expect(try LintHarness.lint(slip, rules: ["duplicate-link"]).map(\.severity) == [.warning])
        // Two bare names for one page, once in the file: no habit, still a warning.
        let once = "# Casks\n\n- [eclipse-cpp](https://a.example/eclipse)\n- [eclipse-java](https://a.example/eclipse)\n- [netbeans](https://a.example/netbeans)\n"
        #expect(try LintHarness.lint(once, rules: ["duplicate-link"]).map(\.severity) == [.warning])
    }

    // MARK: missing-link

    @Test func instructionsCitingALinkAreNoLinkedEntries() throws {
        let steps = "# Move a CommonJS project to ESM\n\n- Add `\"type\": \"module\"` to your [package.json](https://a.example/package-json)\n"
            + "- Replace `\"main\": \"index.js\"` with `\"exports\": \"./index.js\"` in [package.json](https://a.example/package-json)\n"
            + "- Remove `\"use strict\"` from all JavaScript files\n- Replace all `require()` / `module.export` with `import` / `export`\n"
            + "- Optionally use the `node:` import [protocol](https://a.example/esm)\n"
        #expect(try LintHarness.lint(steps, rules: ["missing-link"]).isEmpty)
        #expect(ItemShape.citesAfterASentence("Add \"type\": \"module\" to your "))
        #expect(ItemShape.citesAfterASentence("更多内容请参考这篇文章 "))
        #expect(!ItemShape.citesAfterASentence("Official "))
        #expect(!ItemShape.citesAfterASentence("My own proof-of-concept project: "))
        // Entries opening with their links, one without: still reported.
        let entries = "# Tools\n\n- [A](https://a.example/a) - one\n- [B](https://a.example/b) - two\n- [C](https://a.example/c) - three\n- D - four\n"
        #expect(try LintHarness.lint(entries, rules: ["missing-link"]).count == 1)
    }

    // MARK: trailing-whitespace

    @Test func blankLinesCarryingTheirBlocksIndentationByHabitAreOneInfo() throws {
        let note = "- 第一项\n\n    说明。\n    \n    更多。\n    \n    再多。\n\n- 第二项\n\n    说明。\n    \n    完。\n"
        let found = try LintHarness.lint(note, rules: ["trailing-whitespace"])
        #expect(found.map(\.severity) == [.info] && found.first?.message.hasPrefix("3 blank lines") == true, "\(found.map(\.message))")
        // One such line among empty ones: a slip, reported with its fix.
        let slip = "- a\n\n    x\n    \n    y\n\n    z\n\n    w\n\n    v\n"
        let one = try LintHarness.lint(slip, rules: ["trailing-whitespace"])
        #expect(one.map(\.severity) == [.warning] && one.first?.fix != nil)
        // Spaces after text stay reported.
        #expect(try LintHarness.lint(note.replacingOccurrences(of: "- 第二项", with: "- 第二项 "), rules: ["trailing-whitespace"]).count == 2)
    }

    // MARK: link-format

    @Test func anIntervalInAFormulaIsNoBrokenLink() throws {
        let formula = "# 莫队\n\n我们考虑形如 $[a \\sqrt n, b \\sqrt n](1 \\le a, b \\le \\sqrt n)$ 的区间。\n"
        #expect(try LintHarness.lint(formula, rules: ["link-format"]).isEmpty)
        #expect(LinkFormatRule.isInsideInlineMath(5, in: SourceText("a $b$ c")) == false)
        #expect(LinkFormatRule.isInsideInlineMath(3, in: SourceText("a $b$ c")))
        // Outside a formula, the same text is a link broken by its spaces.
        #expect(try LintHarness.lint("# A\n\n区间 [a, b](1 le a) 的。\n", rules: ["link-format"]).count == 1)
    }

    @Test func aDirectoryAddressOfAnMkDocsPageIsAnInfo() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("mkdocs.yml", "site_name: CLRS\n")
        try scratch.write("docs/Chap12/12.1.md", "# 12.1\n")
        let page = try scratch.write("docs/Chap12/12.3.md", "# 12.3\n\nSee [12.1](../12.1/) and [3-5](../../Chap03/Problems/3-5).\n")
        try scratch.write("docs/Chap03/Problems/3-5.md", "# 3-5\n")
        let text = try String(contentsOfFile: page, encoding: .utf8)
        let found = try LintHarness.lint(text, path: page, rules: ["link-format"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        // A page the site does not have either: an error.
        let gone = try scratch.write("docs/Chap12/12.4.md", "# 12.4\n\nSee [12.9](../12.9/).\n")
        #expect(try LintHarness.lint(String(contentsOfFile: gone, encoding: .utf8), path: gone, rules: ["link-format"]).map(\.severity) == [.error])
    }

    // MARK: toc-anchor

    @Test func pythonMarkdownsNumberForARepeatedHeadingIsAnInfo() throws {
        let page = "# Plug DP\n\n#### Example\n\nA.\n\n#### Example\n\nB.\n\n#### Example\n\nC.\n\nSee [the third](#example_2).\n"
        let found = try LintHarness.lint(page, rules: ["toc-anchor"])
        #expect(found.map(\.severity) == [.info] && found.first?.fix == nil, "\(found.map(\.message))")
        #expect(TOCAnchorRule.gitHubFormOfPythonMarkdownRepeat("例题_2") == "例题-2")
        #expect(TOCAnchorRule.gitHubFormOfPythonMarkdownRepeat("snake_case") == nil)
        // Beside the page's MkDocs configuration, the site's anchor: nothing to report.
        let scratch = try ScratchDirectory()
        try scratch.write("mkdocs.yml", "site_name: OI\n")
        let path = try scratch.write("docs/dp/plug.md", page)
        #expect(try LintHarness.lint(page, path: path, rules: ["toc-anchor"]).isEmpty)
        // No third heading: `_2` names nothing on either renderer.
        let two = page.replacingOccurrences(of: "#### Example\n\nC.\n\n", with: "")
        #expect(try LintHarness.lint(two, rules: ["toc-anchor"]).map(\.severity) == [.error])
    }

    // MARK: duplicate-heading

    @Test func aDisplayFormulasEqualsLineIsNoHeading() throws {
        let formulas = "# Gcd\n\n$$\n\\begin{bmatrix} x \\end{bmatrix}\n=\n$$\n\nText.\n\n$$\n\\begin{bmatrix} x \\end{bmatrix}\n=\n$$\n"
        #expect(try LintHarness.lint(formulas, rules: ["duplicate-heading"]).isEmpty)
    }
}

/// Shapes of the FAQ and troubleshooting collections, newsletter archives and right-to-left
/// collections read in audits GV–GY (thanks lists, DocFX tabs, MkDocs slugs, events calendars,
/// discussion links under entries, cases filling one template, models of one repository), each
/// through the real parser and linter.
@Suite struct AuditGVtoGYTests {
    @Test func namesOfThoseThankedWaitForNoLink() throws {
        let names = "# Kickstarter Supporters\n\n* [Mac Mini Vault](https://a.example/vault)\n* jpr\n* [Greg Sieranski](https://a.example/greg)\n* Will Froning\n"
            + "* [Scott](https://a.example/scott)\n"
        #expect(try LintHarness.lint(names, rules: ["missing-link"]).isEmpty)
        #expect(AcknowledgementLists.namesThanks("Backers"))
        #expect(AcknowledgementLists.namesThanks("致谢"))
        #expect(!AcknowledgementLists.namesThanks("Tools"))
        // The same list under a heading naming tools: one entry lacks its link.
        let tools = names.replacingOccurrences(of: "# Kickstarter Supporters", with: "# Tools")
        #expect(try LintHarness.lint(tools, rules: ["missing-link"]).count == 2)
    }

    @Test func aDocFXTabAndAnMkDocsSlugAreNoDeadAnchors() throws {
        let tabs = "# Containers\n\n# [C#](#tab/csharp)\n\nText.\n\n# [C++](#tab/cpp)\n\nText.\n\n---\n"
        #expect(try LintHarness.lint(tabs, rules: ["toc-anchor"]).isEmpty)
        let page = "# Commands\n\n| Feature | Usage |\n| --- | --- |\n| [Enable & Disable](#enable-disable) | `pihole enable` |\n\n## Enable & Disable\n\nText.\n"
        // On GitHub the anchor is `#enable--disable`: reported.
        #expect(try LintHarness.lint(page, rules: ["toc-anchor"]).map(\.severity) == [.error])
        let scratch = try ScratchDirectory()
        _ = try scratch.write("mkdocs.yml", "site_name: Pi-hole\n")
        let path = try scratch.write("docs/main/pihole-command.md", page)
        #expect(try LintHarness.lint(page, path: path, rules: ["toc-anchor"]).isEmpty)
    }

    @Test func anEventsCalendarsDatesShareAnAddress() throws {
        let events = "# Upcoming Events\n\n* [Feb 22. Rust Community Team Meeting](https://a.example/chat?channel=community).\n"
            + "* [Feb 22. OpenTechSchool Berlin](https://a.example/meetup/236658946).\n* [Mar  8. Rust Community Team Meeting](https://a.example/chat?channel=community).\n"
        let found = try LintHarness.lint(events, rules: ["duplicate-link"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(EntryDates.date(in: "* [Mar  8. Rust Community Team Meeting](…)") == "mar 8")
        #expect(EntryDates.date(in: "* 2026-04-18 | Virtual | [Rust India](…)") == "2026-4-18")
        #expect(EntryDates.date(in: "- 3月8日 线下分享") == "3月8日")
        #expect(EntryDates.date(in: "Marching band 12") == nil)
        // The same date twice at one address: an entry added twice.
        let twice = events.replacingOccurrences(of: "Mar  8.", with: "Feb 22.")
        #expect(try LintHarness.lint(twice, rules: ["duplicate-link"]).map(\.severity) == [.warning])
    }

    @Test func aDiscussionLinkUnderADescribedEntryIsItsOwn() throws {
        let issue = "# Blog Posts\n\n* [Purging Proc][proc]: Niko explains the future of closures.\n[Reddit][proc-red]\n* [Installing Rust nightly][home]: A simple guide.\n\n"
            + "[proc]: https://a.example/proc\n[proc-red]: https://a.example/reddit\n[home]: https://a.example/home\n"
        #expect(try LintHarness.lint(issue, rules: ["lazy-continuation"]).isEmpty)
        #expect(LazyContinuationRule.isLoneLink("[Reddit][proc-red]"))
        #expect(LazyContinuationRule.isLoneLink("[discussion](https://a.example/d)."))
        #expect(!LazyContinuationRule.isLoneLink("[Reddit][a] and [HN][b]"))
        // Bare links, one without its marker: an entry lost.
        #expect(try LintHarness.lint("- [A](https://a.example/a)\n[B](https://a.example/b)\n- [C](https://a.example/c)\n", rules: ["lazy-continuation"]).count == 1)
    }

    @Test func casesFillingOneTemplateAreNoRepeats() throws {
        let cases = "# 吸附线\n\n- source 上 vs min(target 上、中、下) = min 上\n- source 中 vs min(target 上、中、下) = min 中\n- source 下 vs min(target 上、中、下) = min 下\n"
        #expect(try LintHarness.lint(cases, rules: ["duplicate-question"]).isEmpty)
        #expect(RepeatedSubstitutions.fillTheSlotsDifferently("source 上 vs min 上", "source 中 vs min 中"))
        #expect(!RepeatedSubstitutions.fillTheSlotsDifferently("source 上 vs min 中", "source 中 vs min 上"))
        #expect(!RepeatedSubstitutions.fillTheSlotsDifferently("什么是过拟合", "什么是欠拟合"))
    }

    @Test func modelsOfOneRepositoryShareItsPage() throws {
        let models = "# Models\n\n- [ParsBERT DigiMag](https://github.com/hooshvare/parsbert)\n- [ParsBERT Persian News](https://github.com/hooshvare/parsbert)\n"
        #expect(try LintHarness.lint(models, rules: ["duplicate-link"]).map(\.severity) == [.info])
        #expect(DuplicateLinkRule.areVariantsInOneRepository("ParsBERT DigiMag", "ParsBERT Persian News", at: "https://github.com/hooshvare/parsbert"))
        #expect(!DuplicateLinkRule.areVariantsInOneRepository("ParsBERT", "ParsBERT", at: "https://github.com/hooshvare/parsbert"))
        #expect(!DuplicateLinkRule.areVariantsInOneRepository("Spell Checker", "Spell Corpus", at: "https://ece.example/nlp/resources"))
        // Two names of other projects at one repository: a copy-paste slip, still a warning.
        let slip = models.replacingOccurrences(of: "ParsBERT Persian News", with: "ALBERT Persian News")
        #expect(try LintHarness.lint(slip, rules: ["duplicate-link"]).map(\.severity) == [.warning])
    }
}
