import Foundation
import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// `Tests/Fixtures/links/questions.md` on disk (relative links resolve against its folder):
/// the diagnostics, and the text after safe and after unsafe fixes.
@Suite struct LinkRulesFixtureTests {
    static let rules = ["link-format", "tracking-param", "insecure-link", "duplicate-link", "bare-url"]
    static let path = RepositoryPaths.fixture("links/questions.md")

    static func read(_ name: String) throws -> String {
        try String(contentsOfFile: RepositoryPaths.fixture("links/" + name), encoding: .utf8)
    }

    @Test func diagnostics() throws {
        let found = try LintHarness.lint(Self.read("questions.md"), path: Self.path, rules: Self.rules)
            .map { "\($0.line) \($0.ruleID): \($0.message)" }
        #expect(found == [
            "6 duplicate-link: duplicate link: same article as line 5",
            "6 tracking-param: tracking parameter 'spm' in link",
            "7 tracking-param: tracking parameters 'wfr', 'for' in link",
            "9 link-format: linked file 'answers/q2.md' does not exist",
            "10 link-format: linked file 'images/missing.png' does not exist",
            "11 link-format: link destination has no scheme, so it is a relative path: expected https://zhuanlan.zhihu.com/…",
            "12 insecure-link: insecure link: expected https, found http",
            "13 bare-url: bare URL in a list item: expected [title](url)",
            "14 tracking-param: tracking parameter 'chksm' in link",
            "14 link-format: line break before ')' of the link destination",
            "16 link-format: not a link: the destination is broken across lines",
            "20 link-format: link destination has no scheme, so it is a relative path: expected https://www.cnblogs.com/…",
        ])
    }

    /// Whitespace around a destination still renders the link: a warning. A link that did not
    /// become one, or that leads nowhere, is an error.
    @Test func whitespaceAroundADestinationIsAWarningAndABrokenLinkAnError() throws {
        let found = try LintHarness.lint(Self.read("questions.md"), path: Self.path, rules: ["link-format"])
        let severities = Dictionary(found.map { ($0.line, $0.severity) }, uniquingKeysWith: { first, _ in first })
        #expect(severities[14] == .warning)
        #expect(severities[16] == .error && severities[9] == .error && severities[11] == .error)
    }

    @Test func relatedLocationOfADuplicatePointsAtTheFirst() throws {
        let duplicate = try #require(try LintHarness.lint(Self.read("questions.md"), path: Self.path, rules: ["duplicate-link"]).first)
        let related = try #require(duplicate.related.first)
        #expect(related.source.line(containing: related.range.start) == 5)
        #expect(related.message == "first linked here")
    }

    @Test func missingFilesAreNotCheckedWhenTheFileIsNotOnDisk() throws {
        let found = try LintHarness.lint(Self.read("questions.md"), path: "-", rules: ["link-format"]).map(\.line)
        #expect(found == [11, 14, 16, 20])
    }

    @Test func safeFixes() throws {
        let fixed = try LintHarness.fix(Self.read("questions.md"), path: Self.path, rules: Self.rules)
        #expect(fixed == (try Self.read("questions.fixed.md")))
    }

    @Test func unsafeFixes() throws {
        let fixed = try LintHarness.fix(Self.read("questions.md"), path: Self.path, rules: Self.rules, unsafe: true)
        #expect(fixed == (try Self.read("questions.unsafe-fixed.md")))
    }
}

/// Pull-request mode: links are compared with the base tree's other files too.
@Suite struct DuplicateLinkReferenceTests {
    let linter = try! LintHarness.makeLinter(rules: ["duplicate-link"])

    @Test func aNewLinkToAnArticleInTheBaseTreeIsReported() {
        let head = MarkdownFile(path: "llm.md", text: "1. [gpu的作用](https://zhuanlan.zhihu.com/p/106669828)\n")
        let base = MarkdownFile(path: "basics.md", text: "# 基础\n\n1. [gpu对深度学习的作用](https://www.zhihu.com/tardis/bd/art/106669828)\n")
        let found = linter.lint([head], reference: [base])
        #expect(found.map { "\($0.path):\($0.line) \($0.message)" } == ["llm.md:1 duplicate link: same article as basics.md:3"])
        #expect(found.first?.related.first?.path == "basics.md")
    }

    @Test func theBaseVersionOfALintedFileIsNotCompared() {
        let text = "1. [gpu的作用](https://zhuanlan.zhihu.com/p/106669828)\n"
        let found = linter.lint([MarkdownFile(path: "llm.md", text: "# 新\n\n" + text)], reference: [MarkdownFile(path: "llm.md", text: text)])
        #expect(found.isEmpty)
    }

    @Test func referenceFilesAreNeverReportedOn() {
        let text = "1. [a](https://zhuanlan.zhihu.com/p/1)\n2. [b](https://zhuanlan.zhihu.com/p/1)\n"
        let found = linter.lint([MarkdownFile(path: "new.md", text: "- 无链接\n")], reference: [MarkdownFile(path: "old.md", text: text)])
        #expect(found.isEmpty)
    }
}
