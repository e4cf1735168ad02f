import IQCore
import IQTestSupport
import Testing

/// A changelog and GitHub's templates sit beside a collection without being one: the rules of
/// a collection's items leave them alone, the rules of Markdown still apply.
@Suite struct ProjectDocumentsTests {
    private let template = "## Checklist\n\n- [ ] I searched for duplicates\n-\n-\n- [Guide](https://a.example/guide)[FAQ](https://a.example/faq) \n"
    private let changelog = "# Changelog\n\n## 1.2\n\n- [#12](https://a.example/pull/12) Added tests\n- [#13](https://a.example/pull/13) Faster parse\n"
        + "- [#14](https://a.example/pull/14) Fixed a crash\n- Added tests for every component\n"
    private let rules = ["empty-item", "item-format", "missing-link", "trailing-whitespace"]

    @Test func aTemplateKeepsItsEmptyItems() throws {
        let found = try LintHarness.lint(template, path: ".github/PULL_REQUEST_TEMPLATE.md", rules: rules)
        #expect(found.map(\.ruleID) == ["trailing-whitespace"], "\(found.map { "\($0.ruleID):\($0.line)" })")
        // The same file as a collection's page is checked.
        #expect(Set(try LintHarness.lint(template, path: "docs/checklist.md", rules: rules).map(\.ruleID)) == ["empty-item", "item-format", "trailing-whitespace"])
    }

    /// A template named in Chinese, Japanese or Korean keeps its blanks too; a page about
    /// template engines is a collection's page.
    @Test func aTemplateNamedInCJKKeepsItsEmptyItems() throws {
        let daily = "# Java 30K 每日学习模板\n\n### 今日总结\n\n1.\n2.\n3.\n"
        #expect(try LintHarness.lint(daily, path: "Java_30K_每日学习模板.md", rules: ["empty-item"]).isEmpty)
        #expect(try LintHarness.lint(daily, path: "日报テンプレート.md", rules: ["empty-item"]).isEmpty)
        #expect(try LintHarness.lint(daily, path: "模板引擎.md", rules: ["empty-item"]).count == 3)
        // `TEMPLATE.md` in capitals is the project's form, as `README.md` is its front page; a
        // lower-case `template.md` may be notes on templates.
        #expect(try LintHarness.lint(daily, path: "TEMPLATE.md", rules: ["empty-item"]).isEmpty)
        #expect(try LintHarness.lint(daily, path: "cpp/template.md", rules: ["empty-item"]).count == 3)
    }

    /// A template's headings are a form's fields: empty, ending with a colon.
    @Test func aTemplatesHeadingsAreFields() throws {
        let form = "## Paper Title:\n\n### Paper Year:\n\n### Reasons for including paper\n\n-\n"
        let headingRules = ["empty-section", "heading-punctuation"]
        #expect(try LintHarness.lint(form, path: ".github/PULL_REQUEST_TEMPLATE.md", rules: headingRules).isEmpty)
        #expect(try LintHarness.lint(form, path: ".github/ISSUE_TEMPLATE/paper.md", rules: headingRules).isEmpty)
        #expect(Set(try LintHarness.lint(form, path: "docs/paper.md", rules: headingRules).map(\.ruleID)) == Set(headingRules))
    }

    @Test func aChangelogHasNoUnansweredQuestions() throws {
        #expect(try LintHarness.lint(changelog, path: "CHANGELOG.md", rules: rules).isEmpty)
        // Under a heading that names release notes, anywhere: no questions either.
        #expect(try LintHarness.lint(changelog, path: "docs/notes.md", rules: rules).isEmpty)
        // The same items under another heading are checked.
        let notes = changelog.replacing("# Changelog", with: "# Notes")
        #expect(try LintHarness.lint(notes, path: "docs/notes.md", rules: rules).map(\.ruleID) == ["missing-link"])
    }

