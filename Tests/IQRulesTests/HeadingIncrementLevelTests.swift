import IQCore
import IQTestSupport
import Testing

/// A level the document never uses is its style, an info; a level it uses elsewhere and skips
/// here is a slip, a warning.
@Suite struct HeadingIncrementLevelTests {
    @Test func aLevelNeverUsedIsAStyle() throws {
        let questions = "# Front-end Job Interview Questions\n\n## Table of Contents\n\n1. [HTML](#html)\n\n## Questions\n\n"
            + "#### HTML Questions\n\n* What does a doctype do?\n\n#### CSS Questions\n\n* What is CSS selector specificity?\n"
        let found = try LintHarness.lint(questions, rules: ["heading-increment"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(found.map(\.line) == [9])
        let slipped = questions + "\n## Contributors\n\n### Thanks\n\nEveryone.\n"
        let warned = try LintHarness.lint(slipped, rules: ["heading-increment"])
        #expect(warned.map(\.severity) == [.warning])
        // One heading of the level between, closing the part after all its sections, leaves the habit.
        let closed = questions + "\n### Final Note\n\nGood luck!\n"
        #expect(try LintHarness.lint(closed, rules: ["heading-increment"]).map(\.severity) == [.info])
        // So do two closing sections (`## Contribute`, `## License` after the `###` books).
        let books = "# Go-Bücher\n\nBücher über Go.\n\n### [Go für Dummies](https://a.example/1)\n\nEin Einstieg.\n\n"
            + "### [Einstieg in Go](https://a.example/2)\n\nEin Buch.\n\n## Mitwirken\n\nWillkommen.\n\n## Lizenz\n\nCC BY 4.0.\n"
        #expect(try LintHarness.lint(books, rules: ["heading-increment"]).map(\.severity) == [.info])
    }

    /// Small print under the title and a notice, set in a heading's size over nothing: worth an
    /// info from heading-increment, and no empty section. The same heading over its own text is
    /// a section skipping a level.
    @Test func aLineSetInAHeadingsSizeIsNoSection() throws {
        let byline = "# Node.js Best Practices\n\n###### Built and maintained by our [Steering Committee](#steering-committee)\n\n# Latest news\n\nSome news.\n\n## Steering Committee\n\nPeople.\n"
        let notice = "# Design Resources\n\n#### Please read the contributing guidelines before submitting new resources.\n\n## Colors\n\n- [Coolors](https://a.example/) - palettes\n"
        for page in [byline, notice] {
            let found = try LintHarness.lint(page, rules: ["heading-increment", "empty-section"])
            #expect(found.map { "\($0.ruleID) \($0.severity)" } == ["heading-increment info"], "\(found.map(\.message))")
        }
        let section = notice.replacingOccurrences(of: "resources.\n\n## Colors", with: "resources.\n\nThe rules.\n\n## Colors")
        #expect(try LintHarness.lint(section, rules: ["heading-increment", "empty-section"]).map { "\($0.ruleID) \($0.severity)" } == ["heading-increment warning"])
        let topic = notice.replacingOccurrences(of: "Please read the contributing guidelines before submitting new resources.", with: "Typography")
        #expect(try LintHarness.lint(topic, rules: ["heading-increment", "empty-section"]).map { "\($0.ruleID) \($0.severity)" }
                == ["empty-section warning", "heading-increment warning"])
    }

    /// `###### 本周项目精选: …` right under the title, the only heading of its size, over the
    /// issue's own lines: a subtitle, an info. A second heading of that size makes it a level.
    @Test func aSubtitleInASmallSizeIsAnInfo() throws {
        let issue = "# Github开源项目精选-1月第一周\n###### 本周项目精选: 图片识别、观影网络程序\n\n- 社区：https://a.example/\n\n## 1.图片转文字识别软件\n\n- 项目地址：https://a.example/ocr\n"
        #expect(try LintHarness.lint(issue, rules: ["heading-increment"]).map(\.severity) == [.info])
        let twice = issue + "\n###### 小结\n\n结束。\n"
        #expect(try LintHarness.lint(twice, rules: ["heading-increment"]).map(\.severity).first == .warning)
    }

    /// `# Title` over `### One Paragraph Explainer` on page after page: the collection's habit,
    /// silent from the third file on; one or two such files are an info each.
    @Test func aJumpEveryPageMakesIsTheCollectionsHabit() throws {
        let page = "# Page\n\n### One Paragraph Explainer\n\nText.\n\n### Code Example\n\nMore.\n"
        let slip = "# Other\n\n## Intro\n\nx\n\n#### Deep\n\ny\n"
        let three = try LintHarness.lint(page, path: "a.md", rules: ["heading-increment"], companions: ["b.md": page, "c.md": page, "d.md": slip])
        #expect(three.map { "\($0.path):\($0.line) \($0.severity)" } == ["d.md:7 info"])
        let two = try LintHarness.lint(page, path: "a.md", rules: ["heading-increment"], companions: ["b.md": page])
        #expect(two.map { "\($0.path):\($0.line) \($0.severity)" } == ["a.md:3 info", "b.md:3 info"])
    }

    /// A level used once, after the sections written a level lower (a quiz's last question
    /// raised by one): the help names it and its line, not a level never used.
    @Test func aLevelUsedOnceAfterTheSectionsIsNamed() throws {
        let quiz = "## CSS\n\n#### Q1. What is a?\n\n- [x] a\n\n#### Q2. What is b?\n\n- [x] b\n\n### Q3. What is c?\n\n- [x] c\n"
        let found = try LintHarness.lint(quiz, rules: ["heading-increment"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["3 info"])
        #expect(found.first?.help.first == "the document uses level 3 once, after these sections, at line 11 ('Q3. What is c?'): "
            + "its sections may be at level 4 by choice, or that heading is the slip", "\(found.map(\.help))")
    }

    /// A notice in a heading's size under the title, a `<br>` spacer under it: still a notice, an info.
    @Test func aSpacerUnderANoticeLeavesItANotice() throws {
        let markdown = "# 100 Essential Golang Interview Questions\n\n#### You can also find all 100 answers here 👉 [Devinterview.io](https://a.example/x)\n\n<br>\n\n## 1. What is Go?\n\nText.\n\n## 2. What is a slice?\n\nText.\n"
        #expect(try LintHarness.lint(markdown, rules: ["heading-increment"]).map(\.severity) == [.info])
    }

    /// `2. ### What is watch()?` and, indented under it, `   #### Example 1`: both stand inside
    /// the item, so raising `### Table of Contents` moves no answer's heading with it.
    @Test func aHeadingIndentedInsideAnItemIsNoPartOfTheSection() throws {
        let markdown = "# Vue questions\n\n### Table of Contents\n\n- [What is VueJS?](#what-is-vuejs)\n\n1. ### What is VueJS?\n   A framework.\n\n"
            + "2. ### What is watch()?\n   Watches a source.\n\n   #### Example 1: Watching a ref\n\n   Code here.\n"
        let fixed = try LintHarness.fix(markdown, rules: ["heading-increment"], unsafe: true)
        #expect(fixed == markdown.replacingOccurrences(of: "### Table of Contents", with: "## Table of Contents"), "\(fixed)")
    }

    /// A notice in a heading's size closing the page: an info, with no fix that raises it.
    @Test func aNoticeClosingThePageIsAnInfo() throws {
        let markdown = "# Awesome C++\n\n## Frameworks\n\n* [Boost](https://a.example/boost) - Libraries.\n\n# Contributing\nSee the [guidelines](https://a.example/c).\n\n"
            + "#### *If you see a project that is no longer maintained, please submit a pull request. Thank you!*\n"
        let found = try LintHarness.lint(markdown, rules: ["heading-increment"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(found.first?.fix == nil)
        // Followed by text, it is a section a level off.
        #expect(try LintHarness.lint(markdown + "\nMore text.\n", rules: ["heading-increment"]).map(\.severity) == [.warning])
    }
}
