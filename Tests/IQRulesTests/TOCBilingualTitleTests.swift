import IQCore
import IQTestSupport
import Testing
@testable import IQRules

/// `## 目录 _Contents_`: a table of contents titled with one of its names in two languages is
/// judged as one titled `## Contents` is.
@Suite struct TOCBilingualTitleTests {
    @Test func twoNamesMakeATitle() {
        let names = Set(TOCConventions.defaultHeadingNames.map { $0.lowercased() })
        #expect(TableOfContents.namesContents("目录 _Contents_", names: names))
        #expect(TableOfContents.namesContents("Contents / 目录", names: names))
        #expect(TableOfContents.namesContents("目录（Table of Contents）", names: names))
        // A name beside another word is no title of contents.
        #expect(!TableOfContents.namesContents("Contents of the box", names: names))
        #expect(!TableOfContents.namesContents("工具 Index", names: names))
    }

    @Test func theTableUnderABilingualTitleIsJudged() throws {
        let page = "# Tools\n\n## 目录 _Contents_\n\n- [Navigation](#navigation)\n- [Fingerprint](#fingerprint)\n\n## Navigation\n\n- https://a.example/\n\n"
            + "## Reconnaissance\n\n- https://b.example/\n\n## Fingerprint\n\n- https://c.example/\n"
        let found = try LintHarness.lint(page, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [12], "\(found.map(\.message))")
    }
}