    /// One release's notes (`release-notes-draft.md`, `CHANGELOG-1.19.md`) and a meeting's minutes
    /// (`burndown_meeting_minutes_archive.md`, `meeting-notes-archive/2023.md`) are the project's
    /// records: their items are changes and remarks (audit FY, kubernetes/sig-release).
    @Test func releaseNotesAndMinutesAreRecords() throws {
        let notes = changelog.replacing("# Changelog", with: "# Notes")
        for path in ["releases/release-1.19/release-notes-draft.md", "CHANGELOG-1.19.md", "releases/release-1.10/burndown_meeting_minutes_archive.md",
                     "sig-release/meeting-notes-archive/2023.md", "minutes.md"] {
            #expect(try LintHarness.lint(notes, path: path, rules: rules).isEmpty, "\(path)")
        }
        // Five minutes are no meeting's.
        #expect(try LintHarness.lint(notes, path: "learn-git-in-5-minutes.md", rules: rules).map(\.ruleID) == ["missing-link"])
        // Each date's status queries again, and the issues a remark cites by address.
        let minutes = "# Burndown\n\n## Date: 3/23/2018\n\n* Bug triage\n    * [Critical](https://a.example/issues?q=critical) Issues: 4\n"
            + "    * https://a.example/issues/61483\n\n## Date: 3/22/2018\n\n* Bug triage\n    * [Critical](https://a.example/issues?q=critical) Issues: 6\n"
            + "    * https://a.example/issues/60589\n"
        let linkRules = ["duplicate-link", "bare-url"]
        #expect(try LintHarness.lint(minutes, path: "releases/burndown_meeting_minutes_archive.md", rules: linkRules).isEmpty)
        #expect(Set(try LintHarness.lint(minutes, path: "releases/burndown.md", rules: linkRules).map(\.ruleID)) == Set(linkRules))
    }

    /// A changelog keeps its next release's sections empty until it is made.
    @Test func aChangelogsPlaceholderSectionsAreNotEmptySections() throws {
        let placeholders = "# Changelog\n\n## [Unreleased]\n\n### Fixes and improvements\n\n## 1.0.0 (2019-10-01)\n\n### New features\n\n* Added translation server\n"
        #expect(try LintHarness.lint(placeholders, path: "OpenNMT-py/CHANGELOG.md", rules: ["empty-section"]).isEmpty)
        #expect(try LintHarness.lint(placeholders, path: "docs/releases-plan.md", rules: ["empty-section"]).map(\.line) == [5])
    }

    /// A document's template outside `.github/` (`…-template.md`, a `templates/` folder): its
    /// `1.` steps and its sections are slots to fill in. `template.md` alone may be the source a
    /// list's README is made from, and is checked.
    @Test func aDocumentTemplatesSlotsAreNotEmpty() throws {
        let form = "# Insert Test Technique Name Here\n\n## NOTE: supply a pointer and skip the rest.\n\n## How to Use\n\n### Steps\n\n1.\n1.\n1.\n\n## Advice\n\nDescribe it.\n"
        for path in ["docs/test-type-template.md", "docs/templates/design.md"] {
            #expect(try LintHarness.lint(form, path: path, rules: ["empty-item", "empty-section"]).isEmpty, "\(path)")
        }
        #expect(try LintHarness.lint(form, path: "template.md", rules: ["empty-item", "empty-section"]).map(\.ruleID).contains("empty-item"))
    }
}

/// `- 内容持续更新中...` closing a section of linked entries announces more: no question
/// missing its link, and not a question asked again in the next section.
@Suite struct AnnouncementItemsTests {
    @Test func announcementsAmongWordsAreNoQuestions() throws {
        let page = "# 编程学习路线\n\n## Spring\n\n- [Spring经典面试题集合](https://a.example/1)\n- [为什么Spring Boot的jar可以直接运行？](https://a.example/2)\n- 内容持续更新中...\n\n"
            + "## 分布式\n\n- [什么是RPC？](https://a.example/3)\n- [如何设计一个分布式ID生成器？](https://a.example/4)\n- 内容持续更新中...\n\n"
            + "## 视频\n\n- [计算机网络](https://a.example/5)\n- [操作系统](https://a.example/6)\n- 更多的视频教程资源会持续更新，敬请期待…\n"
        #expect(try LintHarness.lint(page, rules: ["missing-link", "duplicate-question"]).isEmpty)
        // A question about updating asks: it misses its link.
        let question = page.replacingOccurrences(of: "- 更多的视频教程资源会持续更新，敬请期待…", with: "- 如何持续更新依赖？")
        #expect(try LintHarness.lint(question, rules: ["missing-link"]).map(\.line) == [19])
    }
}
